"""Contract tests: the Elasticsearch backend against a real Elasticsearch 9 server.

They run only when ``ELASTICSEARCH_URL`` is set (see the README, "Elasticsearch"), build their
indexes with ``manage.py update_index`` under a prefix of their own, index the search tests'
corpus (``search/tests/corpus.py``), and delete every index they made afterwards. Where the site
search must give the same answer as the database backend, they ask both."""

import os
import uuid
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.models import Page

from config.settings.base import search_backends
from search.backends import backend, database_backend, suggest
from search.backends.elasticsearch import ElasticsearchSiteBackend
from search.languages import site_languages
from search.query import SearchRequest
from search.text import parse

from .corpus import build_corpus

URL = os.environ.get("ELASTICSEARCH_URL", "")
PREFIX = f"test_{uuid.uuid4().hex[:12]}_"

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(not URL, reason="needs an Elasticsearch 9 server: set ELASTICSEARCH_URL"),
]


def contract_backends():
    backends = search_backends(
        {"ELASTICSEARCH_URL": URL or "http://127.0.0.1:9200", "ELASTICSEARCH_INDEX_PREFIX": PREFIX}
    )
    # Nothing is written before update_index has created the indexes (Elasticsearch would
    # create a missing index with a mapping guessed from the first document).
    backends["default"]["AUTO_UPDATE"] = False
    backends["default"]["INDEX_SETTINGS"] = {
        "settings": {"index": {"number_of_shards": 1, "number_of_replicas": 0}}
    }
    return backends


def delete_test_indexes():
    client = ElasticsearchSiteBackend({"URLS": [URL]}).es
    names = list(client.indices.get(index=f"{PREFIX}*"))
    if names:
        client.indices.delete(index=",".join(names))


def search(text, language="en", **kwargs):
    return SearchRequest(query=parse(text), language=language, **kwargs)


