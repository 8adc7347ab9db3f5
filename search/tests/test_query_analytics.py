"""Query analytics without a database write per search: searches are buffered in the cache and
added up by a flush, and a visitor repeating a query counts once."""

import datetime
import io
import shutil
import tempfile

from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks import task_backends
from wagtail.contrib.search_promotions.models import Query

from search.models import DailyQuery
from search.tasks import flush_search_queries
from tests.builders import build_site

ANALYTICS_TABLES = ("search_dailyquery", "wagtailsearchpromotions_query")


def writes_to_analytics(queries):
    return [
        query["sql"]
        for query in queries
        if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        and any(table in query["sql"] for table in ANALYTICS_TABLES)
    ]


def counts():
    return sorted(
        (row.locale.language_code, row.query, row.searches, row.zero_results)
        for row in DailyQuery.objects.select_related("locale")
    )


class AnalyticsTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()

    def search(self, query, language="en", **visitor):
        response = self.client.get(f"/{language}/search/", {"q": query}, **visitor)
        self.assertEqual(response.status_code, 200)


class BufferedAnalyticsTests(AnalyticsTestCase):
    """As in production: a cache shared with the worker (here a file cache, which several
    processes share) and a task backend that runs tasks later (here the dummy one, which keeps
    them for the test to run)."""

    def setUp(self):
        directory = tempfile.mkdtemp(prefix="childhub-test-cache-")
        self.addCleanup(shutil.rmtree, directory, ignore_errors=True)
        shared = override_settings(
            CACHES={
                "default": {
                    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                    "LOCATION": directory,
                }
            },
            TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}},
            SEARCH_ANALYTICS_FLUSH_SECONDS=60,
        )
        shared.enable()
        self.addCleanup(shared.disable)

    def test_searches_write_nothing_to_the_analytics_until_the_scheduled_flush(self):
        with CaptureQueriesContext(connection) as queries:
            self.search("Foster care", REMOTE_ADDR="192.0.2.1")
            self.search("foster  care", REMOTE_ADDR="192.0.2.2")
            self.search("zzzunknown", REMOTE_ADDR="192.0.2.2")
        self.assertEqual(writes_to_analytics(queries.captured_queries), [])
        self.assertEqual(counts(), [])

        # One flush was scheduled, for a minute later, whatever the number of searches.
        scheduled = task_backends["default"].results
        self.assertEqual([result.task.func for result in scheduled], [flush_search_queries.func])
        delay = scheduled[0].task.run_after - timezone.now()
        self.assertTrue(datetime.timedelta(seconds=50) < delay <= datetime.timedelta(seconds=60))

        scheduled[0].task.call()
        self.assertEqual(counts(), [("en", "foster care", 2, 2), ("en", "zzzunknown", 1, 1)])
        # Wagtail's popular search terms, which "Choose from popular search terms" offers.
        popular = {query.query_string: query._hits for query in Query.get_most_popular()}
        self.assertEqual(popular, {"foster care": 2, "zzzunknown": 1})

    def test_the_searches_after_a_flush_are_added_by_the_next_one(self):
        self.search("kinship", REMOTE_ADDR="192.0.2.1")
        flush_search_queries.call()
        self.search("kinship", REMOTE_ADDR="192.0.2.2")
        self.assertEqual(counts(), [("en", "kinship", 1, 1)])
        output = io.StringIO()
        call_command("flush_search_queries", stdout=output)
        self.assertEqual(output.getvalue().strip(), "1 searches added to the query analytics.")
        self.assertEqual(counts(), [("en", "kinship", 2, 2)])
        flush_search_queries.call()  # nothing new: nothing counted twice
        self.assertEqual(counts(), [("en", "kinship", 2, 2)])


class RepeatedQueryTests(AnalyticsTestCase):
    def test_a_visitor_repeating_a_query_counts_once(self):
        for _ in range(3):
            self.search("Helpline", REMOTE_ADDR="192.0.2.1")
        self.search("HELPLINE ", REMOTE_ADDR="192.0.2.1")
        self.search("helpline", REMOTE_ADDR="192.0.2.1", HTTP_USER_AGENT="Another browser")
        self.search("helpline", REMOTE_ADDR="192.0.2.9")
        self.search("helpline", "sq", REMOTE_ADDR="192.0.2.9")
        self.assertEqual(counts(), [("en", "helpline", 3, 3), ("sq", "helpline", 1, 1)])

    def test_what_identifies_a_visitor_is_not_stored(self):
        self.search("helpline", REMOTE_ADDR="192.0.2.77", HTTP_USER_AGENT="Browser 77")
        # Everything the local-memory cache holds, keys and (pickled) values.
        stored = repr(list(caches["default"]._cache.items()))
        self.assertIn("search-analytics:seen:", stored)
        self.assertNotIn("192.0.2.77", stored)
        self.assertNotIn("Browser 77", stored)
