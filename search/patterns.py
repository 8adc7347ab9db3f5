"""The search's components for the pattern library (COMPONENTS.md), with sample data in Latin
and Cyrillic script. Unsaved instances only: nothing is written."""

import datetime

from django.utils.safestring import mark_safe
from wagtail.models import Page

from .facets import KINDS
from .query import Snippet
from .results import Hit

SAMPLES = {
    "latin": {
        "language": "ro",
        "title": "Moldova adoptă standarde naționale de calitate pentru <mark>asistența</mark> "
        "parentală",
        "text": "Noile standarde stabilesc cum sunt evaluate, instruite și sprijinite familiile "
        "de <mark>asistență</mark> parentală profesionistă.",
    },
    "cyrillic": {
        "language": "uk",
        "title": "Україна запускає національну <mark>гарячу</mark> лінію для дітей",
        "text": "Діти та батьки можуть безкоштовно зателефонувати на <mark>гарячу</mark> лінію "
        "цілодобово, з будь-якого мобільного оператора.",
    },
}


def sample_hit(script):
    sample = SAMPLES[script]
    news = next(kind for kind in KINDS if kind.value == "news")
    page = Page(title="")
    return Hit(
        page=page,
        source=page,
        # Sample text written here, with its <mark> as the search's snippets have it.
        snippet=Snippet(title=mark_safe(sample["title"]), text=mark_safe(sample["text"])),  # noqa: S308
        content_language=sample["language"],
        kind=news.value,
        kind_label=str(news.item_label),
        date=datetime.date(2025, 11, 20),
        url="#",
    )


def sample_filters(script):
    from library.patterns import sample_facets

    facets = sample_facets(script)
    return [(facet, option) for facet in facets for option in facet.options if option.selected]


PATTERNS = [
    {
        "name": "Search result",
        "template": "search/hit.html",
        "list": True,
        "doc": (
            "A result that is not a publication (a news article, a page): type, date and the "
            "passage that matched, in whole sentences, with the matches marked. A publication "
            "shows as its card."
        ),
        "context": lambda script: {"hit": sample_hit(script)},
    },
    {
        "name": "Active filters",
        "template": "includes/active_filters.html",
        "doc": (
            "The chosen filters above the results, each a link that removes it, and one that "
            "removes them all."
        ),
        "context": lambda script: {"active_filters": sample_filters(script), "clear_url": "?"},
    },
]
