"""One rule for the filter parameters of the news, the library and the search (home/filters.py):
repeatable, unknown values ignored, years in ASCII digits within a sane range, control
characters never reach the database."""

import datetime

from django.http import QueryDict
from django.test import SimpleTestCase, TestCase

from home.factories import CountryFactory, NewsPageFactory, TopicFactory
from home.filters import MAX_VALUE_CHARS, MAX_VALUES, is_year, selected_filters
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from tests.builders import build_site

HOSTILE_YEARS = ["0000", "9999", "²⁰²⁴", "٢٠٢٤", "２０２４", "20x4", "99999", "-2024", " 2024\x00"]


class ParserTests(SimpleTestCase):
    def test_values_repeat_count_once_and_unknown_ones_are_ignored(self):
        params = QueryDict("topic=care&topic=nope&topic=care&topic=violence&country=x")
        rules = {"topic": {"care", "violence"}, "country": {"albania"}}
        self.assertEqual(selected_filters(params, rules), {"topic": ["care", "violence"]})

    def test_control_characters_and_over_long_values_are_dropped(self):
        long_value = "a" * (MAX_VALUE_CHARS + 1)
        params = QueryDict(mutable=True)
        params.setlist("topic", ["ca\x00re", "care\x1b", long_value, " care "])
        accepted = selected_filters(params, {"topic": lambda value: True})
        self.assertEqual(accepted, {"topic": ["care"]})

    def test_only_so_many_values_of_one_parameter_are_read(self):
        params = QueryDict("&".join(f"year={2000 + n}" for n in range(MAX_VALUES + 5)))
        self.assertEqual(len(selected_filters(params, {"year": is_year})["year"]), MAX_VALUES)

    def test_a_year_is_four_ascii_digits_in_a_sane_range(self):
        self.assertTrue(is_year("2024"))
        for value in HOSTILE_YEARS:
            self.assertFalse(is_year(value), value)


class FilterParametersAcrossTheSiteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):  # the search index is written then
            cls.build()

    @classmethod
    def build(cls):
        site = build_site()
        cls.care = TopicFactory(name="Foster care", slug="care")
        cls.online = TopicFactory(name="Online abuse", slug="online")
        cls.albania = CountryFactory(name="Albania", slug="albania")
        NewsPageFactory(
            parent=site.news, title="Care news", topics=[cls.care], countries=[cls.albania]
        )
        NewsPageFactory(parent=site.news, title="Online news", topics=[cls.online])
        library = LibraryPageFactory(parent=site.home)
        for title, year, topic in (("Care study", 2024, cls.care), ("Online study", 2023, None)):
            PublicationPageFactory(
                parent=library,
                title=title,
                summary="A study for practitioners.",
                publication_date=datetime.date(year, 5, 1),
                terms={"topics": [topic]} if topic else None,
                editions=[("en", LibraryDocumentFactory())],
            )

    def news_titles(self, query):
        response = self.client.get(f"/en/news/?{query}")
        self.assertEqual(response.status_code, 200, query)
        return sorted(article.title for article in response.context["articles"])

    def library_titles(self, query):
        response = self.client.get(f"/en/library/?{query}")
        self.assertEqual(response.status_code, 200, query)
        return sorted(page.title for page in response.context["publications"])

    def search_titles(self, query):
        response = self.client.get(f"/en/search/?{query}")
        self.assertEqual(response.status_code, 200, query)
        return sorted(hit.source.title for hit in response.context["hits"])

    # News ---------------------------------------------------------------------------------
    def test_news_filters_repeat_for_alternatives(self):
        self.assertEqual(self.news_titles("topic=care&topic=online"), ["Care news", "Online news"])
        response = self.client.get("/en/news/?topic=care&topic=online")
        self.assertContains(response, '<option value="care" selected>')
        self.assertContains(response, '<option value="online" selected>')

    def test_news_ignores_unknown_values_as_the_library_does(self):
        everything = ["Care news", "Online news"]
        self.assertEqual(self.news_titles("topic=no-such-topic"), everything)
        self.assertEqual(self.news_titles("topic=care&topic=no-such-topic"), ["Care news"])

    def test_a_nul_byte_in_news_filters_and_feed_is_ignored(self):
        for query in ("topic=%00", "country=alba%00nia", "topic=care%00&country=%00"):
            self.assertEqual(self.news_titles(query), ["Care news", "Online news"])
            feed = self.client.get(f"/en/news/feed/?{query}")
            self.assertEqual(feed.status_code, 200, query)
            self.assertContains(feed, "Care news")

    # Library ------------------------------------------------------------------------------
    def test_library_and_its_feeds_ignore_hostile_years(self):
        for year in HOSTILE_YEARS:
            query = f"year={year}"
            self.assertEqual(self.library_titles(query), ["Care study", "Online study"])
            for feed in ("atom", "rss"):
                response = self.client.get(f"/en/library/feed/{feed}/", {"year": year})
                self.assertEqual(response.status_code, 200, (feed, year))
        self.assertEqual(self.library_titles("year=2024&year=9999"), ["Care study"])

    def test_a_nul_byte_in_library_filters_is_ignored(self):
        self.assertEqual(
            self.library_titles("topic=ca%00re&country=%00"), ["Care study", "Online study"]
        )

    # Search -------------------------------------------------------------------------------
    def test_search_ignores_hostile_years(self):
        for year in HOSTILE_YEARS:
            response = self.client.get("/en/search/", {"q": "study", "year": year})
            self.assertEqual(response.status_code, 200, year)
            self.assertEqual(response.context["search"].filters, {}, year)
        self.assertEqual(self.search_titles("q=study&year=2024&year=0000"), ["Care study"])

    def test_a_nul_byte_in_the_search_query_and_suggestions_is_a_space(self):
        self.assertEqual(self.search_titles("q=care%00"), ["Care news", "Care study"])
        self.assertEqual(
            self.search_titles("q=study&topic=care%00"), ["Care study", "Online study"]
        )
        response = self.client.get("/en/search/suggest/?q=ca%00re")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["query"], "ca re")
        response = self.client.get("/en/search/suggest/?q=%00%00%00")
        self.assertEqual(
            response.json(),
            {"query": "", "suggestions": [], "label": "Suggestions", "status": ""},
        )
