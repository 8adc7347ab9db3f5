"""What the Elasticsearch backend writes, checked without a server: the index settings (an
analyzer per language), the mapping, a page's document, and which index each object goes to.

These tests never talk to Elasticsearch (the client points at a closed port and is never
called); what Elasticsearch does with these settings is checked by the contract tests in
test_elasticsearch_contract.py."""

import datetime

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index
from wagtail.models import Locale, Page
from wagtail_factories import ImageFactory

from home.factories import CountryFactory, NewsPageFactory, TopicFactory
from home.models import HomePage, NewsPage, ResourceType, Topic
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from library.models import LibraryDocument, PublicationPage
from search.backends.elasticsearch import (
    ElasticsearchSiteBackend,
    MultilingualIndex,
    SiteMapping,
)
from search.languages import site_languages
from tests.builders import build_site, sync_trees, translate

CLOSED_PORT = "http://127.0.0.1:9"


def make_backend(**params):
    return ElasticsearchSiteBackend({"URLS": [CLOSED_PORT], "INDEX_PREFIX": "unit_", **params})


def analysis_of(backend, language):
    return backend.index_settings(language)["settings"]["analysis"]


class AnalysisSettingsTests(TestCase):
    def test_every_language_index_declares_the_analyzer_of_every_site_language(self):
        backend = make_backend()
        for language in site_languages():
            analyzers = analysis_of(backend, language)["analyzer"]
            for code in site_languages():
                self.assertEqual(analyzers[f"childhub_{code}"]["tokenizer"], "standard")

    def test_default_analyzer_is_the_index_language(self):
        backend = make_backend()
        for language in site_languages():
            analyzers = analysis_of(backend, language)["analyzer"]
            self.assertEqual(analyzers["default"], analyzers[f"childhub_{language}"])
        self.assertNotEqual(
            analysis_of(backend, "en")["analyzer"]["default"],
            analysis_of(backend, "sq")["analyzer"]["default"],
        )

    def test_english_stops_adds_irregular_forms_folds_then_stems(self):
        analysis = analysis_of(make_backend(), "en")
        self.assertEqual(
            analysis["analyzer"]["childhub_en"]["filter"],
            [
                "lowercase",
                "childhub_en_stop",
                "childhub_en_forms",
                "asciifolding",
                "childhub_en_stemmer",
            ],
        )
        filters = analysis["filter"]
        self.assertEqual(filters["childhub_en_stop"], {"type": "stop", "stopwords": "_english_"})
        self.assertEqual(filters["childhub_en_stemmer"], {"type": "stemmer", "language": "english"})
        self.assertEqual(filters["childhub_en_forms"]["type"], "synonym")
        self.assertIn("child, children", filters["childhub_en_forms"]["synonyms"])

    def test_romanian_has_its_stemmer_stop_words_and_the_forms_of_copil(self):
        filters = analysis_of(make_backend(), "sq")["filter"]  # declared in every index
        self.assertEqual(filters["childhub_ro_stemmer"]["language"], "romanian")
        self.assertEqual(filters["childhub_ro_stop"]["stopwords"], "_romanian_")
        self.assertIn(
            "copil, copii, copiii, copiilor, copilului", filters["childhub_ro_forms"]["synonyms"]
        )

    def test_languages_without_a_stemmer_only_lowercase_and_fold_accents(self):
        analyzers = analysis_of(make_backend(), "en")["analyzer"]
        self.assertEqual(analyzers["childhub_sq"]["filter"], ["lowercase", "asciifolding"])
        self.assertEqual(analyzers["childhub_uk"]["filter"], ["lowercase", "asciifolding"])
        self.assertEqual(
            analyzers["childhub_sh"]["filter"],
            ["lowercase", "serbian_normalization", "asciifolding"],
        )

    def test_wagtail_settings_are_kept_and_index_settings_win(self):
        backend = make_backend(
            INDEX_SETTINGS={"settings": {"index": {"number_of_shards": 1, "max_ngram_diff": 20}}}
        )
        settings = backend.index_settings("ro")["settings"]
        self.assertIn("edgengram_analyzer", settings["analysis"]["analyzer"])
        self.assertIn("edgengram", settings["analysis"]["filter"])
        self.assertEqual(settings["index"], {"number_of_shards": 1, "max_ngram_diff": 20})
        self.assertIn("childhub_ro", settings["analysis"]["analyzer"])


