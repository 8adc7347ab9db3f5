"""manage.py import_publications: good rows in, bad rows reported, re-runs update."""

import csv
import logging
import re
from contextlib import contextmanager, redirect_stderr
from io import StringIO
from pathlib import Path
from unittest.mock import patch

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Locale, Page, ReferenceIndex, Revision

from home.factories import CountryFactory, TopicFactory
from home.models import ResourceType
from library import aliases
from library.factories import LibraryPageFactory
from library.importers import COLUMNS
from library.models import LibraryDocument, PublicationPage
from tests.builders import build_site

from .helpers import ALBANIAN, ENGLISH, RUSSIAN, docx_bytes, encrypted_pdf_bytes, pdf_bytes


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def stored_files(documents):
    """The files of ``documents`` in the storage: each one's, and its first page's."""
    names = {document.file.name for document in documents}
    return names | {document.thumbnail.name for document in documents if document.thumbnail}


@contextmanager
def storage_fails(file_name, error):
    """Storing ``file_name`` raises ``error`` (a full disk, an interruption); other files are
    stored."""
    save = FileSystemStorage._save

    def failing_save(storage, name, content):
        if Path(name).stem.startswith(Path(file_name).stem):  # the storage may add a suffix
            raise error
        return save(storage, name, content)

    with patch.object(FileSystemStorage, "_save", failing_save):
        yield


