"""django-allauth, the ChildHub way: messages in the site's catalogues, e-mails in the
member's preferred language (HTML and text, from a background task), the site opening in
that language after sign-in, and suspended members kept out."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse, translate_url
from django.utils.translation import gettext_lazy as _

from . import mail

PASSWORD_MIN_LENGTH = 10
URL_KEYS = ("activate_url", "password_reset_url", "signup_url")


class MemberAccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": _("This account is suspended. Write to the site's moderators."),
        "cannot_remove_primary_email": _("You cannot remove your main e-mail address."),
        "duplicate_email": _("This e-mail address is already on your account."),
        "email_password_mismatch": _("The e-mail address or the password is not right."),
        "email_taken": _("Another account uses this e-mail address."),
        "enter_current_password": _("Type your current password."),
        "incorrect_password": _("The password is not right."),
        "invalid_or_expired_key": _("This link is no longer valid."),
        "invalid_login": _("The e-mail address or the password is not right."),
        "invalid_password_reset": _("This link is no longer valid."),
        "max_email_addresses": _("You cannot add more than %d e-mail addresses."),
        "too_many_login_attempts": _(
            "Too many failed sign-in attempts for this account or from this address. "
            "Try again later."
        ),
        "unknown_email": _("No account uses this e-mail address."),
        "unverified_primary_email": _("Your main e-mail address must be confirmed first."),
        "same_as_current": _("The new value must be different from the current one."),
        "rate_limited": _("Too many requests in a short time. Wait a little and try again."),
    }

    def clean_password(self, password, user=None):
        from django import forms

        if len(password) < PASSWORD_MIN_LENGTH:
            raise forms.ValidationError(
                _("Use at least %(count)d characters.") % {"count": PASSWORD_MIN_LENGTH}
            )
        return super().clean_password(password, user)

    def populate_username(self, request, user):
        """Members sign in with their e-mail address; the user name is a hidden unique id."""
        import uuid

        user.username = f"member-{uuid.uuid4().hex[:20]}"

    def send_mail(self, template_prefix, email, context):
        user = context.get("user")
        language = mail.language_of(user=user, email=None if user else email)
        context = {
            **context,
            "email": email,
            **{key: translate_url(context[key], language) for key in URL_KEYS if context.get(key)},
        }
        mail.send_mail(template_prefix, email, context, language)

    def get_login_redirect_url(self, request):
        from .models import profile_of

        language = profile_of(request.user).preferred_language
        return translate_url(reverse("members:dashboard"), language)
