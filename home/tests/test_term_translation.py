"""Translating a term changes that term's translation and nothing else: the translator's path
through wagtail-localize's own admin views (submit, translate the name, publish)."""

from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation

from home.factories import TopicFactory
from home.locales import TRANSLATORS_GROUP
from home.models import Topic
from tests.builders import build_site


def snapshot():
    return {
        topic.pk: (topic.name, topic.slug, topic.parent_id, topic.locale_id)
        for topic in Topic.objects.all()
    }


class TopicTranslationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()
        cls.en = Locale.objects.get(language_code="en")
        cls.sq = Locale.objects.get(language_code="sq")
        cls.hu = Locale.objects.get(language_code="hu")
        # As the demo loader leaves it: the Albanian term made directly, not by wagtail-localize.
        cls.care = TopicFactory(name="Alternative care", slug="alternative-care")
        cls.care_sq = TopicFactory(
            name="Kujdesi alternativ",
            slug="alternative-care",
            locale=cls.sq,
            translation_key=cls.care.translation_key,
        )
        cls.kinship = TopicFactory(name="Kinship care", slug="kinship-care", parent=cls.care)
        cls.translator = get_user_model().objects.create_user("translator", "t@example.org", "x")
        cls.translator.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))

    def setUp(self):
        self.client.force_login(self.translator)

    def submit(self, topic, locale):
        url = f"/admin/localize/submit/snippet/home/topic/{topic.pk}/"
        return self.client.post(url, {"locales": [locale.pk]})

    def translate_name(self, topic, locale, name):
        translation = Translation.objects.get(
            source__object_id=topic.translation_key, target_locale=locale
        )
        segment = StringSegment.objects.get(source=translation.source, context__path="name")
        url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
        response = self.client.put(
            url, urlencode({"value": name}), content_type="application/x-www-form-urlencoded"
        )
        self.assertIn(response.status_code, (200, 201))

    def publish(self, translated):
        url = f"/admin/snippets/home/topic/edit/{translated.pk}/"
        return self.client.post(url, {"action": "publish"})

    def test_translating_a_narrower_topic_changes_nothing_but_its_own_term(self):
        before = snapshot()

        self.assertEqual(self.submit(self.kinship, self.sq).status_code, 302)
        kinship_sq = self.kinship.get_translation(self.sq)
        self.translate_name(self.kinship, self.sq, "Kujdesi nga të afërmit")
        self.assertEqual(self.publish(kinship_sq).status_code, 302)

        after = snapshot()
        self.assertEqual(
            after.pop(kinship_sq.pk)[:3],
            ("Kujdesi nga të afërmit", "kinship-care", self.care_sq.pk),
        )
        self.assertEqual(after, before)
        # The broader Albanian term is no translation wagtail-localize manages now.
        self.assertFalse(
            Translation.objects.filter(
                source__object_id=self.care.translation_key, target_locale=self.sq
            ).exists()
        )

    def test_albanian_pages_keep_the_albanian_broader_topic_name(self):
        self.submit(self.kinship, self.sq)
        self.care_sq.refresh_from_db()
        self.assertEqual(self.care_sq.name, "Kujdesi alternativ")
        self.assertEqual(
            str(self.kinship.get_translation(self.sq)), "Kujdesi alternativ › Kinship care"
        )

    def test_until_the_broader_topic_is_translated_the_source_one_stays(self):
        before = snapshot()
        self.submit(self.kinship, self.hu)
        kinship_hu = self.kinship.get_translation(self.hu)
        self.assertEqual(kinship_hu.parent, self.care)
        # Nothing was made of "Alternative care" in Hungarian behind the translator's back.
        self.assertEqual(set(snapshot()) - set(before), {kinship_hu.pk})

        self.submit(self.care, self.hu)
        care_hu = self.care.get_translation(self.hu)
        kinship_hu.refresh_from_db()
        self.assertEqual(kinship_hu.parent, care_hu)

    def test_a_synchronised_broader_topic_becomes_its_translation(self):
        self.submit(self.kinship, self.sq)
        violence = TopicFactory(name="Violence", slug="violence")
        violence_sq = TopicFactory(
            name="Dhuna", slug="violence", locale=self.sq, translation_key=violence.translation_key
        )
        self.kinship.parent = violence
        self.kinship.save()
        admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x")
        self.client.force_login(admin)
        source = Translation.objects.get(
            source__object_id=self.kinship.translation_key, target_locale=self.sq
        ).source
        response = self.client.post(
            f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.kinship.get_translation(self.sq).parent, violence_sq)
        self.care_sq.refresh_from_db()
        self.assertEqual(self.care_sq.name, "Kujdesi alternativ")
