"""Wagtail's Elasticsearch 9 backend with one index per language
(``BACKEND: search.backends.elasticsearch``).

What it changes, and why:

- **Each Wagtail index is one Elasticsearch index per site language**, named
  ``<wagtail index name>_<code>`` (``childhub_wagtailcore_page_sq``). An index's ``default``
  analyzer is its language's, so Wagtail's own fields (title, summary, body and the
  ``_all_text*`` fields built from them) are stemmed the way that language needs. A page goes
  to the index of its locale, a document to that of its detected language, anything else to the
  site's first language. ``MultilingualIndex`` makes the languages look like one index to
  Wagtail, so ``manage.py update_index`` (atomic rebuild and aliases included), the save and
  delete signals and Wagtail's ``search()``/``autocomplete()`` work unchanged.
- **Every index declares the analyzers of every language** (``childhub_<code>``, built from
  ``search.languages``), because a publication carries the text of each of its language
  editions in its own field (``childhub_text_<code>``), analysed in that edition's language:
  an Albanian PDF attached to an English publication is stemmed as Albanian.
- **Pages carry their facet values** (``search.facets.facet_values``) as keyword fields, so the
  site search filters and counts them with aggregations (``elasticsearch_query.py``).
- **Aliases are not indexed**: they repeat their source page word for word (and are deleted
  from the index if they were ever written to it).
- **What visitors wait on has its own client** (``search_client``): a short timeout
  (``SEARCH_TIMEOUT``), no retries, and a circuit breaker (``COOLOFF``, ``breaker.py``) that
  sends searches to the database for a while after Elasticsearch did not answer. Indexing and
  rebuilds keep the client Wagtail configures (``TIMEOUT``, the client's retries)."""

import copy

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Prefetch, prefetch_related_objects
from django.db.models.functions import Left
from elastic_transport import TransportError
from elasticsearch import ApiError, NotFoundError
from elasticsearch.helpers import BulkIndexError
from modelsearch.index import RelatedFields, class_is_indexed
from wagtail.models import Locale, Page

from library.models import LibraryDocument
from library.models.documents import INDEXED_TEXT_CHARS

from ..facets import facet_values, is_searchable_page, prefetch_facets
from ..languages import analyzer_name, object_language, search_language, site_languages
from .breaker import Breaker
from .internals import (
    ElasticsearchBackend,
    ElasticsearchIndex,
    ElasticsearchMapping,
    ElasticsearchResults,
    deep_update,
    elasticsearch_index_settings,
)

# The page fields the site search filters, counts, sorts and scopes by.
FACET_FIELDS = {
    "kind": "childhub_kind",
    "type": "childhub_type",
    "topic": "childhub_topic",
    "country": "childhub_country",
    "audience": "childhub_audience",
    "language": "childhub_language",
    "year": "childhub_year",
}
DATE_FIELD = "childhub_date"
LOCALE_FIELD = "childhub_locale"  # the language of the page's locale
ID_FIELD = "childhub_id"  # the page id as a number: the last tie-breaker of every sort
INDEXING_BATCH = 100  # objects whose related rows (and edition texts) are loaded at once
SEARCH_TIMEOUT = 2  # seconds a visitor's search or suggestion waits for Elasticsearch
COOLOFF = 30  # seconds searches skip Elasticsearch after it did not answer


def text_field(code):
    """The field holding a publication's editions in one language."""
    return f"childhub_text_{code}"


def default_language():
    return site_languages()[0]


# Analysis ------------------------------------------------------------------------------
def language_analyzer(code, filters):
    """The analyzer of one language, in the order ``search.languages`` describes: lowercase,
    normalise the script, drop stop words, add the irregular forms as synonyms, fold accents
    (a query typed without diacritics finds the words written with them), stem. The token
    filters it needs are added to ``filters``."""
    language = search_language(code)
    name = analyzer_name(code)
    chain = ["lowercase"]
    if language.es_normalization:
        chain.append(language.es_normalization)
    if language.es_stopwords:
        filters[f"{name}_stop"] = {"type": "stop", "stopwords": language.es_stopwords}
        chain.append(f"{name}_stop")
    if language.forms:
        # lenient: a form that is also a stop word is skipped instead of failing the index.
        filters[f"{name}_forms"] = {
            "type": "synonym",
            "synonyms": [", ".join(group) for group in language.forms],
            "lenient": True,
        }
        chain.append(f"{name}_forms")
    chain.append("asciifolding")
    if language.es_stemmer:
        filters[f"{name}_stemmer"] = {"type": "stemmer", "language": language.es_stemmer}
        chain.append(f"{name}_stemmer")
    return {"type": "custom", "tokenizer": "standard", "filter": chain}


