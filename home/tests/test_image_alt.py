"""An image's description is its alt text on the pages that show it."""

from django.test import TestCase
from wagtail_factories import ImageFactory

from home.factories import NewsPageFactory
from tests.builders import build_site


class ImageAltTextTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        described = ImageFactory(title="IMG_2041", description="Children reading in a library")
        cls.article = NewsPageFactory(parent=site.news, title="Reading week", image=described)
        cls.news = site.news

    def test_the_article_and_the_news_listing_use_the_description(self):
        for url in (self.article.url, self.news.url):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, 'alt="Children reading in a library"')
                self.assertNotContains(response, 'alt="IMG_2041"')
