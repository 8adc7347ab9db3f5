"""Anonymous readers get public pages from the shared cache; every change retires them at
once, and signed-in members always get fresh pages."""

from unittest import mock

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from wagtail.contrib.frontend_cache.utils import purge_url_from_cache
from wagtail.models import PageViewRestriction, Site

from home.caching import VERSION_KEYS
from home.factories import NewsPageFactory, TopicFactory
from home.models import SiteSettings
from home.page_cache import PageCacheMiddleware
from tests.builders import build_site, translate


@override_settings(PAGE_CACHE_SECONDS=300)
class PageCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.topic = TopicFactory(name="Foster care", slug="foster-care")
        cls.article = NewsPageFactory(
            parent=cls.site.news, title="Foster care standard", topics=[cls.topic]
        )

    def get(self, url, client=None):
        response = (client or self.client).get(url)
        self.assertEqual(response.status_code, 200)
        return response

    def test_a_second_anonymous_visit_is_served_from_the_cache_without_a_query(self):
        first = self.get(self.article.url)
        self.assertEqual(first["X-Page-Cache"], "miss")
        with CaptureQueriesContext(connection) as queries:
            second = self.get(self.article.url)
        self.assertEqual(second["X-Page-Cache"], "hit")
        self.assertEqual(len(queries), 0, [query["sql"] for query in queries])
        self.assertEqual(second.content, first.content)
        self.assertIn("Cookie", second["Vary"])
        self.assertIn("Content-Security-Policy", second)

    def test_publishing_shows_the_new_title_at_once(self):
        self.get(self.article.url)
        self.get(self.site.news.url)
        self.article.title = "Foster care standard, revised"
        self.article.save_revision().publish()
        for url in (self.article.url, self.site.news.url):
            response = self.get(url)
            self.assertEqual(response["X-Page-Cache"], "miss")
            self.assertContains(response, "Foster care standard, revised")

    def test_unpublishing_removes_the_page_at_once(self):
        self.get(self.article.url)
        self.article.unpublish()
        self.assertEqual(self.client.get(self.article.url).status_code, 404)
        self.assertNotContains(self.get(self.site.news.url), "Foster care standard")

    def test_moving_a_page_retires_the_cached_pages(self):
        about = self.site.about
        self.get(about.url)
        self.get(self.site.news.url)
        about.move(self.site.news, pos="last-child")
        old = self.client.get("/en/about/")  # Wagtail's redirects follow the move
        self.assertEqual((old.status_code, old["Location"]), (301, "/en/news/about/"))
        self.assertEqual(self.get("/en/news/about/")["X-Page-Cache"], "miss")

    def test_publishing_a_translation_updates_the_language_switcher(self):
        self.get(self.site.about.url)
        translate(self.site.about, "sq", title="Rreth nesh", slug="rreth-nesh")
        response = self.get(self.site.about.url)
        self.assertEqual(response["X-Page-Cache"], "miss")
        self.assertContains(response, 'hreflang="sq" href="http://testserver/sq/rreth-nesh/"')

    def test_a_renamed_term_shows_on_cached_pages_at_once(self):
        self.assertContains(self.get(self.article.url), "Foster care")
        self.topic.name = "Foster and kinship care"
        self.topic.save()
        self.assertContains(self.get(self.article.url), "Foster and kinship care")

    def test_changed_site_settings_show_on_cached_pages_at_once(self):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        self.assertNotContains(self.get(self.article.url), "mailto:")
        settings.contact_email = "hub@example.org"
        settings.save()
        self.assertContains(self.get(self.article.url), "mailto:hub@example.org")

    def test_a_new_view_restriction_applies_at_once(self):
        self.get(self.site.about.url)
        PageViewRestriction.objects.create(
            page=self.site.about, restriction_type=PageViewRestriction.LOGIN
        )
        response = self.client.get(self.site.about.url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])

    def test_wagtail_frontend_cache_purge_retires_cached_pages(self):
        self.get(self.article.url)
        self.assertEqual(self.get(self.article.url)["X-Page-Cache"], "hit")
        purge_url_from_cache(f"http://localhost{self.article.url}")
        self.assertEqual(self.get(self.article.url)["X-Page-Cache"], "miss")

    def test_signed_in_members_always_get_fresh_pages(self):
        member = get_user_model().objects.create_user("member", password="x")
        self.get(self.article.url)  # cached for anonymous readers
        self.client.force_login(member)
        for _ in range(2):
            response = self.get(self.article.url)
            self.assertNotIn("X-Page-Cache", response)
        # Their pages are never stored for others either.
        self.article.title = "Changed while a member reads"
        self.article.save_revision().publish()
        self.get(self.article.url)
        anonymous = self.client_class()
        self.assertContains(self.get(self.article.url, anonymous), "Changed while a member reads")

    def test_search_and_admin_are_never_cached(self):
        for url in ("/en/search/?q=foster", "/admin/login/"):
            self.client.get(url)
            self.assertNotIn("X-Page-Cache", self.client.get(url))

    def test_a_response_that_sets_a_cookie_or_is_private_is_not_stored(self):
        def serve(request):
            request.resolver_match = resolve(self.article.url)
            response = HttpResponse("page")
            if "cookie" in request.GET:
                response.set_cookie("seen", "1")
            else:
                response["Cache-Control"] = "private"
            return response

        middleware = PageCacheMiddleware(serve)
        for url in ("/en/news/?cookie=1", "/en/news/?private=1"):
            for _ in range(2):
                response = middleware(RequestFactory().get(url))
                self.assertNotIn("X-Page-Cache", response)


class VersionTokenTests(TestCase):
    """Each request reads every version token in one cache round trip."""

    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.article = NewsPageFactory(parent=cls.site.news, title="Foster care standard")

    def token_reads(self, url):
        """The cache calls (round trips, with Redis) that read a version token."""
        reads, depth = [], [0]
        original = {name: getattr(cache, name) for name in ("get", "get_many", "get_or_set")}

        def recording(name):
            def call(key, *args, **kwargs):
                keys = list(key) if name == "get_many" else [key]
                if depth[0] == 0 and any(k in VERSION_KEYS for k in keys):
                    reads.append((name, keys))
                depth[0] += 1  # the local-memory backend's get_many calls its own get
                try:
                    return original[name](key, *args, **kwargs)
                finally:
                    depth[0] -= 1

            return call

        with mock.patch.multiple(cache, **{name: recording(name) for name in original}):
            self.assertEqual(self.client.get(url).status_code, 200)
        return reads

    def test_one_round_trip_reads_every_token(self):
        for url in ("/en/", self.site.news.url, self.article.url, "/en/search/?q=care"):
            self.client.get(url)  # the tokens exist now
            reads = self.token_reads(url)
            self.assertEqual(len(reads), 1, (url, reads))
            self.assertEqual(reads[0][0], "get_many")
            self.assertTrue(set(VERSION_KEYS) <= set(reads[0][1]))
