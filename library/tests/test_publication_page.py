"""The publication page: metadata, downloads, citations, machine-readable metadata."""

import datetime
import json
import re

from django.test import TestCase
from django.utils.html import escape
from wagtail.models import Locale

from home.factories import TopicFactory
from home.models import ResourceType
from library.citations import apa, bibtex, ris
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from tests.builders import build_site


def parse_bibtex(text):
    match = re.fullmatch(r"@(\w+)\{([^,]+),\n(.*)\n\}\n", text, re.S)
    assert match, text
    fields = dict(re.findall(r"^  (\w+) = \{(.*)\},?$", match.group(3), re.M))
    return match.group(1), match.group(2), fields


def parse_ris(text):
    assert text.endswith("ER  - \r\n")
    entries = {}
    for line in text.split("\r\n"):
        if line:
            tag, value = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", line).groups()
            entries.setdefault(tag, []).append(value)
    return entries


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
        self.assertContains(response, '<a href="/en/library/?topic=foster-care">Foster care</a>')

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
        entry_type, key, fields = parse_bibtex(response.content.decode())
        self.assertEqual(entry_type, "techreport")
        self.assertTrue(key)
        self.assertEqual(fields["author"], "Ana Maria Popescu and Ivan Petrov")
        self.assertEqual(fields["year"], "2025")
        self.assertEqual(fields["doi"], "10.1234/childhub.2025.1")
        self.assertEqual(fields["abstract"], r"A review of foster care services \& standards.")
        self.assertEqual(parse_bibtex(bibtex(self.page))[2]["institution"], "Terre des hommes")

    def test_ris_download_parses(self):
        response = self.client.get(self.page.url + self.page.reverse_subpage("ris"))
        entries = parse_ris(response.content.decode())
        self.assertEqual(entries["TY"], ["RPRT"])
        self.assertEqual(entries["AU"], ["Ana Maria Popescu", "Ivan Petrov"])
        self.assertEqual(entries["PY"], ["2025"])
        self.assertEqual(entries["DO"], ["10.1234/childhub.2025.1"])
        self.assertEqual(entries["SN"], ["978-3-16-148410-0"])
        self.assertEqual(parse_ris(ris(self.page))["TI"], [self.page.title])
