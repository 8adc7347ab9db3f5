from urllib.parse import urlencode

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from wagtail.models import Locale

from . import analytics
from .backends import site_search, suggest
from .promotions import promotions_for
from .query import SearchRequest
from .results import active_filters, build_facets, in_visitors_tree, load_hits, term_lookups
from .spelling import did_you_mean
from .text import parse

SUGGEST_MIN_CHARS = 2


def search(request):
    """The site search: ``/<language>/search/?q=…`` and every filter as a query parameter."""
    language = get_language()
    terms = term_lookups()
    valid_terms = {
        param: {term.slug for term in lookup.values()} for param, lookup in terms.items()
    }
    search_request = SearchRequest.from_params(request.GET, language, valid_terms)
    result = site_search(search_request)
    locale = Locale.get_active()
    query = search_request.query
    if query and search_request.page == 1 and not search_request.filters:
        analytics.record(request, query.text, locale, found=result.total > 0)
    facets = build_facets(result, search_request, terms)
    context = {
        "search": search_request,
        # What the header's search box shows (site/templates/includes/header.html).
        "search_query": query.text,
        "result": result,
        "hits": load_hits(result, locale),
        "facets": facets,
        "active_filters": active_filters(facets),
        "clear_filters_url": f"{reverse('search')}?{urlencode({'q': query.text})}",
        "promotions": promotions_for(query.text, locale) if result.page == 1 else [],
        "did_you_mean": did_you_mean(query, search_request.languages) if not result.total else None,
        "pagination": _pagination(result),
        "library_url": _library_url(request, locale) if query and not result.total else "",
    }
    return TemplateResponse(request, "search/search.html", context)


def _library_url(request, locale):
    """Where a search that found nothing suggests browsing instead: the visitor's library."""
    from library.models import LibraryPage

    library = LibraryPage.objects.live().filter(locale=locale).first()
    return library.get_url(request) if library else ""


def _pagination(result):
    """What ``includes/pagination.html`` reads from a Django page object."""
    number, last = result.page, result.num_pages
    return {
        "number": number,
        "has_previous": number > 1,
        "has_next": number < last,
        "previous_page_number": number - 1,
        "next_page_number": number + 1,
        "paginator": {"num_pages": last, "count": result.total},
    }


def suggestions(request):
    """Title suggestions for the search box: JSON, in the visitor's language, with what the
    box's script says about them (site/static/js/search.js): the list's name, and the number
    of suggestions for a screen reader to announce."""
    text = parse(request.GET.get("q", "")).text
    pages = suggest(text, get_language()) if len(text) >= SUGGEST_MIN_CHARS else []
    links = in_visitors_tree(pages, Locale.get_active()) if pages else {}
    suggestions = [{"title": page.title, "url": links[page.pk].get_url(request)} for page in pages]
    count = len(suggestions)
    status = (
        ngettext(
            "%(count)d suggestion. Use the up and down arrow keys to choose, Enter to open.",
            "%(count)d suggestions. Use the up and down arrow keys to choose, Enter to open.",
            count,
        )
        % {"count": count}
        if count
        else ""
    )
    return JsonResponse(
        {
            "query": text,
            "suggestions": suggestions,
            "label": _("Suggestions"),
            "status": status,
        }
    )
