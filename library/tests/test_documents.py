"""Uploading documents in the admin: extraction in the background, bad files refused whole."""

import io

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from pypdf import PdfReader
from wagtail.users.models import UserProfile

from library.models import ExtractionStatus, LibraryDocument

from .helpers import RUSSIAN, AdminUploadMixin, docx_bytes, encrypted_pdf_bytes, pdf_bytes

MULTIPLE_ADD_URL = "/admin/documents/multiple/add/"


class DocumentUploadTests(AdminUploadMixin, TestCase):
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
        link = f'href="/admin/documents/edit/{first.pk}/"'
        for message in self.refusals("copy.pdf", content, "This file is already in the library"):
            self.assertIn(link, message)
        self.assertEqual(LibraryDocument.objects.count(), 1)

    def refusals(self, name, content, reason):
        """Uploads the file through the add view and the multiple-upload view; asserts that each
        refuses it with the one reason, and gives the two messages."""
        response = self.upload(name, content)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, reason)
        self.assertNotContains(response, "is not allowed")
        single = response.context["form"].errors["file"]
        self.assertEqual(len(single), 1, single)

        response = self.client.post(
            MULTIPLE_ADD_URL, {"collection": 1, "files[]": SimpleUploadedFile(name, content)}
        )
        result = response.json()
        self.assertFalse(result["success"])
        self.assertIn(reason, result["error_message"])
        self.assertNotIn("is not allowed", result["error_message"])
        self.assertNotIn("\n", result["error_message"])  # one message per line
        return [single[0], result["error_message"]]

    def assertRefused(self, name, content, reason):
        self.refusals(name, content, reason)
        self.assertFalse(LibraryDocument.objects.exists())

    def test_encrypted_pdf_is_refused(self):
        self.assertRefused("secret.pdf", encrypted_pdf_bytes(), "password-protected")

    def test_corrupt_pdf_is_refused(self):
        self.assertRefused("broken.pdf", pdf_bytes()[:300], "This document is damaged")

    def test_a_file_that_is_not_a_document_is_refused(self):
        png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
        self.assertRefused("photo.pdf", png, "Only PDF and Word")

    @override_settings(LIBRARY_MAX_UPLOAD_MB=1)
    def test_oversized_file_is_refused_with_its_size_and_the_limit(self):
        big = pdf_bytes() + b"%" + b"x" * (5 * 1024 * 1024 // 2)
        self.assertRefused(
            "big.pdf", big, "This file is 2.5\xa0MB, more than the limit of 1.0\xa0MB."
        )

    @override_settings(LIBRARY_MAX_UPLOAD_MB=1)
    def test_a_file_just_over_the_limit_is_not_said_to_be_the_limits_size(self):
        big = pdf_bytes() + b"%" + b"x" * (1024 * 1024)
        self.assertRefused("big.pdf", big, "This file is larger than the limit of 1.0\xa0MB.")

    def test_a_document_named_with_another_extension_is_refused_for_its_extension(self):
        response = self.upload("guide.txt", pdf_bytes())
        self.assertEqual(
            response.context["form"].errors["file"],
            ["File extension “txt” is not allowed. Allowed extensions are: pdf, docx."],
        )
        self.assertFalse(LibraryDocument.objects.exists())

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
        self.assertEqual(document.extraction_error_code, "damaged")
        self.assertIn("damaged", document.get_extraction_error_display())

    def test_a_file_missing_from_storage_is_marked_failed(self):
        from library.tasks import extract_document_text

        document = LibraryDocument.objects.create(
            title="Lost", file=SimpleUploadedFile("lost.pdf", pdf_bytes())
        )
        document.file.storage.delete(document.file.name)
        extract_document_text.call(document.pk)
        document.refresh_from_db()
        self.assertEqual(document.extraction_status, ExtractionStatus.FAILED)
        self.assertEqual(document.extraction_error_code, "unreadable")
        self.assertIn("could not be read from storage", document.get_extraction_error_display())


class DocumentEditPageTests(TestCase):
    """The document's own edit page says what the background extraction made of the file."""

    @classmethod
    def setUpTestData(cls):
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")

    def setUp(self):
        self.client.force_login(self.admin)

    def edit_page(self, document):
        response = self.client.get(f"/admin/documents/edit/{document.pk}/")
        self.assertEqual(response.status_code, 200)
        return response

    def failed_document(self):
        from library.tasks import extract_document_text

        document = LibraryDocument.objects.create(
            title="Broken", file=SimpleUploadedFile("broken.pdf", pdf_bytes()[:300])
        )
        extract_document_text.call(document.pk)
        return document

    def test_a_waiting_document_says_so(self):
        document = LibraryDocument.objects.create(
            title="Fresh", file=SimpleUploadedFile("fresh.pdf", pdf_bytes())
        )  # extraction is queued on commit, which a test never reaches
        response = self.edit_page(document)
        self.assertContains(response, "Text extraction")
        self.assertContains(response, "Waiting for text extraction")

    def test_a_failed_extraction_is_shown_with_its_reason(self):
        response = self.edit_page(self.failed_document())
        self.assertContains(response, "Extraction failed")
        self.assertContains(response, "This document is damaged and cannot be read (")

    def test_the_failure_reason_is_shown_in_the_editors_language(self):
        document = self.failed_document()
        profile = UserProfile.get_for_user(self.admin)
        profile.preferred_language = "ru"
        profile.save()
        response = self.edit_page(document)
        self.assertContains(response, "Извлечение не удалось")
        self.assertContains(response, "Этот документ повреждён и не может быть прочитан (")
        self.assertNotContains(response, "This document is damaged")
