"""The design system's pages and components, as rendered HTML: the language each part is
marked with, the home page's sections, the footer's pages, breadcrumbs, dates, the download
block, form fields and the pattern library's access."""

import datetime
import re
from types import SimpleNamespace
from unittest import mock

from django import forms
from django.contrib.auth import get_user_model
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from advocacy.patterns import PATTERNS as ADVOCACY_PATTERNS
from home.patterns import PATTERNS as HOME_PATTERNS
from home.templatetags.childhub_tags import local_date
from library.factories import LibraryDocumentFactory, PublicationPageFactory
from library.patterns import PATTERNS as LIBRARY_PATTERNS
from search.patterns import PATTERNS as SEARCH_PATTERNS
from tests.design_site import build_design_site

ALL_PATTERNS = HOME_PATTERNS + LIBRARY_PATTERNS + SEARCH_PATTERNS + ADVOCACY_PATTERNS


def tag(html, name, **attributes):
    """The first element ``name`` whose attributes include ``attributes`` (the whole tag)."""
    for match in re.finditer(rf"<{name}\b[^>]*>", html):
        if all(
            f'{key.rstrip("_")}="{value}"' in match.group(0) for key, value in attributes.items()
        ):
            return match.group(0)
    return None


class DesignSystemPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_design_site()

    def get(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode()

    def test_an_untranslated_article_marks_its_content_not_the_interface(self):
        html = self.get(self.site.article.get_translation(self.locale("bg")).url)
        main = html.split('<main id="main" tabindex="-1">')[1].split("</main>")[0]
        self.assertIn('role="note"', main)  # inside <main>: the skip link reaches it
        self.assertRegex(main, r'<h1 lang="en">Moldova adopts')
        self.assertRegex(main, r'<p class="lead" lang="en">New standards')
        # The date, the labels and the topic names are Bulgarian and carry no lang="en".
        self.assertIn('<time datetime="2026-10-14">14 октомври 2026 г.</time>', main)
        self.assertIn(
            '<a class="tag" href="/bg/news/?topic=alternative-care">Алтернативна грижа</a>', main
        )
        self.assertIn("<h2>Свързани новини</h2>", main)

    def test_a_translated_article_needs_no_lang_of_its_own(self):
        html = self.get(self.site.article.get_translation(self.locale("sq")).url)
        self.assertIn("<h1>Moldavia miraton", html)
        self.assertNotIn(
            'lang="en"', html.split("<main")[1].split("</main>")[0].split("sidebar")[0]
        )
        self.assertIn('<nav class="breadcrumbs" aria-label="Shtegu i navigimit">', html)

    def test_a_bulgarian_publication_in_the_english_library_is_marked_bulgarian(self):
        for url in (
            self.site.bulgarian.url,
            "/sq/library/zakrila-na-detsata-s-uvrezhdaniya-v-obshchnostta/",
        ):
            with self.subTest(url=url):
                html = self.get(url)
                self.assertRegex(html, r'<h1 lang="bg">Закрила на децата')
                self.assertRegex(html, r'<p class="lead" lang="bg">Изследване')
                self.assertIn('<meta name="citation_language" content="bg">', html)

    def test_a_bulgarian_publication_in_the_bulgarian_tree_needs_no_notice(self):
        html = self.get("/bg/library/zakrila-na-detsata-s-uvrezhdaniya-v-obshchnostta/")
        self.assertNotIn('role="note"', html)
        self.assertRegex(html, r"<h1>Закрила на децата")

    def test_the_download_block_names_each_edition_in_full(self):
        html = self.get(self.site.english.url)
        block = html.split('<section class="download-block"')[1].split("</section>")[0]
        self.assertIn("Download <span", block)
        self.assertIn("<span>Albanian</span>", block)
        self.assertIn('<span lang="sq">(Shqip)</span>', block)
        self.assertIn("<span>English</span>", block)
        self.assertNotIn('<span lang="en">', block)  # the interface's own language: no autonym
        self.assertRegex(block, r"PDF, [\d.]+\xa0KB, 1 page")
        self.assertIn("Publisher's page", block)

    def test_breadcrumbs_lead_home_through_the_section(self):
        html = self.get(self.site.english.url)
        crumbs = html.split('<nav class="breadcrumbs"')[1].split("</nav>")[0]
        self.assertEqual(
            re.findall(r"<li>(.*?)</li>", crumbs),
            [
                '<a href="/en/">Home</a>',
                '<a href="/en/library/">Library</a>',
                '<span aria-current="page">Foster care in South-East Europe: a regional review '
                "of standards and services</span>",
            ],
        )

    def test_home_page_sections(self):
        html = self.get("/en/")
        self.assertIn('<input type="search" id="home-search-q"', html)
        self.assertIn("Featured publications", html)
        self.assertIn("New in the library", html)
        self.assertIn('<a href="/en/library/?topic=alternative-care">Alternative care</a>', html)
        self.assertIn(
            '<a class="tag" href="/en/library/?audience=social-workers">Social workers</a>', html
        )
        self.assertIn('<a class="button button--large" href="/en/ask-an-expert/">', html)
        self.assertIn('id="latest-news-heading"', html)
        self.assertNotIn("upcoming-heading", html)  # no courses or events yet: no section
        # The Bulgarian publication's card carries its language; its type label does not.
        self.assertRegex(html, r'<h3 class="card__title" lang="bg"><a href="/en/library/zakrila')

    def test_home_without_curated_sections_shows_the_newest_and_the_expert_call(self):
        html = self.get("/sq/")  # the Albanian home was translated before it had sections
        self.assertIn("Të reja në bibliotekë", html)
        self.assertIn("Shfletoni sipas temës", html)
        self.assertIn(
            '<a class="button button--large" href="/sq/ask-an-expert/">Bëni një pyetje</a>', html
        )

    def test_upcoming_courses_and_events_appear_once_there_are_any(self):
        item = {
            "title": "Webinar: interviewing children",
            "url": "/en/academy/webinar/",
            "date": datetime.date(2026, 11, 5),
            "meta": "Webinar",
        }
        offer = SimpleNamespace(upcoming=lambda locale, limit: [item])
        with mock.patch("home.home_sections.local_modules", return_value=[offer]):
            html = self.get("/en/")
        self.assertIn('<h2 id="upcoming-heading">Upcoming courses and events</h2>', html)
        self.assertIn('<a href="/en/academy/webinar/">Webinar: interviewing children</a>', html)
        self.assertIn('Webinar · <time datetime="2026-11-05">Nov. 5, 2026</time>', html)

    def test_home_page_queries_do_not_grow_with_publications_and_news(self):
        def count():
            self.client.get("/en/")
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get("/en/").status_code, 200)
            return len(queries)

        before = count()
        for n in range(4):
            PublicationPageFactory(
                parent=self.site.library,
                editions=[("en", LibraryDocumentFactory(title=f"Extra {n}"))],
            )
            self.site.article.copy(update_attrs={"slug": f"copy-{n}", "title": f"Copy {n}"})
        self.assertEqual(count(), before)

    def test_footer_links_lead_to_each_language_s_page(self):
        for code, about in (("en", "/en/about/"), ("bg", "/bg/about/")):
            with self.subTest(code=code):
                html = self.get(f"/{code}/")
                footer = html.split('<footer class="site-footer">')[1]
                self.assertIn(f'<a href="{about}">', footer)
                self.assertIn(f'<a href="/{code}/ask-an-expert/">', footer)
                self.assertIn("mailto:contact@childhub.example.org", footer)
        self.assertIn("За ChildHub", self.get("/bg/").split('<footer class="site-footer">')[1])

    def test_an_untranslated_menu_item_is_marked_with_its_language(self):
        html = self.get("/bg/")
        nav = html.split('<nav class="main-nav"')[1].split("</nav>")[0]
        self.assertIn('<a href="/bg/about/" lang="en">About</a>', nav)
        self.assertIn('<a href="/bg/news/" lang="en">News</a>', nav)

    def test_the_header_search_box_holds_the_query(self):
        html = self.get("/en/search/?q=foster")
        self.assertIn(tag(html, "input", id="site-search-q") or "", html)
        self.assertIn('value="foster"', tag(html, "input", id="site-search-q"))

    def test_news_index_headings_do_not_skip_a_level(self):
        html = self.get("/en/news/")
        levels = [int(level) for level in re.findall(r"<h([1-6])\b", html.split("<main")[1])]
        self.assertEqual(levels[0], 1)
        self.assertTrue(all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels)

    def test_not_found_page_offers_search(self):
        response = self.client.get("/bg/no-such-page/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, 'id="not-found-search-q"', status_code=404)

    def locale(self, code):
        from wagtail.models import Locale

        return Locale.objects.get(language_code=code)


class LocalDateTests(TestCase):
    def test_month_names_in_the_case_each_language_writes_them(self):
        expected = {
            "bg": "14 октомври 2026 г.",
            "ro": "14 octombrie 2026",
            "sq": "14 tetor 2026",
            "ru": "14 октября 2026 г.",
            "en": "Oct. 14, 2026",
        }
        for code, text in expected.items():
            with self.subTest(code=code), translation.override(code):
                self.assertEqual(local_date(datetime.date(2026, 10, 14)), text)


class FormComponentTests(TestCase):
    class Form(forms.Form):
        email = forms.EmailField(label="Email", help_text="We write only about your question.")
        role = forms.ChoiceField(
            label="Role", choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect
        )
        agree = forms.BooleanField(label="I agree", required=False)

    def test_a_field_in_error_names_its_hint_and_error(self):
        form = self.Form(data={"email": "ana@", "role": "a"})
        form.is_valid()
        html = render_to_string("components/form_field.html", {"field": form["email"]})
        self.assertIn('aria-describedby="id_email_helptext id_email_error_1"', html)
        self.assertIn('aria-invalid="true"', html)
        self.assertIn('<p class="field__hint" id="id_email_helptext">', html)
        self.assertIn('id="id_email_error_1"', html)

    def test_radio_buttons_are_a_fieldset(self):
        form = self.Form()
        html = render_to_string("components/form_field.html", {"field": form["role"]})
        self.assertIn("<fieldset", html)
        self.assertIn("<legend>Role</legend>", html)

    def test_the_error_summary_links_to_each_field(self):
        form = self.Form(data={"email": ""})
        form.is_valid()
        html = render_to_string("components/form_errors.html", {"form": form})
        self.assertIn('<div class="form-errors" tabindex="-1" role="alert"', html)
        self.assertIn('<a href="#id_email">Email: This field is required.</a>', html)
        self.assertIn('<a href="#id_role_0">Role: This field is required.</a>', html)


class PatternLibraryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_design_site()
        users = get_user_model()
        cls.staff = users.objects.create_user("designer", password="x", is_staff=True)
        cls.member = users.objects.create_user("member", password="x")

    def test_hidden_from_visitors_and_members(self):
        self.assertEqual(self.client.get("/en/patterns/").status_code, 404)
        self.client.force_login(self.member)
        self.assertEqual(self.client.get("/en/patterns/").status_code, 404)

    @override_settings(DEBUG=True)
    def test_shown_with_debug(self):
        self.assertEqual(self.client.get("/en/patterns/").status_code, 200)

    def test_staff_see_every_pattern_in_both_scripts_and_nothing_is_written(self):
        self.client.force_login(self.staff)
        pages = Page.objects.count()
        response = self.client.get("/en/patterns/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        for pattern in ALL_PATTERNS:
            self.assertIn(f">{pattern['name']}</h2>", html)
        self.assertEqual(html.count('<div lang="sq">'), len(ALL_PATTERNS))
        self.assertEqual(html.count('<div lang="bg">'), len(ALL_PATTERNS))
        self.assertIn("Закрила", html.replace("Приемна грижа", "Закрила"))
        self.assertIn("Kujdestaria familjare", html)
        self.assertEqual(Page.objects.count(), pages)
        # In another interface language, the English notes are marked English.
        bulgarian = self.client.get("/bg/patterns/").content.decode()
        self.assertIn("<h1>Библиотека с компоненти</h1>", bulgarian)
        self.assertIn(' lang="en">Publication card</h2>', bulgarian)

    def test_each_pattern_renders_alone(self):
        request = RequestFactory().get("/en/patterns/")
        for pattern in ALL_PATTERNS:
            for script in ("latin", "cyrillic"):
                with self.subTest(pattern=pattern["name"], script=script):
                    html = render_to_string(
                        pattern["template"], pattern["context"](script), request=request
                    )
                    self.assertTrue(html.strip())
