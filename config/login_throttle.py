"""The admin sign-in throttle (django-axes, configured in ``config/settings/base.py``): after
``LOGIN_FAILURE_LIMIT`` failed attempts for one account, or from one address, signing in is
refused for ``LOGIN_COOLOFF_MINUTES``, the right password included, on Wagtail's sign-in page
with a message saying so (HTTP 429). axes keeps the failures (``AccessFailureLog``), the
current counts (``AccessAttempt``) and the sign-ins (``AccessLog``) in the database."""

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib import messages
from django.shortcuts import render
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm


class LoginThrottleBackend(AxesStandaloneBackend):
    """axes' check, before the backend that checks the password. An ``authenticate()`` without
    a request (the test client's ``login()``, a script) comes from no visitor and is let
    through to the next backend, where axes itself would raise an error."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def client_address(request):
    """The visitor's address: behind ``LOGIN_TRUSTED_PROXIES`` reverse proxies (each adding
    the address it received the request from to X-Forwarded-For), the one the outermost proxy
    saw; otherwise the connection's."""
    proxies = settings.LOGIN_TRUSTED_PROXIES
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def lockout_message(request=None):
    minutes = max(1, round(get_cool_off(request).total_seconds() / 60))
    return ngettext(
        "Too many failed sign-in attempts for this account or from this address. "
        "Try again in %(minutes)d minute.",
        "Too many failed sign-in attempts for this account or from this address. "
        "Try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


def locked_out(request, original_response=None, credentials=None):
    """Wagtail's sign-in page again, with the lockout message where it shows messages."""
    messages.error(request, lockout_message(request))
    form = LoginForm(request, initial={"username": (credentials or {}).get("username", "")})
    context = {"form": form, "next": request.POST.get("next", "")}
    return render(request, "wagtailadmin/login.html", context, status=429)
