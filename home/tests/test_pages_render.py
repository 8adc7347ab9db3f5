from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.rich_text import RichText

from academy.models import CourseIndexPage
from advocacy.models import AdvocacyIndexPage
from home.factories import StandardPageFactory
from library.models import LibraryPage
from tests.builders import build_site


class PageRenderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.about = cls.site.about
        cls.about.body = [
            ("heading", {"text": "Who we are", "level": "h2"}),
            ("paragraph", RichText("<p>A network of <b>professionals</b>.</p>")),
            ("quote", {"text": "Every child matters.", "attribution": "A social worker"}),
        ]
        cls.about.save_revision().publish()
        cls.sections = [
            cls.site.home.add_child(instance=model(title=title, slug=title.lower(), intro=intro))
            for model, title, intro in (
                (LibraryPage, "Library", "Research and guidance."),
                (CourseIndexPage, "Academy", "Free courses."),
                (AdvocacyIndexPage, "Advocacy", "Policy briefs."),
            )
        ]

    def test_standard_page_renders_its_blocks(self):
        response = self.client.get("/en/about/")
        self.assertContains(response, "<h2>Who we are</h2>", html=True)
        self.assertContains(response, "<b>professionals</b>")
        self.assertContains(response, "<figcaption>A social worker</figcaption>", html=True)

    def test_section_indexes_render(self):
        for section in self.sections:
            with self.subTest(section=section.title):
                response = self.client.get(section.url)
                self.assertContains(response, f"<h1>{section.title}</h1>", html=True)
                self.assertContains(response, section.intro)

    def test_standard_page_query_count_does_not_grow_with_subpages_or_blocks(self):
        def count():
            self.client.get("/en/about/")  # warm up the site's root-path cache
            with CaptureQueriesContext(connection) as queries:
                self.client.get("/en/about/")
            return len(queries)

        before = count()
        for _ in range(5):
            StandardPageFactory(parent=self.about)
        self.assertEqual(count(), before)

    def test_home_falls_back_to_the_newest_news_without_curated_sections(self):
        response = self.client.get("/en/")
        self.assertContains(response, 'id="latest-news-heading"')


class SiteWideEndpointTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()

    def test_sitemap_lists_pages_of_every_locale(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "<loc>http://localhost/en/news/</loc>")
        self.assertContains(response, "<loc>http://localhost/sq/lajme/</loc>")

    def test_health_check_answers_without_a_language_prefix(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.json()["status"], "ok")