class MappingTests(TestCase):
    def test_pages_have_facet_fields(self):
        properties = SiteMapping(PublicationPage).get_mapping()["properties"]
        for name in (
            "childhub_kind",
            "childhub_type",
            "childhub_topic",
            "childhub_country",
            "childhub_audience",
            "childhub_language",
            "childhub_locale",
        ):
            self.assertEqual(properties[name], {"type": "keyword"}, name)
        self.assertEqual(properties["childhub_date"], {"type": "date"})
        self.assertEqual(properties["childhub_year"], {"type": "integer"})

    def test_each_language_has_a_text_field_with_its_analyzer(self):
        properties = SiteMapping(HomePage).get_mapping()["properties"]
        for code in site_languages():
            field = properties[f"childhub_text_{code}"]
            self.assertEqual(field["type"], "text")
            self.assertEqual(field["analyzer"], f"childhub_{code}")

    def test_boosted_fields_are_copied_to_wagtails_boost_fields(self):
        properties = SiteMapping(PublicationPage).get_mapping()["properties"]
        self.assertIn("_all_text_boost_2_0", properties["title"]["copy_to"])
        self.assertIn(
            "_all_text_boost_3_0", properties["library_publicationpage__summary"]["copy_to"]
        )
        self.assertIn("_all_text", properties["library_publicationpage__summary"]["copy_to"])
        self.assertEqual(properties["_all_text_boost_3_0"], {"type": "text"})
        # Edition texts are searched in their own language, never through _all_text.
        self.assertNotIn("copy_to", properties["childhub_text_sq"])

    def test_other_models_get_no_page_fields(self):
        properties = SiteMapping(LibraryDocument).get_mapping()["properties"]
        self.assertFalse([name for name in properties if name.startswith("childhub_")])


class IndexedDataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        en = Locale.objects.get(language_code="en")
        cls.library = LibraryPageFactory(parent=cls.site.home)
        cls.violence = TopicFactory(name="Violence", slug="violence")
        cls.online = TopicFactory(name="Online abuse", slug="online-abuse", parent=cls.violence)
        cls.albania = CountryFactory(name="Albania", slug="albania")
        cls.report = ResourceType.objects.create(locale=en, name="Report", slug="report")
        cls.english_file = LibraryDocumentFactory(extracted_text="Safety of the child.")
        cls.albanian_file = LibraryDocumentFactory(
            extracted_text="Siguria e fëmijës.", detected_language="sq"
        )
        cls.publication = PublicationPageFactory(
            parent=cls.library,
            title="Risk assessment",
            summary="Assessing risk.",
            publication_date=datetime.date(2024, 3, 1),
            resource_type=cls.report,
            terms={"topics": [cls.online], "countries": [cls.albania]},
            editions=[("en", cls.english_file), ("sq", cls.albanian_file)],
        )
        cls.news = NewsPageFactory(parent=cls.site.news, title="Strategy adopted")
        cls.news_sq = translate(cls.news, "sq", title="Strategjia u miratua")
        sync_trees()  # aliases of the new pages in the other locales

    def setUp(self):
        self.backend = make_backend()

    def actions(self, model, objs):
        return list(self.backend.get_index_for_model(model).bulk_actions(model, objs))

    def test_a_publication_document_has_its_facets_and_each_edition_in_its_language(self):
        page = PublicationPage.objects.get(pk=self.publication.pk)
        [action] = self.actions(PublicationPage, [page])
        document = action["_source"]
        self.assertEqual(action["_id"], str(page.pk))
        self.assertEqual(document["childhub_kind"], "publication")
        self.assertEqual(document["childhub_type"], ["report"])
        self.assertEqual(document["childhub_topic"], ["online-abuse", "violence"])
        self.assertEqual(document["childhub_country"], ["albania"])
        self.assertEqual(document["childhub_language"], ["en", "sq"])
        self.assertEqual(document["childhub_locale"], "en")
        self.assertEqual(document["childhub_date"], "2024-03-01")
        self.assertEqual(document["childhub_year"], 2024)
        self.assertEqual(document["childhub_id"], page.pk)
        self.assertEqual(document["childhub_text_en"], ["Safety of the child."])
        self.assertEqual(document["childhub_text_sq"], ["Siguria e fëmijës."])
        self.assertEqual(document["title"], "Risk assessment")
        self.assertEqual(document["library_publicationpage__summary"], "Assessing risk.")

    def test_a_news_page_document_has_its_language_and_no_edition_text(self):
        page = NewsPage.objects.get(pk=self.news_sq.pk)
        [action] = self.actions(NewsPage, [page])
        document = action["_source"]
        self.assertEqual(document["childhub_kind"], "news")
        self.assertEqual(document["childhub_language"], ["sq"])
        self.assertFalse([name for name in document if name.startswith("childhub_text_")])

    def test_pages_go_to_the_index_of_their_locale(self):
        pages = NewsPage.objects.filter(pk__in=[self.news.pk, self.news_sq.pk]).order_by("pk")
        actions = self.actions(NewsPage, pages)
        self.assertEqual(
            [(action.get("_op_type", "index"), action["_index"]) for action in actions],
            [("index", "unit_wagtailcore_page_en"), ("index", "unit_wagtailcore_page_sq")],
        )

    def test_aliases_are_deleted_not_indexed(self):
        alias = NewsPage.objects.get(
            translation_key=self.news.translation_key, locale__language_code="bg"
        )
        self.assertIsNotNone(alias.alias_of_id)
        [action] = self.actions(NewsPage, [alias])
        self.assertEqual(action["_op_type"], "delete")
        self.assertEqual(action["_index"], "unit_wagtailcore_page_bg")
        self.assertNotIn("_source", action)

    def test_documents_go_to_their_detected_language_and_leave_the_others(self):
        actions = self.actions(LibraryDocument, [self.albanian_file])
        indexed = [action["_index"] for action in actions if "_source" in action]
        deleted = {action["_index"] for action in actions if action.get("_op_type") == "delete"}
        self.assertEqual(indexed, ["unit_library_librarydocument_sq"])
        self.assertEqual(
            deleted,
            {f"unit_library_librarydocument_{code}" for code in site_languages() if code != "sq"},
        )

    def test_translated_snippets_follow_their_locale_and_others_the_first_language(self):
        sq = Locale.objects.get(language_code="sq")
        topic_sq = TopicFactory(name="Dhuna", slug="violence-sq", locale=sq)
        [topic_action] = self.actions(Topic, [topic_sq])
        self.assertEqual(topic_action["_index"], "unit_home_topic_sq")
        image = ImageFactory()
        [image_action] = self.actions(type(image), [image])
        self.assertEqual(image_action["_index"], f"unit_wagtailimages_image_{site_languages()[0]}")

    def test_bulk_indexing_runs_the_same_queries_for_two_publications_as_for_six(self):
        for number in range(4):
            PublicationPageFactory(
                parent=self.library,
                terms={"topics": [self.online], "countries": [self.albania]},
                editions=[("en", LibraryDocumentFactory()), ("sq", LibraryDocumentFactory())],
                title=f"Extra {number}",
            )

        def queries_for(count):
            pages = list(PublicationPage.objects.order_by("pk")[:count])
            with CaptureQueriesContext(connection) as queries:
                actions = self.actions(PublicationPage, pages)
            self.assertEqual(len(actions), count)
            return len(queries)

        self.assertEqual(queries_for(2), queries_for(6))


