"""Bulk import of publications from a CSV manifest and a folder of files.

One row is one publication. Rows are committed in batches of ``ALIAS_BATCH``, each row in its
own savepoint: a bad row (missing field, unreadable file, any unexpected error …) is rolled
back, with the files it stored, and refused with the reason; the others go in. An interrupted
run keeps the batches it committed. Rows already imported — same ``external_id``, or, for a row
without one, one of the same files (by checksum) — are updated, or left alone when nothing
changed, so a run can be repeated safely; a file that belongs to another publication refuses
the row. See the README for the manifest's columns."""

import csv
import datetime
import io
import itertools
import logging
from dataclasses import dataclass, field
from pathlib import Path

from anyascii import anyascii
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.utils.file import hash_filelike

from home.models import Audience, Country, ResourceType, Topic

from .aliases import create_aliases
from .extraction import ExtractionError, extract
from .import_logging import describe_reader_warnings, quiet_page_logging, reader_warnings
from .models import ExtractionStatus, LibraryDocument, LibraryPage, PublicationFile, PublicationPage
from .models.documents import sha256_of
from .tasks import update_reference_index

logger = logging.getLogger(__name__)

COLUMNS = [
    "external_id",
    "title",
    "summary",
    "publication_date",
    "authors",
    "organisations",
    "resource_type",
    "topics",
    "countries",
    "audiences",
    "files",
    "doi",
    "isbn",
    "external_url",
    "licence",
]
REQUIRED = ["title", "summary", "publication_date", "files"]
LIST_SEPARATOR = ";"
# Rows are committed in batches of this many, and the batch's new pages get their locale
# aliases before it is committed (see library/aliases.py).
ALIAS_BATCH = 100
# Fields checked before a new page is written (the tree and the relations are Wagtail's to
# check when the page is published).
NOT_CHECKED_UP_FRONT = {"path", "depth", "numchild", "url_path", "slug", "translation_key"}


class RowError(Exception):
    pass


class DryRun(Exception):
    """Rolls back a dry run."""


# What happened to a row: a new publication, an updated one, one already as the row describes
# it (no new revision), or nothing (the row is in error, or rolled back with its batch).
CREATED, UPDATED, UNCHANGED, REFUSED = OUTCOMES = ("created", "updated", "unchanged", "refused")


@dataclass
class RowResult:
    line: int
    external_id: str
    title: str
    status: str  # one of OUTCOMES
    messages: list = field(default_factory=list)
    page_id: int | None = None  # the publication, unless refused or created by a dry run


def split(value):
    return [item.strip() for item in (value or "").split(LIST_SEPARATOR) if item.strip()]


def parse_date(value):
    value = (value or "").strip()
    for pattern in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return datetime.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise RowError(f"publication_date “{value}” is not YYYY-MM-DD, YYYY-MM or YYYY")