class ImportTestCase(TestCase):
    """A library, its terms and a folder of files, good and bad."""

    @classmethod
    def setUpTestData(cls):
        site = build_site()
        cls.library = LibraryPageFactory(parent=site.home)
        TopicFactory(name="Foster care", slug="foster-care")
        CountryFactory(name="Albania", slug="albania")
        ResourceType.objects.create(
            locale=Locale.objects.get(language_code="en"), name="Report", slug="report"
        )

    def setUp(self):
        self.folder = self.enterContext(__import__("tempfile").TemporaryDirectory())
        files = {
            "care-en.pdf": pdf_bytes(ENGLISH, "Foster care review"),
            "care-sq.pdf": pdf_bytes(ALBANIAN, "Rishikim i kujdestarisë"),
            "guide-ru.docx": docx_bytes(RUSSIAN),
            "locked.pdf": encrypted_pdf_bytes(),
            "broken.pdf": pdf_bytes()[:300],
            "long-en.pdf": pdf_bytes(ENGLISH, "A long title"),
            "disk-en.pdf": pdf_bytes(ENGLISH, "Disk error, first file"),
            "disk-2.pdf": pdf_bytes(ENGLISH, "Disk error, second file"),
            "short.pdf": pdf_bytes("Hi", "Hi"),  # too little text to tell its language
            "empty.pdf": b"",
            # A wrong cross-reference offset: pypdf rebuilds the table and logs a warning.
            "xref-en.pdf": re.sub(rb"startxref\s+\d+", b"startxref\n99", pdf_bytes()),
        }
        for name, content in files.items():
            with open(f"{self.folder}/{name}", "wb") as handle:
                handle.write(content)
        self.manifest = f"{self.folder}/manifest.csv"
        self.report = f"{self.folder}/report.csv"

    def write_manifest(self, rows):
        with open(self.manifest, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for row in rows:
                writer.writerow(row)

    def rows(self, review_title="Foster care review"):
        return [
            {
                "external_id": "tdh-1",
                "title": review_title,
                "summary": "A regional review.",
                "publication_date": "2024-05-02",
                "authors": "Ana Popescu; Ivan Petrov",
                "organisations": "Terre des hommes",
                "resource_type": "Report",
                "topics": "foster-care; Nonexistent topic",
                "countries": "Albania",
                "files": "care-en.pdf; care-sq.pdf",
                "licence": "CC BY 4.0",
            },
            {
                "external_id": "tdh-2",
                "title": "Russian guide",
                "summary": "A guide.",
                "publication_date": "2023",
                "files": "guide-ru.docx",
            },
            {
                "external_id": "tdh-3",
                "title": "Locked",
                "summary": "Encrypted.",
                "publication_date": "2022",
                "files": "locked.pdf",
            },
            {
                "external_id": "tdh-4",
                "title": "Broken",
                "summary": "Damaged.",
                "publication_date": "2022",
                "files": "broken.pdf",
            },
            {
                "external_id": "tdh-5",
                "title": "No file",
                "summary": "Missing.",
                "publication_date": "2022",
                "files": "missing.pdf",
            },
            {
                "external_id": "tdh-6",
                "title": "",
                "summary": "No title.",
                "publication_date": "not a date",
                "files": "care-en.pdf",
            },
        ]

    def rows_with_errors(self):
        """A good row, a row whose title is too long, a row whose second file cannot be
        stored (see ``storage_fails``), another good row."""
        review, guide = self.rows()[:2]
        long_title = {
            "external_id": "tdh-7",
            "title": "A" * 300,
            "summary": "Too long a title.",
            "publication_date": "2021",
            "files": "long-en.pdf",
        }
        disk_error = {
            "external_id": "tdh-8",
            "title": "Disk error",
            "summary": "The disk is full.",
            "publication_date": "2021",
            "files": "disk-en.pdf; disk-2.pdf",
        }
        return [review, long_title, disk_error, guide]

    def run_import(self, *extra):
        out, self.errors = StringIO(), StringIO()
        call_command(
            "import_publications",
            self.manifest,
            *extra,
            files=self.folder,
            report=self.report,
            stdout=out,
            stderr=self.errors,
            verbosity=0,
        )
        return out.getvalue()

    def report_rows(self):
        with open(self.report, newline="", encoding="utf-8") as handle:
            return {row["external_id"]: row for row in csv.DictReader(handle)}


class ImportTests(ImportTestCase):
    def test_good_rows_are_imported_with_files_text_and_terms(self):
        self.write_manifest(self.rows())
        output = self.run_import()
        self.assertIn("created 2, updated 0, unchanged 0, refused 4", output)
        review = PublicationPage.objects.get(external_id="tdh-1", locale__language_code="en")
        self.assertTrue(review.live)
        self.assertEqual(review.author_list(), ["Ana Popescu", "Ivan Petrov"])
        self.assertEqual(review.resource_type.slug, "report")
        self.assertEqual([t.slug for t in review.topics.all()], ["foster-care"])
        self.assertEqual([c.slug for c in review.countries.all()], ["albania"])
        editions = {f.language: f.document for f in review.files.all()}
        self.assertEqual(set(editions), {"en", "sq"})
        self.assertIn("Mbrojtja e fëmijëve", editions["sq"].extracted_text)
        guide = PublicationPage.objects.get(external_id="tdh-2", locale__language_code="en")
        self.assertEqual(guide.files.get().language, "ru")

    def test_progress_shows_the_rate_and_the_time_left(self):
        self.write_manifest(self.rows()[:2])
        progress = StringIO()
        with redirect_stderr(progress):  # where tqdm writes
            call_command(
                "import_publications",
                self.manifest,
                files=self.folder,
                report=self.report,
                stdout=StringIO(),
                verbosity=1,
            )
        final = progress.getvalue().rsplit("\r", 1)[-1]
        # "Importing: 100%|██████████| 2/2 [00:01<00:00,  1.62row/s]": done, elapsed<left, rate
        self.assertRegex(final, r"Importing: 100%.*2/2 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+s?/?row")

    def test_bad_rows_are_reported_with_their_reason(self):
        self.write_manifest(self.rows())
        self.run_import()
        report = self.report_rows()
        self.assertIn("password-protected", report["tdh-3"]["messages"])
        self.assertIn("damaged", report["tdh-4"]["messages"])
        self.assertIn("“missing.pdf” not found", report["tdh-5"]["messages"])
        self.assertIn("missing title", report["tdh-6"]["messages"])
        self.assertEqual(report["tdh-1"]["status"], "created")
        self.assertIn("unknown topic “Nonexistent topic”", report["tdh-1"]["messages"])
        self.assertEqual((report["tdh-2"]["status"], report["tdh-2"]["messages"]), ("created", ""))
        self.assertFalse(PublicationPage.objects.filter(title="Locked").exists())

    def test_new_pages_get_aliases_in_the_other_locales(self):
        self.write_manifest(self.rows()[:1])
        self.run_import()
        review = PublicationPage.objects.get(external_id="tdh-1", locale__language_code="en")
        aliases = PublicationPage.objects.filter(alias_of=review)
        self.assertEqual(aliases.count(), 7)

    def test_a_row_with_an_invalid_value_is_reported_and_the_others_go_in(self):
        rows = self.rows()[:2]
        rows[0]["external_url"] = "not a web address"
        self.write_manifest(rows)
        output = self.run_import()
        self.assertIn("created 1, updated 0, unchanged 0, refused 1", output)
        self.assertIn("external_url: Enter a valid URL.", self.report_rows()["tdh-1"]["messages"])
        self.assertFalse(PublicationPage.objects.filter(external_id="tdh-1").exists())

    def test_imported_pages_are_published_from_a_revision_in_a_consistent_tree(self):
        self.write_manifest(self.rows()[:2])
        self.run_import()
        review = PublicationPage.objects.get(external_id="tdh-1", locale__language_code="en")
        self.assertIsNotNone(review.live_revision_id)
        self.assertEqual(review.live_revision_id, review.latest_revision_id)
        self.assertFalse(review.has_unpublished_changes)
        self.assertEqual(review.url_path, f"{self.library.url_path}{review.slug}/")
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))

    def test_the_reference_index_knows_the_pages_and_aliases_that_use_a_file(self):
        self.write_manifest(self.rows()[:1])
        self.run_import()
        review = PublicationPage.objects.get(external_id="tdh-1", locale__language_code="en")
        document = review.files.first().document
        users = {reference.object_id for reference in ReferenceIndex.get_references_to(document)}
        pages = {str(review.pk)} | {str(pk) for pk in review.aliases.values_list("pk", flat=True)}
        self.assertEqual(users, pages)

    def test_a_rerun_with_another_file_moves_the_references_of_page_and_aliases(self):
        rows = self.rows()[:1]
        self.write_manifest(rows)
        self.run_import()
        review = PublicationPage.objects.get(external_id="tdh-1", locale__language_code="en")
        old = review.files.first().document
        rows[0]["files"] = "guide-ru.docx"
        self.write_manifest(rows)
        self.run_import()
        new = review.files.get().document
        pages = {str(review.pk)} | {str(pk) for pk in review.aliases.values_list("pk", flat=True)}
        self.assertEqual({r.object_id for r in ReferenceIndex.get_references_to(new)}, pages)
        self.assertFalse(ReferenceIndex.get_references_to(old).exists())

    def test_rerun_updates_instead_of_duplicating(self):
        self.write_manifest(self.rows())
        self.run_import()
        documents = LibraryDocument.objects.count()
        pages = PublicationPage.objects.count()
        self.write_manifest(self.rows(review_title="Foster care review (2nd edition)"))
        output = self.run_import()
        self.assertIn("created 0, updated 1, unchanged 1, refused 4", output)
        self.assertEqual(LibraryDocument.objects.count(), documents)
        self.assertEqual(PublicationPage.objects.count(), pages)
        review = PublicationPage.objects.get(external_id="tdh-1", locale__language_code="en")
        self.assertEqual(review.title, "Foster care review (2nd edition)")

    def test_rows_without_an_id_are_matched_by_file_checksum(self):
        rows = self.rows()[:1]
        rows[0]["external_id"] = ""
        self.write_manifest(rows)
        self.run_import()
        self.run_import()
        self.assertEqual(PublicationPage.objects.filter(locale__language_code="en").count(), 1)

    def test_dry_run_saves_nothing_but_reports(self):
        self.write_manifest(self.rows())
        output = self.run_import("--dry-run")
        self.assertIn("Dry run: would have created 2", output)
        self.assertFalse(PublicationPage.objects.exists())
        self.assertFalse(LibraryDocument.objects.exists())
        report = self.report_rows()
        self.assertEqual(report["tdh-3"]["status"], "refused")
        self.assertEqual((report["tdh-1"]["status"], report["tdh-1"]["page_id"]), ("created", ""))

    def test_a_row_with_an_overlong_title_or_an_unexpected_error_is_reported_and_the_others_go_in(
        self,
    ):
        self.write_manifest(self.rows_with_errors())
        before = media_files()
        with storage_fails("disk-2.pdf", OSError(28, "No space left on device")):
            output = self.run_import()
        self.assertIn("created 2, updated 0, unchanged 0, refused 2", output)
        report = self.report_rows()
        self.assertEqual(report["tdh-7"]["status"], "refused")
        self.assertIn(
            "title: Ensure this value has at most 255 characters (it has 300).",
            report["tdh-7"]["messages"],
        )
        self.assertEqual(report["tdh-8"]["status"], "refused")
        self.assertIn(
            "unexpected error: OSError: [Errno 28] No space left on device",
            report["tdh-8"]["messages"],
        )
        english = PublicationPage.objects.filter(locale__language_code="en")
        self.assertEqual(sorted(english.values_list("external_id", flat=True)), ["tdh-1", "tdh-2"])
        self.assertEqual(PublicationPage.objects.count(), 2 * 8)  # with their aliases
        # Only the files of the imported rows (and their PDFs' first pages) are in the storage.
        documents = LibraryDocument.objects.all()
        self.assertEqual(len(documents), 3)
        self.assertEqual(media_files() - before, stored_files(documents))

    def test_a_rerun_after_fixing_the_manifest_imports_the_fixed_rows_only(self):
        rows = self.rows_with_errors()
        self.write_manifest(rows)
        with storage_fails("disk-2.pdf", OSError(28, "No space left on device")):
            self.run_import()
        rows[1]["title"] = "A long title"
        self.write_manifest(rows)
        output = self.run_import()
        self.assertIn("created 2, updated 0, unchanged 2, refused 0", output)
        self.assertEqual(self.report_rows()["tdh-1"]["status"], "unchanged")
        english = PublicationPage.objects.filter(locale__language_code="en")
        self.assertEqual(
            sorted(english.values_list("external_id", flat=True)),
            ["tdh-1", "tdh-2", "tdh-7", "tdh-8"],
        )
        self.assertEqual(PublicationPage.objects.count(), 4 * 8)
        self.assertEqual(LibraryDocument.objects.count(), 6)

    def test_a_rolled_back_row_leaves_no_file_and_keeps_the_files_it_reused(self):
        self.write_manifest(self.rows()[1:2])
        self.run_import()
        guide = LibraryDocument.objects.get()
        before = media_files()
        row = {
            "external_id": "tdh-9",
            "title": "Guide and short note",
            "summary": "The note's language cannot be told.",
            "publication_date": "2024",
            "files": "guide-ru.docx; short.pdf",
        }
        self.write_manifest([row])
        output = self.run_import()
        self.assertIn("created 0, updated 0, unchanged 0, refused 1", output)
        self.assertIn(
            "“short.pdf”: cannot tell its language", self.report_rows()["tdh-9"]["messages"]
        )
        self.assertEqual(media_files(), before)
        self.assertTrue(guide.file.storage.exists(guide.file.name))
        self.assertEqual(LibraryDocument.objects.get(), guide)

    def test_dry_run_leaves_no_files_in_storage(self):
        self.write_manifest(self.rows() + self.rows_with_errors()[2:3])
        before = media_files()
        output = self.run_import("--dry-run")
        self.assertIn("Dry run: would have created 3, updated 0, unchanged 0, refused 4", output)
        self.assertEqual(media_files(), before)
        self.assertFalse(LibraryDocument.objects.exists())
        self.assertFalse(PublicationPage.objects.exists())

    def test_an_interrupted_import_keeps_the_batches_it_committed(self):
        review, _long_title, disk_error, guide = self.rows_with_errors()
        self.write_manifest([guide, disk_error, review])  # the second row is interrupted
        before = media_files()
        with (
            patch("library.importers.ALIAS_BATCH", 1),
            storage_fails("disk-2.pdf", KeyboardInterrupt()),
            self.assertRaises(KeyboardInterrupt),
        ):
            self.run_import()
        english = PublicationPage.objects.filter(locale__language_code="en")
        self.assertEqual(list(english.values_list("external_id", flat=True)), ["tdh-2"])
        self.assertEqual(PublicationPage.objects.count(), 8)  # with its aliases
        guide = LibraryDocument.objects.get()
        self.assertEqual(media_files() - before, {guide.file.name})
        self.assertIn("the rows after line 2 were not imported", self.errors.getvalue())
        self.assertIn("created 2, updated 0, unchanged 1, refused 0", self.run_import())  # the rest

    def test_a_batch_that_cannot_be_finished_is_rolled_back_and_reported(self):
        review, _long_title, _disk_error, guide = self.rows_with_errors()
        self.write_manifest([guide, review])
        before = media_files()
        failures = [RuntimeError("alias tree locked")]

        def create_aliases(pages):
            if failures:
                raise failures.pop()
            return aliases.create_aliases(pages)

        with (
            patch("library.importers.ALIAS_BATCH", 1),
            patch("library.importers.create_aliases", create_aliases),
        ):
            output = self.run_import()
        self.assertIn("created 1, updated 0, unchanged 0, refused 1", output)
        self.assertEqual(
            self.report_rows()["tdh-2"]["messages"],
            "rolled back with its batch (line 2): "
            "unexpected error: RuntimeError: alias tree locked",
        )
        self.assertFalse(PublicationPage.objects.filter(external_id="tdh-2").exists())
        self.assertEqual(PublicationPage.objects.count(), 8)  # tdh-1 and its aliases
        self.assertEqual(media_files() - before, stored_files(LibraryDocument.objects.all()))

    def test_unknown_columns_stop_before_importing(self):
        with open(self.manifest, "w", encoding="utf-8") as handle:
            handle.write("title,colour\nA,blue\n")
        with self.assertRaisesMessage(CommandError, "unknown columns: colour"):
            self.run_import()


