"""Files built to hurt: zip bombs and PDFs with huge streams are refused with a clear reason
(read in a child process with a memory cap and a time limit); PDFs with JavaScript are flagged
and only ever downloaded; every document response carries safe headers."""

import io
import tempfile
import time
import zipfile
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import SimpleTestCase, TestCase
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, StreamObject, TextStringObject

from library.extraction import TOO_BIG, ExtractionError, extract, read_document
from library.factories import LibraryPageFactory
from library.importers import PublicationImporter
from library.models import LibraryDocument
from library.sandbox import ChildProcess, OutOfMemory, TimedOut
from tests.builders import build_site

from .helpers import AdminUploadMixin, docx_bytes, pdf_bytes


def zip_bomb_docx(unpacked=200 * 1024 * 1024):
    """A real Word file plus a part of zeros: some 200 KB on disk, 200 MB unpacked."""
    buffer = io.BytesIO(docx_bytes())
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/media/image1.bin", "w", force_zip64=True) as part:
            chunk = bytes(1024 * 1024)
            for _ in range(unpacked // len(chunk)):
                part.write(chunk)
    return buffer.getvalue()


def huge_stream_pdf():
    """A one-page PDF whose content stream inflates from some 100 KB to 100 MB."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=200, height=200)
    stream = StreamObject()
    stream.set_data(b"")
    stream._data = zlib.compress(b" " * 100_000_000, 9)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def javascript_pdf():
    """A real PDF that runs JavaScript when it is opened (/OpenAction)."""
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf_bytes())))
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.launchURL('https://example.org');"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def allocate(size):
    return len(bytearray(size))


def sleep(seconds):
    time.sleep(seconds)
    return seconds


class SandboxTests(SimpleTestCase):
    def test_a_call_that_needs_too_much_memory_costs_only_the_child(self):
        child = ChildProcess(allocate)
        self.addCleanup(child.stop)
        with self.assertRaises(OutOfMemory):
            child.call(2 * 1024**3, timeout=60, memory=256 * 1024**2)
        self.assertEqual(child.call(1024, timeout=60, memory=256 * 1024**2), 1024)

    def test_a_call_that_takes_too_long_is_stopped_and_the_next_gets_a_fresh_child(self):
        child = ChildProcess(sleep)
        self.addCleanup(child.stop)
        with self.assertRaises(TimedOut):
            child.call(30, timeout=0.5, memory=256 * 1024**2)
        self.assertEqual(child.call(0, timeout=60, memory=256 * 1024**2), 0)

    def test_the_functions_own_errors_come_back_as_they_were(self):
        child = ChildProcess(read_document)
        self.addCleanup(child.stop)
        with self.assertRaises(ExtractionError) as raised:
            child.call(b"not a document", False, timeout=60, memory=512 * 1024**2)
        self.assertEqual(raised.exception.code, "not-a-document")


class HostileFileTests(TestCase):
    def test_a_zip_bomb_docx_is_refused_before_it_is_unpacked(self):
        with self.assertRaises(ExtractionError) as raised:
            extract(zip_bomb_docx())
        self.assertEqual(raised.exception.code, TOO_BIG)
        self.assertIn("200.0\xa0MB", str(raised.exception))
        self.assertIn("too much memory", str(raised.exception))

    def test_a_pdf_with_a_huge_compressed_stream_is_refused(self):
        with self.assertRaises(ExtractionError) as raised:
            extract(huge_stream_pdf())
        self.assertEqual(raised.exception.code, TOO_BIG)

    def test_javascript_in_a_pdf_is_found(self):
        self.assertEqual(extract(javascript_pdf()).active_content, ["JavaScript"])
        self.assertEqual(extract(pdf_bytes()).active_content, [])
        self.assertEqual(extract(docx_bytes()).active_content, [])

    def test_the_import_refuses_a_zip_bomb_with_its_reason_and_fills_file_hashes(self):
        site = build_site()
        LibraryPageFactory(parent=site.home)
        folder = self.enterContext(tempfile.TemporaryDirectory())
        with open(f"{folder}/bomb.docx", "wb") as handle:
            handle.write(zip_bomb_docx())
        with open(f"{folder}/good.pdf", "wb") as handle:
            handle.write(pdf_bytes())
        rows = [
            (
                2,
                {"title": "Bomb", "summary": "s", "publication_date": "2024", "files": "bomb.docx"},
            ),
            (3, {"title": "Good", "summary": "s", "publication_date": "2024", "files": "good.pdf"}),
        ]
        results = list(PublicationImporter(folder).import_rows(rows))
        self.assertEqual([result.status for result in results], ["refused", "created"])
        self.assertIn("too much memory", results[0].messages[0])
        document = LibraryDocument.objects.get()
        self.assertEqual(len(document.file_hash), 40)
        self.assertEqual(document.active_content, "")


class DocumentAdminAndServingTests(AdminUploadMixin, TestCase):
    def test_a_zip_bomb_upload_is_refused_with_a_clear_reason_and_nothing_saved(self):
        response = self.upload("report.docx", zip_bomb_docx())
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "would take too much memory to open")
        self.assertFalse(LibraryDocument.objects.exists())

    def test_a_pdf_with_javascript_is_flagged_to_editors_and_only_downloaded(self):
        self.upload("alert.pdf", javascript_pdf())
        document = LibraryDocument.objects.get()
        self.assertEqual(document.active_content, "JavaScript")
        edit = self.client.get(f"/admin/documents/edit/{document.pk}/")
        self.assertContains(edit, "Active content")
        self.assertContains(edit, "It is always served as a download")
        listing = self.client.get("/admin/document-texts/")
        self.assertContains(listing, "JavaScript")
        response = self.client.get(document.url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Disposition"].startswith("attachment"))
        self.assertIn("sandbox", response["Content-Security-Policy"])

    def test_a_clean_pdf_is_shown_inline_with_safe_headers(self):
        self.upload("guide.pdf", pdf_bytes())
        document = LibraryDocument.objects.get()
        self.assertEqual(document.active_content, "")
        response = self.client.get(document.url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Disposition"].startswith("inline"))
        self.assertEqual(response["Content-Security-Policy"], "default-src 'none'")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertNotIn("Content-Encoding", response)
        self.assertEqual(response["ETag"], f'"{document.file_hash}"')
        self.assertEqual(len(document.file_hash), 40)
        self.assertIn("camera=()", response["Permissions-Policy"])
        again = self.client.get(document.url, HTTP_IF_NONE_MATCH=response["ETag"])
        self.assertEqual(again.status_code, 304)

    def test_an_unchecked_document_is_downloaded(self):
        document = LibraryDocument.objects.create(
            title="Old", file=SimpleUploadedFile("old.pdf", pdf_bytes())
        )
        self.assertIsNone(document.active_content)
        response = self.client.get(document.url)
        self.assertTrue(response["Content-Disposition"].startswith("attachment"))
        self.assertTrue(document.file_hash)

    def test_documents_stored_before_the_check_are_checked_by_a_command(self):
        old = LibraryDocument.objects.create(
            title="Old", file=SimpleUploadedFile("old.pdf", pdf_bytes())
        )
        risky = LibraryDocument.objects.create(
            title="Risky", file=SimpleUploadedFile("risky.pdf", javascript_pdf())
        )
        call_command("check_documents", stdout=io.StringIO())
        old.refresh_from_db()
        risky.refresh_from_db()
        self.assertEqual((old.active_content, risky.active_content), ("", "JavaScript"))
        self.assertTrue(self.client.get(old.url)["Content-Disposition"].startswith("inline"))

    def test_every_response_forbids_powerful_browser_features(self):
        for url in ("/admin/", "/no-such-page/", "/healthz"):
            policy = self.client.get(url)["Permissions-Policy"]
            self.assertIn("geolocation=()", policy, url)
            self.assertIn("microphone=()", policy, url)
