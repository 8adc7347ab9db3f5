"""Feeds of listing pages: the page's title and introduction, its items' titles, summaries and
publication times, in the visitor's language. Subclasses say which items."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language


class ListingFeed(Feed):
    feed_type = Atom1Feed
    max_items = 30

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.language = get_language()
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} · ChildHub"

    # Absolute URLs from the Site record (SITE_URL), whichever host the feed was fetched on.
    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return self.index_page.intro

    subtitle = description

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class NewsFeed(ListingFeed):
    def items(self):
        articles, _active = self.index_page.filtered_articles(self.request)
        return articles[: self.max_items]
