"""A site search, as the search page asks it and as both backends answer it.

Every state of the search page is its URL: ``q``, the facet filters (repeat a parameter for
alternatives: ``?topic=foster-care&topic=online-abuse``), ``english=1``, ``sort`` and ``page``.
Nothing in the query string is an error: unknown or malformed values are ignored."""

from dataclasses import dataclass, field

from home.filters import is_year, selected_filters

from .facets import FACET_PARAMS, KINDS
from .languages import site_languages
from .text import Query, parse

PER_PAGE = 10
# No one reads past the thousandth page, and Elasticsearch reads no further than 10,000 hits.
MAX_PAGES = 1000
SORTS = ("relevance", "newest")
SOURCE_LANGUAGE = "en"


@dataclass
class SearchRequest:
    query: Query
    language: str  # the visitor's language (the locale searched)
    filters: dict = field(default_factory=dict)  # facet param -> list of values
    include_english: bool = False
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE

    @classmethod
    def from_params(cls, params, language, valid_terms=None):
        """``params`` is request.GET; ``valid_terms`` maps a term facet to its known slugs."""
        valid_terms = valid_terms or {}
        filters = selected_filters(
            params, {param: _accepted(param, valid_terms) for param in FACET_PARAMS}
        )
        try:
            page = min(max(1, int(params.get("page", 1))), MAX_PAGES)
        except (TypeError, ValueError):
            page = 1
        sort = params.get("sort")
        return cls(
            query=parse(params.get("q", "")),
            language=language,
            filters=filters,
            include_english=params.get("english") == "1" and language != SOURCE_LANGUAGE,
            sort=sort if sort in SORTS else "relevance",
            page=page,
        )

    @property
    def searches_english(self):
        """Beyond the visitor's language, English resources are searched when asked for, or
        when a language facet is chosen (that facet then says exactly what is shown)."""
        return self.language != SOURCE_LANGUAGE and (
            self.include_english or "language" in self.filters
        )

    @property
    def languages(self):
        return [self.language] + ([SOURCE_LANGUAGE] if self.searches_english else [])

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


def _accepted(param, valid_terms):
    """What the facet ``param`` accepts (see ``home/filters.py``)."""
    if param in valid_terms:
        return valid_terms[param]
    if param == "kind":
        return {kind.value for kind in KINDS}
    if param == "language":
        return site_languages()
    if param == "year":
        return is_year
    return ()


@dataclass
class Snippet:
    """Highlighted text (HTML, escaped, matches in ``<mark>``) for one hit."""

    title: str = ""
    text: str = ""
    document_id: int | None = None  # set when the text comes from a file of the publication
    document_language: str = ""


@dataclass
class SearchResult:
    total: int
    page: int  # the page actually shown (a page number past the end shows the last page)
    page_ids: list  # the hits of this page, in order
    facets: dict  # facet param -> {value: count}
    snippets: dict = field(default_factory=dict)  # page id -> Snippet
    backend: str = "database"

    @property
    def num_pages(self):
        return min(max(1, -(-self.total // PER_PAGE)), MAX_PAGES)