class PublicationImporter:
    def __init__(self, files_dir, locale_code="en", dry_run=False):
        self.files_dir = Path(files_dir)
        self.dry_run = dry_run
        self.locale = Locale.objects.get(language_code=locale_code)
        self.library = LibraryPage.objects.filter(locale=self.locale).first()
        if self.library is None:
            raise RowError(f"There is no library page in the “{locale_code}” tree.")
        self.languages = {code for code, _name in settings.LANGUAGES}
        self.vocabularies = {
            model: self.vocabulary(model) for model in (ResourceType, Topic, Country, Audience)
        }
        self.new_pages = []  # ids of the pages created in this batch
        self.saved = []  # (app label, model name, pk) of what the batch saved
        self.stored = []  # (storage, name) of the files written and not committed yet

    def vocabulary(self, model):
        """Term lookup by slug or name (any case), in this locale or in English."""
        lookup = {}
        terms = model.objects.filter(
            Q(locale=self.locale) | Q(locale__language_code="en")
        ).order_by("-locale__language_code")  # the import locale's names win
        for term in terms:
            lookup[term.slug.lower()] = term
            lookup[term.name.lower()] = term
        return lookup

    # Rows ---------------------------------------------------------------------------------
    def import_rows(self, rows):
        """A RowResult for each (line, row), yielded when its batch is committed. Each batch of
        ALIAS_BATCH rows is one transaction: before it is committed its new pages get their
        locale aliases, and one background task updates the reference index of everything
        it saved (Wagtail would queue one per save). A dry run is one transaction, rolled
        back at the end, and the files it stored are deleted. Wagtail's per-page log lines are
        held back while it runs."""
        with quiet_page_logging():
            if not self.dry_run:
                yield from self.import_batches(rows)
                return
            try:
                with transaction.atomic():
                    yield from self.import_batches(rows)
                    raise DryRun
            except DryRun:
                pass
            finally:
                self.discard_files(0)

    def import_batches(self, rows):
        rows = iter(rows)
        while results := self.import_batch(rows):
            yield from results

    def import_batch(self, rows):
        """The next ALIAS_BATCH rows of ``rows`` in one transaction; their results."""
        results = []
        try:
            with transaction.atomic():
                for line, row in itertools.islice(rows, ALIAS_BATCH):
                    with disable_reference_index_auto_update():
                        results.append(self.import_row(line, row))
                if transaction.get_rollback():  # a row's savepoint could not be rolled back
                    raise transaction.TransactionManagementError("the transaction was aborted")
                self.finish_batch()
        except Exception as error:
            # The batch could not be finished or committed: none of its rows went in.
            if not results:
                raise
            logger.debug("Batch rolled back", exc_info=True)
            self.new_pages, self.saved = [], []
            self.discard_files(0)
            first, last = results[0].line, results[-1].line
            lines = f"line {first}" if first == last else f"lines {first}–{last}"
            reason = f"rolled back with its batch ({lines}): "
            for result in results:
                if result.status in (CREATED, UPDATED):  # an unchanged row wrote nothing
                    result.status, result.page_id = REFUSED, None
                    result.messages.insert(0, reason + unexpected(error))
        except BaseException:  # interrupted: the batch is rolled back
            self.discard_files(0)
            raise
        else:
            if not self.dry_run:
                self.stored = []  # committed: the files stay
        return results

    def import_row(self, line, row):
        """Import one row in its own savepoint (use ``import_rows``, which also makes the
        aliases, updates the reference index and commits)."""
        result = RowResult(
            line, (row.get("external_id") or "").strip(), (row.get("title") or "").strip(), REFUSED
        )
        saved, new_pages, stored = len(self.saved), len(self.new_pages), len(self.stored)
        try:
            with transaction.atomic():
                self.save_row(row, result)
        except Exception as error:  # rolled back; KeyboardInterrupt and SystemExit stop the run
            del self.saved[saved:], self.new_pages[new_pages:]
            self.discard_files(stored)
            result.status, result.page_id = REFUSED, None
            if isinstance(error, RowError):
                messages = [str(error)]
            elif isinstance(error, ValidationError):
                messages = describe(error)
            else:
                logger.debug("Line %s failed", line, exc_info=True)
                messages = [unexpected(error)]
            result.messages[:0] = messages
        return result

    def discard_files(self, start):
        """Delete from storage the files stored since ``self.stored[start]``: the rows that
        stored them were rolled back."""
        for storage, name in self.stored[start:]:
            try:
                storage.delete(name)
            except OSError:
                logger.warning("Could not delete %s from the storage", name, exc_info=True)
        del self.stored[start:]

    def finish_batch(self):
        """Aliases of the batch's new pages; one task for the reference index."""
        with disable_reference_index_auto_update():
            pages = list(PublicationPage.objects.filter(pk__in=self.new_pages))
            self.saved += [saved_object(alias) for alias in create_aliases(pages)]
        if self.saved and not self.dry_run:
            update_reference_index.enqueue(self.saved)
        self.new_pages, self.saved = [], []

    def save_row(self, row, result):
        missing = [name for name in REQUIRED if not (row.get(name) or "").strip()]
        if missing:
            raise RowError(f"missing {', '.join(missing)}")
        fields = {
            "title": result.title,
            "summary": row["summary"].strip(),
            "publication_date": parse_date(row["publication_date"]),
            "authors": "\n".join(split(row.get("authors"))),
            "organisations": "\n".join(split(row.get("organisations"))),
            "doi": (row.get("doi") or "").strip(),
            "isbn": (row.get("isbn") or "").strip(),
            "external_url": (row.get("external_url") or "").strip(),
            "licence": (row.get("licence") or "").strip(),
            "external_id": result.external_id,
        }
        types = self.terms(ResourceType, row.get("resource_type"), result)
        fields["resource_type"] = types[0] if types else None
        # The values (an over-long title, an invalid URL …) and the files' names are checked
        # before a file is read or stored, without a query. Wagtail validates the page again
        # when it is published.
        PublicationPage(locale=self.locale, **fields).clean_fields(exclude=self.unchecked_fields())
        terms = {
            "topics": self.terms(Topic, row.get("topics"), result),
            "countries": self.terms(Country, row.get("countries"), result),
            "audiences": self.terms(Audience, row.get("audiences"), result),
        }
        files = [self.file_spec(spec) for spec in split(row["files"])]
        documents = [self.document(name, language, result) for name, language in files]
        fields["page_count"] = sum(document.page_count or 0 for document, _ in documents) or None
        editions = [
            PublicationFile(document=document, language=language, sort_order=index)
            for index, (document, language) in enumerate(documents)
        ]
        names = [name for name, _language in files]
        page = self.existing(result.external_id, zip(names, [d for d, _ in documents], strict=True))
        created = page is None
        if created:
            slug = find_available_slug(
                self.library, slugify(anyascii(result.title))[:70] or "publication"
            )
            # Added as a draft (Wagtail then checks only title and slug) and validated once,
            # when published.
            page = PublicationPage(locale=self.locale, slug=slug, live=False, **fields)
            self.library.add_child(instance=page)
        else:
            # A row without an external id keeps the publication's.
            fields["external_id"] = result.external_id or page.external_id
            if self.unchanged(page, fields, terms, editions):
                result.status, result.page_id = UNCHANGED, page.pk
                return
            for name, value in fields.items():
                setattr(page, name, value)
        for name, found in terms.items():
            getattr(page, name).set(found)
        page.files = editions
        page.save_revision(clean=not created).publish()
        self.saved.append(saved_object(page))
        if created:
            self.new_pages.append(page.pk)
        else:  # publishing updated the aliases too
            aliases = PublicationPage.objects.filter(alias_of=page).values_list("pk", flat=True)
            self.saved += [["library", "publicationpage", pk] for pk in aliases]
        result.status = CREATED if created else UPDATED
        result.page_id = None if created and self.dry_run else page.pk

    @staticmethod
    def unchecked_fields():
        return NOT_CHECKED_UP_FRONT | {
            field.name
            for field in PublicationPage._meta.concrete_fields
            if field.is_relation or not field.editable
        }

    @staticmethod
    def unchanged(page, fields, terms, editions):
        """Whether the live ``page`` already has the row's values, terms and editions (an
        editor's unpublished draft is left alone)."""
        return (
            page.live
            and all(getattr(page, name) == value for name, value in fields.items())
            and all(
                set(getattr(page, name).values_list("pk", flat=True)) == {t.pk for t in found}
                for name, found in terms.items()
            )
            and [(edition.document_id, edition.language) for edition in page.files.all()]
            == [(edition.document.pk, edition.language) for edition in editions]
        )

    def existing(self, external_id, files):
        """The publication a row updates: the one with its external id or, for a row without
        one, the one that has one of its files; None for a new publication. ``files`` are the
        row's (name, LibraryDocument). A file already in the library that belongs to another
        publication (not the one matched, nor its translations) refuses the row."""
        known = {document.pk: name for name, document in files if not document.new_in_this_import}
        pages = PublicationPage.objects.filter(locale=self.locale, alias_of__isnull=True)
        if external_id:
            page = pages.filter(external_id=external_id).first()
        else:
            page = pages.filter(files__document__in=known).first() if known else None
        if not known:
            return page
        others = PublicationFile.objects.filter(
            document__in=known, page__alias_of__isnull=True
        ).select_related("page", "page__locale")
        if page is not None:
            others = others.exclude(page__translation_key=page.translation_key)
        if clash := others.order_by("page_id", "sort_order").first():
            raise RowError(duplicate(known[clash.document_id], clash.page))
        return page

    def terms(self, model, value, result):
        found = []
        for name in split(value):
            term = self.vocabularies[model].get(name.lower())
            if term is None:
                result.messages.append(f"unknown {model._meta.verbose_name} “{name}” (skipped)")
            else:
                found.append(term)
        return found

    def file_spec(self, spec):
        """(name, language) for ``name`` or ``name|xx``, once the file is known to exist."""
        name, _, language = spec.partition("|")
        name, language = name.strip(), language.strip()
        if not (self.files_dir / name).is_file():
            raise RowError(f"file “{name}” not found in {self.files_dir}")
        if language and language not in self.languages:
            raise RowError(f"file “{name}”: unknown language “{language}”")
        return name, language

    def document(self, name, language, result):
        """(LibraryDocument, language) for the file ``name`` in the files folder."""
        try:
            data = (self.files_dir / name).read_bytes()
        except OSError as error:
            raise RowError(f"file “{name}” cannot be read: {error.strerror or error}") from error
        if not data:
            raise RowError(f"file “{name}” is empty")
        checksum = sha256_of(ContentFile(data))
        document = LibraryDocument.objects.filter(checksum=checksum).first()
        if document is not None:
            document.new_in_this_import = False
        else:
            try:
                with reader_warnings() as warnings:
                    extraction = extract(data)
            except ExtractionError as error:
                raise RowError(f"file “{name}”: {error}") from error
            result.messages += describe_reader_warnings(name, warnings)
            document = LibraryDocument(
                title=result.title or name,
                checksum=checksum,
                file_hash=hash_filelike(io.BytesIO(data)),
                extraction_status=ExtractionStatus.DONE,
            )
            document.apply_extraction(extraction)
            if document.thumbnail:  # the first page, written by apply_extraction
                self.stored.append((document.thumbnail.storage, document.thumbnail.name))
            document.file.save(name, ContentFile(data), save=False)
            self.stored.append((document.file.storage, document.file.name))
            document.file_size = len(data)
            document.save()
            document.new_in_this_import = True
            self.saved.append(saved_object(document))
        language = language or document.detected_language
        if language not in self.languages:
            raise RowError(f"file “{name}”: cannot tell its language; write it as “{name}|xx”")
        return document, language