def analysis(language):
    """Every site language's analyzer, and ``default`` (what Wagtail's fields use) set to the
    index's own language."""
    filters, analyzers = {}, {}
    for code in site_languages():
        analyzers[analyzer_name(code)] = language_analyzer(code, filters)
    analyzers["default"] = copy.deepcopy(analyzers[analyzer_name(language)])
    return {"analyzer": analyzers, "filter": filters}


# Mapping and documents -----------------------------------------------------------------
def page_properties():
    properties = {field: {"type": "keyword"} for field in FACET_FIELDS.values()}
    properties[FACET_FIELDS["year"]] = {"type": "integer"}
    properties[DATE_FIELD] = {"type": "date"}
    properties[LOCALE_FIELD] = {"type": "keyword"}
    properties[ID_FIELD] = {"type": "long"}
    for code in site_languages():
        # Offsets in the postings let the highlighter find matches in a 200,000-character
        # text without analysing it again.
        properties[text_field(code)] = {
            "type": "text",
            "analyzer": analyzer_name(code),
            "index_options": "offsets",
        }
    return properties


def edition_texts(page, page_language):
    """{language: [text of each edition in it]} for a publication; {} for other pages."""
    files = getattr(page, "files", None)
    if files is None or not hasattr(files, "all"):
        return {}
    texts = {}
    for edition in files.all():
        code = edition.language if edition.language in site_languages() else page_language
        document = edition.document
        # The bulk path loads only the indexed part of the text (``prefetch``).
        text = getattr(document, "childhub_indexed_text", None)
        if text is None:
            text = document.search_text()
        if text:
            texts.setdefault(code, []).append(text)
    return texts


def page_fields(page, language):
    values = facet_values(page, language)
    date = values["date"]
    fields = {
        FACET_FIELDS[param]: values[param]
        for param in ("kind", "type", "topic", "country", "audience", "language")
    }
    fields[FACET_FIELDS["year"]] = date.year if date else None
    fields[DATE_FIELD] = date.isoformat() if date else None
    fields[LOCALE_FIELD] = language
    fields[ID_FIELD] = page.pk
    for code, texts in edition_texts(page, language).items():
        fields[text_field(code)] = texts
    return fields


class SiteMapping(ElasticsearchMapping):
    """Wagtail's mapping, plus the site search's fields on pages."""

    def get_mapping(self):
        mapping = super().get_mapping()
        if issubclass(self.model, Page):
            mapping["properties"].update(page_properties())
        return mapping

    def get_document(self, obj, language=None):
        document = super().get_document(obj)
        if isinstance(obj, Page):
            document.update(page_fields(obj, language or obj.locale.language_code))
        return document


def prefetch(model, objs):
    """Load what the documents of a batch of one model read, in a few queries."""
    relations = []
    for field in model.get_search_fields():
        if isinstance(field, RelatedFields):
            try:
                is_relation = model._meta.get_field(field.field_name).is_relation
            except FieldDoesNotExist:  # a RelatedFields on a property
                is_relation = False
            if is_relation:
                relations.append(field.field_name)
    if relations:
        prefetch_related_objects(objs, *relations)
    if issubclass(model, Page):
        prefetch_facets(objs)
        if hasattr(model, "files"):
            documents = LibraryDocument.objects.defer("extracted_text").annotate(
                childhub_indexed_text=Left("extracted_text", INDEXED_TEXT_CHARS)
            )
            prefetch_related_objects(objs, Prefetch("files__document", queryset=documents))


