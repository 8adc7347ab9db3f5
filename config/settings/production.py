"""Production: every secret and host comes from the environment; HTTPS everywhere; errors
logged to stderr as JSON lines and mailed to ADMINS."""

import os
from email.utils import getaddresses

from django.core.exceptions import ImproperlyConfigured

from config.logs import production_logging

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
if not os.environ.get("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated host names).")

TASKS = {"default": {"BACKEND": TASKS_BACKENDS[os.environ.get("TASKS_BACKEND", "database")]}}  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe the application over HTTP
# SECURE_COOKIES=false lets an operator sign in over plain HTTP (a private network, a first
# try): browsers never send Secure cookies back over HTTP. `check --deploy` warns then.
SECURE_COOKIES = os.environ.get("SECURE_COOKIES", "true").lower() == "true"
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# E-mail: EMAIL_URL or the EMAIL_* variables, SMTP by default (base.py email_settings).
SERVER_EMAIL = DEFAULT_FROM_EMAIL  # noqa: F405

# Error reports: every server error goes to stderr as one JSON line (config/logs.py) and,
# when ADMINS is set ("Ana Popescu <ana@example.org>, ops@example.org"), by mail to them.
ADMINS = [
    (name or address, address)
    for name, address in getaddresses([os.environ.get("ADMINS", "")])
    if address
]
LOGGING = production_logging(os.environ.get("LOG_LEVEL", "INFO"))
