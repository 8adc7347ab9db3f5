"""The faceted library listing: filters, counts, include-English, sorting, paging, feeds."""

import datetime

from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from home.factories import CountryFactory, TopicFactory
from home.models import Audience, ResourceType
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from library.listing import LIBRARY_DATA
from tests.builders import build_site, sync_trees, translate


def options(response, param):
    facet = next(facet for facet in response.context["facets"] if facet.param == param)
    return {option.value: option.count for option in facet.options}


def titles(response):
    return [publication.title for publication in response.context["publications"]]


class LibraryListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        en = Locale.objects.get(language_code="en")
        cls.library = LibraryPageFactory(parent=cls.site.home)
        cls.violence = TopicFactory(name="Violence", slug="violence")
        cls.online = TopicFactory(name="Online abuse", slug="online-abuse", parent=cls.violence)
        cls.care = TopicFactory(name="Foster care", slug="foster-care")
        cls.albania = CountryFactory(name="Albania", slug="albania")
        cls.serbia = CountryFactory(name="Serbia", slug="serbia")
        cls.report = ResourceType.objects.create(locale=en, name="Report", slug="report")
        cls.toolkit = ResourceType.objects.create(locale=en, name="Toolkit", slug="toolkit")
        cls.police = Audience.objects.create(locale=en, name="Police", slug="police")

        def publication(title, year, kind, topics, countries, languages, audiences=()):
            return PublicationPageFactory(
                parent=cls.library,
                title=title,
                publication_date=datetime.date(year, 6, 1),
                resource_type=kind,
                terms={"topics": topics, "countries": countries, "audiences": list(audiences)},
                editions=[(code, LibraryDocumentFactory()) for code in languages],
            )

        cls.a = publication(
            "Online grooming study",
            2025,
            cls.report,
            [cls.online],
            [cls.albania],
            ["en", "sq"],
            [cls.police],
        )
        cls.b = publication(
            "Foster care toolkit", 2024, cls.toolkit, [cls.care], [cls.serbia], ["en"]
        )
        cls.c = publication(
            "Violence in schools report", 2024, cls.report, [cls.violence], [cls.serbia], ["sh"]
        )
        cls.d = publication(
            "Albanian guidance on care", 2023, cls.toolkit, [cls.care], [cls.albania], ["sq"]
        )
        translate(cls.library, "sq", title="Biblioteka", slug="biblioteka")
        sync_trees()

    def test_english_library_lists_everything_newest_first(self):
        response = self.client.get("/en/library/")
        self.assertEqual(
            titles(response),
            [
                "Online grooming study",
                "Violence in schools report",  # same date as the toolkit, added later
                "Foster care toolkit",
                "Albanian guidance on care",
            ],
        )

    def test_facet_counts(self):
        response = self.client.get("/en/library/")
        self.assertEqual(options(response, "type"), {"report": 2, "toolkit": 2})
        self.assertEqual(
            options(response, "topic"), {"violence": 2, "online-abuse": 1, "foster-care": 2}
        )
        self.assertEqual(options(response, "country"), {"albania": 2, "serbia": 2})
        self.assertEqual(options(response, "audience"), {"police": 1})
        self.assertEqual(options(response, "language"), {"en": 2, "sq": 2, "sh": 1})
        self.assertEqual(options(response, "year"), {"2025": 1, "2024": 2, "2023": 1})

    def test_broader_topic_includes_narrower_topics(self):
        response = self.client.get("/en/library/?topic=violence")
        self.assertEqual(titles(response), ["Online grooming study", "Violence in schools report"])

    def test_two_facets_combine_and_counts_exclude_their_own_filter(self):
        response = self.client.get("/en/library/?type=report&country=serbia")
        self.assertEqual(titles(response), ["Violence in schools report"])
        # Type counts keep the country filter but not the type filter …
        self.assertEqual(options(response, "type"), {"report": 1, "toolkit": 1})
        # … and country counts keep the type filter.
        self.assertEqual(options(response, "country"), {"albania": 1, "serbia": 1})

    def test_values_within_a_facet_are_alternatives(self):
        self.assertEqual(options(self.client.get("/en/library/?year=2025"), "type"), {"report": 1})
        response = self.client.get("/en/library/?year=2025&year=2023")
        self.assertEqual(titles(response), ["Online grooming study", "Albanian guidance on care"])
        self.assertEqual(options(response, "type"), {"report": 1, "toolkit": 1})
        self.assertEqual(options(response, "year"), {"2025": 1, "2024": 2, "2023": 1})

    def test_language_and_audience_filters(self):
        self.assertEqual(
            titles(self.client.get("/en/library/?language=sh")), ["Violence in schools report"]
        )
        self.assertEqual(
            titles(self.client.get("/en/library/?audience=police")), ["Online grooming study"]
        )

    def test_active_filters_are_shown_with_links_that_remove_them(self):
        response = self.client.get("/en/library/?type=report&country=serbia&page=1")
        self.assertContains(response, 'class="active-filters"')
        self.assertContains(response, 'href="?country=serbia"')
        self.assertContains(response, 'href="?type=report"')

    def test_sort_by_title(self):
        response = self.client.get("/en/library/?sort=title")
        self.assertEqual(titles(response)[0], "Albanian guidance on care")

    def test_local_view_shows_resources_in_its_language(self):
        response = self.client.get("/sq/biblioteka/")
        self.assertEqual(titles(response), ["Online grooming study", "Albanian guidance on care"])

    def test_include_english_adds_english_resources(self):
        response = self.client.get("/sq/biblioteka/?english=1")
        self.assertEqual(
            titles(response),
            ["Online grooming study", "Foster care toolkit", "Albanian guidance on care"],
        )
        self.assertContains(response, 'name="english" value="1" checked')

    def test_bad_filter_values_are_ignored_not_errors(self):
        response = self.client.get(
            "/en/library/?topic=%27%3BDROP&year=abcd&language=xx&sort=evil&page=999"
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(titles(response)), 4)

    def test_feeds_honour_the_filters(self):
        atom = self.client.get("/en/library/feed/atom/?country=serbia")
        self.assertEqual(atom.status_code, 200)
        self.assertIn(b"<title>Foster care toolkit</title>", atom.content)
        self.assertNotIn(b"Online grooming study", atom.content)
        rss = self.client.get("/en/library/feed/rss/?type=report")
        self.assertIn(b"<rss", rss.content)
        self.assertIn(b"Online grooming study", rss.content)
        self.assertNotIn(b"Foster care toolkit", rss.content)
        page = self.client.get("/en/library/?country=serbia")
        self.assertContains(page, 'href="/en/library/feed/atom/?country=serbia"')


class LibraryQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.library = LibraryPageFactory(parent=cls.site.home)
        cls.topics = [TopicFactory() for _ in range(3)]
        cls.countries = [CountryFactory() for _ in range(2)]

    def add(self, count):
        for _ in range(count):
            PublicationPageFactory(
                parent=self.library,
                terms={"topics": self.topics, "countries": self.countries},
                editions=[("en", self.drawn_document()), ("sq", LibraryDocumentFactory())],
            )

    @staticmethod
    def drawn_document():
        """A document whose first page is drawn: the card shows it as the cover."""
        return LibraryDocumentFactory(
            thumbnail=ContentFile(b"RIFF", name="cover.webp"),
            thumbnail_width=160,
            thumbnail_height=226,
        )

    def count_queries(self, language="en"):
        """Queries of the listing with two facets: with the library's cached ids and counts
        computed anew (the first request after a change), and then from the cache."""
        url = f"/{language}/library/?topic={self.topics[0].slug}&country={self.countries[0].slug}"
        self.client.get(url)  # the caches of the page chrome
        counts = []
        LIBRARY_DATA.bump()
        for _ in range(2):
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(url)
            self.assertEqual(response.status_code, 200)
            counts.append(len(queries))
        return counts, response.context["publications"].paginator.count

    def test_queries_do_not_grow_from_5_to_50_publications(self):
        self.add(5)
        five, listed = self.count_queries()
        self.assertEqual(listed, 5)
        self.add(45)
        fifty, listed = self.count_queries()
        self.assertEqual(listed, 50)
        self.assertEqual(fifty, five)

    def test_queries_do_not_grow_in_a_library_of_aliases(self):
        # The Albanian library lists aliases of the English publications (they have an Albanian
        # edition); each alias shows its source's language without a query of its own.
        self.add(5)
        sync_trees("sq")
        five, listed = self.count_queries("sq")
        self.assertEqual(listed, 5)
        self.add(45)
        sync_trees("sq")
        fifty, listed = self.count_queries("sq")
        self.assertEqual(listed, 50)
        self.assertEqual(fifty, five)
        listing = self.client.get("/sq/library/")
        self.assertContains(listing, '<h3 class="card__title" lang="en">')
        self.assertContains(listing, '<img class="cover"', count=20)
