"""The translator's hand-off: a translation made in wagtail-localize's editor goes to the
locale's review workflow (Wagtail's own), and that locale's editors approve and publish it.
A translation whose visible text is complete is complete: the slug follows the title."""

from django.contrib.auth.models import Group
from django.core import mail
from django.test import TestCase
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Page,
    PageLogEntry,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation

from home.factories import NewsPageFactory, StandardPageFactory
from home.locales import TRANSLATORS_GROUP, editor_group_name, ensure_locales_and_groups
from home.models import StandardPage
from home.tests.test_translation_sync import editor_props, user_in
from home.workflows import workflow_name
from tests.builders import build_site, demo_users, sync_trees, translate

LANGUAGES = ["en", "sq", "bg", "hu", "ro", "sh", "ru", "uk"]


class LocaleWorkflowTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()

    def test_each_locale_home_has_a_review_workflow_approved_by_its_editors(self):
        for code in LANGUAGES:
            with self.subTest(code=code):
                home = self.site.home.get_translation(Locale.objects.get(language_code=code))
                workflow = WorkflowPage.objects.get(page=home).workflow
                self.assertEqual(workflow.name, workflow_name(code))
                task = GroupApprovalTask.objects.get(workflow_tasks__workflow=workflow)
                self.assertEqual(
                    list(task.groups.values_list("name", flat=True)), [editor_group_name(code)]
                )
        self.assertEqual(workflow_name("sq"), "Review — Albanian")

    def test_creating_them_again_changes_nothing(self):
        counts = (Workflow.objects.count(), GroupApprovalTask.objects.count())
        ensure_locales_and_groups()
        self.assertEqual((Workflow.objects.count(), GroupApprovalTask.objects.count()), counts)
        ours = WorkflowPage.objects.filter(workflow__name__startswith="Review — ")
        self.assertEqual(ours.count(), len(LANGUAGES))


class TranslatorHandOffTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.sq = Locale.objects.get(language_code="sq")
        cls.article = NewsPageFactory(
            parent=cls.site.news,
            title="Helplines for every child",
            slug="helplines",
            summary="Helplines answer children day and night.",
        )
        cls.article.save_revision().publish()
        sync_trees()
        cls.alias = cls.article.get_translation(cls.sq)
        cls.translator = user_in(TRANSLATORS_GROUP, "translator")
        cls.editor_sq = user_in(editor_group_name("sq"), "editor-sq")
        cls.editor_bg = user_in(editor_group_name("bg"), "editor-bg")

    def start_translation(self):
        self.client.force_login(self.translator)
        response = self.client.post(
            f"/admin/localize/submit/page/{self.article.pk}/", {"locales": [self.sq.pk]}
        )
        self.assertEqual(response.status_code, 302)
        return self.client.get(f"/admin/pages/{self.alias.pk}/edit/")

    def put_data(self, value):
        from urllib.parse import urlencode

        return urlencode({"value": value})

    def test_the_translator_main_action_is_submit_for_review(self):
        response = self.start_translation()
        self.assertContains(response, 'name="childhub-submit-for-review"')
        self.assertContains(response, "Submit to Review — Albanian")
        self.assertContains(response, "translation-editor--review")
        # The regional editor publishes: wagtail-localize's own buttons, no hand-off.
        self.client.force_login(self.editor_sq)
        response = self.client.get(f"/admin/pages/{self.alias.pk}/edit/")
        self.assertNotContains(response, 'name="childhub-submit-for-review"')
        self.assertTrue(editor_props(response)["perms"]["canPublish"])

    def test_a_translation_of_the_visible_text_is_complete_the_slug_follows_the_title(self):
        props = editor_props(self.start_translation())
        self.assertIn("slug", [s["contentPath"] for s in props["segments"]])
        self.translate_with_api(props)
        response = self.client.get(f"/admin/pages/{self.alias.pk}/edit/")
        self.assertContains(response, "Translation up to date")
        shown = {
            s["contentPath"]: t["data"]
            for s in editor_props(response)["segments"]
            for t in editor_props(response)["initialStringTranslations"]
            if t["segment_id"] == s["id"]
        }
        self.assertEqual(shown["slug"], "linja-ndihmese-per-cdo-femije")

    def translate_with_api(self, props):
        texts = {
            "title": "Linja ndihmëse për çdo fëmijë",
            "summary": "Linjat ndihmëse u përgjigjen fëmijëve ditë e natë.",
        }
        for segment in props["segments"]:
            if segment["type"] == "string" and segment["contentPath"] in texts:
                response = self.client.put(
                    segment["editUrl"],
                    self.put_data(texts[segment["contentPath"]]),
                    content_type="application/x-www-form-urlencoded",
                )
                self.assertIn(response.status_code, (200, 201))

    def test_translator_submits_and_the_albanian_editor_approves_and_publishes(self):
        self.translate_with_api(editor_props(self.start_translation()))
        response = self.client.post(
            f"/admin/pages/{self.alias.pk}/edit/", {"childhub-submit-for-review": "1"}, follow=True
        )
        self.assertContains(response, "was submitted to Review — Albanian")
        state = WorkflowState.objects.get(object_id=str(self.alias.pk))
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertEqual(state.requested_by, self.translator)
        self.assertContains(response, "Submitted for review by translator")
        self.assertNotContains(response, 'name="childhub-submit-for-review"')  # no double submit
        # Nothing is published before review: the public page is as it was.
        page = self.alias.specific_class.objects.get(pk=self.alias.pk)
        self.assertNotEqual(page.title, "Linja ndihmëse për çdo fëmijë")

        # The Bulgarian editor can neither approve nor see the approve button.
        self.client.force_login(self.editor_bg)
        task_state = state.current_task_state
        approve = f"/admin/pages/workflow/action/{self.alias.pk}/approve/{task_state.pk}/"
        refused = self.client.post(approve, headers={"x-requested-with": "XMLHttpRequest"})
        self.assertEqual(refused.status_code, 403)
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)

        # The Albanian editor finds it on the dashboard and in the translation editor, and
        # approves it.
        self.client.force_login(self.editor_sq)
        dashboard = self.client.get("/admin/")
        self.assertContains(dashboard, "Awaiting your review")
        self.assertContains(dashboard, f"/admin/pages/{self.alias.pk}/edit/")
        edit_url = f"/admin/pages/{self.alias.pk}/edit/"
        response = self.client.get(edit_url)
        self.assertContains(response, f'action="{approve}"')
        response = self.client.post(approve, {"next": edit_url})
        self.assertRedirects(response, edit_url, fetch_redirect_response=False)
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_APPROVED)
        page.refresh_from_db()
        self.assertEqual(page.title, "Linja ndihmëse për çdo fëmijë")
        self.assertEqual(page.url, "/sq/lajme/linja-ndihmese-per-cdo-femije/")
        public = self.client.get(page.url)
        self.assertContains(public, "Linjat ndihmëse u përgjigjen fëmijëve ditë e natë.")

    def test_the_editor_can_send_it_back_and_the_translator_resubmits(self):
        self.translate_with_api(editor_props(self.start_translation()))
        edit_url = f"/admin/pages/{self.alias.pk}/edit/"
        self.client.post(edit_url, {"childhub-submit-for-review": "1"})
        state = WorkflowState.objects.get(object_id=str(self.alias.pk))
        self.client.force_login(self.editor_sq)
        reject = (
            f"/admin/pages/workflow/action/{self.alias.pk}/reject/{state.current_task_state.pk}/"
        )
        self.client.post(reject, {"comment": "Përdorni termin e ri."})
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        self.client.force_login(self.translator)
        self.assertContains(self.client.get(edit_url), "Resubmit to Approval by Editors — Albanian")
        self.client.post(edit_url, {"childhub-submit-for-review": "1"})
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)

    def test_a_translator_cannot_submit_a_page_already_in_review_twice(self):
        self.translate_with_api(editor_props(self.start_translation()))
        edit_url = f"/admin/pages/{self.alias.pk}/edit/"
        self.client.post(edit_url, {"childhub-submit-for-review": "1"})
        response = self.client.post(edit_url, {"childhub-submit-for-review": "1"}, follow=True)
        self.assertContains(response, "cannot be submitted for review now")
        self.assertEqual(WorkflowState.objects.filter(object_id=str(self.alias.pk)).count(), 1)

    def submit_translation(self):
        self.translate_with_api(editor_props(self.start_translation()))
        edit_url = f"/admin/pages/{self.alias.pk}/edit/"
        self.client.post(edit_url, {"childhub-submit-for-review": "1"})
        return WorkflowState.objects.get(object_id=str(self.alias.pk))

    def assertApprovedBy(self, state, user, page):
        """The review ended approved by ``user``, as their Approve would have left it."""
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_APPROVED)
        task_state = state.task_states.get()
        self.assertEqual(task_state.status, TaskState.STATUS_APPROVED)
        self.assertEqual(task_state.finished_by, user)
        actions = PageLogEntry.objects.filter(page=page).values_list("action", "user__username")
        self.assertIn(("wagtail.workflow.approve", user.username), actions)
        self.assertNotIn("wagtail.workflow.cancel", [action for action, _user in actions])
        # Published once, by the editor's publish: approving did not publish it again.
        self.assertEqual([a for a, _u in actions].count("wagtail.publish"), 1)
        self.assertIsNone(page.current_workflow_state)
        self.assertEqual(page.status_string, "live")
        # Nothing waits for the Albanian editors any more.
        self.client.force_login(self.editor_sq)
        self.assertNotContains(self.client.get("/admin/"), "Awaiting your review")

    def test_publish_in_albanian_during_review_approves_the_review(self):
        self.translator.email = "translator@example.org"
        self.translator.save()
        state = self.submit_translation()
        self.client.force_login(self.editor_sq)
        edit_url = f"/admin/pages/{self.alias.pk}/edit/"
        mail.outbox.clear()
        with self.captureOnCommitCallbacks(execute=True):  # wagtail-localize publishes then
            response = self.client.post(edit_url, {"action": "publish"})
        self.assertRedirects(response, edit_url, fetch_redirect_response=False)
        page = self.alias.specific_class.objects.get(pk=self.alias.pk)
        self.assertEqual(page.title, "Linja ndihmëse për çdo fëmijë")
        self.assertApprovedBy(state, self.editor_sq, page)
        # The translator hears it was approved (Wagtail's notification of an approved review).
        told = [m for m in mail.outbox if m.to == ["translator@example.org"]]
        self.assertEqual(len(told), 1)
        self.assertIn("has been approved", told[0].subject)

    def test_the_editors_publish_of_a_page_in_review_approves_it(self):
        """An Albanian page of its own (no translation), submitted by the translator with
        Wagtail's "Submit to Review — Albanian" and published by the editor in Wagtail's
        editor."""
        guide = StandardPageFactory(parent=self.site.home_sq, title="Udhëzues", slug="udhezues")
        guide.save_revision().publish()
        PageLogEntry.objects.filter(page=guide).delete()
        edit_url = f"/admin/pages/{guide.pk}/edit/"

        def post(user, action, intro):
            self.client.force_login(user)
            data = {"title": "Udhëzues", "slug": "udhezues", "intro": intro}
            data["body"] = streamfield([("paragraph", rich_text("<p>Hapat.</p>"))])
            return self.client.post(edit_url, nested_form_data({**data, action: action}))

        self.assertEqual(post(self.translator, "action-submit", "Hapat e parë.").status_code, 302)
        state = WorkflowState.objects.get(object_id=str(guide.pk))
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertEqual(post(self.editor_sq, "action-publish", "Hapat e parë.").status_code, 302)
        page = StandardPage.objects.get(pk=guide.pk)
        self.assertEqual(page.intro, "Hapat e parë.")
        self.assertApprovedBy(state, self.editor_sq, page)

    def test_approve_still_publishes_the_submitted_translation(self):
        state = self.submit_translation()
        self.client.force_login(self.editor_sq)
        approve = (
            f"/admin/pages/workflow/action/{self.alias.pk}/approve/{state.current_task_state.pk}/"
        )
        self.client.post(approve)
        page = self.alias.specific_class.objects.get(pk=self.alias.pk)
        self.assertEqual(page.title, "Linja ndihmëse për çdo fëmijë")
        self.assertEqual(page.live_revision_id, page.latest_revision_id)

    def test_translators_group_cannot_approve(self):
        self.assertFalse(
            GroupApprovalTask.objects.filter(groups=Group.objects.get(name=TRANSLATORS_GROUP))
        )


