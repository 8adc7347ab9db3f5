"""The advocacy index: briefs and initiatives together, newest first, filtered by kind, topic,
country and initiative status (``home/filters.py``: repeat a parameter for alternatives),
with how many items each filter value would give, and an overview of the countries.

Every figure comes from a fixed number of queries, whatever the number of items; the counts
and the overview are cached (``ADVOCACY_DATA``) until a brief or initiative, or its terms,
changes (``advocacy/apps.py``)."""

import hashlib
from collections import Counter

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.caching import VersionedCache
from home.filters import selected_filters
from home.models import Country, Topic, terms_for_locale

PER_PAGE = 20
ADVOCACY_DATA = VersionedCache("advocacy", 600)
KINDS = {"brief": _("Policy briefs"), "initiative": _("Initiatives")}


def models_by_kind():
    from .models import AdvocacyInitiativePage, PolicyBriefPage

    return {"brief": PolicyBriefPage, "initiative": AdvocacyInitiativePage}


def active_filters(params):
    from .models import InitiativeStatus

    topics, countries = terms_for_locale(Topic), terms_for_locale(Country)
    return selected_filters(
        params,
        {
            "type": set(KINDS),
            "topic": {term.slug for term in topics.values()},
            "country": {term.slug for term in countries.values()},
            "status": set(InitiativeStatus.values),
        },
    )


def matching(index, kind, active, skip=None):
    """The live items of ``kind`` under ``index`` that pass every active filter but ``skip``;
    None when the kind is filtered out altogether."""
    model = models_by_kind()[kind]
    chosen = {name: values for name, values in active.items() if name != skip}
    if "type" in chosen and kind not in chosen["type"]:
        return None
    if "status" in chosen and kind != "initiative":
        return None
    items = model.objects.live().child_of(index)
    if "status" in chosen:
        items = items.filter(status__in=chosen["status"])
    for param, term_model, field in (("topic", Topic, "topics"), ("country", Country, "countries")):
        if param not in chosen:
            continue
        match = models.Q(slug__in=chosen[param])
        if term_model is Topic:  # a broader topic also matches its narrower topics
            match |= models.Q(parent__slug__in=chosen[param])
        keys = term_model.objects.filter(match).values("translation_key")
        items = items.filter(
            pk__in=model.objects.filter(**{f"{field}__translation_key__in": keys}).values("pk")
        )
    return items


def term_counts(items, field):
    """{translation_key: how many of ``items`` carry the term (a broader topic counts the
    items of its narrower topics too)}, in one query."""
    model = items.model
    through = model._meta.get_field(field).remote_field.through
    owner = model._meta.get_field(field).m2m_field_name()
    term = model._meta.get_field(field).m2m_reverse_field_name()
    columns = [f"{owner}_id", f"{term}__translation_key"]
    if field == "topics":
        columns.append(f"{term}__parent__translation_key")
    rows = through.objects.filter(**{f"{owner}_id__in": items.values("pk")}).values_list(*columns)
    keys_of = {}
    for item, *keys in rows:
        keys_of.setdefault(item, set()).update(key for key in keys if key)
    return Counter(key for keys in keys_of.values() for key in keys)


def cache_key(index, active):
    """A short, safe cache key for the items of ``index`` that ``active`` selects."""
    signature = "&".join(f"{name}={','.join(sorted(values))}" for name, values in active.items())
    return f"{index.pk}:{hashlib.sha256(signature.encode()).hexdigest()[:32]}"


def selected_rows(index, active):
    """The (pk, date, kind) rows of ``listing``, cached like the counts."""
    return ADVOCACY_DATA.get_or_compute(
        f"rows:{cache_key(index, active)}", lambda: list(listing(index, active))
    )


def facet_counts(index, active):
    """{parameter: {value: the number of items that choosing it would list, the other active
    filters kept}}; topic and country values are slugs."""
    counts = ADVOCACY_DATA.get_or_compute(
        f"facets:{cache_key(index, active)}", lambda: counts_by_key(index, active)
    )
    topics, countries = terms_for_locale(Topic), terms_for_locale(Country)
    by_slug = {}
    for param, lookup in (("topic", topics), ("country", countries)):
        by_slug[param] = Counter()
        for key, number in counts[param].items():
            if key in lookup:
                by_slug[param][lookup[key].slug] += number
    return {**counts, **by_slug}


def counts_by_key(index, active):
    """``facet_counts`` with the terms' translation keys for values."""
    from .models import InitiativeStatus

    counts = {"type": {}, "topic": Counter(), "country": Counter(), "status": {}}
    for kind in KINDS:
        items = matching(index, kind, active, skip="type")
        counts["type"][kind] = items.count() if items is not None else 0
        for param, field in (("topic", "topics"), ("country", "countries")):
            items = matching(index, kind, active, skip=param)
            if items is not None:
                counts[param].update(term_counts(items, field))
    items = matching(index, "initiative", active, skip="status")
    by_status = (
        dict(items.order_by().values_list("status").annotate(n=models.Count("pk"))) if items else {}
    )
    counts["status"] = {value: by_status.get(value, 0) for value in InitiativeStatus.values}
    return counts


def listing(index, active):
    """The briefs and initiatives that pass the filters, newest first, as a queryset of
    (pk, date, kind) rows to paginate."""
    rows = []
    for kind in KINDS:
        items = matching(index, kind, active)
        if items is not None:
            rows.append(
                items.order_by().values_list("pk", "date").annotate(kind=models.Value(kind))
            )
    if not rows:
        return models_by_kind()["brief"].objects.none().values_list("pk", "date")
    combined = rows[0].union(*rows[1:], all=True) if len(rows) > 1 else rows[0]
    return combined.order_by("-date", "-pk")


def page_items(rows):
    """The specific pages of a page of ``rows``, in the rows' order, in one query a kind."""
    wanted = {}
    for pk, _date, kind in rows:
        wanted.setdefault(kind, []).append(pk)
    found = {}
    for kind, pks in wanted.items():
        for item in (
            models_by_kind()[kind]
            .objects.filter(pk__in=pks)
            .select_related("alias_of", "locale")
            .prefetch_related("topics", "countries")
        ):
            item.kind = kind
            found[item.pk] = item
    return [found[pk] for pk, _date, _kind in rows if pk in found]


def country_overview(index):
    """[(country, number of briefs, number of initiatives)] of the countries that have any,
    by name."""

    def compute():
        per_kind = {
            kind: term_counts(models_by_kind()[kind].objects.live().child_of(index), "countries")
            for kind in KINDS
        }
        keys = set(per_kind["brief"]) | set(per_kind["initiative"])
        return [(key, per_kind["brief"][key], per_kind["initiative"][key]) for key in keys]

    countries = terms_for_locale(Country)
    rows = ADVOCACY_DATA.get_or_compute(f"countries:{index.pk}", compute)
    return sorted(
        (
            (countries[key], briefs, initiatives)
            for key, briefs, initiatives in rows
            if key in countries
        ),
        key=lambda row: row[0].name,
    )
