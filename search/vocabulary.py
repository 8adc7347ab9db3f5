"""The vocabulary "Did you mean" suggests from (``search.models.Word``): the words of the titles
and summaries of the pages anyone may read — live, not under a view restriction (on the page
or an ancestor), not aliases.

Each page's contribution is kept with its facets (``PageFacets.words``, empty for a page that
is a draft, unpublished or private), and a word's ``frequency`` is the number of pages that
contribute it. Every index write of a page replaces its contribution and applies the
difference; deleting a page (its facets row) takes its words away; a word no page contributes
any more is deleted. ``rebuild`` recounts the whole vocabulary from the contributions: the
database backend's ``update_index`` ends with it."""

import re
from collections import Counter

from django.db import connections
from wagtail.models import Locale, PageViewRestriction

from .models import PageFacets, Word

WORD = re.compile(r"[^\W\d_]{3,40}")  # what the spelling suggestions count as a word


def restricted_paths():
    """The tree paths under which pages are private (one query for a whole batch)."""
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def is_public(page, restricted):
    return page.live and not any(page.path.startswith(path) for path in restricted)


def words_of(texts):
    return sorted(set(WORD.findall(" ".join(texts).lower())))


def replace(contributions, languages, using="default"):
    """Make ``contributions`` ({page id: [word, …]}) the pages' new ones: the words they gain
    are counted, the words they lose uncounted. ``languages`` maps page ids to languages.
    Returns the contributions, for the caller to store with the facets."""
    previous = dict(
        PageFacets.objects.using(using)
        .filter(page_id__in=list(contributions))
        .values_list("page_id", "words")
    )
    delta = Counter()
    for page_id, words in contributions.items():
        before, after = set(previous.get(page_id, ())), set(words)
        language = languages[page_id]
        for word in after - before:
            delta[language, word] += 1
        for word in before - after:
            delta[language, word] -= 1
    apply(delta, using)
    return contributions


def apply(delta, using="default"):
    """Add ``delta`` ({(language, word): change}) to the word counts; words counted down to
    nothing are deleted."""
    added = [(key, change) for key, change in delta.items() if change > 0]
    removed = [(key, -change) for key, change in delta.items() if change < 0]
    table = Word._meta.db_table
    with connections[using].cursor() as cursor:
        if added:
            cursor.execute(
                f"INSERT INTO {table} (language, word, folded, frequency) "
                "SELECT language, word, unaccent(word), change "
                "FROM unnest(%s::varchar[], %s::varchar[], %s::int[]) "
                "AS w(language, word, change) "
                "ON CONFLICT (language, word) "
                f"DO UPDATE SET frequency = {table}.frequency + EXCLUDED.frequency",
                _columns(added),
            )
        if removed:
            columns = _columns(removed)
            rows = "unnest(%s::varchar[], %s::varchar[], %s::int[]) AS r(language, word, change)"
            match = "w.language = r.language AND w.word = r.word"
            cursor.execute(
                f"DELETE FROM {table} w USING {rows} WHERE {match} AND w.frequency <= r.change",
                columns,
            )
            cursor.execute(
                f"UPDATE {table} w SET frequency = w.frequency - r.change FROM {rows} "
                f"WHERE {match}",
                columns,
            )


def _columns(items):
    return [
        [language for (language, _word), _change in items],
        [word for (_language, word), _change in items],
        [change for _key, change in items],
    ]


def forget_deleted_page(sender, instance, using, **kwargs):
    """A deleted page (its facets go with it) contributes nothing any more."""
    if instance.words:
        locale = Locale.objects.using(using).filter(pk=instance.locale_id)
        language = locale.values_list("language_code", flat=True).first()
        if language:
            apply(Counter({(language, word): -1 for word in instance.words}), using)


def rebuild(using="default"):
    """Recount the vocabulary from every page's contribution."""
    table = Word._meta.db_table
    with connections[using].cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")
        cursor.execute(
            f"INSERT INTO {table} (language, word, folded, frequency) "
            "SELECT l.language_code, w.word, unaccent(w.word), count(*) "
            f"FROM {PageFacets._meta.db_table} f "
            f"JOIN {Locale._meta.db_table} l ON l.id = f.locale_id "
            "CROSS JOIN LATERAL jsonb_array_elements_text(f.words) AS w(word) "
            "GROUP BY l.language_code, w.word"
        )