class WagtailIndexContractTests(TestCase):
    """What update_index relies on: every page model in one (multilingual) index, and the
    atomic rebuilder's new index and aliases named per language."""

    def test_page_models_share_one_index_with_one_elasticsearch_index_per_language(self):
        backend = make_backend()
        groups = group_models_by_index(backend, get_indexed_models())
        [pages] = [index for index in groups if Page in groups[index]]
        self.assertIsInstance(pages, MultilingualIndex)
        self.assertIn(PublicationPage, groups[pages])
        self.assertEqual(pages.get_key(), "unit_wagtailcore_page")
        self.assertEqual(
            [index.name for index in pages.languages.values()],
            [f"unit_wagtailcore_page_{code}" for code in site_languages()],
        )

    def test_atomic_rebuild_builds_a_new_index_per_language(self):
        backend = make_backend()
        rebuilder = backend.rebuilder_class(backend.get_index_for_model(Page))
        new = rebuilder.index
        self.assertIsInstance(new, MultilingualIndex)
        self.assertRegex(new.name, r"^unit_wagtailcore_page_[a-z0-9]{7}$")
        self.assertEqual(new.languages["sq"].name, f"{new.name}_sq")
        self.assertEqual(rebuilder.alias.languages["sq"].name, "unit_wagtailcore_page_sq")

    def test_searches_read_every_language_index(self):
        index = make_backend().get_index_for_model(Page)
        self.assertEqual(
            index.search_target().split(","),
            [f"unit_wagtailcore_page_{code}" for code in site_languages()],
        )
        self.assertEqual(
            index.search_target(["sq", "en"]), "unit_wagtailcore_page_sq,unit_wagtailcore_page_en"
        )
