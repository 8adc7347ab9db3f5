"""Request building of the Elasticsearch site search, checked without a server.

The backend is given a client whose ``search`` records the request and answers with a canned
response written in Elasticsearch's response format. These are unit tests of the request the
backend builds and of how it reads a response; they do not test Elasticsearch (that is
test_elasticsearch_contract.py, against a real server)."""

import copy
import datetime

from django.test import TestCase
from wagtail.models import PageViewRestriction

from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from search.backends.elasticsearch import ElasticsearchSiteBackend
from search.facets import FACET_PARAMS
from search.query import SearchRequest
from search.snippets import START, STOP
from search.text import parse
from tests.builders import build_site


class RecordingClient:
    """Records each search request; answers with the canned responses in turn (the last one
    repeatedly)."""

    def __init__(self, *responses):
        self.requests = []
        self.responses = list(responses)

    def search(self, *, index, body):
        self.requests.append({"index": index, "body": copy.deepcopy(body)})
        return self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]


def canned_response(total=0, hits=(), buckets=None):
    buckets = buckets or {}
    return {
        "hits": {"total": {"value": total, "relation": "eq"}, "hits": list(hits)},
        "aggregations": {
            param: {
                "doc_count": total,
                "values": {
                    "buckets": [
                        {"key": key, "doc_count": count}
                        for key, count in buckets.get(param, {}).items()
                    ]
                },
            }
            for param in FACET_PARAMS
        },
    }


def request(text="foster care", language="en", **kwargs):
    return SearchRequest(query=parse(text), language=language, **kwargs)


