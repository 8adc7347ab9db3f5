"""Publishing a publication brings its seven aliases up to date in bulk (library/alias_updates.py):
the aliases hold what the source holds, as Wagtail's own update leaves them, with a number of
queries that does not depend on how many aliases there are; with untested library versions
Wagtail's own path runs."""

import datetime
from unittest.mock import patch

from django.db import connection, models
from django.db.models.signals import post_save
from django.test import SimpleTestCase, TestCase, override_settings
from django.test.utils import CaptureQueriesContext, isolate_apps
from django_tasks import task_backends
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.contrib.frontend_cache.signal_handlers import page_published_signal_handler
from wagtail.models import Locale, Page, ReferenceIndex, TranslatableMixin
from wagtail.signals import page_published

from home.factories import CountryFactory, TopicFactory
from home.models import Audience
from home.navigation import bump_when_a_page_changes
from home.tasks import sync_translations_on_publish
from home.workflows import approve_review_on_publish
from library import alias_updates, aliases
from library.aliases import create_aliases
from library.factories import LibraryDocumentFactory, LibraryPageFactory
from library.listing import LIBRARY_DATA
from library.models import PublicationFile, PublicationPage
from tests.builders import build_site, sync_trees

OTHER_LANGUAGES = ["sq", "bg", "hu", "ro", "sh", "ru", "uk"]
# An alias's own fields: where it is and what it is (checked on their own below).
OWN = {"id", "page_ptr", "path", "depth", "numchild", "url_path", "slug", "locale"}
OWN |= {"translation_key", "alias_of", "latest_revision", "draft_title"}
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
UNTESTED = {"wagtail": "7.0"}


def alias_state(alias, source):
    """What an alias holds, relative to its source."""
    parent = alias.get_parent()
    return {
        "differs from the source in": sorted(
            field.name
            for field in PublicationPage._meta.concrete_fields
            if field.name not in OWN
            and getattr(alias, field.attname) != getattr(source, field.attname)
        ),
        "draft title": alias.draft_title == source.title,
        "url path": alias.url_path == f"{parent.url_path}{alias.slug}/",
        "editions": [(f.document_id, f.language, f.sort_order) for f in alias.files.all()],
        "topics": sorted(alias.topics.values_list("slug", flat=True)),
        "countries": sorted(alias.countries.values_list("slug", flat=True)),
        "audiences": sorted(alias.audiences.values_list("slug", flat=True)),
        "related": sorted(alias.related_publications.values_list("pk", flat=True)),
        "referenced": sorted(
            ReferenceIndex.get_references_for_object(alias).values_list("to_object_id", flat=True)
        ),
    }


def source_state(source):
    return {
        "differs from the source in": [],
        "draft title": True,
        "url path": True,
        "editions": [(f.document_id, f.language, f.sort_order) for f in source.files.all()],
        "topics": sorted(source.topics.values_list("slug", flat=True)),
        "countries": sorted(source.countries.values_list("slug", flat=True)),
        "audiences": sorted(source.audiences.values_list("slug", flat=True)),
        "related": sorted(source.related_publications.values_list("pk", flat=True)),
        "referenced": sorted(
            ReferenceIndex.get_references_for_object(source).values_list("to_object_id", flat=True)
        ),
    }


class AliasUpdateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.library = LibraryPageFactory(parent=cls.site.home)
        sync_trees()  # the library's aliases in the other trees
        english = Locale.objects.get(language_code="en")
        cls.care = TopicFactory(name="Foster care", slug="foster-care")
        cls.online = TopicFactory(name="Online abuse", slug="online-abuse")
        cls.serbia = CountryFactory(name="Serbia", slug="serbia")
        cls.albania = CountryFactory(name="Albania", slug="albania")
        cls.police = Audience.objects.create(name="Police", slug="police", locale=english)
        cls.documents = [LibraryDocumentFactory() for _ in range(4)]
        cls.earlier = cls.publication("An earlier review", [cls.documents[0]])

    @classmethod
    def publication(cls, title, documents):
        page = PublicationPage(
            title=title,
            summary="A regional review.",
            authors="Ana Popescu",
            publication_date=datetime.date(2024, 5, 2),
            doi="10.1234/review",
            live=False,
        )
        cls.library.add_child(instance=page)
        page.topics.set([cls.care])
        page.countries.set([cls.serbia])
        page.files = [
            PublicationFile(document=document, language=code, sort_order=index)
            for index, (document, code) in enumerate(zip(documents, ["en", "sq"], strict=False))
        ]
        page.save_revision().publish()
        create_aliases([page])
        return PublicationPage.objects.get(pk=page.pk)

    def change_and_publish(self, page, title="Foster care review (2nd edition)"):
        """A new title, summary, DOI, terms, editions and a related publication, published."""
        page = PublicationPage.objects.get(pk=page.pk)
        page.title = title
        page.summary = "The second edition, with Albania."
        page.doi = "10.1234/review-2"
        page.topics.set([self.online, self.care])
        page.countries.set([self.albania])
        page.audiences.set([self.police])
        page.related_publications.set([self.earlier])
        page.files = [
            PublicationFile(document=self.documents[2], language="ro", sort_order=0),
            PublicationFile(document=self.documents[3], language="bg", sort_order=1),
        ]
        revision = page.save_revision()
        with self.captureOnCommitCallbacks(execute=True):
            revision.publish()
        return PublicationPage.objects.get(pk=page.pk)

    def aliases(self, source):
        return PublicationPage.objects.filter(alias_of=source).order_by("locale__language_code")

    def test_after_a_publish_every_alias_holds_what_the_source_holds(self):
        source = self.publication("Foster care review", self.documents[:2])
        slugs = dict(self.aliases(source).values_list("pk", "slug"))
        source = self.change_and_publish(source)
        expected = source_state(source)
        self.assertEqual(len(expected["editions"]), 2)
        self.assertEqual(expected["topics"], ["foster-care", "online-abuse"])
        self.assertEqual(len(expected["referenced"]), 2)  # the two new editions' documents
        aliases = list(self.aliases(source))
        self.assertEqual(sorted(a.locale.language_code for a in aliases), sorted(OTHER_LANGUAGES))
        for alias in aliases:
            with self.subTest(language=alias.locale.language_code):
                self.assertEqual(alias_state(alias, source), expected)
                self.assertEqual(alias.slug, slugs[alias.pk])  # an alias keeps its slug
                self.assertEqual(alias.title, "Foster care review (2nd edition)")
                self.assertEqual(alias.alias_of_id, source.pk)
                self.assertTrue(alias.live)
                self.assertFalse(alias.has_unpublished_changes)
                self.assertIsNone(alias.latest_revision_id)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        response = self.client.get(f"/bg/library/{slugs[aliases[0].pk]}/")
        self.assertContains(response, "Foster care review (2nd edition)")
        self.assertContains(response, "The second edition, with Albania.")

    def test_the_aliases_are_what_wagtails_own_update_makes(self):
        made_by_wagtail = self.publication("Made by Wagtail", self.documents[:2])
        with patch.dict(aliases.TESTED_VERSIONS, UNTESTED), self.assertLogs("library"):
            made_by_wagtail = self.change_and_publish(made_by_wagtail, "Made by Wagtail")
        made_in_bulk = self.change_and_publish(
            self.publication("Made in bulk", self.documents[:2]), "Made in bulk"
        )
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                wagtail_alias = PublicationPage.objects.get(
                    alias_of=made_by_wagtail, locale__language_code=code
                )
                bulk_alias = PublicationPage.objects.get(
                    alias_of=made_in_bulk, locale__language_code=code
                )
                expected = alias_state(wagtail_alias, made_by_wagtail)
                # Wagtail takes the live revision from the revision's content: the one
                # before; the bulk path gives the alias the source's, as creating one does.
                self.assertEqual(expected.pop("differs from the source in"), ["live_revision"])
                actual = alias_state(bulk_alias, made_in_bulk)
                self.assertEqual(actual.pop("differs from the source in"), [])
                self.assertEqual(actual, expected)
                for field in ("live", "has_unpublished_changes", "last_published_at"):
                    self.assertEqual(
                        getattr(bulk_alias, field) == getattr(made_in_bulk, field),
                        getattr(wagtail_alias, field) == getattr(made_by_wagtail, field),
                    )

    def test_what_a_copy_leaves_out_the_update_leaves_alone(self):
        source = self.publication("Foster care review", self.documents[:2])
        before = {alias.pk: alias_state(alias, source) for alias in self.aliases(source)}
        excluded = ["doi", "countries", "files"]
        with patch.object(PublicationPage, "exclude_fields_in_copy", excluded):
            source = self.change_and_publish(source)
        for alias in self.aliases(source):
            with self.subTest(language=alias.locale.language_code):
                state = alias_state(alias, source)
                self.assertEqual(alias.doi, "10.1234/review")  # as it was
                self.assertEqual(state["countries"], ["serbia"])
                self.assertEqual(state["editions"], before[alias.pk]["editions"])
                self.assertEqual(alias.title, source.title)  # the rest is copied
                self.assertEqual(state["topics"], ["foster-care", "online-abuse"])

    def test_the_aliases_of_an_alias_follow_too(self):
        source = self.publication("Foster care review", self.documents[:2])
        albanian = source.get_translation(Locale.objects.get(language_code="sq"))
        parent = albanian.get_parent()
        chained = albanian.create_alias(parent=parent, update_slug="review-copy")
        source = self.change_and_publish(source)
        chained = PublicationPage.objects.get(pk=chained.pk)
        self.assertEqual(chained.alias_of_id, albanian.pk)
        self.assertEqual(alias_state(chained, source), source_state(source))
        self.assertEqual(chained.slug, "review-copy")
        self.assertEqual(chained.url_path, f"{parent.url_path}review-copy/")

    @override_settings(TASKS=DUMMY_TASKS)
    def test_the_queries_do_not_grow_with_the_number_of_aliases(self):
        seven = self.publication("Seven aliases", self.documents[:2])
        three = self.publication("Three aliases", self.documents[:2])
        for alias in self.aliases(three)[:4]:
            alias.delete()
        self.assertEqual((self.aliases(seven).count(), self.aliases(three).count()), (7, 3))
        queries = {}
        for name, page, untested in [
            ("bulk 7", seven, {}),
            ("bulk 3", three, {}),
            ("wagtail 7", seven, UNTESTED),
            ("wagtail 3", three, UNTESTED),
        ]:
            revision = PublicationPage.objects.get(pk=page.pk).save_revision()
            with (
                patch.dict(aliases.TESTED_VERSIONS, untested),
                self.assertNoLogs("library") if not untested else self.assertLogs("library"),
                CaptureQueriesContext(connection) as captured,
            ):
                revision.publish()
            queries[name] = len(captured)
        # Wagtail's own path costs about 40 queries an alias; the bulk path the same for any.
        self.assertGreater(queries["wagtail 7"] - queries["wagtail 3"], 4 * 30)
        self.assertEqual(queries["bulk 7"], queries["bulk 3"])
        self.assertLess(queries["bulk 7"], queries["wagtail 3"])

    @override_settings(TASKS=DUMMY_TASKS)
    def test_one_task_purges_the_aliases_and_one_updates_their_references(self):
        source = self.publication("Foster care review", self.documents[:2])
        backend = task_backends["default"]
        backend.results.clear()
        self.change_and_publish(source)
        tasks = {}
        for result in backend.results:
            tasks.setdefault(result.task.name, []).append(result.args)
        alias_ids = sorted(str(pk) for pk in self.aliases(source).values_list("pk", flat=True))
        references = [args for args in tasks["update_reference_index"] if len(args[0]) > 1]
        self.assertEqual(len(references), 1)
        self.assertEqual(sorted(pk for _app, _model, pk in references[0][0]), alias_ids)
        purged = [url for args in tasks["purge_urls_from_cache_task"] for url in args[0]]
        for alias in self.aliases(source):
            self.assertEqual(purged.count(alias.full_url), 1)

    def test_with_untested_versions_wagtail_updates_the_aliases(self):
        source = self.publication("Foster care review", self.documents[:2])
        published = []

        def receiver(sender, instance, **kwargs):
            published.append((instance.pk, kwargs.get("alias", False)))

        page_published.connect(receiver, sender=PublicationPage)
        self.addCleanup(page_published.disconnect, receiver, sender=PublicationPage)
        with (
            patch.dict(aliases.TESTED_VERSIONS, UNTESTED),
            self.assertLogs("library.alias_updates", "WARNING") as warned,
        ):
            source = self.change_and_publish(source)
        self.assertIn("Aliases are updated one by one by Wagtail", warned.output[0])
        # Wagtail's path: a page_published signal for each alias.
        alias_ids = set(self.aliases(source).values_list("pk", flat=True))
        self.assertEqual({pk for pk, alias in published if alias}, alias_ids)
        for alias in self.aliases(source):
            self.assertEqual(alias.title, "Foster care review (2nd edition)")

    def test_the_signal_receivers_it_stands_in_for_are_the_known_ones(self):
        """The bulk path sends post_save for each alias and does what the receivers of
        page_published do for aliases: a new receiver must be looked at (and listed here)."""
        stood_in_for = {
            page_published_signal_handler,  # one purge for all aliases
            bump_when_a_page_changes,  # post_save bumps it too
            LIBRARY_DATA.bump,  # post_save bumps it too
            sync_translations_on_publish,  # nothing for an alias
            approve_review_on_publish,  # nothing for an alias: it has no workflow
        }
        # Receivers of apps that build on the library, named (imports point one way).
        named = {"advocacy.tasks.pdf_on_publish"}  # policy briefs only
        receivers = set(page_published._live_receivers(PublicationPage)[0])
        self.assertEqual(
            {f"{other.__module__}.{other.__qualname__}" for other in receivers - stood_in_for},
            named,
        )
        self.assertLessEqual(stood_in_for, receivers)
        self.assertIn(LIBRARY_DATA.bump, post_save._live_receivers(PublicationPage)[0])


