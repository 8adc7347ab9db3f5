"""What the search page shows for a ``SearchResult``: the pages, in the visitor's language
where a translation or alias exists, and the facets with localised labels."""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Locale, Page

from home.locales import locale_codes
from home.models import Topic, terms_for_locale
from library.cards import prepare_cards
from library.languages import language_name
from library.listing import Facet, Option
from library.models import LibraryDocument, PublicationPage

from .facets import FACETS, KINDS, kind_of
from .query import Snippet


@dataclass
class Hit:
    page: Page  # the page to link to: in the visitor's tree when it exists there
    source: Page  # the page that matched
    snippet: Snippet
    content_language: str  # the language the matched page is written in
    kind: str = ""  # search.facets.KINDS
    kind_label: str = ""
    date: object = None
    document: LibraryDocument = None
    url: str = ""  # an address to link to instead of ``page`` (the pattern library's samples)


def load_hits(result, locale):
    """The pages of one result page, in order, in a constant number of queries: the specific
    pages (one query per page type), what the publications' cards show (library/cards.py),
    the visitor's translation or alias of each, and the documents the snippets come from."""
    sources = {page.pk: page for page in Page.objects.filter(pk__in=result.page_ids).specific()}
    prepare_cards([page for page in sources.values() if isinstance(page, PublicationPage)])
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    local = in_visitors_tree(sources.values(), locale)
    document_ids = [snippet.document_id for snippet in result.snippets.values()]
    documents = {
        doc.pk: doc
        for doc in LibraryDocument.objects.filter(pk__in=document_ids).defer("extracted_text")
    }
    kinds = {kind.value: kind.item_label or kind.label for kind in KINDS}
    hits = []
    for pk in result.page_ids:
        source = sources.get(pk)
        if source is None:  # deleted between the search and now
            continue
        snippet = result.snippets.get(pk) or Snippet()
        hits.append(
            Hit(
                page=local[source.pk],
                source=source,
                snippet=snippet,
                content_language=getattr(source, "card_language", None)
                or languages[source.locale_id],
                kind=kind_of(source),
                kind_label=kinds[kind_of(source)],
                date=getattr(source, "publication_date", None) or getattr(source, "date", None),
                document=documents.get(snippet.document_id),
            )
        )
    return hits


def in_visitors_tree(pages, locale):
    """For each page (by pk), the page to link to: its translation or alias in the visitor's
    language when there is one, so that the visitor stays in their language's site."""
    pages = list(pages)
    local = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            locale=locale, translation_key__in=[page.translation_key for page in pages]
        )
    }
    return {page.pk: local.get(page.translation_key, page) for page in pages}


def term_lookups():
    """Each taxonomy facet's terms in the visitor's language, keyed by translation key."""
    return {facet.param: terms_for_locale(facet.term_model) for facet in FACETS if facet.term_model}


def build_facets(result, request, terms):
    facets = []
    for definition in FACETS:
        counts = result.facets.get(definition.param, {})
        selected = set(request.filters.get(definition.param, []))
        labels = _labels(definition.param, terms)
        languages = _label_languages(definition.param, terms, request.language)
        values = set(counts) | selected
        options = [
            Option(
                value,
                labels.get(value, value),
                counts.get(value, 0),
                value in selected,
                lang=languages.get(value, ""),
            )
            for value in values
            if value in labels or definition.param == "year"
        ]
        if definition.param == "year":
            options.sort(key=lambda option: option.value, reverse=True)
        else:
            options.sort(key=lambda option: (-option.count, option.label))
        if definition.param == "topic":
            options = _nest_topics(options)
        if options:
            facets.append(Facet(definition.param, definition.label, options))
    return facets


def _labels(param, terms):
    if param in terms:
        return {term.slug: term.name for term in terms[param].values()}
    if param == "kind":
        return {kind.value: str(kind.label) for kind in KINDS}
    if param == "language":  # named as in the library (library/languages.py)
        return {code: language_name(code) for code, _name in settings.LANGUAGES}
    return {}


def _label_languages(param, terms, language):
    """{slug: language} for the terms whose name is not in the visitor's ``language`` (not
    translated yet: the English name shows)."""
    if param not in terms:
        return {}
    codes = locale_codes()
    return {
        term.slug: codes.get(term.locale_id)
        for term in terms[param].values()
        if codes.get(term.locale_id) != language
    }


def _nest_topics(options):
    """Broader topics first, each followed by its narrower topics (slugs are the same in
    every language, so one query over all of them tells each topic's broader one)."""
    parent_by_slug = dict(
        Topic.objects.filter(parent__isnull=False).values_list("slug", "parent__slug")
    )
    children = {}
    for option in options:
        option.parent = parent_by_slug.get(option.value, "")
        if option.parent:
            children.setdefault(option.parent, []).append(option)
    ordered = []
    for option in options:
        if not option.parent:
            ordered += [option, *children.pop(option.value, [])]
    for orphans in children.values():  # narrower topics whose broader topic has no hit
        ordered += orphans
    return ordered


def active_filters(facets):
    return [(facet, option) for facet in facets for option in facet.options if option.selected]
