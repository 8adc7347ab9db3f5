"""The directory of colleagues: listed profiles filtered by country, profession, topic and
language (query parameters by ``home.filters``' rules), each option with the number of
members it would give (every filter applied but its own).

What grows with the number of members — the ordered ids of the members a set of filters finds
and each facet's counts — is cached per set of filters in ``DIRECTORY``, a ``VersionedCache``
retired by a profile's save or deletion, a change of its topics and a change of an account's
active state (``connect_signals``); its key holds the taxonomy's version too. A request then
reads its page of 20 profiles by primary key, still only among listed ones, so that a profile
hidden a moment ago in another process is never shown, whatever that process's memo holds.
Uncached, a view costs five queries on one table each (the profile mirrors its account's
``is_active``): the ids on an index (``profile_directory``, the listed members in the
directory's order, or the country's, profession's or languages' index), then one per facet,
grouped by integers."""

import hashlib

from django.conf import settings
from django.db import connections
from django.db.models import CharField, Count, Exists, F, Func, OuterRef, Q

from home.caching import VersionedCache
from home.filters import selected_filters
from home.models.taxonomy import TAXONOMY, Audience, Country, Topic, all_terms, terms_for_locale

from .models import Profile, Visibility

PER_PAGE = 20
FACETS = (("country", Country), ("profession", Audience), ("topic", Topic))
FACET_NAMES = ("country", "profession", "topic", "language")
MODELS = dict(FACETS)
PAGE_FIELDS = ("public_id", "name", "organisation", "country_id", "profession_id")
# Who colleagues may find: not hidden, not suspended, of active accounts (the condition of the
# partial index "profile_directory").
LISTED = Q(
    visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS], suspended=False, account_active=True
)
# Only members see the directory: its changes (every profile save) leave the page cache alone.
DIRECTORY = VersionedCache("members-directory", 600, in_pages=False)


def listed_profiles():
    return Profile.objects.filter(LISTED)


def rules():
    slugs = {name: {term.slug for term in all_terms(model)} for name, model in FACETS}
    return {**slugs, "language": {code for code, _name in settings.LANGUAGES}}


def term_ids(model, slugs):
    """The ids, in every locale, of the terms with these slugs (a term's slug is the same in
    every language, its id is not)."""
    return [term.pk for term in all_terms(model) if term.slug in slugs]


def apply(queryset, selected, leave_out=None):
    """``queryset`` (of profiles) narrowed by every chosen filter but ``leave_out``'s: OR
    within a facet, AND across facets."""
    for name, chosen in selected.items():
        if name == leave_out:
            continue
        if name == "language":
            queryset = queryset.filter(languages__overlap=chosen)
        elif name == "topic":
            links = Profile.topics.through.objects.filter(
                profile_id=OuterRef("pk"), topic_id__in=term_ids(Topic, chosen)
            )
            queryset = queryset.filter(Exists(links))
        else:
            queryset = queryset.filter(**{f"{name}_id__in": term_ids(MODELS[name], chosen)})
    return queryset


def rows_of(queryset):
    """The rows of a ``values_list`` queryset, read with a plain cursor (no Django rows)."""
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def facet_rows(name, selected):
    """(value, members) of one facet, every other facet's filter applied. A term facet's
    value is the term's id (grouping integers, the database hashes, never sorts text), its
    translations added up under their slug by ``count_facets``; a language's is its code."""
    members = apply(listed_profiles(), selected, leave_out=name)
    if name == "topic":
        # A row per member and topic: the profile form sets the topics of one language.
        rows = Profile.topics.through.objects.filter(profile__in=members.values("pk"))
        return rows.values_list("topic_id").annotate(n=Count("*")).order_by()
    if name == "language":
        code = Func(F("languages"), function="unnest", output_field=CharField())
        return members.values_list(code).annotate(n=Count("*")).order_by()
    return members.values_list(f"{name}_id").annotate(n=Count("*")).order_by()


def count_facets(selected):
    """{facet: {slug or language code: members}}, a query per facet."""
    counts = {}
    for name in FACET_NAMES:
        slugs = {term.pk: term.slug for term in all_terms(MODELS[name])} if name in MODELS else None
        counts[name] = {}
        for value, members in rows_of(facet_rows(name, selected)):
            value = slugs.get(value) if slugs is not None else value
            if value is not None:
                counts[name][value] = counts[name].get(value, 0) + members
    return counts


def filters_key(selected):
    """A short cache key for the filters, and the taxonomy's version: a term's new slug or
    translation changes what a slug finds."""
    text = "&".join(
        f"{name}={','.join(sorted(chosen))}" for name, chosen in sorted(selected.items())
    )
    return f"{TAXONOMY.version()}:{hashlib.sha1(text.encode()).hexdigest() if text else 'all'}"


def view(selected):
    """(the ids of the listed members the filters find, in the directory's order, and each
    facet's counts: {facet: {value: members}}, every filter applied but the facet's own),
    cached per set of filters; five queries when not cached."""

    def read():
        ordered = apply(listed_profiles(), selected).order_by("name", "pk").values_list("pk")
        return tuple(pk for (pk,) in rows_of(ordered)), count_facets(selected)

    return DIRECTORY.get_or_compute(f"view:{filters_key(selected)}", read)


def facets(selected, counts):
    """The options to show, in the visitor's language: [(name, [(value, label, count,
    chosen)])], options with no member left out unless chosen."""
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
    """(the filters chosen, the ids of the profiles they find in order, the counts)."""
    selected = selected_filters(params, rules())
    return selected, *view(selected)


def profiles_for(ids):
    """The listed profiles among ``ids`` (one page), in that order, each with its country and
    profession in the visitor's language (``local_country``, ``local_profession``)."""
    found = listed_profiles().filter(pk__in=ids).only(*PAGE_FIELDS)
    by_pk = {profile.pk: profile for profile in found}
    profiles = [by_pk[pk] for pk in ids if pk in by_pk]
    for name, model in (("country", Country), ("profession", Audience)):
        by_id = {term.pk: term for term in all_terms(model)}
        local = terms_for_locale(model)
        for profile in profiles:
            term = by_id.get(getattr(profile, f"{name}_id"))
            setattr(
                profile, f"local_{name}", local.get(term.translation_key, term) if term else None
            )
    return profiles


def follow_account(sender, instance, update_fields=None, **kwargs):
    """An account's save may change whether its profile is listed (``is_active``, which the
    profile mirrors); the save of its last sign-in alone does not."""
    if update_fields is not None and "is_active" not in update_fields:
        return
    Profile.objects.filter(user=instance).exclude(account_active=instance.is_active).update(
        account_active=instance.is_active
    )
    DIRECTORY.bump()


def bump_for_topics(sender, action, **kwargs):
    if action.startswith("post_"):
        DIRECTORY.bump()


def connect_signals():
    from django.contrib.auth import get_user_model
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for signal in (post_save, post_delete):
        signal.connect(DIRECTORY.bump, sender=Profile, weak=False)
    post_save.connect(follow_account, sender=get_user_model(), weak=False)
    m2m_changed.connect(bump_for_topics, sender=Profile.topics.through, weak=False)