class Copyable(ClusterableModel):
    default_exclude_fields_in_copy = []
    exclude_fields_in_copy = []

    class Meta:
        abstract = True


class BulkSupportTests(SimpleTestCase):
    def test_the_publication_is_updated_in_bulk(self):
        self.assertTrue(alias_updates.bulk_supported(PublicationPage))

    @isolate_apps("library")
    def test_what_the_bulk_path_cannot_copy_goes_wagtails_way(self):
        class Tag(models.Model):  # noqa: DJ008
            pass

        class Plain(Copyable):
            tags = ParentalManyToManyField(Tag)

        class Edition(models.Model):  # noqa: DJ008
            page = ParentalKey(Plain, related_name="editions", on_delete=models.CASCADE)

        class WithTranslatedChildren(Copyable):
            pass

        class Talk(TranslatableMixin, models.Model):  # noqa: DJ008
            page = ParentalKey(
                WithTranslatedChildren, related_name="talks", on_delete=models.CASCADE
            )

            class Meta(TranslatableMixin.Meta):
                pass

        class WithNestedChildren(Copyable):
            pass

        class Session(ClusterableModel):
            page = ParentalKey(
                WithNestedChildren, related_name="sessions", on_delete=models.CASCADE
            )

        class Slot(models.Model):  # noqa: DJ008
            session = ParentalKey(Session, related_name="slots", on_delete=models.CASCADE)

        class WithPlainManyToMany(Copyable):
            tags = models.ManyToManyField(Tag)

        self.assertTrue(alias_updates.bulk_supported(Plain))
        for model in (WithTranslatedChildren, WithNestedChildren, WithPlainManyToMany):
            with self.subTest(model=model.__name__):
                self.assertFalse(alias_updates.bulk_supported(model))
