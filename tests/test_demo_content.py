"""The demo loader builds the multilingual site, and running it twice changes nothing."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation

from home.models import HomePage, NewsPage, StandardPage, Topic

LANGUAGES = ["en", "sq", "bg", "hu", "ro", "sh", "ru", "uk"]


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("id", "title", "live", "alias_of_id")),
        "revisions": Revision.objects.count(),
        "topics": sorted(Topic.objects.values_list("id", "name", "parent_id")),
        "users": get_user_model().objects.count(),
    }


def about_in(locale):
    english = StandardPage.objects.get(locale__language_code="en", slug="about")
    return english.get_translation(locale)


class DemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = StringIO()
        call_command("load_demo_content", stdout=cls.output)

    def test_every_locale_has_a_home_page(self):
        homes = HomePage.objects.filter(depth=2)
        self.assertEqual(
            sorted(homes.values_list("locale__language_code", flat=True)), sorted(LANGUAGES)
        )
        for code in LANGUAGES:
            self.assertEqual(self.client.get(f"/{code}/").status_code, 200)

    def test_home_navigation_and_three_news_items_are_really_translated(self):
        for code in ("sq", "sh", "ro"):
            locale = Locale.objects.get(language_code=code)
            with self.subTest(code=code):
                home = HomePage.objects.get(locale=locale, depth=2)
                self.assertIsNone(home.alias_of_id)
                english = HomePage.objects.get(locale__language_code="en", depth=2)
                self.assertNotEqual(home.hero_title, english.hero_title)
                nav = home.get_children().in_menu().live()
                self.assertGreaterEqual(nav.count(), 5)
                self.assertFalse(nav.filter(alias_of__isnull=False).exists())
                translated_news = NewsPage.objects.filter(locale=locale, alias_of__isnull=True)
                self.assertGreaterEqual(translated_news.count(), 3)
                about = about_in(locale)
                self.assertIsNone(about.alias_of_id)
                self.assertNotEqual(about.title, "About ChildHub")

    def test_the_translations_are_wagtail_localize_translations(self):
        from wagtail_localize.models import Translation

        admin = get_user_model().objects.get(username="admin")
        self.client.force_login(admin)
        for code in ("sq", "sh", "ro"):
            locale = Locale.objects.get(language_code=code)
            pages = [
                HomePage.objects.get(locale=locale, depth=2),
                about_in(locale),
                *NewsPage.objects.filter(locale=locale, alias_of__isnull=True),
            ]
            for page in pages:
                with self.subTest(code=code, page=page.title):
                    translation = Translation.objects.get(
                        source__object_id=page.translation_key, target_locale=locale
                    )
                    self.assertTrue(translation.enabled)
                    total, translated = translation.get_progress()
                    self.assertEqual(translated, total)  # nothing waits for a translator
            # They open in wagtail-localize's translation editor, not the plain page editor.
            response = self.client.get(f"/admin/pages/{pages[1].pk}/edit/")
            self.assertContains(response, "js-translation-editor")
            self.assertContains(response, "Translation up to date")

    def test_other_trees_hold_aliases_of_the_english_pages(self):
        english_news = NewsPage.objects.filter(locale__language_code="en").count()
        for code in ("bg", "hu", "ru", "uk"):
            with self.subTest(code=code):
                local = NewsPage.objects.filter(locale__language_code=code)
                self.assertEqual(local.count(), english_news)
                self.assertEqual(local.filter(alias_of__isnull=False).count(), english_news)

    def test_about_is_translated_into_every_language_and_the_footer_names_the_site_pages(self):
        from home.models import SiteSettings

        for code in LANGUAGES[1:]:
            with self.subTest(code=code):
                about = about_in(Locale.objects.get(language_code=code))
                self.assertIsNone(about.alias_of_id)
                self.assertNotEqual(about.title, "About ChildHub")
                response = self.client.get(f"/{code}/")
                self.assertContains(response, f'<a href="{about.url}">{about.title}</a>', html=True)
        chosen = SiteSettings.objects.get()
        for key in ("about", "ask_expert", "contact", "partners", "privacy", "licence"):
            self.assertIsNotNone(getattr(chosen, f"{key}_page_id"), key)

    def test_the_home_page_features_publications_and_leads_to_ask_an_expert(self):
        english = self.client.get("/en/")
        self.assertContains(english, "Featured publications")
        self.assertContains(english, '<a class="button button--large" href="/en/ask-an-expert/">')
        albanian = self.client.get("/sq/").content.decode()
        featured = albanian.split("Botime të përzgjedhura")[1].split("</section>")[0]
        self.assertEqual(featured.count('class="card card--publication"'), 3)
        self.assertIn('href="/sq/pyetni-nje-ekspert/"', albanian)

    def test_taxonomy_exists_in_all_languages(self):
        for code in LANGUAGES:
            with self.subTest(code=code):
                self.assertGreaterEqual(
                    Topic.objects.filter(locale__language_code=code).count(), 10
                )
        child = Topic.objects.filter(locale__language_code="sq", parent__isnull=False).first()
        self.assertEqual(child.parent.locale.language_code, "sq")

    def test_prints_the_admin_login(self):
        self.assertIn("admin", self.output.getvalue())
        self.assertIn("/admin/", self.output.getvalue())
        admin = get_user_model().objects.get(username="admin")
        self.assertTrue(admin.is_superuser)

    def test_running_it_twice_changes_nothing(self):
        before = snapshot()
        call_command("load_demo_content", stdout=StringIO())
        self.assertEqual(snapshot(), before)

    def test_library_has_realistic_publications_with_searchable_pdfs(self):
        from library.demo import demo_rows
        from library.models import PublicationFile, PublicationPage

        english = PublicationPage.objects.filter(locale__language_code="en")
        self.assertEqual(english.count(), len(list(demo_rows())))  # every row, none merged
        self.assertGreaterEqual(english.count(), 45)
        titles = list(english.values_list("title", flat=True))
        self.assertEqual(len(set(titles)), len(titles))
        # No country series: no two titles share their first four words.
        openings = [" ".join(title.lower().split()[:4]) for title in titles]
        self.assertEqual(len(set(openings)), len(openings))
        for publication in english:
            editions = list(publication.files.select_related("document"))
            self.assertTrue(editions, publication.title)
            for edition in editions:
                with self.subTest(publication=publication.title, language=edition.language):
                    document = edition.document
                    self.assertTrue(document.file.name.endswith(".pdf"))
                    self.assertGreater(len(document.extracted_text), 800)
                    self.assertEqual(document.detected_language, edition.language)
        kinds = english.values_list("resource_type__slug", flat=True).distinct()
        self.assertGreaterEqual(len(set(kinds)), 5)
        local = PublicationFile.objects.exclude(language="en")
        self.assertGreaterEqual(local.count(), 20)
        self.assertGreaterEqual(len(set(local.values_list("language", flat=True))), 5)
        both = PublicationFile.objects.filter(language="en").values("page_id")
        self.assertGreaterEqual(local.filter(page_id__in=both).count(), 5)  # two editions
        # Albanian text inside a PDF (not in any title or summary) is found by the site
        # search, typed without its diacritics.
        response = self.client.get("/sq/search/?q=formulare")
        self.assertContains(response, "Udhëzues për punonjësit socialë")
        self.assertContains(response, "<mark>formularë</mark>", html=False)
        # Every publication has its aliases in the other trees.
        self.assertEqual(
            PublicationPage.objects.filter(locale__language_code="bg").count(), english.count()
        )
        self.assertEqual(self.client.get("/ro/library/").status_code, 200)

    def test_the_bulgarian_library_lists_the_bulgarian_editions(self):
        from library.models import PublicationFile

        bulgarian = PublicationFile.objects.filter(language="bg")
        self.assertGreaterEqual(bulgarian.count(), 3)
        response = self.client.get("/bg/library/?language=bg")
        self.assertEqual(response.status_code, 200)
        for edition in bulgarian.select_related("page"):
            self.assertContains(response, edition.page.title)
        self.assertNotContains(response, "Safer schools: a whole-school approach")
        # Bulgarian words that are only inside a PDF are found by the Bulgarian site search.
        response = self.client.get("/bg/search/", {"q": "кризисен център"})
        self.assertContains(response, "Насоки за работа по случаи на насилие над дете")

    def test_advocacy_has_briefs_citing_the_library_one_translated_and_an_initiative(self):
        from advocacy.models import AdvocacyInitiativePage, PolicyBriefPage

        response = self.client.get("/en/advocacy/")
        self.assertContains(response, "Keeping families together: gatekeeping before placement")
        self.assertContains(response, "Protecting children online starts at school")
        self.assertContains(response, "A foster care law for every district")
        brief = PolicyBriefPage.objects.get(
            locale__language_code="en", slug="keeping-families-together"
        )
        response = self.client.get(brief.url)
        self.assertContains(response, "Gatekeeping in alternative care")  # in the bibliography
        romanian = brief.get_translation(Locale.objects.get(language_code="ro"))
        self.assertIsNone(romanian.alias_of_id)
        self.assertTrue(
            Translation.objects.filter(
                target_locale__language_code="ro", source__object_id=brief.translation_key
            ).exists()
        )
        response = self.client.get(romanian.url)
        self.assertContains(response, "Familii unite: filtrarea intrărilor înainte de plasament")
        self.assertContains(response, "Asistenții maternali care beneficiază de supervizare")
        initiative = AdvocacyInitiativePage.objects.get(
            locale__language_code="en", slug="foster-care-law-moldova"
        )
        html = self.client.get(initiative.url).content.decode()
        consultation = html.index("The ministry opened a public consultation")
        self.assertLess(consultation, html.index("The draft law was sent to parliament"))
