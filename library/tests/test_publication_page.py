"""The publication page: metadata, downloads, citations, machine-readable metadata."""

import datetime
import json
import re

import bibtexparser
import rispy
from bibtexparser.bparser import BibTexParser
from django.test import TestCase
from django.utils.html import escape
from wagtail.models import Locale

from home.factories import TopicFactory
from home.models import ResourceType
from library.citations import apa, bibtex, ris
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from tests.builders import build_site


def parse_bibtex(text):
    """The one entry of a BibTeX file, as bibtexparser reads it (fields as written)."""
    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False)
    entries = bibtexparser.loads(text, parser=parser).entries
    assert len(entries) == 1, text
    return entries[0]


def parse_ris(text):
    """The one record of a RIS file, as rispy reads it."""
    assert text.endswith("ER  - \r\n")
    records = rispy.loads(text)
    assert len(records) == 1, text
    return records[0]


class PublicationPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        en = Locale.objects.get(language_code="en")
        library = LibraryPageFactory(parent=site.home)
        report = ResourceType.objects.create(locale=en, name="Report", slug="report")
        cls.topic = TopicFactory(name="Foster care", slug="foster-care")
        cls.related = PublicationPageFactory(parent=library, title="Earlier study")
        cls.document = LibraryDocumentFactory(title="Report EN")
        cls.page = PublicationPageFactory(
            parent=library,
            title="Foster care in the Western Balkans: a regional review",
            summary="A review of foster care services & standards.",
            authors="Ana Maria Popescu\nIvan Petrov",
            organisations="Terre des hommes",
            publication_date=datetime.date(2025, 3, 14),
            resource_type=report,
            doi="10.1234/childhub.2025.1",
            isbn="978-3-16-148410-0",
            licence="CC BY 4.0",
            terms={"topics": [cls.topic]},
            editions=[("en", cls.document), ("sq", LibraryDocumentFactory(title="Report SQ"))],
        )
        cls.page.related_publications.set([cls.related])
        cls.page.save()

    def test_page_shows_metadata_downloads_and_related(self):
        response = self.client.get(self.page.url)
        self.assertContains(response, "Ana Maria Popescu; Ivan Petrov")
        self.assertContains(response, "CC BY 4.0")
        self.assertContains(response, f'href="{self.document.url}" hreflang="en"')
        self.assertContains(response, "PDF")
        self.assertContains(response, "Earlier study")
        self.assertContains(
            response, '<a class="tag" href="/en/library/?topic=foster-care">Foster care</a>'
        )

    def test_highwire_meta_tags_for_reference_managers(self):
        response = self.client.get(self.page.url)
        for tag in (
            '<meta name="citation_title" content="Foster care in the Western Balkans: '
            'a regional review">',
            '<meta name="citation_author" content="Ana Maria Popescu">',
            '<meta name="citation_author" content="Ivan Petrov">',
            '<meta name="citation_publication_date" content="2025/03/14">',
            '<meta name="citation_doi" content="10.1234/childhub.2025.1">',
            '<meta name="citation_pdf_url" content="http://testserver/documents/',
        ):
            self.assertContains(response, tag)

    def test_json_ld_describes_the_publication(self):
        html = self.client.get(self.page.url).content.decode()
        payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        data = json.loads(payload.group(1))
        self.assertEqual(data["@type"], "Report")
        self.assertEqual(data["datePublished"], "2025-03-14")
        self.assertEqual(data["inLanguage"], ["en", "sq"])
        self.assertEqual(data["author"][0], {"@type": "Person", "name": "Ana Maria Popescu"})

    def test_apa_citation_on_the_page(self):
        expected = (
            "Popescu, A. M., & Petrov, I. (2025). Foster care in the Western Balkans: a regional "
            "review. Terre des hommes. https://doi.org/10.1234/childhub.2025.1"
        )
        self.assertEqual(apa(self.page), expected)
        self.assertContains(self.client.get(self.page.url), escape(expected))

    def test_bibtex_download_parses(self):
        response = self.client.get(self.page.url + self.page.reverse_subpage("bibtex"))
        self.assertEqual(response["Content-Type"], "application/x-bibtex; charset=utf-8")
        self.assertIn("attachment;", response["Content-Disposition"])
        entry = parse_bibtex(response.content.decode())
        self.assertEqual(entry["ENTRYTYPE"], "techreport")
        self.assertEqual(entry["ID"], "popescu2025foster")
        self.assertEqual(entry["author"], "Ana Maria Popescu and Ivan Petrov")
        self.assertEqual(entry["title"], self.page.title)
        self.assertEqual(entry["year"], "2025")
        self.assertEqual(entry["doi"], "10.1234/childhub.2025.1")
        self.assertEqual(entry["abstract"], r"A review of foster care services \& standards.")
        self.assertEqual(entry["institution"], "Terre des hommes")
        self.assertEqual(entry["language"], "en")

    def test_ris_download_parses(self):
        response = self.client.get(self.page.url + self.page.reverse_subpage("ris"))
        record = parse_ris(response.content.decode())
        self.assertEqual(record["type_of_reference"], "RPRT")
        self.assertEqual(record["title"], self.page.title)
        self.assertEqual(record["authors"], ["Ana Maria Popescu", "Ivan Petrov"])
        self.assertEqual(record["year"], "2025")
        self.assertEqual(record["doi"], "10.1234/childhub.2025.1")
        self.assertEqual(record["issn"], "978-3-16-148410-0")
        self.assertEqual(record["language"], "en")

    def test_citations_of_a_publication_in_cyrillic(self):
        # Keys of ASCII letters stay unique; an organisation stays one author; a summary's
        # paragraphs stay inside their RIS field.
        pages = [
            PublicationPageFactory(
                parent=self.page.get_parent(),
                title=title,
                slug=f"zashchita-{index}",
                summary="Первый абзац.\n\nВторой абзац.",
                authors="",
                organisations="Министерство труда",
                publication_date=datetime.date(2024, 1, 1),
            )
            for index, title in enumerate(("Защита детей", "Приёмные семьи"))
        ]
        entries = [parse_bibtex(bibtex(page)) for page in pages]
        self.assertNotEqual(entries[0]["ID"], entries[1]["ID"])
        self.assertTrue(entries[0]["ID"].isascii())
        self.assertEqual(entries[0]["author"], "{Министерство труда}")
        self.assertEqual(entries[0]["title"], "Защита детей")
        record = parse_ris(ris(pages[0]))
        self.assertEqual(record["abstract"], "Первый абзац. Второй абзац.")
        self.assertEqual(record["publisher"], "Министерство труда")