def saved_object(instance):
    return [instance._meta.app_label, instance._meta.model_name, instance.pk]


def duplicate(name, page):
    """The report's reason for refusing a row whose file ``name`` belongs to ``page``."""
    known_as = f", external_id “{page.external_id}”" if page.external_id else ""
    return (
        f"duplicate: file “{name}” is already in the library, in “{page.title}” "
        f"({page.locale.language_code}, page {page.pk}{known_as}: "
        f"{reverse('wagtailadmin_pages:edit', args=[page.pk])})"
    )


def unexpected(error):
    """An error nobody foresaw as one line of the report: its class and message."""
    return f"unexpected error: {type(error).__name__}: {' '.join(str(error).split())}"


def describe(validation_error):
    """A Django ValidationError as report messages, one per field."""
    if hasattr(validation_error, "message_dict"):
        return [
            f"{name}: {' '.join(messages)}"
            for name, messages in validation_error.message_dict.items()
        ]
    return list(validation_error.messages)


def read_manifest(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        unknown = set(reader.fieldnames or []) - set(COLUMNS)
        if unknown:
            raise RowError(f"unknown columns: {', '.join(sorted(unknown))}")
        return list(enumerate(reader, start=2))  # line 1 is the header


def write_report(path, results):
    """Every row's outcome, its publication and its messages (reasons and warnings)."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["line", "external_id", "title", "status", "page_id", "messages"])
        for result in results:
            writer.writerow(
                [
                    result.line,
                    result.external_id,
                    result.title,
                    result.status,
                    result.page_id or "",
                    " | ".join(result.messages),
                ]
            )
