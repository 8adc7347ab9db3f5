"""The library's faceted listing: filters from the URL, facet counts computed in the database.

Filters are combined with AND across facets and OR within one facet; each facet's counts apply
every filter except its own, so the counts say what choosing that option would give.
Terms are matched by ``translation_key`` (synced translations keep the English term)."""

import datetime
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice

from django.conf import settings
from django.db import connections
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from home.caching import VersionedCache
from home.filters import is_year, selected_filters
from home.locales import active_locale, language_code_of
from home.models import Audience, Country, ResourceType, Topic, terms_for_locale
from home.models.taxonomy import TAXONOMY, all_terms

from .languages import language_name
from .lookups import Ids
from .models import PublicationFile, PublicationPage

# The ids in scope and their orders, the ids per facet value and the counts over them, cached
# until a publication, an edition or a term link changes (see library/apps.py): the queries
# whose cost grows with the size of the library.
LIBRARY_DATA = VersionedCache("library", 600)
# The facet counts over a combination of facets (a view with two filters or more): keyed by
# the combination and the library's token, so that whatever retires the library's data retires
# them; apart, so that the many combinations a crawler can ask for never push the library's
# large id lists out of the process's memory.
COMBINATION_COUNTS = VersionedCache("library-combinations", 600)

SORTS = {"newest": ("-publication_date", "-pk"), "title": ("title", "pk")}


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    parent: str = ""
    lang: str = ""  # the label's language when it is not the visitor's (an untranslated term)


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


