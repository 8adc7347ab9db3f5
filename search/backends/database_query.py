"""The site search on PostgreSQL: one statement for the hits, the total and every facet's
counts, and one for the snippets of the page shown.

Shape of the main statement (EXPLAIN ANALYZE drove it; see the README's search section):

1. ``matched``: index entries whose ``title || body`` match the query (GIN index
   ``search_indexentry_title_body``), ranked by the small ``title`` vector only; plus the
   publications whose files' document entries match, unranked. Materialised: on a small
   site the planner otherwise re-ran the whole match once per candidate page (24 ms → 4 ms
   on the demo content).
2. ``hits``: one row per page in scope (live, public, the visitor's language, English when
   asked for), with its facet values from ``search_pagefacets``.
3. The total and the page of hits apply every filter; each facet's counts apply every filter
   but its own, so a count says what choosing that option gives.

PostgreSQL's planner does not count the cost of reading large, compressed vectors: for a word
it knows to be in most documents it would prefer a sequential scan that decompresses every body
(a second on the bench) to the index (milliseconds). The query reaches the statement through a
CTE (``q``, read in several places, hence materialised), so the planner plans for an unknown,
selective query and uses the GIN index; ``bench/search.py --explain`` shows the plan."""

import json

from django.db import connection
from wagtail.models import Locale, Page, PageViewRestriction

from library.models import LibraryDocument, PublicationFile

from ..facets import FACET_PARAMS
from ..languages import config_name, site_languages
from ..models import PageFacets
from ..query import SOURCE_LANGUAGE, SearchResult, Snippet
from ..snippets import START, STOP, passage, to_html
from .internals import INDEX_TABLE, get_descendants_content_types_pks

ARRAY_FACETS = {
    "type": "types",
    "topic": "topics",
    "country": "countries",
    "audience": "audiences",
    "language": "languages",
}
# Every match in a window of the text is marked; search.snippets.passage cuts whole sentences
# from it.
HEADLINE = f"StartSel={START}, StopSel={STOP}, HighlightAll=true"
TITLE_HEADLINE = HEADLINE
WINDOW = 1500  # characters of a page's or a document's text around its first match
BEFORE = 400  # of which before the match: the start of its sentence, and one before
SCAN_CHARS = 200_000  # how far into a document that first match is looked for


