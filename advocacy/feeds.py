"""The Atom feed of the advocacy index: the briefs and initiatives its filters select."""

from home.feeds import ListingFeed


class AdvocacyFeed(ListingFeed):
    def items(self):
        items, _active = self.index_page.filtered_items(self.request, limit=self.max_items)
        return items
