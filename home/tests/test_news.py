import datetime

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_factories import ImageFactory

from home.factories import CountryFactory, NewsPageFactory, TopicFactory
from home.models import NewsPage
from tests.builders import build_site, sync_trees


class NewsIndexTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        cls.violence = TopicFactory(name="Violence against children", slug="violence")
        cls.online = TopicFactory(name="Online abuse", slug="online-abuse", parent=cls.violence)
        cls.care = TopicFactory(name="Alternative care", slug="care")
        cls.albania = CountryFactory(name="Albania", slug="albania")
        cls.serbia = CountryFactory(name="Serbia", slug="serbia")
        news = cls.site.news
        cls.a = NewsPageFactory(
            parent=news,
            title="Online grooming alert",
            topics=[cls.online],
            image=ImageFactory(),
            countries=[cls.albania],
            date=datetime.date(2026, 3, 1),
        )
        cls.b = NewsPageFactory(
            parent=news,
            title="Foster care standard",
            topics=[cls.care],
            countries=[cls.serbia],
            date=datetime.date(2026, 2, 1),
        )
        cls.c = NewsPageFactory(
            parent=news,
            title="School violence study",
            topics=[cls.violence],
            countries=[cls.serbia],
            date=datetime.date(2026, 1, 1),
        )

    def titles(self, response):
        return [article.title for article in response.context["articles"]]

    def test_lists_newest_first(self):
        response = self.client.get("/en/news/")
        self.assertEqual(
            self.titles(response),
            ["Online grooming alert", "Foster care standard", "School violence study"],
        )

    def test_filter_by_country(self):
        response = self.client.get("/en/news/?country=serbia")
        self.assertEqual(self.titles(response), ["Foster care standard", "School violence study"])

    def test_filter_by_broader_topic_includes_narrower_topics(self):
        response = self.client.get("/en/news/?topic=violence")
        self.assertEqual(self.titles(response), ["Online grooming alert", "School violence study"])

    def test_filters_combine_and_stay_in_the_url(self):
        response = self.client.get("/en/news/?topic=violence&country=serbia")
        self.assertEqual(self.titles(response), ["School violence study"])
        self.assertContains(response, '<option value="serbia" selected>')

    def test_unknown_filter_value_is_ignored_not_an_error(self):
        response = self.client.get("/en/news/?topic=%27%3B+DROP+TABLE&page=abc")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(self.titles(response)), 3)
        self.assertNotContains(response, "Clear filters")

    def test_filters_work_in_a_translated_tree_with_localized_labels(self):
        sq = Locale.objects.get(language_code="sq")
        serbia_sq = self.serbia.copy_for_translation(sq)
        serbia_sq.name = "Serbia (sq)"
        serbia_sq.save()
        sync_trees()
        response = self.client.get("/sq/lajme/?country=serbia")
        self.assertEqual(self.titles(response), ["Foster care standard", "School violence study"])
        self.assertContains(response, "Serbia (sq)")

    def test_paging_lands_out_of_range_pages_on_the_last(self):
        for n in range(12):
            NewsPageFactory(parent=self.site.news, date=datetime.date(2025, 1, n + 1))
        response = self.client.get("/en/news/?page=99")
        self.assertEqual(response.context["articles"].number, 2)
        self.assertContains(response, 'rel="prev" href="?page=1"')

    def test_index_advertises_its_feed(self):
        response = self.client.get("/en/news/?country=serbia")
        self.assertContains(
            response,
            '<link rel="alternate" type="application/atom+xml" title="News" '
            'href="/en/news/feed/?country=serbia">',
        )

    def test_atom_feed_lists_the_locale_articles_and_honours_filters(self):
        response = self.client.get("/en/news/feed/?country=albania")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/atom+xml; charset=utf-8")
        body = response.content.decode()
        self.assertIn("<title>Online grooming alert</title>", body)
        self.assertNotIn("Foster care standard", body)
        self.assertIn("http://localhost/en/news/online-grooming-alert/", body)  # the Site's

    def test_article_shows_localized_topics_linking_to_filters(self):
        response = self.client.get(self.a.url)
        self.assertContains(
            response, '<a class="tag" href="/en/news/?topic=online-abuse">Online abuse</a>'
        )

    def test_query_count_does_not_grow_with_the_number_of_articles(self):
        def count_queries():
            self.client.get("/en/news/")  # warm up: image renditions are created once
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get("/en/news/")
            self.assertEqual(response.status_code, 200)
            return len(queries)

        few = count_queries()
        for _ in range(7):
            NewsPageFactory(
                parent=self.site.news,
                image=ImageFactory(),
                topics=[self.care, self.online],
                countries=[self.albania],
            )
        self.assertEqual(NewsPage.objects.filter(locale__language_code="en").count(), 10)
        self.assertEqual(count_queries(), few)

    def test_article_query_count_does_not_grow_with_its_topics(self):
        def count_queries(article):
            self.client.get(article.url)
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(article.url).status_code, 200)
            return len(queries)

        topics = [TopicFactory() for _ in range(6)]
        one = NewsPageFactory(parent=self.site.news, topics=topics[:1], countries=[self.serbia])
        many = NewsPageFactory(
            parent=self.site.news, topics=topics, countries=[self.serbia, self.albania]
        )
        self.assertEqual(count_queries(many), count_queries(one))
