"""manage.py import_publications: good rows in, bad rows reported, re-runs update."""

import csv
from contextlib import contextmanager, redirect_stderr
from io import StringIO
from pathlib import Path
from unittest.mock import patch

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Locale, Page, ReferenceIndex

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


class ImportTests(TestCase):
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

    def test_good_rows_are_imported_with_files_text_and_terms(self):
        self.write_manifest(self.rows())
        output = self.run_import()
        self.assertIn("created 2, updated 0, failed 4", output)
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
        self.assertNotIn("tdh-2", report)  # a clean row is not in the report
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
        self.assertIn("created 1, updated 0, failed 1", output)
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
        self.assertIn("created 0, updated 2, failed 4", output)
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
        self.assertIn("tdh-3", self.report_rows())

    def test_a_row_with_an_overlong_title_or_an_unexpected_error_is_reported_and_the_others_go_in(
        self,
    ):
        self.write_manifest(self.rows_with_errors())
        before = media_files()
        with storage_fails("disk-2.pdf", OSError(28, "No space left on device")):
            output = self.run_import()
        self.assertIn("created 2, updated 0, failed 2", output)
        report = self.report_rows()
        self.assertEqual(report["tdh-7"]["status"], "failed")
        self.assertIn(
            "title: Ensure this value has at most 255 characters (it has 300).",
            report["tdh-7"]["messages"],
        )
        self.assertEqual(report["tdh-8"]["status"], "failed")
        self.assertIn(
            "unexpected error: OSError: [Errno 28] No space left on device",
            report["tdh-8"]["messages"],
        )
        english = PublicationPage.objects.filter(locale__language_code="en")
        self.assertEqual(sorted(english.values_list("external_id", flat=True)), ["tdh-1", "tdh-2"])
        self.assertEqual(PublicationPage.objects.count(), 2 * 8)  # with their aliases
        # Only the files of the imported rows are in the storage.
        documents = {document.file.name for document in LibraryDocument.objects.all()}
        self.assertEqual(len(documents), 3)
        self.assertEqual(media_files() - before, documents)

    def test_a_rerun_after_fixing_the_manifest_imports_the_fixed_rows_only(self):
        rows = self.rows_with_errors()
        self.write_manifest(rows)
        with storage_fails("disk-2.pdf", OSError(28, "No space left on device")):
            self.run_import()
        rows[1]["title"] = "A long title"
        self.write_manifest(rows)
        output = self.run_import()
        self.assertIn("created 2, updated 2, failed 0", output)
        self.assertEqual(self.report_rows()["tdh-1"]["status"], "updated")  # its warning
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
        self.assertIn("created 0, updated 0, failed 1", output)
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
        self.assertIn("Dry run: would have created 3, updated 0, failed 4", output)
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
        self.assertIn("created 2, updated 1, failed 0", self.run_import())  # the rest

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
        self.assertIn("created 1, updated 0, failed 1", output)
        self.assertEqual(
            self.report_rows()["tdh-2"]["messages"],
            "rolled back with its batch (line 2): "
            "unexpected error: RuntimeError: alias tree locked",
        )
        self.assertFalse(PublicationPage.objects.filter(external_id="tdh-2").exists())
        self.assertEqual(PublicationPage.objects.count(), 8)  # tdh-1 and its aliases
        documents = {document.file.name for document in LibraryDocument.objects.all()}
        self.assertEqual(media_files() - before, documents)

    def test_unknown_columns_stop_before_importing(self):
        with open(self.manifest, "w", encoding="utf-8") as handle:
            handle.write("title,colour\nA,blue\n")
        with self.assertRaisesMessage(CommandError, "unknown columns: colour"):
            self.run_import()
