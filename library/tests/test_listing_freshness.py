"""The listing caches the ids in scope and per facet value; every change shows at once."""

import datetime

from django.test import TestCase

from home.factories import CountryFactory, TopicFactory
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from library.models import PublicationFile
from tests.builders import build_site


def titles(response):
    return [publication.title for publication in response.context["publications"]]


def options(response, param):
    facet = next(facet for facet in response.context["facets"] if facet.param == param)
    return {option.value: option.count for option in facet.options}


class ListingFreshnessTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.library = LibraryPageFactory(parent=cls.site.home)
        cls.care = TopicFactory(name="Foster care", slug="foster-care")
        cls.online = TopicFactory(name="Online abuse", slug="online-abuse")
        cls.serbia = CountryFactory(name="Serbia", slug="serbia")
        cls.older = cls.publication("Older study", 2020, [cls.care])
        cls.newer = cls.publication("Newer study", 2024, [cls.care])

    @classmethod
    def publication(cls, title, year, topics, **fields):
        return PublicationPageFactory(
            parent=cls.library,
            title=title,
            publication_date=datetime.date(year, 6, 1),
            terms={"topics": topics, "countries": [cls.serbia]},
            editions=[("en", LibraryDocumentFactory())],
            **fields,
        )

    def test_a_new_publication_is_listed_at_once(self):
        self.client.get("/en/library/?topic=foster-care")
        self.publication("Newest study", 2025, [self.care])
        response = self.client.get("/en/library/?topic=foster-care")
        self.assertEqual(titles(response), ["Newest study", "Newer study", "Older study"])
        self.assertEqual(response.context["publications"].paginator.count, 3)

    def test_an_unpublished_publication_leaves_the_listing(self):
        self.client.get("/en/library/")
        self.newer.unpublish()
        response = self.client.get("/en/library/")
        self.assertEqual(titles(response), ["Older study"])
        self.assertEqual(response.context["publications"].paginator.count, 1)

    def test_a_new_date_or_title_reorders_the_listing(self):
        self.client.get("/en/library/")
        self.client.get("/en/library/?sort=title")
        self.older.publication_date = datetime.date(2026, 1, 1)
        self.older.title = "A study renamed"
        self.older.save_revision().publish()
        self.assertEqual(
            titles(self.client.get("/en/library/")), ["A study renamed", "Newer study"]
        )
        self.assertEqual(
            titles(self.client.get("/en/library/?sort=title")), ["A study renamed", "Newer study"]
        )

    def test_new_topics_change_the_filter_and_its_counts(self):
        response = self.client.get("/en/library/?topic=online-abuse")
        self.assertEqual(titles(response), [])
        self.older.topics.set([self.online])
        self.older.save_revision().publish()
        response = self.client.get("/en/library/?topic=online-abuse")
        self.assertEqual(titles(response), ["Older study"])
        self.assertEqual(options(response, "topic"), {"foster-care": 1, "online-abuse": 1})

    def test_a_topic_made_narrower_counts_under_its_broader_topic(self):
        # The topic counts of a one-filter view are cached; the taxonomy is part of their key.
        self.publication("Online study", 2025, [self.online])
        response = self.client.get("/en/library/?country=serbia")
        self.assertEqual(options(response, "topic"), {"foster-care": 2, "online-abuse": 1})
        self.online.parent = self.care
        self.online.save()
        response = self.client.get("/en/library/?country=serbia")
        self.assertEqual(options(response, "topic"), {"foster-care": 3, "online-abuse": 1})

    def test_counts_over_two_filters_change_with_the_publications(self):
        # Counts over a combination of filters are cached per combination (and by the
        # library's token): a new edition, a new year and a new choice of filters show at once.
        url = "/en/library/?topic=foster-care&country=serbia"
        response = self.client.get(url)
        self.assertEqual(options(response, "year"), {"2020": 1, "2024": 1})
        self.assertEqual(options(response, "language"), {"en": 2})
        PublicationFile.objects.create(
            page=self.older, document=LibraryDocumentFactory(), language="sq"
        )
        self.publication("Newest study", 2025, [self.care])
        response = self.client.get(url)
        self.assertEqual(options(response, "year"), {"2020": 1, "2024": 1, "2025": 1})
        self.assertEqual(options(response, "language"), {"en": 3, "sq": 1})
        response = self.client.get(url + "&year=2020")
        self.assertEqual(options(response, "language"), {"en": 1, "sq": 1})
        self.assertEqual(options(response, "year"), {"2020": 1, "2024": 1, "2025": 1})

    def test_a_new_edition_changes_the_language_filter(self):
        self.client.get("/en/library/?language=sq")
        PublicationFile.objects.create(
            page=self.older, document=LibraryDocumentFactory(), language="sq"
        )
        self.assertEqual(titles(self.client.get("/en/library/?language=sq")), ["Older study"])

    def test_pages_follow_the_cached_order(self):
        for year in range(2000, 2023):
            self.publication(f"Report {year}", year, [self.care])
        first = self.client.get("/en/library/?topic=foster-care")
        second = self.client.get("/en/library/?topic=foster-care&page=2")
        self.assertEqual(first.context["publications"].paginator.count, 25)
        self.assertEqual(len(titles(first)), 20)
        expected = ["Newer study", "Report 2022", "Report 2021"]
        expected += ["Report 2020", "Older study"]  # same date: the newer page first
        expected += [f"Report {year}" for year in range(2019, 1999, -1)]
        self.assertEqual(titles(first) + titles(second), expected)
