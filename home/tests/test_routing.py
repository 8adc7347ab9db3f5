"""A URL seen before leads to its page without walking the page tree (home/routing.py), and
every change to the tree reaches the next request at once."""

from unittest import mock

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from library.factories import LibraryPageFactory, PublicationPageFactory
from tests.builders import build_site


class RouteCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.library = LibraryPageFactory(parent=cls.site.home, title="Library", slug="library")
        cls.publication = PublicationPageFactory(
            parent=cls.library, title="Foster care in Albania", slug="foster-care"
        )

    def queries(self, url):
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return [query["sql"] for query in captured.captured_queries]

    def test_a_page_seen_before_is_fetched_by_id_without_the_site_or_its_ancestors(self):
        url = "/en/library/foster-care/"
        first = self.queries(url)
        self.assertTrue(any('FROM "wagtailcore_site"' in sql for sql in first))
        second = self.queries(url)
        self.assertFalse(any('FROM "wagtailcore_site"' in sql for sql in second), second)
        # Wagtail's walk reads the home page, the library and the publication, each twice
        # (the page, then its specific row); a seen route reads the publication once.
        by_id = 'WHERE "library_publicationpage"."page_ptr_id" ='
        self.assertEqual(len([sql for sql in second if by_id in sql]), 1, second)
        self.assertLess(len(second), len(first))
        self.assertContains(self.client.get(url), "<h1>Foster care in Albania</h1>", html=True)

    def test_a_renamed_page_is_found_at_its_new_address_at_once(self):
        self.queries("/en/about/")
        self.queries("/en/about/")
        self.site.about.slug = "who-we-are"
        self.site.about.save_revision().publish()
        self.assertNotEqual(self.client.get("/en/about/").status_code, 200)
        self.assertContains(self.client.get("/en/who-we-are/"), "<h1>About</h1>", html=True)

    def test_a_page_renamed_without_signals_is_not_routed_by_its_old_address(self):
        # A bulk update sends no signal, so the cached route survives it; the page's URL path
        # no longer matches the path, and Wagtail routes it afresh.
        self.queries("/en/about/")
        self.queries("/en/about/")
        url_path = self.site.about.url_path.replace("/about/", "/who-we-are/")
        type(self.site.about).objects.filter(pk=self.site.about.pk).update(
            slug="who-we-are", url_path=url_path
        )
        self.assertEqual(self.client.get("/en/about/").status_code, 404)
        self.assertEqual(self.client.get("/en/who-we-are/").status_code, 200)

    def test_an_unpublished_or_deleted_page_is_gone_at_once(self):
        self.queries("/en/about/")
        self.site.about.unpublish()
        self.assertEqual(self.client.get("/en/about/").status_code, 404)
        self.queries("/en/library/foster-care/")
        self.publication.delete()
        self.assertEqual(self.client.get("/en/library/foster-care/").status_code, 404)

    def test_the_same_path_in_another_language_is_routed_in_that_language(self):
        self.queries("/en/news/")
        # The Albanian news index is a translation with a slug of its own.
        self.assertEqual(self.client.get("/sq/news/").status_code, 404)
        self.assertContains(self.client.get("/sq/lajme/"), "<h1>Lajme</h1>", html=True)

    def test_a_page_routes_the_rest_of_the_path_itself(self):
        self.queries("/en/library/foster-care/")
        response = self.client.get("/en/library/foster-care/cite/bibtex/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Foster care in Albania", response.content.decode())
        response = self.client.get("/en/library/foster-care/cite/bibtex/")  # a seen route
        self.assertEqual(response["Content-Type"], "application/x-bibtex; charset=utf-8")
        self.assertEqual(self.client.get("/en/library/foster-care/cite/nothing/").status_code, 404)
        self.assertEqual(self.client.get("/en/library/feed/atom/").status_code, 200)

    def test_a_page_seen_before_reads_the_shared_cache_once(self):
        """The route, the site, its root paths, the navigation and the language switcher come
        from the process's memory; the one read is the request's tokens (a Redis round trip
        with REDIS_URL)."""
        calls = []
        names = ("get", "get_many", "get_or_set", "set", "set_many", "add")
        originals = {name: getattr(cache, name) for name in names}
        depth = [0]

        def recording(name):
            def call(*args, **kwargs):
                if depth[0] == 0:
                    calls.append(name)
                depth[0] += 1  # the local-memory backend's get_many calls its own get
                try:
                    return originals[name](*args, **kwargs)
                finally:
                    depth[0] -= 1

            return call

        for url in ("/en/", "/en/news/", "/en/about/", "/en/library/foster-care/"):
            self.queries(url)
            calls.clear()
            with mock.patch.multiple(cache, **{name: recording(name) for name in names}):
                self.queries(url)
            self.assertEqual(calls, ["get_many"], url)