class DatabaseSiteSearch:
    def __init__(self, backend, request):
        self.request = request
        self.backend = backend.for_languages(request.languages)
        self.locale = Locale.objects.get(language_code=request.language)
        self.params = {"expression": request.query.to_tsquery()}

    # SQL pieces ----------------------------------------------------------------------
    def tsquery_sql(self):
        """The query in each searched language's configuration, OR-ed."""
        parts = []
        for index, name in enumerate(self.backend.config):
            self.params[f"config{index}"] = name
            parts.append(f"to_tsquery(%(config{index})s::regconfig, %(expression)s)")
        return " || ".join(parts)

    def scope_sql(self):
        self.params["locale"] = self.locale.pk
        self.params["language"] = self.request.language
        if self.request.language == SOURCE_LANGUAGE:
            return "f.locale_id = %(locale)s"
        self.params["source"] = Locale.objects.get(language_code=SOURCE_LANGUAGE).pk
        if self.request.searches_english:
            return "f.locale_id IN (%(locale)s, %(source)s)"
        # English publications with an edition in the visitor's language belong to it too.
        return (
            "(f.locale_id = %(locale)s OR (f.locale_id = %(source)s "
            "AND f.languages ? %(language)s))"
        )

    def private_sql(self):
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        if not paths:
            return ""
        self.params["private"] = [f"{path}%" for path in paths]
        return "AND NOT f.path LIKE ANY(%(private)s)"

    def filter_sql(self, param):
        values = self.request.filters[param]
        key = f"filter_{param}"
        if param == "kind":
            self.params[key] = values
            return f"kind = ANY(%({key})s)"
        if param == "year":
            self.params[key] = [int(value) for value in values]
            return f"extract(year FROM date)::int = ANY(%({key})s::int[])"
        self.params[key] = values
        return f"{ARRAY_FACETS[param]} ?| %({key})s::text[]"

    def where(self, excluding=None):
        conditions = [
            self.filter_sql(param) for param in self.request.filters if param != excluding
        ]
        return " AND ".join(conditions) or "TRUE"

    def order_sql(self):
        if self.request.sort == "newest":
            return "date DESC NULLS LAST, page_id DESC"
        local_first = "local DESC, " if self.request.searches_english else ""
        return f"{local_first}rank DESC, date DESC NULLS LAST, page_id DESC"

    def facet_sql(self, param):
        """One facet's counts: {value: count} over the hits that pass every active filter
        but the facet's own. (One scan of the hits per facet measured faster than one pass
        that emits every facet's values per hit.)"""
        where = self.where(excluding=param)
        if param == "kind":
            source = f"SELECT kind AS value FROM hits WHERE {where}"
        elif param == "year":
            source = (
                "SELECT extract(year FROM date)::int::text AS value FROM hits "
                f"WHERE date IS NOT NULL AND {where}"
            )
        else:
            source = (
                f"SELECT jsonb_array_elements_text({ARRAY_FACETS[param]}) AS value FROM hits "
                f"WHERE {where}"
            )
        return (
            "(SELECT coalesce(json_object_agg(value, n), '{}') FROM "
            f"(SELECT value, count(*) AS n FROM ({source}) v GROUP BY value) counts)"
        )

    def statement(self):
        self.params["page_types"] = get_descendants_content_types_pks(Page)
        self.params["document_type"] = get_descendants_content_types_pks(LibraryDocument)
        self.params["limit"] = self.request.per_page
        self.params["offset"] = self.request.offset
        return f"""
            WITH q AS (SELECT {self.tsquery_sql()} AS query),
            matched AS MATERIALIZED (
                SELECT e.object_id::integer AS page_id,
                       CASE WHEN e.title @@ q.query THEN ts_rank(e.title, q.query) ELSE 0 END
                           AS rank
                FROM {INDEX_TABLE} e, q
                WHERE (e.title || e.body) @@ q.query
                  AND e.content_type_id = ANY(%(page_types)s)
                UNION ALL
                SELECT pf.page_id, 0 AS rank
                FROM {INDEX_TABLE} e
                JOIN {PublicationFile._meta.db_table} pf ON pf.document_id = e.object_id::integer,
                     q
                WHERE (e.title || e.body) @@ q.query
                  AND e.content_type_id = ANY(%(document_type)s)
            ),
            hits AS MATERIALIZED (
                SELECT f.page_id, max(m.rank) AS rank, f.kind, f.date, f.types, f.topics,
                       f.countries, f.audiences, f.languages,
                       (f.locale_id = %(locale)s OR f.languages ? %(language)s) AS local
                FROM matched m
                JOIN {PageFacets._meta.db_table} f ON f.page_id = m.page_id
                WHERE f.live {self.private_sql()} AND {self.scope_sql()}
                GROUP BY f.page_id
            ),
            selected AS MATERIALIZED (SELECT * FROM hits WHERE {self.where()})
            SELECT
                (SELECT count(*) FROM selected) AS total,
                (SELECT coalesce(json_agg(page_id), '[]') FROM (
                    SELECT page_id FROM selected ORDER BY {self.order_sql()}
                    LIMIT %(limit)s
                    OFFSET (SELECT LEAST(%(offset)s,
                                         GREATEST(count(*) - 1, 0) / %(limit)s * %(limit)s)
                            FROM selected)
                ) shown) AS page_ids,
                {", ".join(f"{self.facet_sql(param)} AS {param}" for param in FACET_PARAMS)}
        """

    # Running -------------------------------------------------------------------------
    def run(self):
        if not self.request.query:
            return SearchResult(total=0, page=1, page_ids=[], facets={}, backend="database")
        with connection.cursor() as cursor:
            cursor.execute(self.statement(), self.params)
            row = cursor.fetchone()
            names = [column.name for column in cursor.description]
        values = dict(zip(names, row, strict=True))
        total = values["total"]
        per_page = self.request.per_page
        page = min(self.request.page, max(1, -(-total // per_page)))
        page_ids = _json(values["page_ids"])
        return SearchResult(
            total=total,
            page=page,
            page_ids=page_ids,
            facets={param: _json(values[param]) for param in FACET_PARAMS},
            snippets=self.snippets(page_ids),
            backend="database",
        )

    def snippets(self, page_ids):
        """Title and text with the matches marked, for the pages shown: from the page's own
        text where it matched, else from the first of its files that matched; each a window
        of the text around the first place the words occur, cut to whole sentences by
        ``search.snippets.passage``."""
        if not page_ids:
            return {}
        self.params["ids"] = [str(pk) for pk in page_ids]
        self.params["needles"] = self.needles()
        self.params["languages"] = site_languages()
        self.params["default_config"] = config_name(site_languages()[0])
        self.params["headline"] = HEADLINE
        self.params["title_headline"] = TITLE_HEADLINE
        self.params["window"] = WINDOW
        self.params["before"] = BEFORE
        self.params["scan"] = SCAN_CHARS
        config_of = (
            "(CASE WHEN {code} = ANY(%(languages)s) THEN 'childhub_' || replace({code}, '-', '_')"
            " ELSE %(default_config)s END)::regconfig"
        )
        page_config = config_of.format(code="l.language_code")
        document_config = config_of.format(code="d.detected_language")
        first_match = """
            SELECT GREATEST(coalesce(min(nullif(strpos(folded.text, unaccent(lower(needle))),
                                                0)), 1) - %(before)s, 1) AS start
            FROM (SELECT unaccent(lower(left({text}, %(scan)s))) AS text) folded,
                 unnest(%(needles)s::text[]) needle
        """
        sql = f"""
            WITH q AS (SELECT {self.tsquery_sql()} AS query)
            SELECT e.object_id::integer,
                   ts_headline({page_config}, e.title_text, q.query, %(title_headline)s),
                   CASE WHEN doc.document_id IS NULL
                        THEN ts_headline({page_config},
                                         substr(e.body_text, body.start, %(window)s),
                                         q.query, %(headline)s) END,
                   body.start, length(e.body_text),
                   doc.document_id, doc.language, doc.snippet, doc.start, doc.length
            FROM {INDEX_TABLE} e
            JOIN {Page._meta.db_table} p ON p.id = e.object_id::integer
            JOIN {Locale._meta.db_table} l ON l.id = p.locale_id
            CROSS JOIN q
            CROSS JOIN LATERAL ({first_match.format(text="e.body_text")}) body
            LEFT JOIN LATERAL (
                SELECT pf.document_id, pf.language, first.start, length(d.extracted_text) AS length,
                       ts_headline({document_config},
                                   substr(d.extracted_text, first.start, %(window)s),
                                   q.query, %(headline)s) AS snippet
                FROM {PublicationFile._meta.db_table} pf
                JOIN {LibraryDocument._meta.db_table} d ON d.id = pf.document_id
                JOIN {INDEX_TABLE} de
                  ON de.content_type_id = ANY(%(document_type)s)
                 AND de.object_id = pf.document_id::text
                CROSS JOIN LATERAL ({first_match.format(text="d.extracted_text")}) first
                WHERE pf.page_id = p.id
                  AND (de.title || de.body) @@ q.query
                  AND NOT to_tsvector({page_config}, e.title_text || ' ' || e.body_text)
                          @@ q.query
                ORDER BY pf.sort_order
                LIMIT 1
            ) doc ON TRUE
            WHERE e.content_type_id = ANY(%(page_types)s) AND e.object_id = ANY(%(ids)s)
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, self.params)
            rows = cursor.fetchall()
        snippets = {}
        for row in rows:
            page_id, title, text, start, length, document_id, language = row[:7]
            if document_id:
                text, start, length = row[7:]
            snippets[page_id] = Snippet(
                title=to_html(title),
                text=to_html(
                    passage(
                        text,
                        clipped_start=start > 1,
                        clipped_end=start + WINDOW <= (length or 0),
                    )
                ),
                document_id=document_id,
                document_language=language or "",
            )
        return snippets

    def needles(self):
        """Where a document's first match is looked for: the start of each word searched
        (a crude stem that also finds inflected forms)."""
        needles = []
        for term in self.request.query.terms:
            if not term.excluded:
                needles += [word[:5] if len(word) > 5 else word for word in term.words]
        return needles or [""]


def _json(value):
    return json.loads(value) if isinstance(value, str) else value
