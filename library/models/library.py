from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.locales import active_locale
from home.models import SectionIndexPage, paginate

PER_PAGE = 20


class LibraryPage(RoutablePageMixin, SectionIndexPage):
    """The document library of one locale: a faceted, paginated list of its publications."""

    subpage_types = ["library.PublicationPage"]

    class Meta:
        verbose_name = _("library")

    def publications(self, locale=None):
        """The live publications of the locale, with what their cards show
        (``library.cards``): the resource type, the cover's rendition, the editions' languages
        and thumbnails (not their documents' text, which can run to megabytes), and an
        alias's source locale."""
        from django.db.models import F

        from library.cards import card_prefetches

        from .publications import PublicationPage

        return (
            PublicationPage.objects.live()
            .filter(locale=locale or active_locale())
            .select_related("resource_type", "cover_image")
            .annotate(source_locale_id=F("alias_of__locale_id"))
            .prefetch_related(*card_prefetches())
        )

    def query(self, request):
        from library.listing import LibraryQuery

        locale = active_locale()
        return LibraryQuery(request, self.publications(locale).order_by(), locale)

    @path("")
    def index_route(self, request):
        from library.cards import prepare_cards

        query = self.query(request)
        page = paginate(request, query.results(), PER_PAGE)
        page.object_list = prepare_cards(page.object_list)
        facets = query.facets()
        return self.render(
            request,
            context_overrides={
                "publications": page,
                "facets": facets,
                "active_filters": query.active_filters(facets),
                "include_english": query.include_english,
                "sort": query.sort,
            },
        )

    @path("feed/atom/", name="atom")
    def atom_route(self, request):
        from library.feeds import LibraryAtomFeed

        return LibraryAtomFeed(self)(request)

    @path("feed/rss/", name="rss")
    def rss_route(self, request):
        from library.feeds import LibraryRssFeed

        return LibraryRssFeed(self)(request)
