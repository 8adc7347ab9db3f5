"""Uploading documents in the admin: extraction in the background, bad files refused whole."""

import io

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from pypdf import PdfReader

from library.models import ExtractionStatus, LibraryDocument

from .helpers import RUSSIAN, docx_bytes, encrypted_pdf_bytes, pdf_bytes

ADD_URL = "/admin/documents/add/"


class DocumentUploadTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")

    def setUp(self):
        self.client.force_login(self.admin)

    def upload(self, name, content, title="Guidance"):
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(
                ADD_URL,
                {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
            )

    def test_pdf_upload_stores_text_pages_language_and_checksum(self):
        content = pdf_bytes(RUSSIAN, pages=2)
        response = self.upload("guide.pdf", content)
        self.assertEqual(response.status_code, 302)
        document = LibraryDocument.objects.get()
        self.assertEqual(document.extraction_status, ExtractionStatus.DONE)
        self.assertIn("Защита детей", document.extracted_text)
        self.assertEqual(document.detected_language, "ru")
        self.assertEqual(document.page_count, len(PdfReader(io.BytesIO(content)).pages))
        self.assertGreater(document.page_count, 1)
        self.assertEqual(len(document.checksum), 64)

    def test_word_upload_is_extracted(self):
        self.upload("guide.docx", docx_bytes())
        document = LibraryDocument.objects.get()
        self.assertEqual(document.extraction_status, ExtractionStatus.DONE)
        self.assertIn("shared responsibility", document.extracted_text)

    def test_extraction_state_is_shown_in_the_admin_listing(self):
        self.upload("guide.pdf", pdf_bytes())
        response = self.client.get("/admin/document-texts/")
        self.assertContains(response, "Text extracted")
        self.assertContains(response, "Guidance")

    def test_second_upload_of_the_same_file_is_refused_with_a_link(self):
        content = pdf_bytes()
        self.upload("guide.pdf", content, title="First")
        first = LibraryDocument.objects.get()
        response = self.upload("copy.pdf", content, title="Second")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This file is already in the library")
        self.assertContains(response, f'href="/admin/documents/edit/{first.pk}/"')
        self.assertEqual(LibraryDocument.objects.count(), 1)

    def assertRefused(self, response, message):
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, message)
        self.assertFalse(LibraryDocument.objects.exists())

    def test_encrypted_pdf_is_refused(self):
        self.assertRefused(self.upload("secret.pdf", encrypted_pdf_bytes()), "password-protected")

    def test_corrupt_pdf_is_refused(self):
        self.assertRefused(self.upload("broken.pdf", pdf_bytes()[:300]), "damaged")

    def test_a_file_that_is_not_a_document_is_refused(self):
        png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
        self.assertRefused(self.upload("photo.pdf", png), "Only PDF and Word")

    @override_settings(LIBRARY_MAX_UPLOAD_MB=1)
    def test_oversized_file_is_refused(self):
        big = pdf_bytes() + b"%" + b"x" * (1024 * 1024)
        self.assertRefused(self.upload("big.pdf", big), "the limit is 1 MB")

    def test_a_file_that_fails_in_the_background_is_marked_failed(self):
        from library.tasks import extract_document_text

        document = LibraryDocument.objects.create(
            title="Broken later",
            file=SimpleUploadedFile("later.pdf", pdf_bytes()[:300]),
            extraction_status=ExtractionStatus.DONE,
        )
        extract_document_text.call(document.pk)
        document.refresh_from_db()
        self.assertEqual(document.extraction_status, ExtractionStatus.FAILED)
        self.assertIn("damaged", document.extraction_error)
