"""When Elasticsearch does not answer, search falls back to the database and says so in the
log. ``ELASTICSEARCH_URL`` points at a closed local port: the real client really fails to
connect (no mock), and the settings are built by the same function production uses."""

import datetime
from io import StringIO

from django.core.cache import cache
from django.core.management import call_command
from django.test import TestCase, override_settings

from config.settings.base import search_backends
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from search.backends import backend, site_search, suggest
from search.query import SearchRequest
from search.text import parse
from tests.builders import build_site

UNREACHABLE = search_backends(
    {"ELASTICSEARCH_URL": "http://127.0.0.1:9", "ELASTICSEARCH_TIMEOUT": "1"}
)


class ElasticsearchFallbackTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        library = LibraryPageFactory(parent=site.home)
        cls.publication = PublicationPageFactory(
            parent=library,
            title="Foster care review",
            summary="A regional review of foster care.",
            publication_date=datetime.date(2024, 5, 2),
            editions=[("en", LibraryDocumentFactory(extracted_text="Kinship placements."))],
        )
        # The database index, as the database backend (the default here) keeps it.
        call_command("update_index", stdout=StringIO())

    def setUp(self):
        cache.clear()  # each test starts with the circuit breaker closed
        self.addCleanup(cache.clear)

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
