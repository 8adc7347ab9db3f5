"""manage.py import_publications: good rows in, bad rows reported, re-runs update."""

import csv
from io import StringIO

from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Locale, Page, ReferenceIndex

from home.factories import CountryFactory, TopicFactory
from home.models import ResourceType
from library.factories import LibraryPageFactory
from library.importers import COLUMNS
from library.models import LibraryDocument, PublicationPage
from tests.builders import build_site

from .helpers import ALBANIAN, ENGLISH, RUSSIAN, docx_bytes, encrypted_pdf_bytes, pdf_bytes


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

    def run_import(self, *extra):
        out = StringIO()
        call_command(
            "import_publications",
            self.manifest,
            *extra,
            files=self.folder,
            report=self.report,
            stdout=out,
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

    def test_unknown_columns_stop_before_importing(self):
        with open(self.manifest, "w", encoding="utf-8") as handle:
            handle.write("title,colour\nA,blue\n")
        with self.assertRaisesMessage(CommandError, "unknown columns: colour"):
            self.run_import()
