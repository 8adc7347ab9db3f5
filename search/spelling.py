"""“Did you mean …?” for a query that found nothing: each word that matches nothing in the
index is replaced by the closest word of the site's titles and summaries, in the languages
searched.

Closest means: among the words with enough trigrams in common, diacritics aside (PostgreSQL's
``pg_trgm``, through the ``search_word_trigram`` index), the fewest edits away
(``fuzzystrmatch``), then the most frequent. The vocabulary (``search.models.Word``) holds
only the words of pages anyone may read (``search.vocabulary``); the database backend keeps it
as it indexes pages, so it is there whatever backend answers."""

from django.contrib.postgres.lookups import Unaccent
from django.db import connection
from django.db.models import F, Func, IntegerField, Value

from .backends.internals import INDEX_TABLE
from .languages import config_name
from .models import Word
from .text import Query, Term

MAX_EDITS = 2


class Levenshtein(Func):
    function = "levenshtein"
    output_field = IntegerField()


def matches_something(word, languages):
    """Whether the word alone finds anything, as the search would normalise it. (Counted, not
    ``EXISTS``: for ``EXISTS`` PostgreSQL's planner reads the table in order, decompressing
    every entry when the word is nowhere; a count of a materialised query uses the index.)"""
    expression = Query(terms=[Term((word,))]).to_tsquery()
    queries = " || ".join("to_tsquery(%s::regconfig, %s)" for _code in languages)
    params = [value for code in languages for value in (config_name(code), expression)]
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH q AS MATERIALIZED (SELECT {queries} AS query) "
            f"SELECT count(*) FROM {INDEX_TABLE} e, q "
            "WHERE (e.title || e.body) @@ q.query",
            params,
        )
        return cursor.fetchone()[0] > 0


def closest_word(word, languages):
    if matches_something(word, languages):
        return word
    folded = Unaccent(Value(word.lower()))
    return (
        Word.objects.filter(language__in=languages, folded__trigram_similar=folded)
        .annotate(edits=Levenshtein(F("folded"), folded))
        .filter(edits__lte=MAX_EDITS)
        .order_by("edits", "-frequency", "word")
        .values_list("word", flat=True)
        .first()
    ) or word


def did_you_mean(query, languages):
    """The query with its words that match nothing corrected, or None when there is nothing
    to correct (or no PostgreSQL to look the words up in)."""
    if connection.vendor != "postgresql" or not query:
        return None
    corrected = [
        Term(
            term.words
            if term.excluded
            else tuple(closest_word(word, languages) for word in term.words),
            term.excluded,
        )
        for term in query.terms
    ]
    if corrected == query.terms:
        return None
    return Query(terms=corrected).to_text()
