"""An edition whose language or page count the editor left empty gets what text extraction
found in its file; what the editor filled in is kept."""

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import TestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from library.factories import LibraryDocumentFactory, LibraryPageFactory
from library.models import PublicationPage
from library.tasks import extract_document_text
from tests.builders import build_site

from .helpers import ALBANIAN, pdf_bytes


def publication_data(slug, document, language="", page_count=""):
    return nested_form_data(
        {
            "title": slug.replace("-", " ").title(),
            "slug": slug,
            "summary": "A regional review.",
            "authors": "",
            "organisations": "",
            "publication_date": "2025-03-14",
            "page_count": page_count,
            "files": inline_formset([{"document": document.pk, "language": language}]),
            "topics": [],
            "countries": [],
            "audiences": [],
            "related_publications": [],
            "action-publish": "publish",
        }
    )


class EditionsFromExtractionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            site = build_site()
            cls.library = LibraryPageFactory(parent=site.home)
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")

    def setUp(self):
        self.client.force_login(self.admin)

    def create(self, data):
        url = f"/admin/pages/add/library/publicationpage/{self.library.pk}/"
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        return PublicationPage.objects.get(slug=data["slug"], alias_of=None)

    def test_empty_language_and_pages_come_from_the_file(self):
        document = LibraryDocumentFactory(detected_language="sq", page_count=12)
        page = self.create(publication_data("review", document))
        self.assertEqual(page.files.get().language, "sq")
        self.assertEqual(page.page_count, 12)
        # The draft the editor opens next shows them too.
        latest = page.get_latest_revision_as_object()
        self.assertEqual(latest.page_count, 12)
        self.assertEqual(latest.files.get().language, "sq")

    def test_what_the_editor_chose_is_kept(self):
        document = LibraryDocumentFactory(detected_language="sq", page_count=12)
        page = self.create(publication_data("kept", document, language="en", page_count="40"))
        self.assertEqual(page.files.get().language, "en")
        self.assertEqual(page.page_count, 40)

    def test_a_file_extracted_after_the_page_was_published_fills_it_then(self):
        document = LibraryDocumentFactory(
            detected_language="",
            page_count=None,
            extraction_status="pending",
            file=ContentFile(pdf_bytes(ALBANIAN, pages=2), name="later.pdf"),
        )
        page = self.create(publication_data("later", document))
        self.assertEqual(page.files.get().language, "")
        self.assertIsNone(page.page_count)
        extract_document_text.call(document.pk)
        page.refresh_from_db()
        document.refresh_from_db()
        self.assertGreater(document.page_count, 1)
        self.assertEqual(page.files.get().language, "sq")
        self.assertEqual(page.page_count, document.page_count)
        # Its aliases in the other trees carry the same edition.
        for alias in PublicationPage.objects.filter(alias_of=page):
            self.assertEqual(alias.files.get().language, "sq")
            self.assertEqual(alias.page_count, document.page_count)