# Indexes -------------------------------------------------------------------------------
class LanguageIndex(ElasticsearchIndex):
    """One Elasticsearch index (or the alias in front of it) holding one language."""

    def __init__(self, backend, name, language):
        super().__init__(backend, name)
        self.language = language

    def put(self):
        self.es.indices.create(index=self.name, **self.backend.index_settings(self.language))

    def exists(self):
        return bool(self.es.indices.exists(index=self.name))

    def delete(self):
        """Delete the index; for an alias, the indexes behind it (Elasticsearch refuses to
        delete an index by one of its aliases)."""
        try:
            names = list(self.es.indices.get_alias(name=self.name))
        except NotFoundError:
            names = [self.name]
        for name in names:
            try:
                self.es.indices.delete(index=name)
            except NotFoundError:
                pass


class MultilingualIndex:
    """What Wagtail sees as one index: one ``LanguageIndex`` per site language, all with the
    same mapping. ``name`` is the common prefix, so Wagtail's atomic rebuilder, which builds
    ``<name>_<random>`` and then points ``<name>`` at it, builds ``<name>_<random>_<code>``
    and points each ``<name>_<code>`` alias at it."""

    def __init__(self, backend, name):
        self.backend = backend
        self.es = backend.es
        self.name = name
        self.languages = {
            code: LanguageIndex(backend, f"{name}_{code}", code) for code in site_languages()
        }

    def __str__(self):
        return self.name

    def get_key(self):
        return self.name

    def language_index(self, code):
        return self.languages.get(code) or self.languages[default_language()]

    def search_target(self, codes=None):
        """The comma-separated index names a search request reads."""
        codes = codes or list(self.languages)
        names = [self.language_index(code).name for code in codes]
        return ",".join(dict.fromkeys(names))

    # Lifecycle, over every language ----------------------------------------------------
    def put(self):
        for index in self.languages.values():
            index.put()

    def delete(self):
        for index in self.languages.values():
            index.delete()

    def refresh(self):
        for index in self.languages.values():
            index.refresh()

    def reset(self):
        self.delete()
        self.put()

    def exists(self):
        return all(index.exists() for index in self.languages.values())

    def add_model(self, model):
        mapping = self.backend.mapping_class(model).get_mapping()
        for index in self.languages.values():
            self.es.indices.put_mapping(index=index.name, **mapping)

    def is_alias(self):
        return any(index.is_alias() for index in self.languages.values())

    def aliased_indices(self):
        """The multilingual indexes the ``<name>_<code>`` aliases point to."""
        names = set()
        for code, index in self.languages.items():
            try:
                targets = self.es.indices.get_alias(name=index.name)
            except NotFoundError:
                continue
            names.update(
                target.removesuffix(f"_{code}") for target in targets if target.endswith(f"_{code}")
            )
        return [MultilingualIndex(self.backend, name) for name in sorted(names)]

    def put_alias(self, name):
        """Point ``<name>_<code>`` at this index's language indexes, in one atomic request:
        the alias leaves the indexes it pointed to, and an index that has the alias's name
        (left by a rebuild without aliases) is deleted."""
        actions = []
        for code, index in self.languages.items():
            alias = f"{name}_{code}"
            try:
                current = list(self.es.indices.get_alias(name=alias))
            except NotFoundError:
                current = []
            if current:
                stale = [old for old in current if old != index.name]
                actions += [{"remove": {"index": old, "alias": alias}} for old in stale]
            elif self.es.indices.exists(index=alias):
                actions.append({"remove_index": {"index": alias}})
            actions.append({"add": {"index": index.name, "alias": alias}})
        self.es.indices.update_aliases(actions=actions)

    # Documents, routed by language ---------------------------------------------------
    def add_item(self, item):
        self.add_items(type(item), [item])

    def add_items(self, model, items):
        if class_is_indexed(model):
            self.backend.run_bulk(self.bulk_actions(model, items))

    def delete_item(self, item):
        if class_is_indexed(type(item)):
            document_id = self.backend.mapping_class(type(item)).get_document_id(item)
            targets = self.targets(item, self.backend.locale_languages())
            self.backend.run_bulk(
                {"_op_type": "delete", "_index": index.name, "_id": document_id}
                for index in targets
            )

    def targets(self, obj, locales):
        """The indexes an object may be in: its language's; every language's for a document,
        whose language is detected after upload and may change."""
        if isinstance(obj, LibraryDocument):
            return list(self.languages.values())
        return [self.language_index(object_language(obj, locales))]

    def bulk_actions(self, model, items):
        """The bulk actions that index ``items``: each document into its language's index,
        aliases deleted instead, documents removed from the other languages. Built batch by
        batch, so that only one batch's related rows and texts are in memory at a time."""
        mapping = self.backend.mapping_class(model)
        locales = self.backend.locale_languages()
        items = list(items)
        for start in range(0, len(items), INDEXING_BATCH):
            batch = items[start : start + INDEXING_BATCH]
            searchable = [item for item in batch if not self.is_alias_page(item)]
            if searchable:
                prefetch(model, searchable)
            for item in batch:
                document_id = mapping.get_document_id(item)
                language = object_language(item, locales)
                home = self.language_index(language)
                if self.is_alias_page(item):
                    yield {"_op_type": "delete", "_index": home.name, "_id": document_id}
                    continue
                yield {
                    "_index": home.name,
                    "_id": document_id,
                    "_source": mapping.get_document(item, language),
                }
                for index in self.targets(item, locales):
                    if index is not home:
                        yield {"_op_type": "delete", "_index": index.name, "_id": document_id}

    @staticmethod
    def is_alias_page(obj):
        return isinstance(obj, Page) and not is_searchable_page(obj)


