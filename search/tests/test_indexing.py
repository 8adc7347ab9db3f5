"""Indexing follows each page's language: on publish, unpublish, move and delete, and when the
whole index is rebuilt; a language added to the settings gets its text-search rules."""

from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings
from django_tasks.signals import task_enqueued
from modelsearch.utils import get_content_type_pk
from wagtail.models import Page

from home.factories import StandardPageFactory
from search.configurations import ensure_configurations
from search.models import PageFacets
from tests.builders import translate

from .corpus import CorpusTestCase


def entry_vectors(obj):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title::text || ' ' || body::text FROM wagtailsearch_indexentry "
            "WHERE content_type_id = %s AND object_id = %s",
            [get_content_type_pk(type(obj)), str(obj.pk)],
        )
        row = cursor.fetchone()
    return row[0] if row else None


class IndexingTests(CorpusTestCase):
    def titles(self, query, language="en"):
        response = self.client.get(f"/{language}/search/?q={query}")
        return [hit.source.title for hit in response.context["hits"]]

    def test_each_page_is_indexed_with_its_own_language_rules(self):
        albanian = entry_vectors(self.corpus.news_sq)
        self.assertIn("'femijet'", albanian)  # unaccented, not stemmed
        self.assertNotIn("fëmijët", albanian)
        english = entry_vectors(self.corpus.news)
        self.assertIn("'protect'", english)  # "protects", stemmed the English way
        serbian = entry_vectors(self.corpus.news_sh)
        self.assertIn("'nasilj'", serbian)

    def test_a_document_is_indexed_in_its_own_language(self):
        edition = self.corpus.albanian_edition.files.get(language="sq")
        self.assertIn("'formulare'", entry_vectors(edition.document))

    def test_aliases_are_not_indexed(self):
        aliases = Page.objects.filter(alias_of__isnull=False)
        self.assertTrue(aliases.exists())
        for alias in aliases[:20]:
            self.assertIsNone(entry_vectors(alias.specific), alias)
        self.assertFalse(PageFacets.objects.filter(page__alias_of__isnull=False).exists())

    def test_publish_unpublish_move_and_delete(self):
        with self.captureOnCommitCallbacks(execute=True):
            about_sq = translate(
                self.corpus.site.about, "sq", title="Rreth nesh", slug="rreth-nesh", intro="Ekipi."
            )
        self.assertEqual(self.titles("ekipi", "sq"), ["Rreth nesh"])

        with self.captureOnCommitCallbacks(execute=True):
            about_sq.unpublish()
        self.assertEqual(self.titles("ekipi", "sq"), [])

        with self.captureOnCommitCallbacks(execute=True):
            about_sq.save_revision().publish()
            target = StandardPageFactory(
                parent=self.corpus.site.home_sq, title="Partnerët", slug="partneret"
            )
            about_sq.refresh_from_db()
            about_sq.move(target, pos="last-child")
        response = self.client.get("/sq/search/?q=ekipi")
        self.assertEqual(response.context["hits"][0].page.url, "/sq/partneret/rreth-nesh/")

        about_sq.refresh_from_db()
        with self.captureOnCommitCallbacks(execute=True):
            about_sq.delete()
        self.assertEqual(self.titles("ekipi", "sq"), [])
        self.assertIsNone(entry_vectors(about_sq))
        self.assertFalse(PageFacets.objects.filter(page_id=about_sq.pk).exists())

    def test_a_transaction_queues_one_index_update_with_each_object_once(self):
        queued = []

        def record(sender, task_result, **kwargs):
            if task_result.task.name == "update_search_index":
                queued.append(task_result.args[0])

        task_enqueued.connect(record)
        try:
            with self.captureOnCommitCallbacks(execute=True):
                pages = [
                    translate(self.corpus.site.about, "ro", title="Despre noi", intro="Echipa."),
                    StandardPageFactory(parent=self.corpus.site.home, title="Partners"),
                ]
                pages[1].save_revision().publish()  # a second and third save of the same page
        finally:
            task_enqueued.disconnect(record)
        self.assertEqual(len(queued), 1)
        keys = [tuple(key) for key in queued[0]]
        self.assertEqual(len(keys), len(set(keys)))
        self.assertIn(("home", "standardpage", str(pages[1].pk)), keys)
        self.assertIn(("home", "standardpage", str(pages[0].pk)), keys)
        self.assertEqual(self.titles("echipa", "ro"), ["Despre noi"])

    def test_update_index_rebuilds_every_language(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM wagtailsearch_indexentry")
        PageFacets.objects.all().delete()
        self.assertEqual(self.titles("strategji", "sq"), [])
        call_command("update_index", verbosity=0)
        self.assertEqual(
            self.titles("strategji", "sq"),
            ["Serbia miraton një strategji kundër abuzimit në internet"],
        )
        self.assertEqual(
            self.titles("formulare", "sq"), ["Risk assessment guide for social workers"]
        )
        self.assertIn("Helplines for every child", self.titles("children"))


class ConfigurationTests(TestCase):
    def configuration_dictionary(self, name, word):
        with connection.cursor() as cursor:
            cursor.execute("SELECT dictionaries FROM ts_debug(%s::regconfig, %s)", [name, word])
            return cursor.fetchone()[0]

    def test_every_site_language_has_its_configuration(self):
        self.assertEqual(
            self.configuration_dictionary("childhub_ro", "protecției"),
            ["unaccent", "romanian_stem"],
        )
        self.assertEqual(
            self.configuration_dictionary("childhub_sq", "fëmijë"), ["unaccent", "simple"]
        )
        self.assertEqual(
            self.configuration_dictionary("childhub_ru", "дети"), ["unaccent", "russian_stem"]
        )

    def test_a_language_added_to_the_settings_gets_one_at_the_next_migrate(self):
        from django.conf import settings

        with override_settings(LANGUAGES=[*settings.LANGUAGES, ("el", "Greek")]):
            ensure_configurations()
            self.assertEqual(
                self.configuration_dictionary("childhub_el", "παιδιά"), ["unaccent", "greek_stem"]
            )
