"""Private stays private: what drafts, unpublished and restricted pages say is never suggested
("Did you mean") nor found, also after their pages are moved under a private page."""

from django.core.management import call_command
from django.test import TestCase
from django_tasks.signals import task_enqueued
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from search.models import Word
from tests.builders import build_site


class PrivateContentTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):  # the site's pages indexed
            cls.site = build_site()

    def search(self, query):
        """The search page as an anonymous visitor sees it: (titles found, "did you mean")."""
        response = self.client.get("/en/search/", {"q": query})
        self.assertEqual(response.status_code, 200)
        titles = [hit.source.title for hit in response.context["hits"]]
        return titles, response.context["did_you_mean"]

    def suggestion(self, query):
        return self.search(query)[1]

    def page(self, parent=None, **fields):
        with self.captureOnCommitCallbacks(execute=True):
            return StandardPageFactory(parent=parent or self.site.home, **fields)

    def restrict(self, page):
        with self.captureOnCommitCallbacks(execute=True):
            return PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.LOGIN
            )


class SpellingVocabularyTests(PrivateContentTestCase):
    def test_the_words_of_a_public_page_are_suggested(self):
        self.page(title="Quillandrium assessment", intro="Counted by the vocabulary.")
        self.assertEqual(self.suggestion("quillondrium"), "quillandrium")

    def test_the_words_of_a_draft_are_never_suggested(self):
        self.page(title="Zephyrine protocol", intro="Marvolian notes.", live=False)
        self.assertIsNone(self.suggestion("zephyrone"))
        self.assertIsNone(self.suggestion("marvolion"))
        self.assertFalse(Word.objects.filter(word__in=["zephyrine", "marvolian"]).exists())

    def test_the_words_of_a_restricted_page_and_its_descendants_are_never_suggested(self):
        staff = self.page(title="Staff area")
        self.restrict(staff)
        self.page(parent=staff, title="Zephyrine protocol", intro="Marvolian notes.")
        self.assertIsNone(self.suggestion("zephyrone"))
        self.assertIsNone(self.suggestion("marvolion"))

    def test_unpublishing_takes_the_words_away(self):
        page = self.page(title="Quillandrium assessment")
        self.assertEqual(self.suggestion("quillondrium"), "quillandrium")
        with self.captureOnCommitCallbacks(execute=True):
            page.unpublish()
        self.assertIsNone(self.suggestion("quillondrium"))

    def test_deleting_takes_the_words_away(self):
        section = self.page(title="Regional offices")
        self.page(parent=section, title="Quillandrium assessment")
        self.assertEqual(self.suggestion("quillondrium"), "quillandrium")
        with self.captureOnCommitCallbacks(execute=True):
            section.delete()
        self.assertIsNone(self.suggestion("quillondrium"))

    def test_a_word_two_pages_share_stays_until_neither_has_it(self):
        first = self.page(title="Quillandrium assessment")
        second = self.page(title="Quillandrium review")
        with self.captureOnCommitCallbacks(execute=True):
            first.unpublish()
        self.assertEqual(self.suggestion("quillondrium"), "quillandrium")
        with self.captureOnCommitCallbacks(execute=True):
            second.delete()
        self.assertIsNone(self.suggestion("quillondrium"))

    def test_restricting_a_page_takes_its_subtree_words_away_and_lifting_it_restores_them(self):
        section = self.page(title="Regional offices")
        self.page(parent=section, title="Quillandrium assessment")
        restriction = self.restrict(section)
        self.assertIsNone(self.suggestion("quillondrium"))
        with self.captureOnCommitCallbacks(execute=True):
            restriction.delete()
        self.assertEqual(self.suggestion("quillondrium"), "quillandrium")

    def test_update_index_rebuilds_the_vocabulary_from_public_pages(self):
        self.page(title="Quillandrium assessment")
        # What the vocabulary held before it kept private words out: a draft's word.
        Word.objects.create(language="en", word="zephyrine", folded="zephyrine", frequency=3)
        self.assertEqual(self.suggestion("zephyrone"), "zephyrine")
        call_command("update_index", verbosity=0)
        self.assertIsNone(self.suggestion("zephyrone"))
        self.assertEqual(self.suggestion("quillondrium"), "quillandrium")
        self.assertEqual(Word.objects.get(language="en", word="quillandrium").frequency, 1)


class MovedPagesTests(PrivateContentTestCase):
    def setUp(self):
        self.staff = self.page(title="Staff area")
        self.restrict(self.staff)
        self.offices = self.page(title="Regional offices")
        self.tirana = self.page(parent=self.offices, title="Tirana office")
        self.outpost = self.page(parent=self.tirana, title="Kestrelwood outpost")

    def test_a_subtree_moved_under_a_private_page_is_no_longer_found(self):
        self.assertEqual(self.search("kestrelwood")[0], ["Kestrelwood outpost"])
        with self.captureOnCommitCallbacks(execute=True):
            self.offices.move(self.staff, pos="last-child")
        titles, _suggestion = self.search("kestrelwood")
        self.assertEqual(titles, [])
        self.assertEqual(self.search("tirana")[0], [])
        self.assertIsNone(self.suggestion("kestrelwod"))

    def test_a_subtree_moved_out_of_a_private_page_is_found(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.offices.move(self.staff, pos="last-child")
        with self.captureOnCommitCallbacks(execute=True):
            self.offices.refresh_from_db()
            self.offices.move(self.site.home, pos="last-child")
        self.assertEqual(self.search("kestrelwood")[0], ["Kestrelwood outpost"])
        self.assertEqual(self.suggestion("kestrelwod"), "kestrelwood")

    def test_a_move_that_shifts_a_private_sibling_keeps_its_subtree_private(self):
        # Put first among the home page's children, the move renumbers the tree paths of the
        # siblings after it, the private "Staff area" and its pages included.
        self.page(parent=self.staff, title="Marvolian handbook")
        self.assertEqual(self.search("marvolian")[0], [])
        with self.captureOnCommitCallbacks(execute=True):
            self.offices.move(self.site.home, pos="first-child")
        self.assertEqual(self.search("marvolian")[0], [])
        self.assertEqual(self.search("kestrelwood")[0], ["Kestrelwood outpost"])

    def test_the_moved_descendants_are_queued_for_every_backend_in_one_task(self):
        queued = []

        def record(sender, task_result, **kwargs):
            if task_result.task.name == "update_search_index":
                queued.append([tuple(key) for key in task_result.args[0]])

        task_enqueued.connect(record)
        try:
            with self.captureOnCommitCallbacks(execute=True):
                self.offices.move(self.staff, pos="last-child")
        finally:
            task_enqueued.disconnect(record)
        self.assertEqual(len(queued), 1)
        for page in (self.offices, self.tirana, self.outpost):
            self.assertIn(("home", "standardpage", str(page.pk)), queued[0])
