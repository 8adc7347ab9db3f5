"""Editors find taxonomy terms in the admin by name or slug, and by language."""

import lxml.html
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import Locale

from home.factories import TopicFactory
from home.locales import editor_group_name
from home.models import Topic
from tests.builders import build_site


class TaxonomyAdminSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):  # index updates run after the commit
            build_site()
            TopicFactory(name="Foster care", slug="foster-care")
            TopicFactory(name="Online abuse", slug="online-abuse")
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x")

    def found(self, query):
        self.client.force_login(self.admin)
        response = self.client.get("/admin/snippets/home/topic/", {"q": query})
        self.assertEqual(response.status_code, 200)
        return sorted(term.name for term in response.context["object_list"])

    def test_by_name_or_slug_as_typed_so_far(self):
        self.assertEqual(self.found("fost"), ["Foster care"])
        self.assertEqual(self.found("online-ab"), ["Online abuse"])


class TopicLevelsTests(TestCase):
    """Topics have two levels; the admin refuses a third, with the reason."""

    @classmethod
    def setUpTestData(cls):
        build_site()
        cls.violence = TopicFactory(name="Violence", slug="violence")
        cls.online = TopicFactory(name="Online abuse", slug="online-abuse", parent=cls.violence)
        cls.care = TopicFactory(name="Foster care", slug="foster-care")
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x")

    def setUp(self):
        self.client.force_login(self.admin)

    def add(self, parent):
        data = {"name": "Grooming", "slug": "grooming", "parent": parent.pk}
        return self.client.post("/admin/snippets/home/topic/add/?locale=en", data)

    def edit(self, topic, parent):
        data = {"name": topic.name, "slug": topic.slug, "parent": parent.pk}
        return self.client.post(f"/admin/snippets/home/topic/edit/{topic.pk}/", data)

    def test_a_narrower_topic_under_a_broad_one(self):
        self.assertEqual(self.add(self.care).status_code, 302)
        self.assertEqual(Topic.objects.get(slug="grooming").parent, self.care)

    def test_no_topic_under_a_narrower_one(self):
        response = self.add(self.online)
        self.assertEqual(response.status_code, 200)
        self.assertIn("parent", response.context["form"].errors)
        self.assertFalse(Topic.objects.filter(slug="grooming").exists())

    def test_a_topic_with_narrower_topics_stays_broad(self):
        response = self.edit(self.violence, self.care)
        self.assertContains(response, "This topic has narrower topics")
        self.violence.refresh_from_db()
        self.assertIsNone(self.violence.parent)

    def test_not_its_own_broader_topic(self):
        response = self.client.get(f"/admin/snippets/home/topic/edit/{self.care.pk}/")
        offered = lxml.html.fromstring(response.content).xpath(
            '//select[@name="parent"]/option/@value'
        )
        self.assertNotIn(str(self.care.pk), offered)
        self.assertIn("parent", self.edit(self.care, self.care).context["form"].errors)
        self.care.refresh_from_db()
        self.assertIsNone(self.care.parent)


class TermListingAndChooserTests(TestCase):
    """The locale filter of the term listings and the search of the term choosers, as the
    Albanian editor uses them."""

    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):  # index updates run after the commit
            build_site()
            sq = Locale.objects.get(language_code="sq")
            care = TopicFactory(name="Alternative care", slug="alternative-care")
            TopicFactory(
                name="Kujdesi alternativ",
                slug="alternative-care",
                locale=sq,
                translation_key=care.translation_key,
            )
        cls.editor = get_user_model().objects.create_user("editor-sq", "e@example.org", "x")
        cls.editor.groups.add(Group.objects.get(name=editor_group_name("sq")))

    def setUp(self):
        self.client.force_login(self.editor)

    def test_the_listing_locale_filter_leads_to_that_languages_terms(self):
        response = self.client.get("/admin/snippets/home/topic/")
        self.assertEqual(response.status_code, 200)
        filter_form = lxml.html.fromstring(response.content).get_element_by_id("filters-drilldown")
        values = filter_form.xpath('.//input[@name="locale"]/@value')
        self.assertIn("sq", values)
        self.assertFalse(filter_form.xpath('.//select[@name="locale"]'))

        response = self.client.get("/admin/snippets/home/topic/", {"locale": "sq"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            [term.name for term in response.context["object_list"]], ["Kujdesi alternativ"]
        )

    def test_an_admin_address_that_does_not_exist_is_a_404_in_the_admin(self):
        # Not a redirect to /en/admin/…, where the public pages' route answers a second 404.
        for url in ("/admin/snippets/home/topic/edit/999999/", "/admin/pages/999999/edit/"):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 404, url)
            self.assertNotIn("Location", response)

    def test_the_topic_chooser_searches_within_a_language(self):
        response = self.client.get(
            "/admin/snippets/choose/home/topic/results/", {"q": "kujd", "locale": "sq"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Kujdesi alternativ")
        self.assertNotContains(response, "Alternative care")

    def test_the_broader_topic_is_chosen_among_the_topics_own_language(self):
        admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x")
        self.client.force_login(admin)
        response = self.client.get("/admin/snippets/home/topic/add/", {"locale": "sq"})
        html = lxml.html.fromstring(response.content)
        options = html.xpath('//select[@name="parent"]/option[@value!=""]/text()')
        self.assertEqual([option.strip() for option in options], ["Kujdesi alternativ"])

        english = Topic.objects.get(locale__language_code="en", slug="alternative-care")
        data = {"name": "Kujdesi familjar", "slug": "kinship-care", "parent": english.pk}
        response = self.client.post("/admin/snippets/home/topic/add/?locale=sq", data)
        self.assertContains(response, "Not in this language (Albanian): “Alternative care”")
        self.assertFalse(Topic.objects.filter(slug="kinship-care").exists())
