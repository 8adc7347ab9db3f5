"""Wagtail's PostgreSQL search backend, made language-aware (``BACKEND: search.backends.database``).

What it changes, and why:

- **Each object is indexed with its language's text-search configuration** (a page's locale, a
  document's detected language; see ``search.languages``), and a query is matched with the
  configurations of the languages searched, OR-ed: an Albanian query against Albanian pages
  uses Albanian rules, English pages in the same search use English rules.
- **Ranking reads only a small vector.** ``title`` holds the title (weight A) and the boosted
  fields such as summary and authors (weight B); every other field goes to ``body``, which is
  matched but never ranked. Ranking a body means reading tens of kilobytes per hit (the text of a
  PDF), which at 20,000 hits costs seconds; ranking the small vector costs milliseconds.
- **Document text is indexed on the document** (``library.LibraryDocument``), in the document's
  language, not copied into each page; the site search finds a publication through its files.
- **Aliases are not indexed**: they repeat their source page word for word.
- **Facets**: with each page entry the backend writes the page's facet values
  (``search.models.PageFacets``) so that the site search filters and counts in one statement.

On a database other than PostgreSQL (``make run``'s SQLite fallback) Wagtail's own database
backend is used unchanged."""

import copy
import functools
import operator

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Manager
from django.utils.encoding import force_str
from modelsearch.backends.database import SearchBackend as VendorDatabaseBackend
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from wagtail.models import Locale, Page

from .. import vocabulary
from ..facets import facet_values, is_searchable_page, prefetch_facets
from ..languages import AUTOCOMPLETE_CONFIG, config_name, object_language, site_languages
from .internals import (
    INDEX_TABLE,
    AtomicRebuilder,
    AutocompleteQueryCompiler,
    PostgresBackend,
    PostgresIndexBase,
    Rebuilder,
    SearchQueryCompiler,
    get_content_type_pk,
    raw_delete,
)

# Weights: A for titles, B for boosted fields (summary, authors…); unboosted fields are body.
TITLE, BOOSTED, BODY = "A", "B", "D"
MAX_BODY_CHARS = 300_000  # under PostgreSQL's 1 MB limit for a tsvector
MAX_SNIPPET_SOURCE_CHARS = 20_000  # body_text: the plain text snippets are cut from


def SearchBackend(params):  # noqa: N802 (Wagtail loads backends by this name)
    if connection.vendor == "postgresql":
        return LanguageAwarePostgresBackend(params)
    return VendorDatabaseBackend(params)


