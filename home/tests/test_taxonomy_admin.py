"""Editors find taxonomy terms in the admin by name or slug."""

from django.contrib.auth import get_user_model
from django.test import TestCase

from home.factories import TopicFactory
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
