"""The admin page listing tells an alias from a translation from a page of the locale's own,
and an up-to-date translation from an out-of-date one."""

from django.test import TestCase
from wagtail.models import Locale, Page

from home.factories import NewsPageFactory
from home.locales import editor_group_name
from home.tests.test_translation_sync import user_in
from home.translation_status import (
    ALIAS,
    OWN_PAGE,
    TRANSLATED,
    annotate_translation_status,
    translation_status,
)
from tests.builders import build_site, sync_trees, translate


def row_of(response, title):
    """The listing row (HTML) that holds ``title``."""
    rows = [row for row in response.text.split("<tr") if title in row]
    assert len(rows) == 1, (title, len(rows))
    return rows[0]


class ListingStatusTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.sq = Locale.objects.get(language_code="sq")
        cls.translated = NewsPageFactory(parent=cls.site.news, title="Helplines", slug="helplines")
        cls.untranslated = NewsPageFactory(parent=cls.site.news, title="Foster care", slug="foster")
        for page in (cls.translated, cls.untranslated):
            page.save_revision().publish()
        sync_trees()
        translate(cls.translated, "sq", title="Linjat ndihmëse", summary="Përmbledhje.")
        cls.own = NewsPageFactory(parent=cls.site.news_sq, title="Lajm vendor", slug="vendor")
        cls.own.save_revision().publish()
        cls.editor = user_in(editor_group_name("sq"), "editor-sq")

    def listing(self):
        self.client.force_login(self.editor)
        response = self.client.get(f"/admin/pages/{self.site.news_sq.pk}/")
        self.assertEqual(response.status_code, 200)
        return response

    def test_each_row_says_what_the_page_is(self):
        response = self.listing()
        self.assertIn("Translation up to date", row_of(response, "Linjat ndihmëse"))
        self.assertIn("Alias: not translated", row_of(response, "Foster care"))
        self.assertIn("Own page, not a translation", row_of(response, "Lajm vendor"))

    def test_a_translation_whose_source_changed_is_out_of_date(self):
        self.translated.summary = "A new English summary."
        with self.captureOnCommitCallbacks(execute=True):
            self.translated.save_revision().publish()
        self.assertIn("Translation out of date", row_of(self.listing(), "Linjat ndihmëse"))

    def test_english_pages_carry_no_translation_label(self):
        self.client.force_login(user_in(editor_group_name("en"), "editor-en"))
        response = self.client.get(f"/admin/pages/{self.site.news.pk}/")
        self.assertNotIn("translation-status", row_of(response, "Foster care"))

    def test_the_listing_labels_cost_no_query_per_row(self):
        pages = annotate_translation_status(Page.objects.child_of(self.site.news_sq))
        translation_status(self.own)  # the locales are read once a process
        with self.assertNumQueries(1):
            statuses = {page.title: translation_status(page) for page in pages}
        self.assertEqual(
            statuses,
            {
                "Linjat ndihmëse": TRANSLATED,
                "Foster care": ALIAS,
                "Lajm vendor": OWN_PAGE,
            },
        )
