"""Aliases written in bulk (library/aliases.py) are the pages wagtail-localize would make;
with untested library versions wagtail-localize makes them; pages copied in the admin get
theirs."""

import datetime
from unittest.mock import patch

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex
from wagtail_localize.synctree import create_aliases_for_new_page

from home.factories import CountryFactory, StandardPageFactory, TopicFactory
from home.locales import editor_group_name
from home.models import StandardPage
from library import aliases
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
            doi="10.1234/review",
            licence="CC BY 4.0",
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

    def assertSameAliases(self, made, wagtail_made):
        """The aliases of ``made`` are what wagtail-localize made for ``wagtail_made``."""
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                locale = Locale.objects.get(language_code=code)
                expected = facts(
                    PublicationPage.objects.get(alias_of=wagtail_made, locale=locale), wagtail_made
                )
                actual = facts(PublicationPage.objects.get(alias_of=made, locale=locale), made)
                self.assertEqual(actual, expected)

    def test_bulk_aliases_are_the_aliases_wagtail_localize_makes(self):
        wagtail_made = self.publication("Made by wagtail-localize")
        create_aliases_for_new_page(wagtail_made)
        bulk_made = self.publication("Made in bulk")
        created = create_aliases([bulk_made])
        self.assertEqual(len(created), 7)
        self.assertSameAliases(bulk_made, wagtail_made)

    def test_the_installed_library_versions_are_the_tested_ones(self):
        # The bulk path is used only with the versions it was tested with. After an upgrade,
        # run these tests with the new versions, check them and update TESTED_VERSIONS.
        self.assertEqual(aliases.installed_versions(), aliases.TESTED_VERSIONS)

    def test_with_untested_versions_wagtail_localize_makes_the_aliases(self):
        wagtail_made = self.publication("Made by wagtail-localize")
        create_aliases_for_new_page(wagtail_made)
        made = self.publication("Made after an upgrade")
        with (
            patch.dict(aliases.TESTED_VERSIONS, {"wagtail": "7.0"}),
            self.assertLogs("library.aliases", "WARNING") as warned,
            self.assertLogs("wagtail", "INFO") as wagtail_log,  # Wagtail's create_alias ran
        ):
            created = create_aliases([made])
            self.assertEqual(create_aliases([made]), [])  # translated everywhere already
        self.assertIn("Aliases are made one by one by wagtail-localize", warned.output[0])
        self.assertEqual(len(created), 7)
        self.assertEqual(
            sum("Page alias created" in line for line in wagtail_log.output), len(created)
        )
        self.assertEqual({alias.alias_of_id for alias in created}, {made.pk})
        self.assertSameAliases(made, wagtail_made)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))

    def test_what_a_copy_leaves_out_an_alias_leaves_out(self):
        excluded = ["doi", "countries", "files"]
        default = [*PublicationPage.default_exclude_fields_in_copy, "licence"]
        with (
            patch.object(PublicationPage, "exclude_fields_in_copy", excluded),
            patch.object(PublicationPage, "default_exclude_fields_in_copy", default),
        ):
            source = self.publication("Foster care review")
            created = create_aliases([source])
        self.assertEqual(len(created), 7)
        alias = PublicationPage.objects.get(pk=created[0].pk)
        self.assertEqual((alias.doi, alias.licence), ("", ""))
        self.assertFalse(alias.countries.exists())
        self.assertFalse(alias.files.exists())
        # The rest is copied.
        self.assertEqual((source.doi, source.licence), ("10.1234/review", "CC BY 4.0"))
        self.assertEqual((alias.summary, alias.authors), (source.summary, source.authors))
        self.assertEqual(list(alias.topics.all()), [self.care])
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))

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


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


