import hashlib
import urllib.parse
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index
from wagtail.utils.file import hash_filelike

from ..extraction import failure_message
from ..thumbnails import EXTENSION

# How much of a document's text search reads: PostgreSQL keeps at most 1 MB of lexemes for
# one entry, and a report's first 200,000 characters (some 60 pages) say what it is about.
INDEXED_TEXT_CHARS = 200_000


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for text extraction")
    RUNNING = "running", _("Extracting text")
    DONE = "done", _("Text extracted")
    FAILED = "failed", _("Extraction failed")


def sha256_of(file):
    digest = hashlib.sha256()
    file.seek(0)
    for chunk in iter(lambda: file.read(1024 * 1024), b""):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


def thumbnail_path(document, filename):
    # Under images/, which the application serves (config/media.py); a random name, so that
    # the first page of a file in a private collection cannot be guessed: the site links to
    # it only for files anyone may download (library/cards.py).
    return f"images/covers/{uuid.uuid4().hex}.{EXTENSION}"


class LibraryDocument(AbstractDocument):
    """A Wagtail document that knows its text, pages and language."""

    # NULL (not "") until computed, so that the unique constraint holds for every real value.
    checksum = models.CharField(  # noqa: DJ001
        _("SHA-256 checksum"), max_length=64, unique=True, null=True, editable=False
    )
    extracted_text = models.TextField(_("extracted text"), blank=True, editable=False)
    detected_language = models.CharField(
        _("detected language"), max_length=8, blank=True, editable=False
    )
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True, editable=False)
    extraction_status = models.CharField(
        _("text extraction"),
        max_length=10,
        choices=ExtractionStatus.choices,
        default=ExtractionStatus.PENDING,
        editable=False,
    )
    # Why extraction failed: a code of library.extraction.MESSAGES, and the underlying error
    # (the PDF reader's or the storage's own words). The message is put together when shown,
    # in the reader's language. Failures stored before the code hold the English message.
    extraction_error_code = models.CharField(
        _("extraction error code"), max_length=20, blank=True, editable=False
    )
    extraction_error = models.TextField(_("extraction error"), blank=True, editable=False)
    # What the file may run or open by itself (JavaScript, launch actions, embedded files …:
    # library.extraction.active_content), comma-separated; "" when it holds none, NULL until
    # the file has been checked. Only a checked file free of it is shown in the browser.
    active_content = models.CharField(  # noqa: DJ001
        _("active content"), max_length=200, null=True, blank=True, editable=False
    )

    # The first page of a PDF, small (library/thumbnails.py): the publication's cover in
    # listings when the editor chose no cover image.
    thumbnail = models.FileField(
        _("thumbnail"), upload_to=thumbnail_path, blank=True, editable=False
    )
    thumbnail_width = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    thumbnail_height = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields
    # The site search finds a publication through the text of its files, indexed here in the
    # file's own language (search/backends/database.py).
    search_fields = [*AbstractDocument.search_fields, index.SearchField("search_text")]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        # Wagtail checks the file's extension here. When the form refused the upload, the file
        # never reached the instance, and the check would add "File extension “” is not
        # allowed" to the form's own reason: there is no file name to check.
        if self.file:
            super().clean()

    def save(self, *args, **kwargs):
        if self.file and not self.checksum:
            self.checksum = sha256_of(self.file)
        if self.file and not self.file_hash:  # Wagtail's ETag for the download
            self.file_hash = hash_filelike(self.file)
        super().save(*args, **kwargs)

    @property
    def content_disposition(self):
        """Inline (shown in the browser) only for the types Wagtail shows inline
        (``WAGTAILDOCS_INLINE_CONTENT_TYPES``: PDF) and a file checked free of active
        content; everything else is a download."""
        inline_types = getattr(settings, "WAGTAILDOCS_INLINE_CONTENT_TYPES", ["application/pdf"])
        if self.content_type in inline_types and self.active_content == "":
            return "inline"
        quoted = urllib.parse.quote(self.filename)
        return f"attachment; filename={quoted}; filename*=UTF-8''{quoted}"

    def get_active_content_display(self):
        """What the editors read: the kinds of active content found, or why there are none."""
        if self.active_content is None:
            return _("Not checked yet")
        return self.active_content.replace(",", ", ") or _("None found")

    get_active_content_display.short_description = _("active content")

    def search_text(self):
        return self.extracted_text[:INDEXED_TEXT_CHARS]

    def apply_extraction(self, extraction):
        self.active_content = ",".join(extraction.active_content)
        self.extracted_text = extraction.text
        self.detected_language = extraction.language
        self.page_count = extraction.page_count
        self.extraction_status = ExtractionStatus.DONE
        self.extraction_error_code = ""
        self.extraction_error = ""
        self.store_thumbnail(extraction.thumbnail)

    def store_thumbnail(self, thumbnail):
        """Write ``thumbnail`` (library.thumbnails.Thumbnail, or None) to the storage as this
        file's first page, in place of any earlier one, which is deleted once the change is
        committed. The fields are set, not saved."""
        previous = self.thumbnail.name if self.thumbnail else ""
        if thumbnail is None:
            self.thumbnail = ""
            self.thumbnail_width = self.thumbnail_height = None
        else:
            self.thumbnail.save(f"cover.{EXTENSION}", ContentFile(thumbnail.data), save=False)
            self.thumbnail_width, self.thumbnail_height = thumbnail.width, thumbnail.height
        if previous and previous != self.thumbnail.name:
            storage = self.thumbnail.storage
            transaction.on_commit(lambda: storage.delete(previous))

    def get_extraction_error_display(self):
        """Why text extraction failed, in the active language ("" unless it failed)."""
        if self.extraction_status != ExtractionStatus.FAILED:
            return ""
        return failure_message(self.extraction_error_code, self.extraction_error)
