"""The sign-in throttle (django-axes, configured in ``config/settings/base.py``) of the admin
and of the members' sign-in (django-allauth, by e-mail address, ``members/``): after
``LOGIN_FAILURE_LIMIT`` failed attempts for one account, or from one address, signing in is
refused for ``LOGIN_COOLOFF_MINUTES``, the right password included, on the sign-in page with a
message saying so (HTTP 429). axes keeps the failures (``AccessFailureLog``), the current
counts (``AccessAttempt``) and the sign-ins (``AccessLog``) in the database."""

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


def attempted_username(request, credentials=None):
    """The account an attempt is for: the admin's user name or a member's e-mail address
    (allauth authenticates with ``email=``), case-folded so that ``Ana@…`` and ``ana@…``
    count as one account."""
    credentials = credentials or {}
    data = getattr(request, "POST", {}) if request is not None else {}
    name = (
        credentials.get("username")
        or credentials.get("email")
        or data.get("username")
        or data.get("login")
        or ""
    )
    return name.strip().casefold() if "@" in name else name.strip()


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
    """The sign-in page again, with the lockout message: the members' own (whose form says
    nothing about whether the account exists), or Wagtail's where it shows messages."""
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name == "account_login":
        from members.views import locked_out_login

        return locked_out_login(request, lockout_message(request))
    messages.error(request, lockout_message(request))
    form = LoginForm(request, initial={"username": (credentials or {}).get("username", "")})
    context = {"form": form, "next": request.POST.get("next", "")}
    return render(request, "wagtailadmin/login.html", context, status=429)
