"""Aliases written in bulk (library/aliases.py) are the pages wagtail-localize would make."""

import datetime

from django.contrib.auth import get_user_model
from django.test import TestCase
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex
from wagtail_localize.synctree import create_aliases_for_new_page

from home.factories import CountryFactory, TopicFactory
from library.aliases import create_aliases
from library.factories import LibraryDocumentFactory, LibraryPageFactory
from library.models import PublicationFile, PublicationPage
from tests.builders import build_site, sync_trees

OTHER_LANGUAGES = ["sq", "bg", "hu", "ro", "sh", "ru", "uk"]
# Fields whose alias value Wagtail computes (tree position, revisions); checked separately.
COMPUTED = {"id", "page_ptr", "path", "depth", "url_path", "locale", "alias_of", "latest_revision"}


def facts(alias, source):
    """What an alias is, relative to its source: equal for a Wagtail-made and a bulk alias."""
    parent = alias.get_parent()
    same = {
        field.name: getattr(alias, field.attname) == getattr(source, field.attname)
        for field in PublicationPage._meta.concrete_fields
        if field.name not in COMPUTED
    }
    return {
        "same as source": same,
        "locale": alias.locale.language_code,
        "alias of source": alias.alias_of_id == source.pk,
        "parent is the source parent's translation": parent.translation_key
        == source.get_parent().translation_key
        and parent.locale_id == alias.locale_id,
        "depth": alias.depth - source.depth,
        "url path": alias.url_path == f"{parent.url_path}{alias.slug}/",
        "latest revision": alias.latest_revision_id,
        "numchild": alias.numchild,
        "editions": [(f.language, f.document_id, f.sort_order) for f in alias.files.all()]
        == [(f.language, f.document_id, f.sort_order) for f in source.files.all()],
        "topics": list(alias.topics.all()) == list(source.topics.all()),
        "countries": list(alias.countries.all()) == list(source.countries.all()),
        "log": sorted(PageLogEntry.objects.filter(page=alias).values_list("action", flat=True)),
        "referenced documents": sorted(
            ReferenceIndex.get_references_for_object(alias).values_list("to_object_id", flat=True)
        )
        == sorted(
            ReferenceIndex.get_references_for_object(source).values_list("to_object_id", flat=True)
        ),
    }


class BulkAliasTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.library = LibraryPageFactory(parent=cls.site.home)
        sync_trees()  # the library's aliases in the other trees
        cls.care = TopicFactory(name="Foster care", slug="foster-care")
        cls.online = TopicFactory(name="Online abuse", slug="online-abuse")
        cls.serbia = CountryFactory(name="Serbia", slug="serbia")

    def publication(self, title):
        """A new publication as the importer leaves it: published from a revision."""
        page = PublicationPage(
            title=title,
            summary="A regional review.",
            authors="Ana Popescu",
            publication_date=datetime.date(2024, 5, 2),
            live=False,
        )
        self.library.add_child(instance=page)
        page.topics.set([self.care])
        page.countries.set([self.serbia])
        page.files = [
            PublicationFile(document=LibraryDocumentFactory(), language="en", sort_order=0),
            PublicationFile(document=LibraryDocumentFactory(), language="sq", sort_order=1),
        ]
        page.save_revision().publish()
        return PublicationPage.objects.get(pk=page.pk)

    def test_bulk_aliases_are_the_aliases_wagtail_localize_makes(self):
        wagtail_made = self.publication("Made by wagtail-localize")
        create_aliases_for_new_page(wagtail_made)
        bulk_made = self.publication("Made in bulk")
        created = create_aliases([bulk_made])
        self.assertEqual(len(created), 7)
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                locale = Locale.objects.get(language_code=code)
                expected = facts(
                    PublicationPage.objects.get(alias_of=wagtail_made, locale=locale), wagtail_made
                )
                actual = facts(
                    PublicationPage.objects.get(alias_of=bulk_made, locale=locale), bulk_made
                )
                self.assertEqual(actual, expected)

    def test_the_tree_stays_consistent(self):
        create_aliases([self.publication(f"Report {n}") for n in range(3)])
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        albanian_library = self.library.get_translation(Locale.objects.get(language_code="sq"))
        self.assertEqual(albanian_library.get_children().count(), 3)

    def test_a_taken_slug_gets_a_number(self):
        albanian = Locale.objects.get(language_code="sq")
        albanian_library = self.library.get_translation(albanian)
        albanian_library.add_child(
            instance=PublicationPage(
                title="Albanian",
                slug="review",
                summary="S",
                publication_date=datetime.date(2024, 1, 1),
            )
        )
        source = self.publication("Review")
        create_aliases([source])
        self.assertEqual(
            PublicationPage.objects.get(alias_of=source, locale=albanian).slug, "review-1"
        )

    def test_an_alias_is_served_and_marked_untranslated(self):
        source = self.publication("Foster care review")
        create_aliases([source])
        response = self.client.get(f"/bg/library/{source.slug}/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="note"')
        self.assertContains(response, "Foster care review")

    def test_aliases_follow_their_source_when_it_is_published(self):
        source = self.publication("Foster care review")
        (alias, *_others) = create_aliases([source])
        source.title = "Foster care review (2nd edition)"
        source.topics.set([self.online])
        source.files = [PublicationFile(document=LibraryDocumentFactory(), language="ro")]
        source.save_revision().publish()
        alias.refresh_from_db()
        self.assertEqual(alias.title, "Foster care review (2nd edition)")
        self.assertEqual([topic.slug for topic in alias.topics.all()], ["online-abuse"])
        self.assertEqual([edition.language for edition in alias.files.all()], ["ro"])

    def test_source_and_aliases_open_in_the_admin(self):
        source = self.publication("Foster care review")
        (alias, *_others) = create_aliases([source])
        admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
        self.client.force_login(admin)
        for page in (source, alias):
            with self.subTest(page=page.locale.language_code):
                response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                self.assertEqual(response.status_code, 200)
        # The source is a normal page with a live revision; the alias mirrors it until a
        # translator translates it, which turns it into a real translation.
        self.assertEqual(source.live_revision_id, source.latest_revision_id)
        self.assertContains(self.client.get(f"/admin/pages/{alias.pk}/edit/"), "It is mirroring")
        response = self.client.post(
            f"/admin/localize/submit/page/{source.pk}/", {"locales": [alias.locale_id]}
        )
        self.assertEqual(response.status_code, 302)
        alias.refresh_from_db()
        self.assertIsNone(alias.alias_of_id)
        self.assertEqual(alias.translation_key, source.translation_key)

    def test_pages_that_have_a_translation_are_skipped(self):
        source = self.publication("Foster care review")
        self.assertEqual(len(create_aliases([source])), 7)
        self.assertEqual(create_aliases([source]), [])
        self.assertEqual(PublicationPage.objects.filter(alias_of=source).count(), 7)
