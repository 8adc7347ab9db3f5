"""Atom and RSS feeds of the library, honouring the listing's filters."""

from django.utils.feedgenerator import Rss201rev2Feed

from home.feeds import ListingFeed


class LibraryAtomFeed(ListingFeed):
    max_items = 50

    def items(self):
        return self.index_page.query(self.request).results()[: self.max_items]

    def item_author_name(self, item):
        return ", ".join(item.author_list() or item.organisation_list()) or None


class LibraryRssFeed(LibraryAtomFeed):
    feed_type = Rss201rev2Feed