@override_settings(WAGTAILSEARCH_BACKENDS=contract_backends())
class ElasticsearchContractTests(TestCase):
    @classmethod
    def setUpClass(cls):
        try:
            super().setUpClass()
        except Exception:
            delete_test_indexes()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            delete_test_indexes()
        finally:
            super().tearDownClass()

    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):  # the database index, for comparison
            corpus = build_corpus()
        cls.titled = corpus.participation_title  # "participation" in its title
        cls.in_file = corpus.participation_body  # "participation" only in its file
        cls.in_file_document = cls.in_file.files.get().document
        cls.helpline = corpus.helpline  # only the singular "child"
        cls.risk = corpus.albanian_edition  # an English publication with an Albanian edition
        cls.risk_albanian = cls.risk.files.get(language="sq").document
        cls.news, cls.news_sq, cls.news_ro = corpus.news, corpus.news_sq, corpus.news_ro
        # Both backends, as production keeps them: Elasticsearch through the atomic rebuild.
        call_command("update_index", stdout=StringIO())

    def es(self, request):
        result = backend().site_search(request)
        self.assertEqual(result.backend, "elasticsearch")
        return result

    # Language analysis -----------------------------------------------------------------
    def test_english_children_finds_child(self):
        self.assertIn(self.helpline.pk, self.es(search("children")).page_ids)

    def test_english_stemming_relates_protecting_protects_and_protection(self):
        self.assertEqual(set(self.es(search("protecting")).page_ids), {self.news.pk, self.risk.pk})

    def test_a_romanian_inflected_form_finds_its_lemma(self):
        self.assertEqual(self.es(search("copiilor", "ro")).page_ids, [self.news_ro.pk])

    def test_albanian_without_diacritics_finds_the_words_with_them(self):
        self.assertEqual(self.es(search("femijet", "sq")).page_ids, [self.news_sq.pk])

    # Files ---------------------------------------------------------------------------
    def test_text_inside_a_file_is_found_with_a_highlighted_snippet_from_that_file(self):
        result = self.es(search("participation"))
        self.assertEqual(result.page_ids, [self.titled.pk, self.in_file.pk])  # title first
        snippet = result.snippets[self.in_file.pk]
        self.assertIn("<mark>Participation</mark> of the young person", snippet.text)
        self.assertEqual(snippet.document_id, self.in_file_document.pk)
        self.assertEqual(snippet.document_language, "en")
        self.assertIn("<mark>participation</mark>", result.snippets[self.titled.pk].title)

    def test_an_albanian_file_of_an_english_publication_is_searched_as_albanian(self):
        result = self.es(search("femijes", "sq"))
        self.assertEqual(result.page_ids, [self.risk.pk])
        snippet = result.snippets[self.risk.pk]
        self.assertIn("<mark>fëmijës</mark>", snippet.text)
        self.assertEqual(snippet.document_id, self.risk_albanian.pk)
        self.assertEqual(snippet.document_language, "sq")

    # Facets, scope, order, paging ----------------------------------------------------
    def test_facet_counts_apply_every_filter_but_their_own(self):
        result = self.es(search("hommes", filters={"type": ["guideline"]}))
        self.assertEqual(set(result.page_ids), {self.in_file.pk, self.risk.pk})
        self.assertEqual(result.total, 2)
        self.assertEqual(result.facets["type"], {"report": 2, "guideline": 2})
        self.assertEqual(result.facets["country"], {"serbia": 1, "albania": 1})
        self.assertEqual(result.facets["topic"], {"foster-care": 1, "violence": 1})
        self.assertEqual(result.facets["year"], {"2023": 1, "2022": 1})
        self.assertEqual(result.facets["language"], {"en": 2, "sq": 1})
        self.assertEqual(result.facets["kind"], {"publication": 2})

    def test_include_english_adds_english_pages_after_the_local_ones(self):
        local = self.es(search("Serbia", "sq"))
        self.assertEqual(local.page_ids, [self.news_sq.pk])
        both = self.es(search("Serbia", "sq", include_english=True))
        self.assertEqual(both.page_ids[0], self.news_sq.pk)
        self.assertIn(self.news.pk, both.page_ids)

    def test_newest_first(self):
        result = self.es(search("hommes", sort="newest"))
        expected = [self.titled.pk, self.helpline.pk, self.in_file.pk, self.risk.pk]
        self.assertEqual(result.page_ids, expected)

    def test_a_page_past_the_end_shows_the_last_page(self):
        result = self.es(search("hommes", sort="newest", page=9, per_page=3))
        self.assertEqual((result.total, result.page, result.page_ids), (4, 2, [self.risk.pk]))

    def test_same_hits_and_facets_as_the_database_backend(self):
        requests = [
            search("children"),
            search("hommes"),
            search("hommes", filters={"topic": ["violence"]}),
            search("participation"),
            search('"practice guide"'),
            search("assess -hours"),
            search("Serbia", "sq"),
            search("Serbia", "sq", include_english=True),
            search("femijes", "sq"),
            search("copiilor", "ro"),
        ]
        for request in requests:
            with self.subTest(query=request.query.text, language=request.language):
                es = self.es(request)
                database = database_backend().site_search(request)
                self.assertEqual(set(es.page_ids), set(database.page_ids))
                self.assertEqual(es.total, database.total)
                self.assertEqual(es.facets, database.facets)

    # Wagtail's API and the index layout ----------------------------------------------
    def test_autocomplete_reads_every_language(self):
        self.assertEqual([page.pk for page in suggest("Helpl", "en")], [self.helpline.pk])
        titles = backend().autocomplete("Serbia", Page.objects.live())
        self.assertEqual(
            {page.pk for page in titles}, {self.news.pk, self.news_sq.pk, self.news_ro.pk}
        )

    def test_each_language_is_an_alias_and_aliases_of_pages_are_not_indexed(self):
        client = backend().es
        for code in site_languages():
            self.assertTrue(client.indices.exists_alias(name=f"{PREFIX}wagtailcore_page_{code}"))
        self.assertEqual(client.count(index=f"{PREFIX}wagtailcore_page_bg")["count"], 0)
        self.assertEqual(client.count(index=f"{PREFIX}library_librarydocument_sq")["count"], 1)

    def test_a_second_rebuild_replaces_the_indexes_behind_the_aliases(self):
        client = backend().es
        before = set(client.indices.get(index=f"{PREFIX}wagtailcore_page_*"))
        call_command("update_index", backend_name="default", stdout=StringIO())
        after = set(client.indices.get(index=f"{PREFIX}wagtailcore_page_*"))
        self.assertEqual(len(after), len(site_languages()))
        self.assertFalse(before & after)
        self.assertEqual(self.es(search("participation")).page_ids[0], self.titled.pk)
