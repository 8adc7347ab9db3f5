"""Editors' promoted results (``wagtail.contrib.search_promotions``), per language: a promotion
shows in the search of the language of the page it promotes; a promotion of an external link
shows in every language."""

from django.db.models import Q
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion


def promotions_for(text, locale):
    query = normalise_query_string(text)
    if not query:
        return []
    return list(
        SearchPromotion.objects.filter(query__query_string=query)
        .filter(Q(page__isnull=True) | Q(page__locale=locale, page__live=True))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
