"""Editors find taxonomy terms in the admin by name or slug."""

from django.contrib.auth import get_user_model
from django.test import TestCase

from home.factories import TopicFactory
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
        self.assertContains(
            self.edit(self.care, self.care), "A topic cannot be its own broader topic."
        )
