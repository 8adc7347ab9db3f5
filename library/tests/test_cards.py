"""Publication cards: the first page of a PDF edition as the cover (rendered in the reading
sandbox, stored beside the document, never shown for a file in a private collection), the
languages named in full in the visitor's language, and the publication's own language."""

import io
from io import StringIO

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import TestCase
from PIL import Image
from wagtail.models import Collection, CollectionViewRestriction

from library.extraction import extract
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from library.languages import language_name
from library.models import ExtractionStatus, LibraryDocument
from library.tasks import extract_document_text
from library.thumbnails import WIDTH, render_first_page
from tests.builders import build_site, sync_trees

from .helpers import RUSSIAN, docx_bytes, pdf_bytes


class ThumbnailTests(TestCase):
    def test_the_first_page_of_a_real_pdf_is_drawn_small(self):
        thumbnail = render_first_page(pdf_bytes(title="Guidance for practitioners"))
        image = Image.open(io.BytesIO(thumbnail.data))
        self.assertEqual(image.format, "WEBP")
        self.assertEqual((image.width, image.height), (thumbnail.width, thumbnail.height))
        self.assertEqual(image.width, WIDTH)
        self.assertAlmostEqual(image.height / image.width, 297 / 210, delta=0.02)  # A4
        # A white page with the title and the text drawn on it.
        greys = image.convert("L")
        self.assertEqual(greys.getpixel((2, 2)), 255)
        self.assertLess(greys.getextrema()[0], 128)

    def test_a_file_pdfium_cannot_draw_gives_no_thumbnail_and_a_warning(self):
        with self.assertLogs("library.thumbnails", "WARNING") as logs:
            self.assertIsNone(render_first_page(b"%PDF-1.7\nnot really a PDF"))
        self.assertIn("No cover thumbnail", logs.output[0])

    def test_extraction_draws_a_pdf_and_not_a_word_file(self):
        self.assertEqual(extract(pdf_bytes(RUSSIAN, title="Руководство")).thumbnail.width, WIDTH)
        self.assertIsNone(extract(docx_bytes()).thumbnail)

    def test_the_background_extraction_stores_the_thumbnail_and_replaces_the_old_one(self):
        document = LibraryDocument.objects.create(
            title="Upload",
            file=ContentFile(pdf_bytes(), name="upload.pdf"),
            extraction_status=ExtractionStatus.DONE,
        )
        with self.captureOnCommitCallbacks(execute=True):
            extract_document_text.enqueue(document.pk)  # the immediate backend runs it
        document.refresh_from_db()
        first = document.thumbnail.name
        self.assertTrue(first.startswith("images/covers/") and first.endswith(".webp"))
        self.assertTrue(default_storage.exists(first))
        self.assertEqual(document.thumbnail_width, WIDTH)
        self.assertAlmostEqual(document.thumbnail_height, WIDTH * 297 / 210, delta=1)
        with self.captureOnCommitCallbacks(execute=True):
            extract_document_text.enqueue(document.pk)
        document.refresh_from_db()
        self.assertNotEqual(document.thumbnail.name, first)
        self.assertTrue(default_storage.exists(document.thumbnail.name))
        self.assertFalse(default_storage.exists(first))

    def test_render_thumbnails_draws_the_pdfs_stored_before_thumbnails_existed(self):
        old = LibraryDocumentFactory()  # a real PDF, its text extracted, no thumbnail
        word = LibraryDocumentFactory(file=ContentFile(docx_bytes(), name="guide.docx"))
        output = StringIO()
        call_command("render_thumbnails", stdout=output)
        self.assertIn("1 thumbnails rendered, 1 documents without one", output.getvalue())
        old.refresh_from_db()
        word.refresh_from_db()
        self.assertEqual(old.thumbnail_width, WIDTH)
        self.assertTrue(default_storage.exists(old.thumbnail.name))
        self.assertEqual(word.thumbnail.name, "")


class CardTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.library = LibraryPageFactory(parent=cls.site.home)
        cls.drawn = LibraryDocumentFactory()
        cls.drawn.store_thumbnail(render_first_page(pdf_bytes()))
        cls.drawn.save()
        cls.with_cover = PublicationPageFactory(
            parent=cls.library, title="With a cover", editions=[("en", cls.drawn)]
        )
        cls.bulgarian = PublicationPageFactory(
            parent=cls.library,
            title="Насоки за работа по случаи на насилие над дете",
            slug="nasoki",
            summary="Как социалните работници и полицията действат заедно.",
            editions=[("bg", LibraryDocumentFactory(detected_language="bg"))],
        )
        sync_trees()

    def card(self, response, title):
        html = response.content.decode()
        title_at = html.index(f">{title}</a>")
        start = html.rindex('<li class="card card--publication">', 0, title_at)
        return html[start : html.index("</li>", title_at)]

    def test_the_first_page_is_the_cover_lazy_loaded_with_its_size_and_no_alt_text(self):
        card = self.card(self.client.get("/en/library/"), "With a cover")
        height = round(80 * self.drawn.thumbnail_height / self.drawn.thumbnail_width)
        self.assertInHTML(
            f'<img class="cover" src="{self.drawn.thumbnail.url}" width="80" '
            f'height="{height}" alt="" loading="lazy" decoding="async">',
            card,
        )

    def test_without_a_thumbnail_the_card_shows_a_placeholder(self):
        card = self.card(self.client.get("/en/library/"), self.bulgarian.title)
        self.assertIn('class="cover cover--generated" aria-hidden="true"', card)
        self.assertNotIn("<img", card)

    def test_the_first_page_of_a_file_in_a_private_collection_is_never_shown(self):
        private = Collection.get_first_root_node().add_child(name="Board papers")
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.LOGIN
        )
        LibraryDocument.objects.filter(pk=self.drawn.pk).update(collection=private)
        card = self.card(self.client.get("/en/library/"), "With a cover")
        self.assertNotIn(self.drawn.thumbnail.url, card)
        self.assertIn("cover--generated", card)

    def test_a_bulgarian_publication_in_the_english_library_is_marked_bulgarian(self):
        self.assertEqual(self.bulgarian.text_language, "bg")
        self.assertEqual(self.with_cover.text_language, "en")
        for url in ("/en/library/", "/sq/library/?english=1&language=bg"):
            with self.subTest(url=url):
                card = self.card(self.client.get(url), self.bulgarian.title)
                self.assertIn('<h3 class="card__title" lang="bg">', card)
                self.assertIn('<p class="card__summary" lang="bg">', card)

    def test_edition_languages_are_named_in_full_in_the_visitor_s_language(self):
        card = self.card(self.client.get("/bg/library/?language=bg"), self.bulgarian.title)
        self.assertIn('Налично на: <span lang="bg">Български</span>', card)
        card = self.card(self.client.get("/sq/library/?language=bg"), self.bulgarian.title)
        self.assertIn('Në dispozicion në: <span lang="sq">Bullgarisht</span>', card)
        self.assertNotIn(">BG<", card)


class LanguageNameTests(TestCase):
    def test_names_in_the_active_language(self):
        from django.utils import translation

        for language, expected in (("en", "Albanian"), ("sq", "Shqip"), ("bg", "Албански")):
            with translation.override(language):
                self.assertEqual(language_name("sq"), expected)
        self.assertEqual(language_name(""), "")
        self.assertEqual(language_name("xx"), "xx")  # not a site language: left as it is
