"""When Elasticsearch does not answer, search falls back to the database and says so in the
log. ``ELASTICSEARCH_URL`` points at a closed local port: the real client really fails to
connect (no mock), and the settings are built by the same function production uses."""

from django.test import override_settings

from config.settings.base import search_backends
from search.backends import backend, site_search, suggest
from search.query import SearchRequest
from search.tests.corpus import OnePublicationTestCase
from search.text import parse

UNREACHABLE = search_backends(
    {"ELASTICSEARCH_URL": "http://127.0.0.1:9", "ELASTICSEARCH_TIMEOUT": "1"}
)


class ElasticsearchFallbackTests(OnePublicationTestCase):
    def test_the_configured_backend_is_elasticsearch(self):
        with override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE):
            self.assertEqual(backend().name, "elasticsearch")

    def test_site_search_answers_from_the_database_and_logs_a_warning(self):
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE),
            self.assertLogs("search.backends", level="WARNING") as logs,
        ):
            result = site_search(SearchRequest(query=parse("foster"), language="en"))
        self.assertEqual(result.backend, "database")
        self.assertEqual(result.page_ids, [self.publication.pk])
        self.assertIn("Elasticsearch did not answer", logs.output[0])

    def test_the_search_page_answers(self):
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE),
            self.assertLogs("search.backends", level="WARNING"),
        ):
            response = self.client.get("/en/search/", {"q": "foster"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'href="/en/library/foster-care-review/"')

    def test_suggestions_fall_back_too(self):
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE),
            self.assertLogs("search.backends", level="WARNING"),
        ):
            pages = suggest("Fost", "en")
        self.assertEqual([page.pk for page in pages], [self.publication.pk])
