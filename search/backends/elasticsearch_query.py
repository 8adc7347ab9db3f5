"""The site search on Elasticsearch: one search request for the hits, the total, every facet's
counts and the highlighted snippets (a second one only for a page number past the end), and
one database query for the files the snippets come from.

It answers what ``database_query.DatabaseSiteSearch`` answers:

- **Scope**: live pages not under a view restriction, in the visitor's language; with English
  when asked for (or when a language facet is chosen); English publications with an edition
  in the visitor's language always. The English index is read for the last two.
- **Matching**: every word in the page's own text (Wagtail's ``_all_text`` fields, analysed in
  the page's language) or every word in one of its language editions (``childhub_text_<code>``
  of the languages searched, analysed in that language, ranked lower). Each group is its own
  ``simple_query_string``: fields analysed differently disagree on stop words, and a word one
  analyzer drops would otherwise be required from another field.
- **Facets**: the hits are filtered by every active facet in ``post_filter``; each facet's
  aggregation applies every filter but its own, so a count says what choosing it gives.
- **Order**: relevance (local-language hits first when English is included), or newest."""

import functools
import math

from modelsearch.index import get_indexed_models
from modelsearch.query import MATCH_ALL
from wagtail.models import Page, PageViewRestriction

from library.models import PublicationFile

from ..facets import FACET_PARAMS
from ..query import SOURCE_LANGUAGE, SearchResult, Snippet
from ..snippets import START, STOP, to_html
from .elasticsearch import (
    DATE_FIELD,
    FACET_FIELDS,
    ID_FIELD,
    LOCALE_FIELD,
    SiteMapping,
    text_field,
)
from .internals import searched_fields

FLAGS = "PHRASE|NOT|WHITESPACE"  # what search.text.Query.to_simple_query_string writes
EDITION_BOOST = 0.5  # a file's words count less than the page's own
FACET_SIZE = 1000  # every value of a facet, as the database backend counts them
FRAGMENT_CHARS = 160
FRAGMENTS = 2
FRAGMENT_DELIMITER = " … "
NO_MATCH_CHARS = 200  # the start of the page's text when only its title matched
MAX_ANALYZED_CHARS = 500_000  # highlighting stops there instead of failing on a huge field
LOCAL = "childhub_local"
LOCAL_SCRIPT = (
    "emit(doc['childhub_locale'].contains(params.language)"
    " || doc['childhub_language'].contains(params.language) ? 1L : 0L)"
)


@functools.cache
def page_text_fields():
    """Wagtail's text fields of every page type but the title, boosted ones first: where a
    snippet of the page's own text is cut from."""
    boosts = {}
    for model in get_indexed_models():
        if not issubclass(model, Page):
            continue
        mapping = SiteMapping(model)
        for field in model.get_searchable_search_fields():
            if field.field_name != "title":
                name = mapping.get_field_column_name(field)
                boosts[name] = max(boosts.get(name, 0.0), float(field.boost or 0))
    return sorted(boosts, key=lambda name: (-boosts[name], name))


def _term(field, value):
    return {"term": {field: value}}


