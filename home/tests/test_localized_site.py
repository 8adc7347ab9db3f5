"""Every locale's home renders in its language, with alternates and a working switcher."""

from django.test import TestCase
from wagtail.models import Locale

from tests.builders import build_site


class LocalizedHomeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()

    def test_every_locale_serves_its_home_with_its_lang(self):
        for code in ["en", "sq", "bg", "hu", "ro", "sh", "ru", "uk"]:
            with self.subTest(code=code):
                response = self.client.get(f"/{code}/")
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{code}"')

    def test_ui_strings_are_translated(self):
        expected = {
            "en": "Skip to main content",
            "sq": "Kalo te përmbajtja kryesore",
            "bg": "Към основното съдържание",
            "hu": "Ugrás a fő tartalomhoz",
            "ro": "Salt la conținutul principal",
            "sh": "Preskoči na glavni sadržaj",
            "ru": "Перейти к основному содержанию",
            "uk": "Перейти до основного вмісту",
        }
        for code, text in expected.items():
            with self.subTest(code=code):
                self.assertContains(self.client.get(f"/{code}/"), text)

    def test_hreflang_alternates_list_real_translations_only(self):
        response = self.client.get("/en/")
        self.assertContains(
            response, '<link rel="alternate" hreflang="en" href="http://testserver/en/">'
        )
        self.assertContains(
            response, '<link rel="alternate" hreflang="sq" href="http://testserver/sq/">'
        )
        # Bulgarian has only an alias of the English home: no alternate for it.
        self.assertNotContains(response, 'hreflang="bg" href=')

    def test_switcher_leads_to_the_translation_of_the_same_page(self):
        response = self.client.get("/en/news/")
        self.assertContains(response, 'href="/sq/lajme/" hreflang="sq"')

    def test_untranslated_page_is_an_alias_marked_as_such(self):
        response = self.client.get("/bg/news/")
        self.assertEqual(response.status_code, 200)
        # The content is marked English; the interface around it, and the notice (inside
        # <main>, where the skip link leads), stay Bulgarian.
        self.assertContains(response, '<main id="main" tabindex="-1">')
        self.assertContains(response, '<h1 lang="en">News</h1>', html=True)
        self.assertContains(response, '<p class="lead" lang="en">News from the region.</p>')
        self.assertContains(response, '<h2 class="listing__count">0 статии</h2>', html=True)
        main = response.content.decode().split('<main id="main" tabindex="-1">')[1]
        self.assertIn('role="note"', main.split("</main>")[0])
        self.assertContains(response, "не е преведена")

    def test_switcher_goes_to_locale_home_when_the_page_is_missing(self):
        self.site.about.get_translation(Locale.objects.get(language_code="hu")).delete()
        response = self.client.get("/en/about/")
        self.assertContains(response, 'href="/hu/?from=untranslated"')
        notice = self.client.get("/hu/?from=untranslated")
        self.assertContains(notice, 'role="status"')

    def test_navigation_follows_the_locale(self):
        response = self.client.get("/sq/")
        self.assertContains(response, '<a href="/sq/lajme/"')
        self.assertNotContains(response, '<a href="/en/news/"')


class LanguageRedirectTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()

    def test_root_redirects_to_the_browser_language(self):
        response = self.client.get("/", headers={"accept-language": "ro-RO,ro;q=0.9,en;q=0.5"})
        self.assertRedirects(response, "/ro/", fetch_redirect_response=False)

    def test_root_falls_back_to_english(self):
        response = self.client.get("/", headers={"accept-language": "ja"})
        self.assertRedirects(response, "/en/", fetch_redirect_response=False)

    def test_croatian_bosnian_and_serbian_browsers_get_sh(self):
        for header in ("hr-HR,hr;q=0.9", "bs", "sr-Latn-RS", "sr"):
            with self.subTest(header=header):
                response = self.client.get("/", headers={"accept-language": header})
                self.assertRedirects(response, "/sh/", fetch_redirect_response=False)
