"""The members' forms: allauth's account forms with the site's own labels (allauth's
catalogues miss Albanian and Serbo-Croat), the sign-up's details and the profile."""

from allauth.account import forms as allauth_forms
from django.utils.translation import gettext_lazy as _

LABELS = {
    "login": _("E-mail address"),
    "email": _("E-mail address"),
    "password": _("Password"),
    "password1": _("New password"),
    "password2": _("New password again"),
    "oldpassword": _("Current password"),
    "remember": _("Keep me signed in on this device"),
}
AUTOCOMPLETE = {"login": "email", "email": "email"}


class SiteLabels:
    """Our labels, no allauth placeholders (a placeholder is not a label)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name in LABELS:
                field.label = LABELS[name]
            field.help_text = ""
            field.widget.attrs.pop("placeholder", None)
            if name in AUTOCOMPLETE:
                field.widget.attrs["autocomplete"] = AUTOCOMPLETE[name]


class LoginForm(SiteLabels, allauth_forms.LoginForm):
    pass


class SignupForm(SiteLabels, allauth_forms.SignupForm):
    field_order = ["name", "email", "password1", "preferred_language", "consent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].label = _("Password")
        self.fields["password1"].widget.attrs["aria-describedby"] = "password1-hint"


class ResetPasswordForm(SiteLabels, allauth_forms.ResetPasswordForm):
    pass


class ResetPasswordKeyForm(SiteLabels, allauth_forms.ResetPasswordKeyForm):
    pass


class ChangePasswordForm(SiteLabels, allauth_forms.ChangePasswordForm):
    pass


class AddEmailForm(SiteLabels, allauth_forms.AddEmailForm):
    pass
