"""Query analytics for editors: how often each query was searched per language and day, and
how often it found nothing. Only counts are kept: no visitor, address or session."""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone
from modelsearch.utils import normalise_query_string

from .models import DailyQuery


def record(text, locale, found):
    query = normalise_query_string(text)
    if not query:
        return
    today = timezone.localdate()
    increments = {"searches": F("searches") + 1}
    if not found:
        increments["zero_results"] = F("zero_results") + 1
    rows = DailyQuery.objects.filter(locale=locale, date=today, query=query)
    if rows.update(**increments):
        return
    try:
        with transaction.atomic():
            DailyQuery.objects.create(
                locale=locale, date=today, query=query, searches=1, zero_results=int(not found)
            )
    except IntegrityError:  # another request created today's row meanwhile
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
