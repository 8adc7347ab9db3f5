"""Query analytics for editors: how often each query was searched per language and day, and
how often it found nothing. Only counts are kept: no visitor, address or session.

A search writes nothing to the database: ``record`` appends the search to a buffer in the
cache, and ``flush`` adds the buffered searches up into ``DailyQuery`` (this site's report) and
Wagtail's ``Query``/``QueryDailyHits`` (the "popular search terms" the promotions offer). The
first search after a flush schedules the next one, ``SEARCH_ANALYTICS_FLUSH_SECONDS`` later,
as a task for the worker; where the worker cannot read the web processes' cache (local-memory
cache) or cannot run a task later (immediate backend), the process flushes its own buffer
during a search, at most once per period.

The same visitor repeating the same query counts once within ``SEARCH_ANALYTICS_REPEAT_SECONDS``:
a cache key made of a keyed hash of the visitor (session, else address and browser), the
language, the query and the day remembers it; the hash cannot be read back."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.crypto import salted_hmac
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from .models import DailyQuery

PREFIX = "search-analytics"
SEQUENCE = f"{PREFIX}:sequence"  # number of the last buffered search
FLUSHED = f"{PREFIX}:flushed"  # number of the last search added to the database
DUE = f"{PREFIX}:due"  # present while a flush is scheduled
FLUSHING = f"{PREFIX}:flushing"  # present while a flush runs
BUFFER_SECONDS = 7 * 24 * 3600  # how long a buffered search waits for a flush at most
BATCH = 500


def _slot(number):
    return f"{PREFIX}:search:{number}"


def _visitor(request):
    session_key = getattr(getattr(request, "session", None), "session_key", None)
    if session_key:
        return session_key
    meta = request.META
    return "|".join(
        meta.get(name, "") for name in ("REMOTE_ADDR", "HTTP_USER_AGENT", "HTTP_ACCEPT_LANGUAGE")
    )


def _first_time(request, locale, query, today):
    seconds = settings.SEARCH_ANALYTICS_REPEAT_SECONDS
    if seconds <= 0:
        return True
    value = "\n".join([_visitor(request), str(locale.pk), query, today.isoformat()])
    digest = salted_hmac("search.analytics.visitor", value, algorithm="sha256").hexdigest()
    return cache.add(f"{PREFIX}:seen:{digest}", 1, seconds)


def record(request, text, locale, found):
    """Count this search (unless the visitor searched the same today a moment ago)."""
    query = normalise_query_string(text.replace("\x00", ""))
    if not query:
        return
    today = timezone.localdate()
    if not _first_time(request, locale, query, today):
        return
    cache.add(SEQUENCE, 0, None)
    number = cache.incr(SEQUENCE)
    cache.set(_slot(number), (today.isoformat(), locale.pk, query, found), BUFFER_SECONDS)
    _schedule_flush()


def _schedule_flush():
    from .tasks import flush_search_queries

    seconds = settings.SEARCH_ANALYTICS_FLUSH_SECONDS
    if seconds > 0 and not cache.add(DUE, 1, seconds):
        return
    backend = flush_search_queries.get_backend()
    shared_cache = not isinstance(caches["default"], LocMemCache)
    if seconds > 0 and backend.supports_defer and shared_cache:
        run_after = timezone.now() + datetime.timedelta(seconds=seconds)
        flush_search_queries.using(run_after=run_after).enqueue()
    else:
        flush()


def flush():
    """Add the buffered searches to the database; returns how many searches it added."""
    if not cache.add(FLUSHING, 1, 600):
        return 0  # another process is flushing; what it leaves waits for the next flush
    try:
        return _flush()
    finally:
        cache.delete(FLUSHING)


def _flush():
    first = (cache.get(FLUSHED) or 0) + 1
    last = cache.get(SEQUENCE) or 0
    searches, done = [], first - 1
    for start in range(first, last + 1, BATCH):
        numbers = range(start, min(start + BATCH, last + 1))
        found = cache.get_many([_slot(number) for number in numbers])
        for number in numbers:
            entry = found.get(_slot(number))
            if entry is not None:
                searches.append(entry)
                done = number
    # A search missing before a buffered one has expired; missing ones after the last
    # buffered one may still be on their way (numbered but not yet stored): they wait.
    _add_up(searches)
    cache.set(FLUSHED, done, None)
    cache.delete_many([_slot(number) for number in range(first, done + 1)])
    return len(searches)


def _add_up(searches):
    per_locale = defaultdict(lambda: [0, 0])
    per_query = defaultdict(int)
    for day, locale_id, query, found in searches:
        date = datetime.date.fromisoformat(day)
        counts = per_locale[date, locale_id, query]
        counts[0] += 1
        counts[1] += int(not found)
        per_query[date, query] += 1
    with transaction.atomic():
        for (date, locale_id, query), (count, zero) in per_locale.items():
            _add_daily_query(date, locale_id, query, count, zero)
        for (date, query), count in per_query.items():
            hits, _ = QueryDailyHits.objects.get_or_create(query=Query.get(query), date=date)
            QueryDailyHits.objects.filter(pk=hits.pk).update(hits=F("hits") + count)


def _add_daily_query(date, locale_id, query, count, zero):
    rows = DailyQuery.objects.filter(locale_id=locale_id, date=date, query=query)
    increments = {"searches": F("searches") + count, "zero_results": F("zero_results") + zero}
    if rows.update(**increments):
        return
    try:
        with transaction.atomic():
            DailyQuery.objects.create(
                locale_id=locale_id, date=date, query=query, searches=count, zero_results=zero
            )
    except IntegrityError:  # another flush created the row meanwhile
        rows.update(**increments)


def totals(queryset):
    """Per query and language: searches and searches without results, most searched first."""
    return (
        queryset.values("query", "locale__language_code")
        .annotate(total_searches=Sum("searches"), total_zero_results=Sum("zero_results"))
        .order_by("-total_searches", "query")
    )


def default_period(days=30):
    today = timezone.localdate()
    return today - datetime.timedelta(days=days - 1), today