class CopiedPageAliasTests(TestCase):
    """A page copied in the admin gets its aliases in the trees that sync from its own, as a
    page created there does."""

    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.library = LibraryPageFactory(parent=cls.site.home)
        sync_trees()
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
        cls.albanian = Locale.objects.get(language_code="sq")
        cls.guide_sq = StandardPageFactory(
            parent=cls.site.home_sq, title="Udhëzues", slug="udhezues"
        )

    def copy(self, page, parent, slug, **options):
        return self.client.post(
            f"/admin/pages/{page.pk}/copy/",
            {
                "new_title": f"{page.title} (copy)",
                "new_slug": slug,
                "new_parent_page": parent.pk,
                "publish_copies": "on",
                **options,
            },
        )

    def test_a_publication_copied_in_the_english_library_gets_its_aliases(self):
        source = PublicationPage(
            title="Foster care review",
            slug="foster-care-review",
            summary="A regional review.",
            publication_date=datetime.date(2024, 5, 2),
        )
        self.library.add_child(instance=source)
        source.save_revision().publish()
        self.client.force_login(self.admin)
        response = self.copy(source, self.library, "foster-care-review-2025")
        self.assertEqual(response.status_code, 302)
        copy = PublicationPage.objects.get(
            slug="foster-care-review-2025", locale__language_code="en"
        )
        aliases_of_copy = PublicationPage.objects.filter(alias_of=copy)
        self.assertEqual(
            sorted(aliases_of_copy.values_list("locale__language_code", flat=True)),
            sorted(OTHER_LANGUAGES),
        )
        response = self.client.get("/bg/library/foster-care-review-2025/")
        self.assertContains(response, "Foster care review (copy)")

    def test_pages_copied_with_their_subpages_get_aliases_under_the_copies_aliases(self):
        about = StandardPage.objects.get(pk=self.site.about.pk)
        StandardPageFactory(parent=about, title="Our team", slug="team")
        self.client.force_login(self.admin)
        response = self.copy(about, self.site.home, "about-2", copy_subpages="on")
        self.assertEqual(response.status_code, 302)
        copy = StandardPage.objects.get(slug="about-2", locale__language_code="en")
        team = copy.get_children().get()
        bulgarian = Locale.objects.get(language_code="bg")
        copy_bg = StandardPage.objects.get(alias_of=copy, locale=bulgarian)
        team_bg = StandardPage.objects.get(alias_of=team, locale=bulgarian)
        self.assertEqual(team_bg.get_parent().pk, copy_bg.pk)
        self.assertEqual(Page.objects.filter(translation_key=copy.translation_key).count(), 8)
        self.assertEqual(Page.objects.filter(translation_key=team.translation_key).count(), 8)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        self.assertEqual(self.client.get("/bg/about-2/team/").status_code, 200)

    def test_an_alias_made_in_the_admin_gets_no_aliases_of_its_own(self):
        self.client.force_login(self.admin)
        response = self.copy(self.site.about, self.site.home, "about-alias", alias="on")
        self.assertEqual(response.status_code, 302)
        alias = Page.objects.get(slug="about-alias")
        self.assertEqual(alias.alias_of_id, self.site.about.pk)
        self.assertFalse(Page.objects.filter(alias_of=alias).exists())

    def test_the_albanian_editor_copies_in_the_albanian_tree_and_the_copy_stays_there(self):
        self.client.force_login(user_in(editor_group_name("sq"), "editor-sq"))
        response = self.copy(self.guide_sq, self.site.home_sq, "udhezues-2")
        self.assertEqual(response.status_code, 302)
        copy = Page.objects.get(slug="udhezues-2")
        self.assertEqual(copy.locale, self.albanian)
        # No tree syncs from Albanian: the copy is its only version, as a page created there.
        self.assertEqual(Page.objects.filter(translation_key=copy.translation_key).count(), 1)

    def test_the_bulgarian_editor_cannot_copy_in_the_albanian_tree(self):
        self.client.force_login(user_in(editor_group_name("bg"), "editor-bg"))
        response = self.copy(self.guide_sq, self.site.home_sq, "udhezues-2")
        self.assertIn(response.status_code, (302, 403))
        self.assertFalse(Page.objects.filter(slug="udhezues-2").exists())
