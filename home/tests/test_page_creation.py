"""A new page is created by the editor's first Save or Publish, never by autosave
(home/admin_views.py); the edit view of an existing page still autosaves."""

import inspect

from django.contrib.auth import get_user_model
from django.test import TestCase
from wagtail.admin.views.pages.create import CreateView
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage
from tests.builders import build_site


class PageCreationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            cls.site = build_site()
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")

    def setUp(self):
        self.client.force_login(self.admin)

    def add_url(self):
        return f"/admin/pages/add/home/standardpage/{self.site.home.pk}/"

    def test_the_create_form_does_not_autosave(self):
        response = self.client.get(self.add_url())
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "data-w-autosave-interval-value")
        self.assertContains(response, "w-unsaved")  # the leave-page warning stays

    def test_an_existing_page_still_autosaves(self):
        response = self.client.get(f"/admin/pages/{self.site.about.pk}/edit/")
        self.assertContains(response, "data-w-autosave-interval-value")

    def test_publish_creates_the_page_once_with_its_aliases(self):
        data = nested_form_data(
            {
                "title": "Partners",
                "slug": "partners",
                "intro": "Who we work with.",
                "body": streamfield([("paragraph", rich_text("<p>Our partners.</p>"))]),
                "action-publish": "publish",
            }
        )
        response = self.client.post(self.add_url(), data)
        self.assertEqual(response.status_code, 302)
        page = StandardPage.objects.get(slug="partners", locale__language_code="en")
        self.assertTrue(page.live)
        self.assertEqual(StandardPage.objects.filter(alias_of=page).count(), 7)


class WagtailCreateViewContractTests(TestCase):
    """What home/admin_views.py relies on in Wagtail's create view."""

    def test_the_create_view_decides_autosave_in_its_context(self):
        source = inspect.getsource(CreateView.get_context_data)
        self.assertIn('"autosave_enabled": self.autosave_enabled', source)
        from django.template.loader import get_template

        template = get_template("wagtailadmin/pages/create.html").template.source
        self.assertIn("{% if autosave_enabled %}w-autosave{% endif %}", template)
