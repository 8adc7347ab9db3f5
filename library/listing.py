"""The library's faceted listing: filters from the URL, facet counts computed in the database.

Filters are combined with AND across facets and OR within one facet; each facet's counts apply
every filter except its own, so the counts say what choosing that option would give.
Terms are matched by ``translation_key`` (synced translations keep the English term)."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.models import Audience, Country, ResourceType, Topic, terms_for_locale

from . import lookups  # noqa: F401  (registers the `any` lookup)
from .models import PublicationFile, PublicationPage

SCOPE_CACHE_SECONDS = 600
VERSION_KEY = "library-version"


def library_version():
    return cache.get_or_set(VERSION_KEY, 1, None)


def bump_library_version(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


SORTS = {"newest": ("-publication_date", "-pk"), "title": ("title", "pk")}


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    parent: str = ""


@dataclass
class Facet:
    param: str
    label: str
    options: list = field(default_factory=list)


@dataclass
class TermFacet:
    param: str
    label: str
    model: type
    relation: str  # the publication's field pointing at the term


TERM_FACETS = [
    TermFacet("type", _("Resource type"), ResourceType, "resource_type"),
    TermFacet("topic", _("Topic"), Topic, "topics"),
    TermFacet("country", _("Country"), Country, "countries"),
    TermFacet("audience", _("Audience"), Audience, "audiences"),
]
FACET_PARAMS = [facet.param for facet in TERM_FACETS] + ["language", "year"]


class LibraryQuery:
    """Parses the query string once; builds the result queryset and the facets."""

    def __init__(self, request, base_queryset, locale=None):
        self.locale = locale or Locale.get_active()
        self.base = base_queryset
        self._term_index = {}
        self._condition_ids = {}
        self._scoped_ids = None
        self.include_english = request.GET.get("english") == "1"
        self.sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else "newest"
        self.terms = {
            facet.param: terms_for_locale(facet.model, self.locale) for facet in TERM_FACETS
        }
        self.selected = {}
        slug_to_key = {
            param: {term.slug: key for key, term in terms.items()}
            for param, terms in self.terms.items()
        }
        for param in FACET_PARAMS:
            values = [value.strip() for value in request.GET.getlist(param) if value.strip()]
            if param in slug_to_key:
                values = [value for value in values if value in slug_to_key[param]]
            elif param == "language":
                values = [value for value in values if value in dict(settings.LANGUAGES)]
            elif param == "year":
                values = [value for value in values if value.isdigit() and len(value) == 4]
            if values:
                self.selected[param] = values
        self.keys = {
            param: [slug_to_key[param][slug] for slug in self.selected.get(param, [])]
            for param in slug_to_key
        }

    # Scope -------------------------------------------------------------------------------
    def scope(self):
        """What the visitor sees before any facet: English shows everything; another locale
        shows what exists in its language (a real translation or an edition in it), plus the
        English editions when "include English" is on. A language facet replaces this."""
        if self.locale.language_code == "en" or "language" in self.selected:
            return Q()
        languages = [self.locale.language_code] + (["en"] if self.include_english else [])
        return Q(alias_of__isnull=True) | Q(pk__in=self.with_editions_in(languages))

    @staticmethod
    def with_editions_in(languages):
        return PublicationFile.objects.filter(language__in=languages).values("page_id")

    def term_ids(self, model, keys):
        """Ids of the terms, in every locale, that have one of these translation keys."""
        ids_by_key = self.term_index(model)
        return [pk for key in keys for pk in ids_by_key.get(key, [])]

    def term_index(self, model):
        if model not in self._term_index:
            index = {}
            for pk, key in model.objects.values_list("pk", "translation_key"):
                index.setdefault(key, []).append(pk)
            self._term_index[model] = index
        return self._term_index[model]

    def option_keys(self, facet, key):
        """A term's key, and for a broader topic the keys of its narrower topics too."""
        keys = {key}
        if facet.model is Topic:
            keys |= {
                child_key
                for child_key, child in self.terms["topic"].items()
                if child.parent_id and self.parent_key(child) == key
            }
        return keys

    def condition_ids(self, param):
        """Ids of the publications (any locale) matching one facet's choices; each is one
        index lookup on a small table. The locale and scope are applied by intersection."""
        if param in self._condition_ids:
            return self._condition_ids[param]
        if param == "language":
            rows = PublicationFile.objects.filter(language__in=self.selected["language"])
            ids = rows.values_list("page_id", flat=True)
        elif param == "year":
            years = Q()
            for year in self.selected["year"]:
                start = datetime.date(int(year), 1, 1)
                end = start.replace(year=start.year + 1)
                years |= Q(publication_date__gte=start, publication_date__lt=end)
            ids = PublicationPage.objects.filter(years).values_list("pk", flat=True)
        else:
            facet = next(facet for facet in TERM_FACETS if facet.param == param)
            keys = set()
            for key in self.keys[param]:
                keys |= self.option_keys(facet, key)
            term_ids = self.term_ids(facet.model, keys)
            if facet.relation == "resource_type":
                rows = PublicationPage.objects.filter(resource_type_id__in=term_ids)
                ids = rows.values_list("pk", flat=True)
            else:
                through = getattr(PublicationPage, facet.relation).through
                column = f"{facet.model._meta.model_name}_id__in"
                rows = through.objects.filter(**{column: term_ids})
                ids = rows.values_list("publicationpage_id", flat=True)
        self._condition_ids[param] = set(ids)
        return self._condition_ids[param]

    def parent_key(self, topic):
        parent = next(
            (term for term in self.terms["topic"].values() if term.pk == topic.parent_id), None
        )
        return parent.translation_key if parent else None

    def scoped_ids(self):
        """The ids in scope, cached until a publication is published, unpublished or deleted
        (see library/signals.py): the one query whose cost grows with the library's size."""
        if self._scoped_ids is None:
            key = (
                f"library-scope:{library_version()}:{self.locale.pk}:"
                f"{int(self.include_english)}:{int('language' in self.selected)}"
            )
            ids = cache.get(key)
            if ids is None:
                scoped = self.base.filter(self.scope()).order_by()
                scoped = scoped.select_related(None).prefetch_related(None)
                ids = frozenset(scoped.values_list("pk", flat=True))
                cache.set(key, ids, SCOPE_CACHE_SECONDS)
            self._scoped_ids = ids
        return self._scoped_ids

    def ids(self, excluding=None):
        """Ids of the publications matching every filter but ``excluding``: computed once per
        request from one scope query and one small lookup per active facet."""
        ids = self.scoped_ids()
        for param in self.selected:
            if param != excluding:
                ids = ids & self.condition_ids(param)
        return ids

    def results(self):
        if not self.selected:
            return self.base.filter(self.scope()).order_by(*SORTS[self.sort])
        return self.base.filter(pk__any=self.ids()).order_by(*SORTS[self.sort])

    # Facets ------------------------------------------------------------------------------
    def facets(self):
        facets = [self.term_facet(facet) for facet in TERM_FACETS]
        facets.append(self.language_facet())
        facets.append(self.year_facet())
        return facets

    def term_facet(self, facet):
        """Counts per term in one GROUP BY over the link table (a publication links a term at
        most once, so no DISTINCT is needed); a broader topic's count, which must not count a
        publication twice, is one extra conditional count for all broader topics together."""
        terms = self.terms[facet.param]
        ids = self.ids(excluding=facet.param)
        if facet.relation == "resource_type":
            rows = PublicationPage.objects.filter(pk__any=ids)
            page_column, term_column = "pk", "resource_type_id"
        else:
            rows = getattr(PublicationPage, facet.relation).through.objects.filter(
                publicationpage_id__any=ids
            )
            page_column, term_column = "publicationpage_id", f"{facet.model._meta.model_name}_id"
        per_term = dict(rows.order_by().values_list(term_column).annotate(count=Count(page_column)))
        key_of = {pk: key for key, pks in self.term_index(facet.model).items() for pk in pks}
        counts = {}
        for term_id, count in per_term.items():
            key = key_of.get(term_id)
            counts[key] = counts.get(key, 0) + count
        broader = {
            key: self.option_keys(facet, key)
            for key, term in terms.items()
            if facet.model is Topic and not term.parent_id and len(self.option_keys(facet, key)) > 1
        }
        if broader:
            combined = rows.aggregate(
                **{
                    f"k{index}": Count(
                        page_column,
                        filter=Q(**{f"{term_column}__in": self.term_ids(facet.model, keys)}),
                        distinct=True,
                    )
                    for index, keys in enumerate(broader.values())
                }
            )
            for index, key in enumerate(broader):
                counts[key] = combined[f"k{index}"]
        selected = set(self.selected.get(facet.param, []))
        options = []
        for key, term in terms.items():
            parent = self.parent_key(term) if facet.model is Topic and term.parent_id else ""
            count = counts.get(key, 0)
            if count or term.slug in selected:
                options.append(
                    Option(term.slug, term.name, count, term.slug in selected, parent or "")
                )
        options.sort(key=lambda option: option.label)
        if facet.model is Topic:
            options = self.nest(options, terms)
        return Facet(facet.param, facet.label, options)

    @staticmethod
    def nest(options, terms):
        """Broader topics first, each followed by its narrower topics."""
        slug_of = {key: term.slug for key, term in terms.items()}
        children = {}
        for option in options:
            if option.parent:
                children.setdefault(slug_of.get(option.parent), []).append(option)
        ordered = []
        for option in options:
            if not option.parent:
                ordered.append(option)
                ordered += children.get(option.value, [])
        return ordered

    def language_facet(self):
        rows = (
            PublicationFile.objects.filter(page_id__any=self.ids(excluding="language"))
            .values("language")
            .annotate(count=Count("page_id", distinct=True))
            .order_by()
        )
        names = dict(settings.LANGUAGES)
        selected = set(self.selected.get("language", []))
        options = [
            Option(
                row["language"],
                str(names[row["language"]]),
                row["count"],
                row["language"] in selected,
            )
            for row in rows
            if row["language"] in names
        ]
        options.sort(key=lambda option: option.label)
        return Facet("language", _("Language"), options)

    def year_facet(self):
        rows = (
            PublicationPage.objects.filter(pk__any=self.ids(excluding="year"))
            .values("publication_date__year")
            .annotate(count=Count("pk"))
            .order_by("-publication_date__year")
        )
        selected = set(self.selected.get("year", []))
        options = [
            Option(
                str(row["publication_date__year"]),
                str(row["publication_date__year"]),
                row["count"],
                str(row["publication_date__year"]) in selected,
            )
            for row in rows
        ]
        return Facet("year", _("Year"), options)

    def active_filters(self, facets):
        """The chosen options, each with the query string that removes it."""
        return [(facet, option) for facet in facets for option in facet.options if option.selected]
