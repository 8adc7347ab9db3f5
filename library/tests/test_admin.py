"""Editors create publications in the admin, under their locale's library only."""

import datetime

from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.factories import TopicFactory
from home.models import HomePage
from library.factories import LibraryDocumentFactory, LibraryPageFactory
from library.models import LibraryPage, PublicationPage
from tests.builders import build_site


class PublicationAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        cls.library = LibraryPageFactory(parent=site.home)
        cls.document = LibraryDocumentFactory()
        cls.topic = TopicFactory(slug="foster-care")
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")

    def setUp(self):
        self.client.force_login(self.admin)

    def test_page_type_rules(self):
        self.assertAllowedParentPageTypes(PublicationPage, {LibraryPage})
        self.assertAllowedSubpageTypes(LibraryPage, {PublicationPage})
        self.assertCanCreateAt(HomePage, LibraryPage)

    def test_editor_creates_a_publication_with_a_language_edition(self):
        data = nested_form_data(
            {
                "title": "Foster care review",
                "slug": "foster-care-review",
                "summary": "A regional review.",
                "authors": "Ana Popescu",
                "organisations": "Terre des hommes",
                "publication_date": "2025-03-14",
                "files": inline_formset([{"document": self.document.pk, "language": "sq"}]),
                "topics": [self.topic.pk],
                "related_publications": [],
                "countries": [],
                "audiences": [],
            }
        )
        self.assertCanCreate(self.library, PublicationPage, data)
        english = Locale.objects.get(language_code="en")
        page = PublicationPage.objects.get(slug="foster-care-review", locale=english)
        self.assertEqual(page.files.get().language, "sq")
        self.assertEqual(page.publication_date, datetime.date(2025, 3, 14))
        # wagtail-localize gives the new page its aliases in the seven other trees.
        self.assertEqual(PublicationPage.objects.filter(alias_of=page).count(), 7)