class MultilingualSearchResults(ElasticsearchResults):
    """Wagtail's ``search()`` and ``autocomplete()`` results, read from every language."""

    def _target(self):
        return self.backend.get_index_for_model(self.query_compiler.queryset.model).search_target()

    def send_search(self, body, **params):
        params["index"] = self._target()
        return self.backend.search_client.search(**body, **params)

    def send_count(self):
        query = self.request_body(for_count=True)["query"]
        client = self.backend.search_client
        count = client.count(index=self._target(), query=query)["count"] - self.start
        if self.stop is not None:
            count = min(count, self.stop - self.start)
        return max(count, 0)


# Backend -------------------------------------------------------------------------------
class ElasticsearchSiteBackend(ElasticsearchBackend):
    name = "elasticsearch"
    index_class = MultilingualIndex
    mapping_class = SiteMapping
    results_class = MultilingualSearchResults
    # What "Elasticsearch does not answer" means for search/backends/__init__.py: the server
    # is unreachable or slow (transport), or refuses the request (API).
    unavailable_errors = (TransportError, ApiError)

    def __init__(self, params):
        self.index_settings_overrides = copy.deepcopy(params.get("INDEX_SETTINGS", {}))
        search_timeout = params.pop("SEARCH_TIMEOUT", SEARCH_TIMEOUT)
        cooloff = params.pop("COOLOFF", COOLOFF)
        super().__init__(params)
        self.search_client = self.es.options(
            request_timeout=search_timeout, max_retries=0, retry_on_timeout=False
        )
        self.breaker = Breaker(self.index_prefix, cooloff, self.unavailable_errors)

    def index_settings(self, language):
        """Wagtail's settings (the edgengram analyzers of autocomplete), then the language
        analyzers, then the deployment's ``INDEX_SETTINGS``, which win."""
        settings = copy.deepcopy(elasticsearch_index_settings())
        deep_update(settings, {"settings": {"analysis": analysis(language)}})
        return deep_update(settings, copy.deepcopy(self.index_settings_overrides))

    @staticmethod
    def locale_languages():
        return dict(Locale.objects.values_list("pk", "language_code"))

    def run_bulk(self, actions):
        """Send the actions; deleting what is not there is not an error."""
        _done, errors = self.bulk(self.es, actions, raise_on_error=False)
        errors = [error for error in errors if error.get("delete", {}).get("status") != 404]
        if errors:
            raise BulkIndexError(f"{len(errors)} document(s) failed to index.", errors)

    def site_search(self, request):
        from .elasticsearch_query import ElasticsearchSiteSearch

        return ElasticsearchSiteSearch(self, request).run()


SearchBackend = ElasticsearchSiteBackend
