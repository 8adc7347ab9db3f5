"""The admin's document form: a bad file is refused before anything is saved."""

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

from .extraction import ExtractionError, check
from .models.documents import ExtractionStatus, sha256_of


def max_upload_bytes():
    return int(getattr(settings, "LIBRARY_MAX_UPLOAD_MB", 50)) * 1024 * 1024


class LibraryDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "content_type"):
            return upload  # unchanged file on edit
        limit = max_upload_bytes()
        if upload.size > limit:
            raise forms.ValidationError(
                _("This file is %(size)s MB; the limit is %(limit)s MB.")
                % {"size": round(upload.size / 1024 / 1024, 1), "limit": limit // 1024 // 1024}
            )
        upload.seek(0)
        try:
            check(upload.read())  # quick; the text is extracted in the background
        except ExtractionError as error:
            raise forms.ValidationError(str(error)) from error
        checksum = sha256_of(upload)
        existing = type(self.instance).objects.filter(checksum=checksum)
        if self.instance.pk:
            existing = existing.exclude(pk=self.instance.pk)
        if duplicate := existing.first():
            raise forms.ValidationError(
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("This file is already in the library:"),
                    reverse("wagtaildocs:edit", args=[duplicate.pk]),
                    duplicate.title,
                )
            )
        self.instance.checksum = checksum
        self.instance.extraction_status = ExtractionStatus.PENDING
        return upload
