from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyBlock, HomeSectionsBlock
from home.choosers import LocalisedPageForm
from home.filters import selected_filters
from home.locales import active_locale
from home.navigation import PAGES

from .taxonomy import Country, Topic, localized_terms, page_terms, terms_for_locale

NEWS_PER_PAGE = 10
LISTING_RENDITION = "fill-640x360"


class ChildHubPage(Page):
    """The base of every page type on the site."""

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's check, skipped without a query where no restriction can apply: on most
        sites none does, and Wagtail reads the page's ancestors and then their restrictions
        on every page served."""
        if not self.path.startswith(restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def restricted_paths():
    """The tree paths under which a view restriction applies: each restricted page's, and
    each alias's of a restricted page (Wagtail applies a source's restriction to its aliases),
    cached until a page or a restriction changes."""

    def compute():
        pages = list(
            Page.objects.filter(id__in=PageViewRestriction.objects.values("page_id")).values_list(
                "id", "path"
            )
        )
        paths = {path for _id, path in pages}
        sources = {page_id for page_id, _path in pages}
        while sources:  # aliases of aliases, too
            aliases = list(Page.objects.filter(alias_of_id__in=sources).values_list("id", "path"))
            sources = {page_id for page_id, path in aliases if path not in paths}
            paths.update(path for _id, path in aliases)
        return tuple(sorted(paths))

    return PAGES.get_or_compute("restricted-paths", compute)


def paginate(request, queryset, per_page):
    """A page of ``queryset``; out-of-range numbers land on the last page."""
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


class HomePage(ChildHubPage):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_intro = models.TextField(_("hero introduction"), blank=True)
    sections = StreamField(
        HomeSectionsBlock(),
        blank=True,
        verbose_name=_("sections"),
        help_text=_("Leave empty to show the newest news and the “ask an expert” call."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_intro")], heading=_("Hero")),
        FieldPanel("sections"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.NewsIndexPage",
        "home.StandardPage",
        "library.LibraryPage",
        "academy.CourseIndexPage",
        "advocacy.AdvocacyIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from home import home_sections

        context = super().get_context(request, *args, **kwargs)
        if not self.sections:  # the newest of everything, and the "ask an expert" call
            context["latest_news"] = NewsPage.latest(3)
            context["newest_publications"] = home_sections.newest_publications(4)
            context["topics"] = home_sections.broad_topics()
            context["news_url"] = home_sections.news_url()
        context["library_url"] = home_sections.library_url()
        context["audiences"] = home_sections.audiences()
        context["upcoming"] = home_sections.upcoming()
        context["untranslated_notice"] = request.GET.get("from") == "untranslated"
        return context


class StandardPage(ChildHubPage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(RoutablePageMixin, ChildHubPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        return (
            NewsPage.objects.live()
            .child_of(self)
            .select_related("image", "alias_of", "locale")
            .prefetch_related(
                "topics",
                "countries",
                Prefetch(
                    "image__renditions",
                    queryset=get_image_model()
                    .get_rendition_model()
                    .objects.filter(filter_spec=LISTING_RENDITION),
                ),
            )
            .order_by("-date", "-pk")
        )

    def filtered_articles(self, request):
        """The articles matching the topic and country filters (``home/filters.py``: repeat
        one for alternatives); and {parameter: the values chosen}."""
        articles = self.articles()
        topics, countries = terms_for_locale(Topic), terms_for_locale(Country)
        active = selected_filters(
            request.GET,
            {
                "topic": {term.slug for term in topics.values()},
                "country": {term.slug for term in countries.values()},
            },
        )
        for param, model, field in (
            ("topic", Topic, "topics"),
            ("country", Country, "countries"),
        ):
            if param not in active:
                continue
            match = models.Q(slug__in=active[param])
            if model is Topic:  # a broader topic also matches its narrower topics
                match |= models.Q(parent__slug__in=active[param])
            keys = model.objects.filter(match).values("translation_key")
            articles = articles.filter(**{f"{field}__translation_key__in": keys})
        return articles.distinct() if active else articles, active

    @path("")
    def index_route(self, request):
        articles, active = self.filtered_articles(request)
        page = paginate(request, articles, NEWS_PER_PAGE)
        topics = terms_for_locale(Topic)
        countries = terms_for_locale(Country)
        for article in page.object_list:
            article.local_topics = localized_terms(list(article.topics.all()), lookup=topics)
            article.local_countries = localized_terms(
                list(article.countries.all()), lookup=countries
            )
        return self.render(
            request,
            context_overrides={
                "articles": page,
                "active_filters": active,
                "topic_options": sorted(topics.values(), key=lambda term: term.name),
                "country_options": sorted(countries.values(), key=lambda term: term.name),
            },
        )

    @path("feed/", name="feed")
    def feed_route(self, request):
        from home.feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(ChildHubPage):
    date = models.DateField(_("date"))
    summary = models.TextField(_("summary"), max_length=400)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField(Topic, blank=True, verbose_name=_("topics"))
    countries = ParentalManyToManyField(Country, blank=True, verbose_name=_("countries"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("countries")], heading=_("Classification")
        ),
        FieldPanel("body"),
    ]
    base_form_class = LocalisedPageForm  # terms of the page's own language
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("countries", [index.SearchField("name")]),
    ]
    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("image"),
        SynchronizedField("topics"),
        SynchronizedField("countries"),
    ]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @classmethod
    def latest(cls, count, locale=None):
        locale = locale or active_locale()
        return list(
            cls.objects.live()
            .filter(locale=locale)
            .select_related("image", "alias_of")
            .prefetch_related(
                Prefetch(
                    "image__renditions",
                    queryset=get_image_model()
                    .get_rendition_model()
                    .objects.filter(filter_spec=LISTING_RENDITION),
                )
            )
            .order_by("-date", "-pk")[:count]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_index"] = self.get_parent().specific
        context["news_index_url"] = context["news_index"].get_url(request)
        if getattr(request, "is_preview", False):  # the terms as edited, not as saved
            terms = {field: list(getattr(self, field).all()) for field in ("topics", "countries")}
        else:
            terms = page_terms(self, ("topics", "countries"))
        context["local_topics"] = localized_terms(terms["topics"])
        context["local_countries"] = localized_terms(terms["countries"])
        context["related"] = self.related_articles(terms["topics"])
        return context

    def related_articles(self, topics, count=3):
        """The newest other articles of this page's language that share a topic, in one query."""
        if not topics:
            return []
        return list(
            NewsPage.objects.live()
            .filter(
                locale_id=self.locale_id,
                topics__translation_key__in={topic.translation_key for topic in topics},
            )
            .exclude(pk=self.pk)
            .select_related("alias_of")
            .distinct()
            .order_by("-date", "-pk")[:count]
        )


class SectionIndexPage(ChildHubPage):
    """Base for the top-level section indexes (library, academy, advocacy): one per locale,
    directly under the home page."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