class ElasticsearchSiteSearch:
    def __init__(self, backend, request):
        self.backend = backend
        self.request = request
        self.index = backend.get_index_for_model(Page)

    # Request pieces --------------------------------------------------------------------
    def target(self):
        """The languages searched, and English: its publications with an edition in the
        visitor's language are in scope even without "include English"."""
        return self.index.search_target([*self.request.languages, SOURCE_LANGUAGE])

    def page_fields(self):
        """Wagtail's boosted all-text fields, as its own query compiler names them."""
        compiler = self.backend.query_compiler_class(Page.objects.none(), MATCH_ALL)
        return searched_fields(compiler)

    def text_query(self):
        text = self.request.query.to_simple_query_string()
        groups = [(self.page_fields(), 1.0)]
        groups += [([text_field(code)], EDITION_BOOST) for code in self.request.languages]
        should = []
        for fields, boost in groups:
            query = {"query": text, "fields": fields, "flags": FLAGS, "default_operator": "and"}
            if boost != 1.0:
                query["boost"] = boost
            should.append({"simple_query_string": query})
        return {"bool": {"should": should, "minimum_should_match": 1}}

    def scope(self):
        language = self.request.language
        if language == SOURCE_LANGUAGE:
            return _term(LOCALE_FIELD, language)
        if self.request.searches_english:
            return {"terms": {LOCALE_FIELD: [language, SOURCE_LANGUAGE]}}
        english_with_edition = {
            "bool": {
                "filter": [
                    _term(LOCALE_FIELD, SOURCE_LANGUAGE),
                    _term(FACET_FIELDS["language"], language),
                ]
            }
        }
        return {
            "bool": {
                "should": [_term(LOCALE_FIELD, language), english_with_edition],
                "minimum_should_match": 1,
            }
        }

    @functools.cached_property
    def restricted_paths(self):
        return list(PageViewRestriction.objects.values_list("page__path", flat=True))

    def query(self):
        return {
            "bool": {
                "must": [self.text_query()],
                "filter": [_term("live_filter", True), self.scope()],
                "must_not": [{"prefix": {"path_filter": path}} for path in self.restricted_paths],
            }
        }

    def facet_filter(self, param):
        values = self.request.filters[param]
        if param == "year":
            values = [int(value) for value in values]
        return {"terms": {FACET_FIELDS[param]: values}}

    def facet_filters(self, excluding=None):
        return [self.facet_filter(param) for param in self.request.filters if param != excluding]

    def aggregations(self):
        return {
            param: {
                "filter": {"bool": {"filter": self.facet_filters(excluding=param)}},
                "aggs": {"values": {"terms": {"field": FACET_FIELDS[param], "size": FACET_SIZE}}},
            }
            for param in FACET_PARAMS
        }

    def sort(self):
        newest = [{DATE_FIELD: {"order": "desc", "missing": "_last"}}, {ID_FIELD: "desc"}]
        if self.request.sort == "newest":
            return newest
        local_first = [{LOCAL: "desc"}] if self.request.searches_english else []
        return [*local_first, {"_score": "desc"}, *newest]

    def highlight(self):
        fragments = {"fragment_size": FRAGMENT_CHARS, "number_of_fragments": FRAGMENTS}
        fields = {"title": {"number_of_fragments": 0}}
        for name in page_text_fields():
            fields[name] = {**fragments, "no_match_size": NO_MATCH_CHARS}
        for code in self.request.languages:
            fields[text_field(code)] = dict(fragments)
        return {
            "pre_tags": [START],
            "post_tags": [STOP],
            # The query reads Wagtail's copied _all_text fields, which hold no text to cut
            # snippets from: highlight the words it matched in the fields they came from.
            "require_field_match": False,
            "highlight_query": self.text_query(),
            "max_analyzed_offset": MAX_ANALYZED_CHARS,
            "fields": fields,
        }

    def body(self, page, facets=True):
        body = {
            "query": self.query(),
            "sort": self.sort(),
            "highlight": self.highlight(),
            "track_total_hits": True,
            "_source": ["title"],
            "from": (page - 1) * self.request.per_page,
            "size": self.request.per_page,
        }
        if self.request.filters:
            body["post_filter"] = {"bool": {"filter": self.facet_filters()}}
        if facets:
            body["aggs"] = self.aggregations()
        if self.request.searches_english:
            script = {"source": LOCAL_SCRIPT, "params": {"language": self.request.language}}
            body["runtime_mappings"] = {LOCAL: {"type": "long", "script": script}}
        return body

    # Running -------------------------------------------------------------------------
    def search(self, page, facets=True):
        return self.backend.search_client.search(index=self.target(), body=self.body(page, facets))

    def run(self):
        if not self.request.query:
            return SearchResult(total=0, page=1, page_ids=[], facets={}, backend="elasticsearch")
        per_page = self.request.per_page
        page = self.request.page  # at most MAX_PAGES: within Elasticsearch's 10,000 hits
        response = self.search(page)
        total = response["hits"]["total"]["value"]
        facets = {
            param: {
                str(bucket["key"]): bucket["doc_count"]
                for bucket in response["aggregations"][param]["values"]["buckets"]
            }
            for param in FACET_PARAMS
        }
        last = max(1, math.ceil(total / per_page))
        hits = response["hits"]["hits"]
        if page > last:  # a page past the end shows the last page
            page = last
            hits = self.search(page, facets=False)["hits"]["hits"]
        return SearchResult(
            total=total,
            page=page,
            page_ids=[int(hit["_id"]) for hit in hits],
            facets=facets,
            snippets=self.snippets(hits),
            backend="elasticsearch",
        )

    # Snippets ------------------------------------------------------------------------
    def snippets(self, hits):
        """Title and text with the matches marked: from the page's own text where it matched,
        else from the edition that matched (the visitor's language first), else the start of
        the page's text. A snippet from a file names the publication's first edition in that
        language (one query for the whole page of hits)."""
        snippets, from_files = {}, {}
        for hit in hits:
            page_id = int(hit["_id"])
            highlight = hit.get("highlight", {})
            title = _joined(highlight.get("title")) or hit.get("_source", {}).get("title", "")
            text, language = self.page_text(highlight), ""
            if text is None:
                language, text = self.edition_text(highlight)
            if language:
                from_files[page_id] = language
            snippets[page_id] = Snippet(
                title=to_html(title), text=to_html(text), document_language=language
            )
        if from_files:
            first = {}
            editions = PublicationFile.objects.filter(page_id__in=list(from_files)).order_by(
                "sort_order", "pk"
            )
            for page_id, language, document_id in editions.values_list(
                "page_id", "language", "document_id"
            ):
                first.setdefault((page_id, language), document_id)
            for page_id, language in from_files.items():
                snippets[page_id].document_id = first.get((page_id, language))
        return snippets

    @staticmethod
    def page_text(highlight):
        """The first of the page's own fields with a match, or None."""
        for name in page_text_fields():
            fragments = highlight.get(name) or []
            if any(START in fragment for fragment in fragments):
                return _joined(fragments)
        return None

    def edition_text(self, highlight):
        """(language, text) of the first edition field with a match; else ("", the start of
        the page's own text)."""
        for code in self.request.languages:
            fragments = highlight.get(text_field(code))
            if fragments:
                return code, _joined(fragments)
        for name in page_text_fields():
            if highlight.get(name):
                return "", _joined(highlight[name])
        return "", ""


def _joined(fragments):
    return FRAGMENT_DELIMITER.join(fragment.strip() for fragment in fragments or [])