class LibraryQuery:
    """Parses the query string once; builds the result queryset and the facets."""

    def __init__(self, request, base_queryset, locale=None):
        self.locale = locale or active_locale()
        self.base = base_queryset
        self._term_index = {}
        self._condition_ids = {}
        self._ids = {}
        self._narrower = None
        self._topic_keys = None
        self.include_english = request.GET.get("english") == "1"
        self.sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else "newest"
        self.terms = {
            facet.param: terms_for_locale(facet.model, self.locale) for facet in TERM_FACETS
        }
        self.slug_to_key = slug_to_key = {
            param: {term.slug: key for key, term in terms.items()}
            for param, terms in self.terms.items()
        }
        self.selected = selected_filters(
            request.GET,
            {**slug_to_key, "language": dict(settings.LANGUAGES), "year": is_year},
        )

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
            for term in all_terms(model):
                index.setdefault(term.translation_key, []).append(term.pk)
            self._term_index[model] = index
        return self._term_index[model]

    def option_keys(self, facet, key):
        """A term's key, and for a broader topic the keys of its narrower topics too."""
        if facet.model is Topic:
            return {key} | self.narrower().get(key, set())
        return {key}

    def narrower(self):
        """{a broader topic's key: the keys of its narrower topics}"""
        if self._narrower is None:
            self._narrower = {}
            for key, topic in self.terms["topic"].items():
                parent = self.parent_key(topic) if topic.parent_id else None
                if parent:
                    self._narrower.setdefault(parent, set()).add(key)
        return self._narrower

    def condition_ids(self, param):
        """Ids in scope matching one facet's choices (any of them)."""
        if param not in self._condition_ids:
            sets = [self.matching(param, value) for value in self.selected[param]]
            self._condition_ids[param] = sets[0] if len(sets) == 1 else frozenset().union(*sets)
        return self._condition_ids[param]

    def matching(self, param, value):
        """Ids in scope of the publications with one facet value: one index lookup on a small
        table (publications of every locale), intersected with the scope and cached with it."""
        return LIBRARY_DATA.get_or_compute(
            self.value_key(param, value),
            lambda: self.scoped_ids().intersection(
                first_column(self.value_rows(param, value).order_by())
            ),
        )

    def value_key(self, param, value):
        """The cache key of ``matching(param, value)``."""
        if param in self.slug_to_key:
            value = ",".join(map(str, self.value_term_ids(param, value)))
        return f"match:{self.scope_key()}:{param}:{value}"

    def value_term_ids(self, param, value):
        """Ids of the terms, in every locale, that a term facet's value selects."""
        facet = next(facet for facet in TERM_FACETS if facet.param == param)
        option_keys = self.option_keys(facet, self.slug_to_key[param][value])
        return sorted(self.term_ids(facet.model, option_keys))

    def value_rows(self, param, value):
        """The query of the ids of every locale's publications with one facet value."""
        if param == "language":
            return PublicationFile.objects.filter(language=value).values_list("page_id")
        if param == "year":
            start = datetime.date(int(value), 1, 1)
            end = start.replace(year=start.year + 1)
            return PublicationPage.objects.filter(
                publication_date__gte=start, publication_date__lt=end
            ).values_list("pk")
        term_ids = self.value_term_ids(param, value)
        facet = next(facet for facet in TERM_FACETS if facet.param == param)
        if facet.relation == "resource_type":
            return PublicationPage.objects.filter(resource_type_id__in=term_ids).values_list("pk")
        through = getattr(PublicationPage, facet.relation).through
        column = f"{facet.model._meta.model_name}_id__in"
        return through.objects.filter(**{column: term_ids}).values_list("publicationpage_id")

    def parent_key(self, topic):
        if self._topic_keys is None:
            self._topic_keys = {term.pk: key for key, term in self.terms["topic"].items()}
        return self._topic_keys.get(topic.parent_id)

    def scope_key(self):
        language = "language" in self.selected
        return f"{self.locale.pk}:{int(self.include_english)}:{int(language)}"

    def ordered_scope(self, sort):
        """The ids in scope in the order of ``sort`` (the database's collation decides titles)."""

        def read():
            scoped = self.base.filter(self.scope()).select_related(None).prefetch_related(None)
            return tuple(first_column(scoped.order_by(*SORTS[sort]).values_list("pk")))

        return LIBRARY_DATA.get_or_compute(f"order:{sort}:{self.scope_key()}", read)

    def scoped_ids(self):
        return LIBRARY_DATA.get_or_compute(
            f"ids:{self.scope_key()}", lambda: frozenset(self.ordered_scope("newest"))
        )

    def ids_key(self, excluding):
        """A cache key for ``ids(excluding)`` when those ids are the scope, or the scope
        narrowed by the choices of a single facet; otherwise None."""
        params = [param for param in self.selected if param != excluding]
        if not params:
            return f"ids:{self.scope_key()}"
        if len(params) == 1:
            values = self.selected[params[0]]
            return "|".join(sorted(self.value_key(params[0], value) for value in values))
        return None

    def counted(self, facet, count):
        """``count()``, a facet's counts from the database, cached with the library's data
        (and the taxonomy, which decides what a broader topic includes). When the ids counted
        are narrowed by one facet at most (every view with no filter or one filter, and the
        two filtered facets of a view with two), the counts are shared by every view that
        counts the same ids; the counts over a combination of facets are cached per
        combination, apart (``COMBINATION_COUNTS``)."""
        key = self.ids_key(excluding=facet)
        if key is not None:
            return LIBRARY_DATA.get_or_compute(
                f"counts:{facet}:{self.taxonomy_version}:{key}", count
            )
        combination = "&".join(
            sorted(
                "|".join(sorted(self.value_key(param, value) for value in values))
                for param, values in self.selected.items()
                if param != facet
            )
        )
        digest = hashlib.blake2b(combination.encode(), digest_size=16).hexdigest()
        key = f"counts:{facet}:{LIBRARY_DATA.version()}:{self.taxonomy_version}:{digest}"
        return COMBINATION_COUNTS.get_or_compute(key, count)

    @cached_property
    def taxonomy_version(self):
        return TAXONOMY.version()

    def ids(self, excluding=None):
        """Ids of the publications matching every filter but ``excluding``: the cached scope
        intersected with one small lookup per active facet, once per request."""
        excluding = excluding if excluding in self.selected else None
        if excluding not in self._ids:
            ids = self.scoped_ids()
            for param in self.selected:
                if param != excluding:
                    ids = ids & self.condition_ids(param)
            self._ids[excluding] = ids
        return self._ids[excluding]

    def results(self):
        return Results(
            self.base, self.ordered_scope(self.sort), self.ids() if self.selected else None
        )

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
        broader = {
            key: self.option_keys(facet, key)
            for key, term in terms.items()
            if facet.model is Topic and not term.parent_id and len(self.option_keys(facet, key)) > 1
        }

        def count():
            ids = Ids(self.ids(excluding=facet.param))
            if facet.relation == "resource_type":
                rows = PublicationPage.objects.filter(pk__any=ids)
                page_column, term_column = "pk", "resource_type_id"
            else:
                through = getattr(PublicationPage, facet.relation).through
                rows = through.objects.filter(publicationpage_id__any=ids)
                page_column = "publicationpage_id"
                term_column = f"{facet.model._meta.model_name}_id"
            per_term = rows.order_by().values_list(term_column).annotate(count=Count(page_column))
            combined = {}
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
            return dict(per_term), [combined[f"k{index}"] for index in range(len(combined))]

        per_term, combined = self.counted(facet.param, count)
        key_of = {pk: key for key, pks in self.term_index(facet.model).items() for pk in pks}
        counts = {}
        for term_id, number in per_term.items():
            key = key_of.get(term_id)
            counts[key] = counts.get(key, 0) + number
        counts.update(zip(broader, combined, strict=True))
        selected = set(self.selected.get(facet.param, []))
        options = []
        for key, term in terms.items():
            parent = self.parent_key(term) if facet.model is Topic and term.parent_id else ""
            count = counts.get(key, 0)
            if count or term.slug in selected:
                options.append(
                    Option(
                        term.slug,
                        term.name,
                        count,
                        term.slug in selected,
                        parent or "",
                        label_language(term, self.locale),
                    )
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
        rows = self.counted(
            "language",
            lambda: list(
                PublicationFile.objects.filter(page_id__any=Ids(self.ids(excluding="language")))
                .values("language")
                .annotate(count=Count("page_id", distinct=True))
                .order_by()
            ),
        )
        names = dict(settings.LANGUAGES)
        selected = set(self.selected.get("language", []))
        options = [
            Option(
                row["language"],
                language_name(row["language"]),
                row["count"],
                row["language"] in selected,
            )
            for row in rows
            if row["language"] in names
        ]
        options.sort(key=lambda option: option.label.casefold())
        return Facet("language", _("Language"), options)

    def year_facet(self):
        rows = self.counted(
            "year",
            lambda: list(
                PublicationPage.objects.filter(pk__any=Ids(self.ids(excluding="year")))
                .values("publication_date__year")
                .annotate(count=Count("pk"))
                .order_by("-publication_date__year")
            ),
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


def label_language(term, locale):
    """The language of a term's name where it is not ``locale``'s (a term not translated yet
    shows in English), else ''."""
    if term.locale_id == locale.pk:
        return ""
    return language_code_of(term.locale_id)


def first_column(queryset):
    """The first column's values, in order, read with a plain cursor: building model or
    values rows for thousands of ids costs more than the query itself."""
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


class Results:
    """The matching publications in order, as a sequence the paginator and the feeds slice.

    Its length is the number of matching ids (no COUNT query), and a slice walks the cached,
    ordered scope for the ids it needs and fetches only those rows by primary key."""

    def __init__(self, queryset, ordered_ids, matching=None):
        self.queryset = queryset
        self.ordered_ids = ordered_ids
        self.matching = matching  # None: every id in scope matches

    def __len__(self):
        return len(self.ordered_ids if self.matching is None else self.matching)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            found = self[index : index + 1] if index >= 0 else []
            if not found:
                raise IndexError(index)
            return found[0]
        if self.matching is None:
            ids = self.ordered_ids[index]
        else:
            ids = (pk for pk in self.ordered_ids if pk in self.matching)
            ids = list(islice(ids, index.start, index.stop, index.step))
        rows = {page.pk: page for page in self.queryset.filter(pk__any=ids)} if ids else {}
        return [rows[pk] for pk in ids if pk in rows]