class ImportOutcomeTests(ImportTestCase):
    """Every row's outcome is reported: a file that belongs to another publication refuses the
    row, an unchanged row is left alone, and the console stays readable."""

    def row(self, external_id, files, title="Another report"):
        return {
            "external_id": external_id,
            "title": title,
            "summary": "A report.",
            "publication_date": "2024",
            "files": files,
        }

    def test_a_file_of_another_publication_under_a_new_external_id_is_refused(self):
        self.write_manifest(self.rows()[:2])
        self.run_import()
        review = PublicationPage.objects.get(external_id="tdh-1", locale__language_code="en")
        revision = review.latest_revision_id
        self.write_manifest([self.row("tdh-10", "care-en.pdf")])
        output = self.run_import()
        self.assertIn("created 0, updated 0, unchanged 0, refused 1", output)
        report = self.report_rows()["tdh-10"]
        self.assertEqual(report["status"], "refused")
        self.assertEqual(
            report["messages"],
            "duplicate: file “care-en.pdf” is already in the library, in “Foster care review” "
            f"(en, page {review.pk}, external_id “tdh-1”: /admin/pages/{review.pk}/edit/)",
        )
        review.refresh_from_db()
        self.assertEqual((review.title, review.external_id), ("Foster care review", "tdh-1"))
        self.assertEqual(review.latest_revision_id, revision)
        self.assertFalse(PublicationPage.objects.filter(external_id="tdh-10").exists())

    def test_a_row_with_an_external_id_is_not_matched_by_its_files(self):
        self.write_manifest([self.row("", "care-en.pdf", title="Imported without an id")])
        self.run_import()
        self.write_manifest([self.row("tdh-11", "care-en.pdf; guide-ru.docx")])
        self.assertIn("refused 1", self.run_import())
        self.assertIn(
            "“care-en.pdf” is already in the library", self.report_rows()["tdh-11"]["messages"]
        )
        self.assertEqual(
            list(
                PublicationPage.objects.filter(locale__language_code="en").values_list(
                    "title", "external_id"
                )
            ),
            [("Imported without an id", "")],
        )

    def test_two_rows_of_one_run_with_the_same_file_the_second_is_refused(self):
        self.write_manifest(
            [self.row("tdh-12", "guide-ru.docx", "First"), self.row("tdh-13", "guide-ru.docx")]
        )
        output = self.run_import()
        self.assertIn("created 1, updated 0, unchanged 0, refused 1", output)
        first = PublicationPage.objects.get(external_id="tdh-12", locale__language_code="en")
        self.assertEqual(first.title, "First")
        self.assertIn(f"in “First” (en, page {first.pk}", self.report_rows()["tdh-13"]["messages"])

    def test_a_row_without_an_id_matched_by_its_file_keeps_the_publication_s_id(self):
        rows = self.rows()[1:2]
        self.write_manifest(rows)
        self.run_import()
        rows[0]["external_id"] = ""
        self.write_manifest(rows)
        self.assertIn("unchanged 1", self.run_import())
        guide = PublicationPage.objects.get(locale__language_code="en")
        self.assertEqual(guide.external_id, "tdh-2")

    def test_an_empty_file_is_reported_as_empty(self):
        self.write_manifest([self.row("tdh-14", "empty.pdf")])
        self.assertIn("refused 1", self.run_import())
        self.assertEqual(self.report_rows()["tdh-14"]["messages"], "file “empty.pdf” is empty")

    def test_an_unchanged_rerun_makes_no_revision_and_says_unchanged(self):
        self.write_manifest(self.rows()[:2])
        self.run_import()
        revisions = Revision.objects.count()
        output = self.run_import()
        self.assertIn("created 0, updated 0, unchanged 2, refused 0", output)
        self.assertEqual(Revision.objects.count(), revisions)
        report = self.report_rows()
        self.assertEqual([row["status"] for row in report.values()], ["unchanged", "unchanged"])
        # A changed term is a change.
        rows = self.rows()[:2]
        rows[1]["topics"] = "foster-care"
        self.write_manifest(rows)
        self.assertIn("created 0, updated 1, unchanged 1, refused 0", self.run_import())
        self.assertEqual(Revision.objects.count(), revisions + 1)
        guide = PublicationPage.objects.get(external_id="tdh-2", locale__language_code="en")
        self.assertEqual([topic.slug for topic in guide.topics.all()], ["foster-care"])

    def test_wagtail_prints_no_line_per_row(self):
        self.write_manifest(self.rows()[:2])
        level = logging.getLogger("wagtail").level
        with self.assertNoLogs("wagtail", level="INFO"):
            self.run_import()
            self.write_manifest(self.rows(review_title="Foster care review (2nd edition)")[:2])
            self.run_import()  # an update publishes the page and its aliases
        self.assertEqual(logging.getLogger("wagtail").level, level)

    def test_a_reader_warning_is_reported_with_its_file(self):
        self.write_manifest([self.row("tdh-15", "xref-en.pdf")])
        with self.assertNoLogs(level="WARNING"):  # nothing on the console
            output = self.run_import()
        self.assertIn("created 1, updated 0, unchanged 0, refused 0, with warnings 1", output)
        report = self.report_rows()["tdh-15"]
        self.assertEqual(report["status"], "created")
        self.assertIn(
            "file “xref-en.pdf”: reader warning: incorrect startxref pointer", report["messages"]
        )

    def test_every_row_is_in_the_report_with_its_outcome_and_page(self):
        self.write_manifest(self.rows())
        self.run_import()
        self.write_manifest(self.rows(review_title="Foster care review (2nd edition)"))
        self.run_import()
        report = self.report_rows()
        self.assertEqual(
            {external_id: row["status"] for external_id, row in report.items()},
            {
                "tdh-1": "updated",
                "tdh-2": "unchanged",
                "tdh-3": "refused",
                "tdh-4": "refused",
                "tdh-5": "refused",
                "tdh-6": "refused",
            },
        )
        self.assertEqual([row["line"] for row in report.values()], ["2", "3", "4", "5", "6", "7"])
        english = PublicationPage.objects.filter(locale__language_code="en")
        for external_id in ("tdh-1", "tdh-2"):
            page = english.get(external_id=external_id)
            self.assertEqual(report[external_id]["page_id"], str(page.pk))
        self.assertEqual(report["tdh-3"]["page_id"], "")

    def test_an_unchanged_row_of_a_batch_rolled_back_stays_unchanged(self):
        review, guide = self.rows()[:2]
        self.write_manifest([guide])
        self.run_import()
        self.write_manifest([guide, review])

        def create_aliases(pages):
            if pages:
                raise RuntimeError("alias tree locked")
            return []

        with patch("library.importers.create_aliases", create_aliases):
            output = self.run_import()
        self.assertIn("created 0, updated 0, unchanged 1, refused 1", output)
        report = self.report_rows()
        self.assertEqual(
            (report["tdh-2"]["status"], report["tdh-2"]["messages"]), ("unchanged", "")
        )
        self.assertIn("rolled back with its batch (lines 2–3)", report["tdh-1"]["messages"])
        self.assertFalse(PublicationPage.objects.filter(external_id="tdh-1").exists())
