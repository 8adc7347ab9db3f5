"""The member's profile form: taxonomy choices in the member's language, a photo checked to
be an image of at most ``PHOTO_MAX_MB`` and stored resized."""

import io

from django import forms
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from home.models.taxonomy import Audience, Country, Topic, terms_for_locale

from .models import Profile

PHOTO_MAX_MB = 5
PHOTO_SIZE = 400  # pixels, the longer side


def term_choices(model):
    """(translation key → term) of ``model`` in the active language, and a queryset of them."""
    lookup = terms_for_locale(model)
    return lookup, model.objects.filter(pk__in=[term.pk for term in lookup.values()])


class ProfileForm(forms.ModelForm):
    photo = forms.ImageField(
        label=_("Photo"),
        required=False,
        error_messages={
            "invalid_image": _("This file is not a photo: use a JPEG, PNG or WebP image.")
        },
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Profile
        fields = [
            "name",
            "profession",
            "organisation",
            "country",
            "languages",
            "topics",
            "bio",
            "visibility",
            "preferred_language",
            "accepts_messages",
        ]
        widgets = {
            "topics": forms.CheckboxSelectMultiple,
            "visibility": forms.RadioSelect,
            "bio": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, model in (("profession", Audience), ("country", Country), ("topics", Topic)):
            lookup, queryset = term_choices(model)
            self.fields[name].queryset = queryset.order_by("name")
            # The profile's terms may be another language's: show them as this one's.
            if name == "topics" and self.instance.pk:
                self.initial[name] = [
                    lookup[term.translation_key].pk
                    for term in self.instance.topics.all()
                    if term.translation_key in lookup
                ]
            elif name != "topics":
                term = getattr(self.instance, name, None)
                if term is not None and term.translation_key in lookup:
                    self.initial[name] = lookup[term.translation_key].pk
        self.fields["topics"].label = _("Areas of expertise")
        self.fields["topics"].required = False

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if not photo or not hasattr(photo, "image"):
            return photo
        if photo.size > PHOTO_MAX_MB * 1024 * 1024:
            raise forms.ValidationError(
                _("The photo is larger than %(size)d MB.") % {"size": PHOTO_MAX_MB}
            )
        try:
            photo.seek(0)
            with Image.open(photo) as image:
                image = ImageOps.exif_transpose(image).convert("RGB")
                image.thumbnail((PHOTO_SIZE, PHOTO_SIZE))
                out = io.BytesIO()
                image.save(out, "JPEG", quality=85)
        except (OSError, ValueError, Image.DecompressionBombError) as error:
            raise forms.ValidationError(
                self.fields["photo"].error_messages["invalid_image"]
            ) from error
        return ContentFile(out.getvalue(), name="photo.jpg")

    def save(self, commit=True):
        profile = super().save(commit=False)
        photo = self.cleaned_data.get("photo")
        if self.cleaned_data.get("remove_photo") and profile.photo:
            profile.photo.delete(save=False)
            profile.photo = ""
        elif isinstance(photo, ContentFile):
            if profile.photo:
                profile.photo.delete(save=False)
            profile.photo.save("photo.jpg", photo, save=False)
        if commit:
            profile.save()
            self.save_m2m()
        return profile