class RequestBuildingTestCase(TestCase):
    def setUp(self):
        self.backend = ElasticsearchSiteBackend(
            {"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "unit_"}
        )
        self.client_ = RecordingClient(canned_response())
        self.backend.search_client = self.client_

    def sent(self, search_request, *responses):
        if responses:
            self.client_.responses = list(responses)
        result = self.backend.site_search(search_request)
        return result, self.client_.requests


class SiteSearchRequestBodyTests(RequestBuildingTestCase):
    def test_request_body_queries_page_text_and_the_editions_of_the_languages_searched(self):
        _result, [sent] = self.sent(
            request('child -abuse "foster care"', "sq", include_english=True)
        )
        self.assertEqual(sent["index"], "unit_wagtailcore_page_sq,unit_wagtailcore_page_en")
        [text_query] = sent["body"]["query"]["bool"]["must"]
        page_text, sq_editions, en_editions = text_query["bool"]["should"]
        self.assertEqual(text_query["bool"]["minimum_should_match"], 1)
        self.assertEqual(
            page_text["simple_query_string"],
            {
                "query": 'child -abuse "foster care"',
                "fields": ["_all_text", "_all_text_boost_2_0^2.0", "_all_text_boost_3_0^3.0"],
                "flags": "PHRASE|NOT|WHITESPACE",
                "default_operator": "and",
            },
        )
        self.assertEqual(sq_editions["simple_query_string"]["fields"], ["childhub_text_sq"])
        self.assertEqual(en_editions["simple_query_string"]["fields"], ["childhub_text_en"])
        self.assertLess(sq_editions["simple_query_string"]["boost"], 1)

    def test_request_body_scope_english_visitor_reads_english_pages_only(self):
        _result, [sent] = self.sent(request(language="en"))
        self.assertEqual(sent["index"], "unit_wagtailcore_page_en")
        live, scope = sent["body"]["query"]["bool"]["filter"]
        self.assertEqual(live, {"term": {"live_filter": True}})
        self.assertEqual(scope, {"term": {"childhub_locale": "en"}})

    def test_request_body_scope_adds_english_publications_with_an_edition_in_the_language(self):
        _result, [sent] = self.sent(request(language="sq"))
        self.assertEqual(sent["index"], "unit_wagtailcore_page_sq,unit_wagtailcore_page_en")
        _live, scope = sent["body"]["query"]["bool"]["filter"]
        local, english_with_edition = scope["bool"]["should"]
        self.assertEqual(local, {"term": {"childhub_locale": "sq"}})
        self.assertEqual(
            english_with_edition["bool"]["filter"],
            [{"term": {"childhub_locale": "en"}}, {"term": {"childhub_language": "sq"}}],
        )
        [only_sq_editions] = sent["body"]["query"]["bool"]["must"][0]["bool"]["should"][1:]
        self.assertEqual(only_sq_editions["simple_query_string"]["fields"], ["childhub_text_sq"])

    def test_request_body_scope_include_english(self):
        _result, [sent] = self.sent(request(language="ro", include_english=True))
        _live, scope = sent["body"]["query"]["bool"]["filter"]
        self.assertEqual(scope, {"terms": {"childhub_locale": ["ro", "en"]}})

    def test_request_body_leaves_out_pages_under_a_view_restriction(self):
        site = build_site()
        PageViewRestriction.objects.create(page=site.about, restriction_type="login")
        _result, [sent] = self.sent(request())
        self.assertEqual(
            sent["body"]["query"]["bool"]["must_not"],
            [{"prefix": {"path_filter": site.about.path}}],
        )

    def test_request_body_filters_hits_and_counts_each_facet_with_every_other_filter(self):
        filters = {"topic": ["foster-care", "online-abuse"], "year": ["2024"]}
        _result, [sent] = self.sent(request(filters=filters))
        topic = {"terms": {"childhub_topic": ["foster-care", "online-abuse"]}}
        year = {"terms": {"childhub_year": [2024]}}
        body = sent["body"]
        self.assertEqual(body["post_filter"], {"bool": {"filter": [topic, year]}})
        aggs = body["aggs"]
        self.assertEqual(set(aggs), set(FACET_PARAMS))
        self.assertEqual(aggs["topic"]["filter"], {"bool": {"filter": [year]}})
        self.assertEqual(aggs["year"]["filter"], {"bool": {"filter": [topic]}})
        self.assertEqual(aggs["kind"]["filter"], {"bool": {"filter": [topic, year]}})
        self.assertEqual(aggs["topic"]["aggs"]["values"]["terms"]["field"], "childhub_topic")
        # The filters narrow the hits, not the query the facets count.
        self.assertNotIn(topic, body["query"]["bool"]["filter"])

    def test_request_body_without_filters_has_no_post_filter(self):
        _result, [sent] = self.sent(request())
        self.assertNotIn("post_filter", sent["body"])
        self.assertEqual(sent["body"]["aggs"]["country"]["filter"], {"bool": {"filter": []}})

    def test_request_body_relevance_puts_the_visitors_language_first_when_english_is_included(
        self,
    ):
        _result, [sent] = self.sent(request(language="sq", include_english=True))
        body = sent["body"]
        self.assertEqual(body["sort"][:2], [{"childhub_local": "desc"}, {"_score": "desc"}])
        local = body["runtime_mappings"]["childhub_local"]
        self.assertEqual(local["type"], "long")
        self.assertEqual(local["script"]["params"], {"language": "sq"})

    def test_request_body_relevance_without_english_and_newest(self):
        self.backend.site_search(request(language="sq"))
        self.backend.site_search(request(sort="newest"))
        relevance, newest = self.client_.requests
        self.assertEqual(relevance["body"]["sort"][0], {"_score": "desc"})
        self.assertNotIn("runtime_mappings", relevance["body"])
        self.assertEqual(
            newest["body"]["sort"],
            [{"childhub_date": {"order": "desc", "missing": "_last"}}, {"childhub_id": "desc"}],
        )

    def test_request_body_pages_counts_and_highlights_with_the_snippet_markers(self):
        _result, [sent] = self.sent(request(language="sq", page=3), canned_response(total=30))
        body = sent["body"]
        self.assertEqual((body["from"], body["size"]), (20, 10))
        self.assertIs(body["track_total_hits"], True)
        highlight = body["highlight"]
        self.assertEqual((highlight["pre_tags"], highlight["post_tags"]), ([START], [STOP]))
        self.assertEqual(highlight["fields"]["title"], {"number_of_fragments": 0})
        self.assertIn("library_publicationpage__summary", highlight["fields"])
        self.assertIn("home_newspage__body", highlight["fields"])
        self.assertIn("childhub_text_sq", highlight["fields"])
        self.assertEqual(highlight["highlight_query"], body["query"]["bool"]["must"][0])

    def test_an_empty_query_sends_no_request(self):
        result, sent = self.sent(request(text="-only -excluded"))
        self.assertEqual(sent, [])
        self.assertEqual((result.total, result.page_ids), (0, []))

    def test_a_page_past_the_end_asks_again_for_the_last_page_without_facets(self):
        hit = {"_id": "7", "_source": {"title": "Seven"}, "highlight": {}}
        result, [first, second] = self.sent(
            request(page=9), canned_response(total=25), canned_response(total=25, hits=[hit])
        )
        self.assertEqual(first["body"]["from"], 80)
        self.assertEqual(second["body"]["from"], 20)
        self.assertNotIn("aggs", second["body"])
        self.assertEqual((result.page, result.total, result.page_ids), (3, 25, [7]))


class CannedResponseReadingTests(RequestBuildingTestCase):
    """How a response is read into a SearchResult (snippets, facets) — again a canned
    response, not Elasticsearch."""

    @classmethod
    def setUpTestData(cls):
        site = build_site()
        library = LibraryPageFactory(parent=site.home)
        cls.english = LibraryDocumentFactory()
        cls.first_sq, cls.second_sq = LibraryDocumentFactory(), LibraryDocumentFactory()
        cls.publication = PublicationPageFactory(
            parent=library,
            publication_date=datetime.date(2024, 1, 1),
            editions=[("en", cls.english), ("sq", cls.first_sq), ("sq", cls.second_sq)],
        )

    def test_canned_response_is_read_into_facets_and_snippets(self):
        page_match = {
            "_id": "41",
            "_source": {"title": "Foster care review"},
            "highlight": {
                "title": [f"{START}Foster{STOP} care review"],
                "library_publicationpage__summary": [f"About {START}foster{STOP} <b>care</b>."],
                "home_newspage__body": ["Unmarked start of the body."],
            },
        }
        file_match = {
            "_id": str(self.publication.pk),
            "_source": {"title": "Risk & safety"},
            "highlight": {
                "library_publicationpage__summary": ["The summary, unmarked."],
                "childhub_text_sq": [f"Siguria e {START}fëmijës{STOP}", "dhe më shumë"],
            },
        }
        response = canned_response(
            total=2,
            hits=[page_match, file_match],
            buckets={"year": {2024: 2}, "kind": {"publication": 2}},
        )
        with self.assertNumQueries(2):  # view restrictions, then the editions of the page
            result, _sent = self.sent(request(language="sq"), response)
        self.assertEqual(result.backend, "elasticsearch")
        self.assertEqual(result.page_ids, [41, self.publication.pk])
        self.assertEqual(result.facets["year"], {"2024": 2})
        self.assertEqual(result.facets["kind"], {"publication": 2})
        self.assertEqual(result.facets["topic"], {})

        own = result.snippets[41]
        self.assertEqual(own.title, "<mark>Foster</mark> care review")
        self.assertEqual(own.text, "About <mark>foster</mark> &lt;b&gt;care&lt;/b&gt;.")
        self.assertIsNone(own.document_id)

        from_file = result.snippets[self.publication.pk]
        self.assertEqual(from_file.title, "Risk &amp; safety")
        self.assertEqual(from_file.text, "Siguria e <mark>fëmijës</mark> … dhe më shumë")
        self.assertEqual(from_file.document_language, "sq")
        self.assertEqual(from_file.document_id, self.first_sq.pk)

    def test_a_title_only_match_shows_the_start_of_the_page_text(self):
        hit = {
            "_id": "5",
            "_source": {"title": "Care"},
            "highlight": {
                "title": [f"{START}Care{STOP}"],
                "library_publicationpage__summary": ["The start of the summary."],
            },
        }
        result, _sent = self.sent(request(), canned_response(total=1, hits=[hit]))
        self.assertEqual(result.snippets[5].text, "The start of the summary.")
        self.assertIsNone(result.snippets[5].document_id)
