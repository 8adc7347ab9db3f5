"""What editors do with search: promote results for a query in their language, and read which
queries are frequent and which found nothing."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from freezegun import freeze_time
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from home.locales import editor_group_name
from search.models import DailyQuery

from .corpus import CorpusTestCase


class PromotionTests(CorpusTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        query = Query.get("Online Safety")
        SearchPromotion.objects.create(
            query=query, page=cls.corpus.news_sq, description="Lajmi kryesor.", sort_order=0
        )
        SearchPromotion.objects.create(
            query=query, page=cls.corpus.helpline, description="Read this first.", sort_order=1
        )
        SearchPromotion.objects.create(
            query=query,
            external_link_url="https://www.end-violence.org/",
            external_link_text="End Violence Partnership",
            sort_order=2,
        )

    def promoted(self, language, query="online safety"):
        response = self.client.get(f"/{language}/search/?q={query}")
        return [promotion.title for promotion in response.context["promotions"]]

    def test_a_promotion_shows_in_the_language_of_the_page_it_promotes(self):
        self.assertEqual(
            self.promoted("sq"),
            [
                "Serbia miraton një strategji kundër abuzimit në internet",
                "End Violence Partnership",
            ],
        )
        self.assertEqual(
            self.promoted("en"), ["Helplines for every child", "End Violence Partnership"]
        )
        self.assertEqual(self.promoted("bg"), ["End Violence Partnership"])

    def test_queries_match_promotions_whatever_their_case_and_spacing(self):
        self.assertEqual(len(self.promoted("en", "  ONLINE   safety ")), 2)
        self.assertEqual(self.promoted("en", "online"), [])

    def test_promotions_show_above_the_results_even_when_nothing_else_matches(self):
        response = self.client.get("/sq/search/?q=online+safety")
        self.assertContains(response, "Lajmi kryesor.")
        self.assertContains(response, f'href="{self.corpus.news_sq.url}"')
        self.assertEqual(response.context["result"].total, 0)


class QueryAnalyticsTests(CorpusTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x")

    def search(self, query_string, language="en", visitor="192.0.2.1"):
        response = self.client.get(f"/{language}/search/?{query_string}", REMOTE_ADDR=visitor)
        self.assertEqual(response.status_code, 200)

    def test_searches_are_counted_per_language_and_day_with_the_ones_that_found_nothing(self):
        with freeze_time("2026-11-02 10:00"):
            self.search("q=Helpline")
            self.search("q=helpline++", visitor="192.0.2.2")
            self.search("q=zzzunknown")
            self.search("q=strategji", "sq")
            # Paging and refining with facets are the same search, not new ones.
            self.search("q=helpline&page=2")
            self.search("q=helpline&kind=news")
            self.search("q=")
        with freeze_time("2026-11-03 10:00"):
            self.search("q=helpline")
        rows = DailyQuery.objects.order_by("date", "locale__language_code", "query")
        self.assertEqual(
            [
                (row.date.day, row.locale.language_code, row.query, row.searches, row.zero_results)
                for row in rows
            ],
            [
                (2, "en", "helpline", 2, 0),
                (2, "en", "zzzunknown", 1, 1),
                (2, "sq", "strategji", 1, 0),
                (3, "en", "helpline", 1, 0),
            ],
        )

    def report(self, user, **params):
        self.client.force_login(user)
        return self.client.get("/admin/reports/search-queries/", params)

    def rows(self, response):
        return [
            (row["query"], row["locale__language_code"], row["total_searches"])
            for row in response.context["object_list"]
        ]

    def test_the_report_lists_frequent_and_fruitless_queries_per_language_and_period(self):
        en = Locale.objects.get(language_code="en")
        sq = Locale.objects.get(language_code="sq")
        for day, locale, query, searches, zero in [
            (1, en, "foster care", 5, 0),
            (2, en, "foster care", 4, 0),
            (2, en, "kinship", 3, 3),
            (2, sq, "dhuna", 7, 0),
            (20, en, "kinship", 9, 9),
        ]:
            DailyQuery.objects.create(
                locale=locale,
                date=datetime.date(2026, 11, day),
                query=query,
                searches=searches,
                zero_results=zero,
            )
        everything = self.report(self.admin)
        self.assertEqual(
            self.rows(everything),
            [("kinship", "en", 12), ("foster care", "en", 9), ("dhuna", "sq", 7)],
        )
        period = self.report(self.admin, date_from="2026-11-01", date_to="2026-11-05")
        self.assertEqual(
            self.rows(period), [("foster care", "en", 9), ("dhuna", "sq", 7), ("kinship", "en", 3)]
        )
        albanian = self.report(self.admin, language="sq")
        self.assertEqual(self.rows(albanian), [("dhuna", "sq", 7)])
        fruitless = self.report(self.admin, show="without-results", date_to="2026-11-05")
        self.assertEqual(self.rows(fruitless), [("kinship", "en", 3)])
        self.assertContains(fruitless, "kinship")

    def test_regional_editors_see_the_report_and_promotions_and_visitors_do_not(self):
        editor = get_user_model().objects.create_user("editor", password="x")
        editor.groups.add(Group.objects.get(name=editor_group_name("sq")))
        self.assertEqual(self.report(editor).status_code, 200)
        self.client.force_login(editor)
        self.assertEqual(self.client.get("/admin/searchpicks/").status_code, 200)
        self.client.logout()
        self.assertEqual(self.client.get("/admin/reports/search-queries/").status_code, 302)
        nobody = get_user_model().objects.create_user("nobody", password="x")
        self.assertNotEqual(self.report(nobody).status_code, 200)
