from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model

from home.locales import active_locale
from home.models import SectionIndexPage, paginate

PER_PAGE = 20
COVER_RENDITION = "fill-160x220"


class LibraryPage(RoutablePageMixin, SectionIndexPage):
    """The document library of one locale: a faceted, paginated list of its publications."""

    subpage_types = ["library.PublicationPage"]

    class Meta:
        verbose_name = _("library")

    def publications(self, locale=None):
        """The live publications of the locale, with what a listing shows: the resource type,
        the cover's rendition, the languages of the editions (not their documents, whose
        extracted text can run to megabytes), and an alias's source locale."""
        from django.db.models import F, Prefetch

        from .publications import PublicationFile, PublicationPage

        renditions = (
            get_image_model().get_rendition_model().objects.filter(filter_spec=COVER_RENDITION)
        )
        editions = PublicationFile.objects.only("page_id", "language", "sort_order")
        return (
            PublicationPage.objects.live()
            .filter(locale=locale or active_locale())
            .select_related("resource_type", "cover_image")
            .annotate(source_locale_id=F("alias_of__locale_id"))
            .prefetch_related(
                Prefetch("files", queryset=editions),
                Prefetch("cover_image__renditions", queryset=renditions),
            )
        )

    def query(self, request):
        from library.listing import LibraryQuery

        locale = active_locale()
        return LibraryQuery(request, self.publications(locale).order_by(), locale)

    @path("")
    def index_route(self, request):
        query = self.query(request)
        page = paginate(request, query.results(), PER_PAGE)
        types = query.terms["type"]
        for publication in page.object_list:
            # Always set: a missing attribute costs the template a slow failed lookup.
            publication.local_type = publication.resource_type and types.get(
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
