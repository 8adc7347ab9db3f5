"""What the search backends rely on in modelsearch (Wagtail search) beyond its public API, all
named in ``search/backends/internals.py``, is still there as used: these tests fail after an
upgrade that changes it, and on a modelsearch version the module does not say it covers."""

import inspect
from importlib.metadata import version

from django.db import connection
from django.db.models import QuerySet
from django.db.models.signals import post_save
from django.test import SimpleTestCase, TestCase
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler, register_signal_handlers
from wagtail.models import Page

from search.backends import internals
from search.backends.database import LanguageAwareIndex, LanguageAwarePostgresBackend
from search.backends.elasticsearch import ElasticsearchSiteBackend
from search.indexing import index_after_commit_everywhere


def parameters(function):
    return [
        (name, parameter.default)
        for name, parameter in inspect.signature(function).parameters.items()
        if name != "self"
    ]


EMPTY = inspect.Parameter.empty


class CoveredVersionTests(SimpleTestCase):
    def test_the_installed_modelsearch_is_a_version_the_adapter_covers(self):
        installed = ".".join(version("modelsearch").split(".")[:2])
        self.assertIn(
            installed,
            internals.COVERED_VERSIONS,
            "modelsearch was upgraded: check search/backends/internals.py against it",
        )


class PrivateMethodTests(SimpleTestCase):
    def test_the_private_methods_forwarded_have_the_signatures_used(self):
        expected = {
            internals.PostgresIndex._refresh_title_norms: [("full", False)],
            internals.Elasticsearch9SearchResults._backend_do_search: [
                ("body", EMPTY),
                ("kwargs", EMPTY),
            ],
            internals.Elasticsearch9SearchResults._do_count: [],
            internals.Elasticsearch9SearchResults._get_es_body: [("for_count", False)],
            internals.PostgresSearchQueryCompiler.build_tsquery_content: [
                ("query", EMPTY),
                ("config", None),
                ("invert", False),
            ],
            internals.PostgresSearchQueryCompiler.build_tsquery: [
                ("query", EMPTY),
                ("config", None),
            ],
            QuerySet._raw_delete: [("using", EMPTY)],
        }
        for method, signature in expected.items():
            with self.subTest(method.__qualname__):
                self.assertEqual(parameters(method), signature)

    def test_the_rebuilders_refresh_title_norms_through_the_overridable_hook(self):
        calls = []

        class RecordingIndex(internals.PostgresIndexBase):
            def refresh_title_norms(self, full):
                calls.append(full)

        index = RecordingIndex(LanguageAwarePostgresBackend({}))
        internals.Rebuilder(index).finish()
        self.assertEqual(calls, [True])

    def test_the_database_index_skips_the_full_table_title_norm_update(self):
        self.assertIsNot(
            LanguageAwareIndex.refresh_title_norms, internals.PostgresIndexBase.refresh_title_norms
        )


class IndexTableTests(TestCase):
    def test_the_index_table_has_the_columns_our_sql_uses(self):
        with connection.cursor() as cursor:
            columns = {
                column.name
                for column in connection.introspection.get_table_description(
                    cursor, internals.INDEX_TABLE
                )
            }
        self.assertLessEqual(set(internals.INDEX_COLUMNS), columns)
        model_columns = {field.column for field in internals.IndexEntry._meta.concrete_fields}
        self.assertLessEqual(set(internals.INDEX_COLUMNS), model_columns)


class SignalHandlerTests(SimpleTestCase):
    def test_modelsearch_connects_the_handler_that_is_replaced_and_it_stays_replaced(self):
        models = [
            model for model in get_indexed_models() if getattr(model, "search_auto_update", True)
        ]
        self.assertTrue(models)
        for model in models:  # replaced at start-up (search/apps.py)
            self.assertFalse(post_save.disconnect(post_save_signal_handler, sender=model), model)
        register_signal_handlers()  # what modelsearch's app does at start-up
        try:
            for model in models:
                self.assertTrue(post_save.disconnect(post_save_signal_handler, sender=model))
        finally:
            index_after_commit_everywhere()


class RecordingClient:
    def __init__(self):
        self.requests = []

    def search(self, **params):
        self.requests.append(("search", params["index"]))
        return {"hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}}

    def count(self, **params):
        self.requests.append(("count", params["index"]))
        return {"count": 0}


class ElasticsearchResultsTests(TestCase):
    def test_wagtails_results_send_their_requests_through_the_overridable_hooks(self):
        backend = ElasticsearchSiteBackend({"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "u_"})
        backend.search_client = RecordingClient()
        results = backend.autocomplete("fost", Page.objects.all())
        self.assertEqual(list(results[:8]), [])
        self.assertEqual(results.count(), 0)
        target = backend.get_index_for_model(Page).search_target()
        self.assertEqual(backend.search_client.requests, [("search", target), ("count", target)])
