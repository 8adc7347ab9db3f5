"""Regional editors edit their own locale's tree only; translators translate."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import Locale

from home.locales import TRANSLATORS_GROUP, editor_group_name
from tests.builders import build_site

XHR = {"x-requested-with": "XMLHttpRequest"}


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


class RegionalEditorPermissionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.albanian_editor = user_in(editor_group_name("sq"), "editor-sq")
        cls.translator = user_in(TRANSLATORS_GROUP, "translator")
        cls.bulgarian_news = cls.site.news.get_translation(Locale.objects.get(language_code="bg"))

    def test_every_locale_has_its_editor_group(self):
        names = set(Group.objects.values_list("name", flat=True))
        for code in ["en", "sq", "bg", "hu", "ro", "sh", "ru", "uk"]:
            self.assertIn(editor_group_name(code), names)

    def test_albanian_editor_edits_the_albanian_tree(self):
        self.client.force_login(self.albanian_editor)
        response = self.client.get(f"/admin/pages/{self.site.news_sq.pk}/edit/")
        self.assertEqual(response.status_code, 200)

    def test_albanian_editor_cannot_edit_the_bulgarian_tree(self):
        self.client.force_login(self.albanian_editor)
        for page in (self.bulgarian_news, self.site.news):
            with self.subTest(locale=page.locale.language_code):
                url = f"/admin/pages/{page.pk}/edit/"
                # The admin's own scripts get a plain 403 …
                self.assertEqual(self.client.get(url, headers=XHR).status_code, 403)
                # … a browser is sent back to the dashboard with Wagtail's refusal message.
                response = self.client.get(url, follow=True)
                self.assertRedirects(response, "/admin/")
                self.assertContains(response, "you do not have permission")
                self.assertFalse(page.permissions_for_user(self.albanian_editor).can_edit())

    def test_albanian_editor_cannot_publish_in_the_bulgarian_tree(self):
        self.client.force_login(self.albanian_editor)
        response = self.client.post(
            f"/admin/pages/{self.bulgarian_news.pk}/edit/",
            {"title": "Hacked", "slug": "news", "action-publish": "publish"},
            headers=XHR,
        )
        self.assertEqual(response.status_code, 403)
        self.bulgarian_news.refresh_from_db()
        self.assertNotEqual(self.bulgarian_news.title, "Hacked")

    def test_albanian_editor_can_add_pages_in_the_albanian_tree_only(self):
        self.client.force_login(self.albanian_editor)
        add_sq = f"/admin/pages/add/home/newspage/{self.site.news_sq.pk}/"
        add_bg = f"/admin/pages/add/home/newspage/{self.bulgarian_news.pk}/"
        self.assertEqual(self.client.get(add_sq).status_code, 200)
        self.assertEqual(self.client.get(add_bg, headers=XHR).status_code, 403)

    def test_translator_can_submit_translations_but_not_publish(self):
        self.assertTrue(self.translator.has_perm("wagtail_localize.submit_translation"))
        self.client.force_login(self.translator)
        response = self.client.get(f"/admin/pages/{self.bulgarian_news.pk}/edit/")
        self.assertEqual(response.status_code, 200)
        perms = self.bulgarian_news.permissions_for_user(self.translator)
        self.assertFalse(perms.can_publish())
