"""The directory of colleagues: listed profiles filtered by country, profession, topic and
language (query parameters by ``home.filters``' rules), each option with the number of
members it would give (every filter applied but its own), in a constant number of queries."""

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q

from home.filters import selected_filters
from home.models.taxonomy import Audience, Country, Topic, all_terms, terms_for_locale

from .models import Profile, Visibility

PER_PAGE = 20
FACETS = (("country", Country), ("profession", Audience), ("topic", Topic))


def listed_profiles():
    """Profiles colleagues may find: not hidden, not suspended, of active accounts."""
    return Profile.objects.filter(
        visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS],
        suspended=False,
        user__is_active=True,
    )


def rules():
    slugs = {name: {term.slug for term in all_terms(model)} for name, model in FACETS}
    return {**slugs, "language": {code for code, _name in settings.LANGUAGES}}


def apply(queryset, selected, leave_out=None):
    for name, chosen in selected.items():
        if name == leave_out:
            continue
        if name == "country":
            queryset = queryset.filter(country__slug__in=chosen)
        elif name == "profession":
            queryset = queryset.filter(profession__slug__in=chosen)
        elif name == "topic":
            links = Profile.topics.through.objects.filter(
                profile_id=OuterRef("pk"), topic__slug__in=chosen
            )
            queryset = queryset.filter(Exists(links))
        elif name == "language":
            queryset = queryset.filter(languages__overlap=chosen)
    return queryset


def facet_counts(selected):
    """{facet: {value: count}}: one query per facet."""
    base = listed_profiles()
    counts = {}
    for name, field in (("country", "country__slug"), ("profession", "profession__slug")):
        rows = apply(base, selected, name).values(field).annotate(n=Count("pk")).order_by()
        counts[name] = {row[field]: row["n"] for row in rows if row[field]}
    rows = (
        Profile.topics.through.objects.filter(profile__in=apply(base, selected, "topic"))
        .values("topic__slug")
        .annotate(n=Count("profile_id", distinct=True))
        .order_by()
    )
    counts["topic"] = {row["topic__slug"]: row["n"] for row in rows}
    codes = [code for code, _name in settings.LANGUAGES]
    totals = apply(base, selected, "language").aggregate(
        **{f"n_{code}": Count("pk", filter=Q(languages__contains=[code])) for code in codes}
    )
    counts["language"] = {code: totals[f"n_{code}"] for code in codes if totals[f"n_{code}"]}
    return counts


def facets(selected):
    """The options to show, in the visitor's language: [(name, [(value, label, count,
    chosen)])], options with no member left out unless chosen."""
    counts = facet_counts(selected)
    found = []
    for name, model in FACETS:
        options = [
            (
                term.slug,
                term.name,
                counts[name].get(term.slug, 0),
                term.slug in selected.get(name, ()),
            )
            for term in sorted(terms_for_locale(model).values(), key=lambda term: term.name)
        ]
        found.append((name, [option for option in options if option[2] or option[3]]))
    languages = [
        (code, label, counts["language"].get(code, 0), code in selected.get("language", ()))
        for code, label in settings.LANGUAGES
    ]
    found.append(("language", [option for option in languages if option[2] or option[3]]))
    return found


def search(params):
    selected = selected_filters(params, rules())
    profiles = (
        apply(listed_profiles(), selected)
        .select_related("country", "profession")
        .prefetch_related("topics")
        .order_by("name", "pk")
    )
    return selected, profiles
