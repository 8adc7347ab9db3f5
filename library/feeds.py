"""Atom and RSS feeds of the library, honouring the listing's filters."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language


class LibraryAtomFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, library):
        super().__init__()
        self.library = library

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.language = get_language()
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.library.title} · ChildHub"

    def link(self):
        return self.library.get_url(self.request)

    def description(self):
        return self.library.intro

    subtitle = description

    def items(self):
        return self.library.query(self.request).results()[:50]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return ", ".join(item.author_list() or item.organisation_list()) or None


class LibraryRssFeed(LibraryAtomFeed):
    feed_type = Rss201rev2Feed
