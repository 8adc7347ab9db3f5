"""The sign-up's own fields (``ACCOUNT_SIGNUP_FORM_CLASS``; allauth's sign-up form derives
from this class, so it must not import allauth's forms)."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class SignupDetailsForm(forms.Form):
    """What allauth's sign-up asks besides e-mail and password (ACCOUNT_SIGNUP_FORM_CLASS):
    the name, the language for e-mails, and consent to the terms and privacy notice, whose
    current revision is recorded."""

    name = forms.CharField(label=_("Your name"), max_length=150)
    preferred_language = forms.ChoiceField(
        label=_("Language for e-mails"), choices=settings.LANGUAGES
    )
    consent = forms.BooleanField(
        label=_("I accept the terms of use and the privacy notice."),
        error_messages={"required": _("Accept the terms of use and the privacy notice to join.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["preferred_language"].initial = get_language()

    def signup(self, request, user):
        from .models import Profile
        from .privacy import terms_revision

        name = self.cleaned_data["name"].strip()
        user.first_name = name[:150]
        user.save(update_fields=["first_name"])
        Profile.objects.update_or_create(
            user=user,
            defaults={
                "name": name,
                "preferred_language": self.cleaned_data["preferred_language"],
                "terms_revision": terms_revision(request),
                "consented_at": timezone.now(),
            },
        )
