"""Every use of Wagtail search's (modelsearch's) internals, in one place.

The search backends extend modelsearch's PostgreSQL and Elasticsearch 9 backends in ways its
public API does not offer: SQL on its index table, its private methods overridden, its
``post_save`` handler replaced. Everything they rely on is named here, and the backends reach
it only through this module: private methods are overridden under public names (the classes
below forward to them), the index table's columns are listed, the signal handler is swapped
by one function. ``search/tests/test_internals.py`` checks that the installed modelsearch
still has each of them, as used here, and fails on a version it does not cover
(``COVERED_VERSIONS``): after an upgrade, run it, read what changed, and extend the set."""

from django.db.models.signals import post_save
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchAtomicRebuilder,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchRebuilder,
)
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9Index,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchResults,
)
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.utils import deep_update, get_content_type_pk, get_descendants_content_types_pks

__all__ = [
    "AtomicRebuilder",
    "AutocompleteQueryCompiler",
    "ElasticsearchBackend",
    "ElasticsearchIndex",
    "ElasticsearchMapping",
    "ElasticsearchResults",
    "INDEX_COLUMNS",
    "INDEX_TABLE",
    "IndexEntry",
    "PostgresBackend",
    "PostgresIndexBase",
    "Rebuilder",
    "SearchQueryCompiler",
    "deep_update",
    "elasticsearch_index_settings",
    "get_content_type_pk",
    "get_descendants_content_types_pks",
    "raw_delete",
    "replace_post_save_handler",
    "searched_fields",
]

# The modelsearch versions test_internals.py was run against (major.minor).
COVERED_VERSIONS = {"1.3"}

# PostgreSQL backend ----------------------------------------------------------------------
# The index table, and the columns our SQL reads and writes (database.py, database_query.py,
# spelling.py).
INDEX_TABLE = IndexEntry._meta.db_table
INDEX_COLUMNS = (
    "content_type_id",
    "object_id",
    "title",
    "autocomplete",
    "body",
    "title_norm",
    "title_text",
    "body_text",
)

Rebuilder = PostgresSearchRebuilder  # start() and finish(); finish() refreshes title norms
AtomicRebuilder = PostgresSearchAtomicRebuilder
PostgresBackend = PostgresSearchBackend


class PostgresIndexBase(PostgresIndex):
    """modelsearch's index, with ``_refresh_title_norms`` (run after every write and by the
    rebuilders) overridable as ``refresh_title_norms``."""

    def _refresh_title_norms(self, full=False):
        self.refresh_title_norms(full)

    def refresh_title_norms(self, full):
        super()._refresh_title_norms(full=full)


class TsqueryContent:
    """Query compilers whose per-configuration tsquery (``build_tsquery_content``) can be
    combined by an override of ``build_tsquery(query, config)``."""

    def tsquery_for(self, query, config):
        return self.build_tsquery_content(query, config=config)


class SearchQueryCompiler(TsqueryContent, PostgresSearchQueryCompiler):
    pass


class AutocompleteQueryCompiler(TsqueryContent, PostgresAutocompleteQueryCompiler):
    pass


def raw_delete(queryset, using):
    """Delete rows without loading them or sending signals (Django's ``_raw_delete``, which
    modelsearch uses for its own entries)."""
    queryset._raw_delete(using=using)


def replace_post_save_handler(model, handler):
    """Index ``model`` on ``post_save`` with ``handler`` instead of modelsearch's immediate
    update (which modelsearch's app connects for every indexed model)."""
    post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(handler, sender=model)


# Elasticsearch backend -------------------------------------------------------------------
ElasticsearchBackend = Elasticsearch9SearchBackend
ElasticsearchIndex = Elasticsearch9Index
ElasticsearchMapping = Elasticsearch9Mapping


def searched_fields(compiler):
    """The boosted field names (``title^2``) a search query compiler matches."""
    return [field.field_name_with_boost for field in compiler.remapped_fields]


def elasticsearch_index_settings():
    """modelsearch's index settings (the analyzers of autocomplete), to extend."""
    return ElasticsearchBaseSearchBackend.settings


class ElasticsearchResults(Elasticsearch9SearchResults):
    """modelsearch's results, with the search and count requests it sends overridable as
    ``send_search(body, **params)`` and ``send_count()``, and its request body readable as
    ``request_body(for_count)``."""

    def _backend_do_search(self, body, **kwargs):
        return self.send_search(body, **kwargs)

    def _do_count(self):
        return self.send_count()

    def send_search(self, body, **params):
        return super()._backend_do_search(body, **params)

    def send_count(self):
        return super()._do_count()

    def request_body(self, for_count=False):
        return self._get_es_body(for_count=for_count)
