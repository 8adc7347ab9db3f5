"""Tests: fast and deterministic."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
PAGE_CACHE_SECONDS = 0  # the page-cache tests turn it on; other tests see every change at once
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# The suite searches the database even where ELASTICSEARCH_URL is set: the Elasticsearch
# contract tests (search/tests/test_elasticsearch_contract.py) configure their own indexes.
WAGTAILSEARCH_BACKENDS = search_backends({})  # noqa: F405
SEARCH_ANALYTICS_FLUSH_SECONDS = 0  # counted searches reach the database at once
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405  (the live server thread must let go)

import tempfile  # noqa: E402

MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="childhub-test-media-"))  # noqa: F405
