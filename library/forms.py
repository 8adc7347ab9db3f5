"""The admin's document form: a bad file is refused before anything is saved."""

from django import forms
from django.conf import settings
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

from .extraction import ExtractionError, check
from .models.documents import ExtractionStatus, sha256_of


def max_upload_bytes():
    return int(getattr(settings, "LIBRARY_MAX_UPLOAD_MB", 50)) * 1024 * 1024


def too_large_message(size):
    # Sizes as Wagtail writes them (filesizeformat). A file just over the limit reads the same
    # as the limit ("1.0 MB"): then its size is left out rather than shown equal to the limit.
    size, limit = filesizeformat(size), filesizeformat(max_upload_bytes())
    if size == limit:
        return _("This file is larger than the limit of %(limit)s.") % {"limit": limit}
    return _("This file is %(size)s, more than the limit of %(limit)s.") % {
        "size": size,
        "limit": limit,
    }


class LibraryDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "content_type"):
            return upload  # unchanged file on edit
        if upload.size > max_upload_bytes():
            raise forms.ValidationError(too_large_message(upload.size), code="file_too_large")
        upload.seek(0)
        try:
            # Quick, in a child process with a memory cap (library/sandbox.py); the text is
            # extracted in the background.
            _kind, active_content = check(upload.read())
        except ExtractionError as error:
            raise forms.ValidationError(str(error), code=error.code) from error
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
        self.instance.active_content = ",".join(active_content)
        self.instance.extraction_status = ExtractionStatus.PENDING
        return upload

    def save(self, commit=True):
        # Wagtail's form indexes the document it holds right after saving it, with the text
        # it had then: none. Extraction is queued when the save commits (library/tasks.py), so
        # in one transaction it starts after that and its text is the one left in the index;
        # outside one it could run first (at once with the immediate task backend) and the
        # form would index the empty text over it, for good.
        with transaction.atomic():
            return super().save(commit=commit)
