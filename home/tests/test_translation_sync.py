"""Publishing an English page brings its translations up to date with it, as wagtail-localize's
"Sync translated pages" does, without anyone pressing it: the Albanian editor then sees the
translation is out of date, the unchanged strings kept, the changed one filled in with its
previous translation for review."""

import html
import json
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.factories import NewsPageFactory
from home.locales import editor_group_name
from tests.builders import build_site, translate


def editor_props(response):
    """The data wagtail-localize's translation editor is rendered from."""
    found = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.text)
    return json.loads(html.unescape(found.group(1)))


def strings_by_field(props):
    """{field: (source text, translation, error)} as the translation editor shows them."""
    translations = {entry["segment_id"]: entry for entry in props["initialStringTranslations"]}
    shown = {}
    for segment in props["segments"]:
        if segment["type"] == "string":
            entry = translations.get(segment["id"], {})
            shown[segment["contentPath"]] = (
                segment["source"],
                entry.get("data"),
                entry.get("error"),
            )
    return shown


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


class SyncAfterPublishTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.article = NewsPageFactory(
            parent=cls.site.news,
            title="Helplines for every child",
            slug="helplines",
            summary="Helplines answer children day and night.",
        )
        cls.article.save_revision().publish()
        cls.sq = Locale.objects.get(language_code="sq")
        cls.article_sq = translate(
            cls.article,
            "sq",
            title="Linja ndihmëse për çdo fëmijë",
            summary="Linjat ndihmëse u përgjigjen fëmijëve ditë e natë.",
        )
        cls.editor = user_in(editor_group_name("sq"), "editor-sq")

    def change_english_summary(self, summary):
        self.article.refresh_from_db()
        self.article.summary = summary
        with self.captureOnCommitCallbacks(execute=True):
            self.article.save_revision().publish()

    def open_editor(self):
        self.client.force_login(self.editor)
        response = self.client.get(f"/admin/pages/{self.article_sq.pk}/edit/")
        self.assertEqual(response.status_code, 200)
        return response

    def test_a_translation_made_in_code_is_a_wagtail_localize_translation(self):
        self.assertTrue(
            Translation.objects.filter(
                source__object_id=self.article.translation_key, target_locale=self.sq
            ).exists()
        )
        shown = strings_by_field(editor_props(self.open_editor()))
        self.assertEqual(shown["summary"][1], "Linjat ndihmëse u përgjigjen fëmijëve ditë e natë.")
        self.assertContains(self.open_editor(), "Translation up to date")

    def test_publishing_the_source_syncs_the_translation_source(self):
        self.change_english_summary("Helplines answer children, parents and teachers.")
        source = TranslationSource.objects.get(object_id=self.article.translation_key)
        self.assertIn("Helplines answer children, parents and teachers.", source.content_json)
        shown = strings_by_field(editor_props(self.open_editor()))
        self.assertEqual(shown["summary"][0], "Helplines answer children, parents and teachers.")

    def test_the_changed_string_is_prefilled_with_its_previous_translation_for_review(self):
        self.change_english_summary("Helplines answer children, parents and teachers.")
        response = self.open_editor()
        shown = strings_by_field(editor_props(response))
        # The unchanged title keeps its translation; the changed summary offers the old one,
        # flagged (in Albanian) as needing review.
        self.assertEqual(shown["title"][1:], ("Linja ndihmëse për çdo fëmijë", None))
        source, previous, note = shown["summary"]
        self.assertEqual(previous, "Linjat ndihmëse u përgjigjen fëmijëve ditë e natë.")
        self.assertTrue(note)
        self.assertNotIn("English text changed", note)
        # The page and the Translations report say it is out of date.
        self.assertContains(response, "Translation out of date")
        translation = Translation.objects.get(
            source__object_id=self.article.translation_key, target_locale=self.sq
        )
        self.assertEqual(translation.get_status_display(), "Waiting for translations")
        # The live Albanian page is left as it was until someone publishes the translation.
        self.article_sq.refresh_from_db()
        self.assertEqual(
            self.article_sq.summary, "Linjat ndihmëse u përgjigjen fëmijëve ditë e natë."
        )

    def test_saving_the_reviewed_string_brings_the_translation_up_to_date(self):
        self.change_english_summary("Helplines answer children, parents and teachers.")
        props = editor_props(self.open_editor())
        summary = next(s for s in props["segments"] if s["contentPath"] == "summary")
        response = self.client.put(
            summary["editUrl"],
            "value=Linjat+ndihm%C3%ABse+u+p%C3%ABrgjigjen+f%C3%ABmij%C3%ABve+dhe+prind%C3%ABrve.",
            content_type="application/x-www-form-urlencoded",
        )
        self.assertEqual(response.status_code, 200)
        response = self.client.post(
            f"/admin/pages/{self.article_sq.pk}/edit/", {"action": "publish"}
        )
        self.assertEqual(response.status_code, 302)
        self.article_sq.refresh_from_db()
        self.assertEqual(
            self.article_sq.summary, "Linjat ndihmëse u përgjigjen fëmijëve dhe prindërve."
        )
        self.assertContains(self.open_editor(), "Every string is translated")

    def test_a_field_never_translated_before_is_left_to_translate(self):
        StringTranslation.objects.filter(locale=self.sq, context__path="summary").delete()
        self.change_english_summary("A summary nobody translated yet.")
        shown = strings_by_field(editor_props(self.open_editor()))
        self.assertEqual(shown["summary"][1:], (None, None))

    def test_publishing_a_page_without_translations_queues_nothing(self):
        lonely = NewsPageFactory(parent=self.site.news, title="English only", slug="en-only")
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            lonely.save_revision().publish()
        self.assertFalse(TranslationSource.objects.filter(object_id=lonely.translation_key))
        self.assertEqual(
            [c for c in callbacks if "sync_translations" in getattr(c, "__qualname__", "")], []
        )
