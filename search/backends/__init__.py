"""Search backends (``WAGTAILSEARCH_BACKENDS`` in ``config/settings/base.py``) and the functions
the views call: ``site_search`` and ``suggest``, which ask Elasticsearch when it is configured
and answer from the database when Elasticsearch does not answer, or did not a moment ago (the
backend's circuit breaker, ``breaker.py``)."""

import functools

from django.conf import settings
from django.core.signals import setting_changed
from django.db.models import Q
from django.dispatch import receiver
from modelsearch.backends import get_search_backend
from wagtail.models import Locale, Page

from ..query import SOURCE_LANGUAGE, SearchResult


@functools.cache
def backend(name="default"):
    """The configured backend ``name``, built once per process (an Elasticsearch client keeps
    its connections open)."""
    return get_search_backend(name)


@receiver(setting_changed)
def _forget_backends(setting, **kwargs):
    if setting == "WAGTAILSEARCH_BACKENDS":
        backend.cache_clear()


def is_elasticsearch(search_backend):
    return getattr(search_backend, "name", "") == "elasticsearch"


def database_backend():
    return backend("database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default")


def site_search(request):
    """A ``SearchResult`` for a ``search.query.SearchRequest``: never raises because the
    search server is away."""
    default = backend()
    if is_elasticsearch(default):
        result = default.breaker.call(default.site_search, request)
        if result is not None:
            return result
    fallback = database_backend()
    if hasattr(fallback, "site_search"):
        return fallback.site_search(request)
    return simple_site_search(fallback, request)


def simple_site_search(fallback, request):
    """Wagtail's own search, without facets or snippets: what the SQLite database of a first
    ``make run`` offers."""
    if not request.query:
        return SearchResult(total=0, page=1, page_ids=[], facets={})
    locale = Locale.objects.get(language_code=request.language)
    originals = Page.objects.live().public().filter(locale=locale, alias_of__isnull=True)
    results = fallback.search(request.query.text, Page.objects.filter(pk__in=originals))
    total = results.count()
    page = min(request.page, max(1, -(-total // request.per_page)))
    start = (page - 1) * request.per_page
    page_ids = [item.pk for item in results[start : start + request.per_page]]
    return SearchResult(total=total, page=page, page_ids=page_ids, facets={})


def suggest(text, language, limit=8):
    """Pages whose title starts with what was typed, in the visitor's language (and English
    publications with an edition in it), best first."""
    from library.models import PublicationFile

    locale = Locale.objects.get(language_code=language)
    scope = Q(locale=locale)
    if language != SOURCE_LANGUAGE:
        source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        with_editions = PublicationFile.objects.filter(language=language).values("page_id")
        scope |= Q(locale=source, pk__in=with_editions)
    pages = Page.objects.live().public().filter(scope)

    def first_pages(search_backend):
        return list(search_backend.autocomplete(text, pages)[:limit])

    default = backend()
    if is_elasticsearch(default):
        found = default.breaker.call(first_pages, default)
        if found is not None:
            return found
    return first_pages(database_backend())
