from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model
from wagtail.models import Locale

from home.models import ResourceType, SectionIndexPage, paginate, terms_for_locale

PER_PAGE = 20
COVER_RENDITION = "fill-160x220"


class LibraryPage(RoutablePageMixin, SectionIndexPage):
    """The document library of one locale: a faceted, paginated list of its publications."""

    subpage_types = ["library.PublicationPage"]

    class Meta:
        verbose_name = _("library")

    def publications(self, locale=None):
        from django.db.models import Prefetch

        from .publications import PublicationFile, PublicationPage

        renditions = (
            get_image_model().get_rendition_model().objects.filter(filter_spec=COVER_RENDITION)
        )
        return (
            PublicationPage.objects.live()
            .filter(locale=locale or Locale.get_active())
            .select_related("resource_type", "cover_image", "alias_of")
            .prefetch_related(
                Prefetch("files", queryset=PublicationFile.objects.select_related("document")),
                Prefetch("cover_image__renditions", queryset=renditions),
            )
        )

    def query(self, request):
        from library.listing import LibraryQuery

        return LibraryQuery(request, self.publications().order_by())

    @path("")
    def index_route(self, request):
        query = self.query(request)
        page = paginate(request, query.results(), PER_PAGE)
        types = terms_for_locale(ResourceType)
        for publication in page.object_list:
            if publication.resource_type:
                publication.local_type = types.get(
                    publication.resource_type.translation_key, publication.resource_type
                )
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