class ConvertToAliasTests(TestCase):
    """wagtail-localize's "Convert to alias page" replaces the published translation with the
    English page: only the locale's editors may, even at its address."""

    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.article = NewsPageFactory(
            parent=cls.site.news, title="Helplines for every child", slug="helplines"
        )
        cls.article.save_revision().publish()
        sync_trees()
        cls.article_sq = translate(cls.article, "sq", title="Linja ndihmëse për çdo fëmijë")
        cls.users = demo_users()
        cls.url = f"/admin/localize/page/{cls.article_sq.pk}/convert_to_alias/"

    def assertStillTheTranslation(self):
        page = Page.objects.get(pk=self.article_sq.pk)
        self.assertIsNone(page.alias_of_id)
        self.assertEqual(page.title, "Linja ndihmëse për çdo fëmijë")
        self.assertTrue(Translation.objects.filter(target_locale=page.locale_id).exists())

    def test_the_translator_cannot_convert_a_translation_to_an_alias(self):
        self.client.force_login(self.users["translator"])
        edit_url = f"/admin/pages/{self.article_sq.pk}/edit/"
        for method in (self.client.get, self.client.post):
            with self.subTest(method=method.__name__):
                response = method(self.url, follow=True)
                self.assertRedirects(response, edit_url)
                self.assertContains(
                    response,
                    "Only the editors who publish in Albanian can turn this translation back "
                    "into an alias",
                )
                self.assertStillTheTranslation()
        # The page editor's menu does not offer it either (a translation stopped by an
        # editor opens there).
        Translation.objects.filter(target_locale=self.article_sq.locale).update(enabled=False)
        response = self.client.get(edit_url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'name="localize-convert-to-alias"')
        response = self.client.post(edit_url, {"localize-convert-to-alias": "1"}, follow=True)
        self.assertContains(response, "Only the editors who publish in Albanian")
        self.assertStillTheTranslation()

    def test_the_bulgarian_editor_is_refused(self):
        self.client.force_login(self.users["editor-bg"])
        response = self.client.post(self.url)
        self.assertNotEqual(response.status_code, 200)
        self.assertStillTheTranslation()

    def test_the_albanian_editor_converts_it(self):
        self.client.force_login(self.users["editor-sq"])
        Translation.objects.filter(target_locale=self.article_sq.locale).update(enabled=False)
        edit = self.client.get(f"/admin/pages/{self.article_sq.pk}/edit/")
        self.assertContains(edit, 'name="localize-convert-to-alias"')
        self.assertContains(self.client.get(self.url), "Yes, convert it")
        response = self.client.post(self.url)
        self.assertRedirects(
            response, f"/admin/pages/{self.article_sq.pk}/edit/", fetch_redirect_response=False
        )
        page = Page.objects.get(pk=self.article_sq.pk)
        self.assertEqual(page.alias_of_id, self.article.pk)
        self.assertEqual(page.title, "Helplines for every child")
