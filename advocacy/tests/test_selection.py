"""Start from the evidence: publications selected in the library, the search or the admin
become a draft brief with one evidence block each — for those who may add briefs in that
language only."""

from django.contrib.messages import get_messages
from django.test import TestCase
from wagtail.models import Locale, Page

from advocacy.models import PolicyBriefPage
from library.models import PublicationPage
from tests.builders import demo_users, sync_trees, translate

from .helpers import advocacy_site

NEW_BRIEF = "/admin/advocacy/new-brief/"


class SelectionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = advocacy_site(publications=4)
        cls.advocacy_sq = translate(cls.site.advocacy, "sq", title="Avokim", slug="avokim")
        cls.library_sq = translate(cls.site.library, "sq", title="Biblioteka", slug="biblioteka")
        sync_trees()  # the publications' aliases under the Albanian library
        cls.users = demo_users()
        sq = Locale.objects.get(language_code="sq")
        cls.sq_publications = [
            PublicationPage.objects.get(locale=sq, translation_key=p.translation_key)
            for p in cls.site.publications
        ]

    def test_the_library_offers_checkboxes_to_those_who_may_add_briefs_only(self):
        label = "in a new policy brief"
        self.assertNotContains(self.client.get(f"{self.library_sq.url}?english=1"), label)
        self.client.force_login(self.users["editor-bg"])
        self.assertNotContains(self.client.get(f"{self.library_sq.url}?english=1"), label)
        self.client.force_login(self.users["editor-sq"])
        response = self.client.get(f"{self.library_sq.url}?english=1")
        for publication in self.sq_publications:
            self.assertContains(
                response,
                f'name="publication" value="{publication.pk}" form="brief-selection"',
            )
        self.assertContains(
            response,
            f'<form id="brief-selection" class="select-for-brief__form" method="get" '
            f'action="{NEW_BRIEF}">',
        )

    def test_a_regional_editor_makes_a_draft_with_one_evidence_block_per_publication(self):
        self.client.force_login(self.users["editor-sq"])
        chosen = self.sq_publications[:3]
        query = "&".join(f"publication={p.pk}" for p in chosen)
        response = self.client.get(f"{NEW_BRIEF}?{query}")
        self.assertContains(response, "with an evidence block for each of these 3 publications")
        response = self.client.post(
            NEW_BRIEF,
            {
                "publication": [p.pk for p in chosen],
                "title": "Kujdesi familjar",
                "summary": "Përmbledhje.",
            },
        )
        brief = PolicyBriefPage.objects.get(title="Kujdesi familjar")
        self.assertRedirects(response, f"/admin/pages/{brief.pk}/edit/")
        self.assertFalse(brief.live)
        self.assertEqual(brief.get_parent().pk, self.advocacy_sq.pk)
        self.assertEqual(brief.locale.language_code, "sq")
        self.assertEqual(
            [(b.block_type, b.value["publication"].pk) for b in brief.body],
            [("evidence", p.pk) for p in chosen],
        )
        self.assertEqual(brief.body[0].value["finding"], chosen[0].summary)
        self.assertEqual(brief.latest_revision.user, self.users["editor-sq"])
        self.assertEqual(
            [str(message) for message in get_messages(response.wsgi_request)],
            ["Draft brief “Kujdesi familjar” created with 3 evidence blocks."],
        )

    def test_an_editor_of_another_language_is_refused_and_nothing_is_made(self):
        self.client.force_login(self.users["editor-bg"])
        response = self.client.post(
            NEW_BRIEF,
            {"publication": [self.sq_publications[0].pk], "title": "T", "summary": "S"},
        )
        self.assertRedirects(
            response, "/admin/", fetch_redirect_response=False
        )  # Wagtail's refusal
        self.assertFalse(PolicyBriefPage.objects.exists())

    def test_a_selection_that_no_longer_exists_makes_nothing(self):
        self.client.force_login(self.users["editor-sq"])
        gone = self.sq_publications[0].pk
        Page.objects.get(pk=gone).delete()
        response = self.client.post(
            NEW_BRIEF,
            {"publication": [gone, "999999", "x\x00"], "title": "T", "summary": "S"},
            follow=True,
        )
        self.assertContains(
            response, "None of the selected publications exists any longer: no brief was created."
        )
        self.assertFalse(PolicyBriefPage.objects.exists())

    def test_regional_editors_add_briefs_in_their_own_language_only(self):
        add = "/admin/pages/add/advocacy/policybriefpage/{}/"
        advocacy_bg = Page.objects.get(
            locale__language_code="bg", translation_key=self.site.advocacy.translation_key
        )
        self.client.force_login(self.users["editor-sq"])
        self.assertEqual(self.client.get(add.format(self.advocacy_sq.pk)).status_code, 200)
        self.assertNotEqual(self.client.get(add.format(advocacy_bg.pk)).status_code, 200)
        self.assertNotEqual(self.client.get(add.format(self.site.advocacy.pk)).status_code, 200)

    def test_the_explorer_bulk_action_opens_the_new_brief_view(self):
        self.client.force_login(self.users["editor-sq"])
        ids = [p.pk for p in self.sq_publications[:2]]
        response = self.client.get(
            "/admin/bulk/wagtailcore/page/new_policy_brief/?" + "&".join(f"id={i}" for i in ids)
        )
        self.assertRedirects(
            response,
            f"{NEW_BRIEF}?publication={ids[0]}&publication={ids[1]}",
            fetch_redirect_response=False,
        )