def _text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "\n".join(_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(_text(item) for item in value.values())
    return force_str(value)


def field_texts(obj, fields):
    """(search field, plain text) for every SearchField and AutocompleteField of ``obj``,
    following RelatedFields."""
    for field in fields:
        if isinstance(field, RelatedFields):
            value = field.get_value(obj)
            if value is None:
                continue
            related = value.all() if isinstance(value, Manager) else [value]
            for item in related:
                yield from field_texts(item() if callable(item) else item, field.fields)
        elif isinstance(field, (SearchField, AutocompleteField)):
            text = _text(field.get_value(obj)).strip()
            if text:
                yield field, text


class Entry:
    """The index entry of one object: its vectors as SQL, and its plain texts."""

    def __init__(self, obj, config):
        self.obj = obj
        self.config = config
        self.weighted = {TITLE: [], BOOSTED: [], BODY: []}
        self.autocomplete = []
        for field, text in field_texts(obj, type(obj).get_search_fields()):
            if isinstance(field, AutocompleteField):
                self.autocomplete.append(text)
            elif field.field_name == "title":
                self.weighted[TITLE].append(text)
            else:
                self.weighted[BOOSTED if field.boost else BODY].append(text)

    def vector(self, *weights):
        parts, params = [], []
        for weight in weights:
            text = "\n".join(self.weighted[weight])[:MAX_BODY_CHARS]
            if text:
                parts.append("setweight(to_tsvector(%s::regconfig, %s), %s)")
                params += [self.config, text, weight]
        return (" || ".join(parts) or "''::tsvector"), params

    def autocomplete_vector(self):
        text = "\n".join(self.autocomplete)
        if not text:
            return "''::tsvector", []
        return "to_tsvector(%s::regconfig, %s)", [AUTOCOMPLETE_CONFIG, text]

    @property
    def title_text(self):
        return "\n".join(self.weighted[TITLE])

    @property
    def body_text(self):
        return "\n".join(self.weighted[BOOSTED] + self.weighted[BODY])[:MAX_SNIPPET_SOURCE_CHARS]


class LanguageAwareIndex(PostgresIndexBase):
    def add_items(self, model, objs):
        objs = list(objs)
        aliases = [obj for obj in objs if isinstance(obj, Page) and not is_searchable_page(obj)]
        if aliases:
            self.delete_entries(model, aliases)
        objs = [obj for obj in objs if obj not in aliases]
        if not objs or not model.get_search_fields():
            return
        locales = dict(Locale.objects.values_list("pk", "language_code"))
        languages = {obj.pk: object_language(obj, locales) for obj in objs}
        entries = [Entry(obj, config_name(languages[obj.pk])) for obj in objs]
        self.write_entries(model, entries)
        pages = [entry for entry in entries if isinstance(entry.obj, Page)]
        if pages:
            using = self.write_connection.alias
            words = vocabulary.replace(self.page_words(pages), languages, using)
            self.write_facets([entry.obj for entry in pages], languages, words)

    @staticmethod
    def page_words(entries):
        """What each page gives the spelling vocabulary: the words of its title and boosted
        fields if anyone may read it, else nothing (``search.vocabulary``)."""
        restricted = vocabulary.restricted_paths()
        return {
            entry.obj.pk: vocabulary.words_of(entry.weighted[TITLE] + entry.weighted[BOOSTED])
            if vocabulary.is_public(entry.obj, restricted)
            else []
            for entry in entries
        }

    def write_entries(self, model, entries):
        content_type = get_content_type_pk(model)
        rows, params = [], []
        for entry in entries:
            title_sql, title_params = entry.vector(TITLE, BOOSTED)
            body_sql, body_params = entry.vector(BODY)
            autocomplete_sql, autocomplete_params = entry.autocomplete_vector()
            rows.append(f"(%s, %s, {title_sql}, {autocomplete_sql}, {body_sql}, 1.0, %s, %s)")
            params += [content_type, force_str(entry.obj.pk), *title_params]
            params += [*autocomplete_params, *body_params, entry.title_text, entry.body_text]
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {INDEX_TABLE} (content_type_id, object_id, title, autocomplete, "
                f"body, title_norm, title_text, body_text) VALUES {', '.join(rows)} "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
                "autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )

    def write_facets(self, pages, languages, words):
        from ..models import PageFacets

        prefetch_facets(pages)  # one model per call: Wagtail indexes model by model
        rows = []
        for page in pages:
            values = facet_values(page, languages[page.pk])
            rows.append(
                PageFacets(
                    page_id=page.pk,
                    locale_id=page.locale_id,
                    live=page.live,
                    path=page.path,
                    kind=values["kind"],
                    date=values["date"],
                    types=values["type"],
                    topics=values["topic"],
                    countries=values["country"],
                    audiences=values["audience"],
                    languages=values["language"],
                    words=words[page.pk],
                )
            )
        PageFacets.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=[
                "locale",
                "live",
                "path",
                "kind",
                "date",
                "types",
                "topics",
                "countries",
                "audiences",
                "languages",
                "words",
            ],
        )

    def delete_entries(self, model, objs):
        entries = self.entries.filter(
            content_type_id=get_content_type_pk(model),
            object_id__in=[force_str(obj.pk) for obj in objs],
        )
        raw_delete(entries, self.write_connection.alias)

    def refresh_title_norms(self, full):
        """Wagtail rescales title weights by title length across the whole table after every
        write; this backend ranks with ts_rank's own length normalisation instead, so the
        full-table update on each save is not needed."""


class MultilingualQueries:
    """Query compilers whose ``config`` may be several configurations: the query is matched
    in each language's normalisation, OR-ed."""

    def build_tsquery(self, query, config=None):
        configs = config if isinstance(config, (list, tuple)) else [config]
        queries = [self.tsquery_for(query, name) for name in configs]
        queries = [query for query in queries if query is not None]
        if not queries:
            return SearchQuery("", config=configs[0])
        return functools.reduce(operator.or_, queries)


class MultilingualSearchQueryCompiler(MultilingualQueries, SearchQueryCompiler):
    pass


class MultilingualAutocompleteQueryCompiler(MultilingualQueries, AutocompleteQueryCompiler):
    pass


class VocabularyRebuilder(Rebuilder):
    """``update_index`` ends by recounting the spelling vocabulary from the pages it indexed."""

    def finish(self):
        vocabulary.rebuild(self.index.write_connection.alias)
        super().finish()


class AtomicVocabularyRebuilder(AtomicRebuilder):
    def finish(self):
        vocabulary.rebuild(self.index.write_connection.alias)
        super().finish()


class LanguageAwarePostgresBackend(PostgresBackend):
    index_class = LanguageAwareIndex
    rebuilder_class = VocabularyRebuilder
    atomic_rebuilder_class = AtomicVocabularyRebuilder
    query_compiler_class = MultilingualSearchQueryCompiler
    autocomplete_query_compiler_class = MultilingualAutocompleteQueryCompiler
    name = "database"

    def __init__(self, params):
        super().__init__(params)
        self.set_languages(params.get("LANGUAGES") or site_languages())
        self.autocomplete_config = AUTOCOMPLETE_CONFIG

    def set_languages(self, codes):
        self.languages = list(codes)
        self.config = [config_name(code) for code in self.languages]

    def for_languages(self, codes):
        """This backend, searching in these languages only."""
        backend = copy.copy(self)
        backend.set_languages(codes)
        return backend

    def site_search(self, request):
        from .database_query import DatabaseSiteSearch

        return DatabaseSiteSearch(self, request).run()
