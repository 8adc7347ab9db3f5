from django.conf import settings
from django.db import models
from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.choosers import LocalisedPageForm
from home.models import (
    Audience,
    ChildHubPage,
    Country,
    ResourceType,
    Topic,
    cached_term,
    localized_terms,
    page_terms,
)

from ..extraction import detect_language_among

TERM_FIELDS = ("topics", "countries", "audiences")


def language_choices():
    return list(settings.LANGUAGES)


class PublicationFile(Orderable):
    """One language edition of a publication."""

    page = ParentalKey("library.PublicationPage", related_name="files", on_delete=models.CASCADE)
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("file"),
        on_delete=models.PROTECT,
        related_name="publication_files",
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=language_choices,
        blank=True,
        help_text=_("Leave empty to use the language found in the file."),
    )

    panels = [FieldPanel("document"), FieldPanel("language")]

    def fill_from_document(self):
        """The language the file's text was found to be in, where the editor gave none."""
        if self.language or not self.document_id:
            return
        if self.document.detected_language in dict(language_choices()):
            self.language = self.document.detected_language

    class Meta(Orderable.Meta):
        verbose_name = _("language edition")
        verbose_name_plural = _("language editions")


class PublicationPage(RoutablePageMixin, ChildHubPage):
    summary = models.TextField(_("summary"))
    authors = models.TextField(_("authors"), blank=True, help_text=_("One person per line."))
    organisations = models.TextField(
        _("organisations"), blank=True, help_text=_("One organisation per line.")
    )
    publication_date = models.DateField(_("publication date"))
    resource_type = models.ForeignKey(
        ResourceType,
        verbose_name=_("resource type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField(Topic, blank=True, verbose_name=_("topics"))
    countries = ParentalManyToManyField(Country, blank=True, verbose_name=_("countries"))
    audiences = ParentalManyToManyField(Audience, blank=True, verbose_name=_("audiences"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    doi = models.CharField(_("DOI"), max_length=100, blank=True)
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True)
    external_url = models.URLField(_("external URL"), blank=True)
    licence = models.CharField(_("licence"), max_length=200, blank=True)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    related_publications = ParentalManyToManyField(
        "self", blank=True, symmetrical=False, verbose_name=_("related publications")
    )
    # The language the title and summary are written in, found when the page is saved: a
    # Bulgarian report in the English library is marked lang="bg" wherever it is listed.
    text_language = models.CharField(
        _("language of the title and summary"), max_length=8, blank=True, editable=False
    )
    external_id = models.CharField(
        _("external ID"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("Identifier in the source the publication was imported from."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("authors"), FieldPanel("organisations")]),
        FieldRowPanel([FieldPanel("publication_date"), FieldPanel("resource_type")]),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("countries"), FieldPanel("audiences")],
            heading=_("Classification"),
        ),
        InlinePanel("files", label=_("Files (one per language edition)"), min_num=1),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("doi"), FieldPanel("isbn")]),
                FieldPanel("external_url"),
                FieldRowPanel([FieldPanel("licence"), FieldPanel("page_count")]),
                FieldPanel("external_id"),
            ],
            heading=_("Identifiers and rights"),
        ),
        FieldPanel("related_publications"),
    ]
    # Terms and related publications of the page's own language.
    base_form_class = LocalisedPageForm
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=3),
        index.SearchField("authors", boost=2),
        index.SearchField("organisations", boost=2),
        index.AutocompleteField("title"),
        index.FilterField("publication_date"),
        index.FilterField("resource_type"),
        index.FilterField("locale"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("countries", [index.SearchField("name")]),
    ]
    override_translatable_fields = [
        SynchronizedField("authors"),
        SynchronizedField("organisations"),
        SynchronizedField("publication_date"),
        SynchronizedField("resource_type"),
        SynchronizedField("topics"),
        SynchronizedField("countries"),
        SynchronizedField("audiences"),
        SynchronizedField("cover_image"),
        SynchronizedField("doi"),
        SynchronizedField("isbn"),
        SynchronizedField("external_url"),
        SynchronizedField("page_count"),
        SynchronizedField("external_id"),
    ]

    parent_page_types = ["library.LibraryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def fill_from_editions(self):
        """Empty edition languages and page count from what text extraction found."""
        editions = list(self.files.all())
        for edition in editions:
            edition.fill_from_document()
        if self.page_count is None:
            counts = (e.document.page_count for e in editions if e.document_id)
            self.page_count = next((count for count in counts if count), None)

    def full_clean(self, *args, **kwargs):
        self.fill_from_editions()  # before a revision is saved: the editor sees the values
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.fill_from_editions()
        if self.alias_of_id is None:  # an alias carries its source's
            self.text_language = self.find_text_language()
        super().save(*args, **kwargs)

    def find_text_language(self):
        """The language of the title and summary: the page's locale's, or, when an edition
        is in another language, whichever of these the text reads as."""
        from home.locales import language_code_of

        candidates = [language_code_of(self.locale_id)] if self.locale_id else []
        candidates += [edition.language for edition in self.files.all() if edition.language]
        return detect_language_among(f"{self.title}\n{self.summary}", candidates)

    @property
    def content_language(self):
        """The language the publication's own text is in (``lang`` wherever it is shown)."""
        from home.locales import language_code_of

        if self.text_language:
            return self.text_language
        if self.alias_of_id:  # listings annotate the source's locale to spare a query
            locale_id = getattr(self, "source_locale_id", None) or self.alias_of.locale_id
        else:
            locale_id = self.locale_id
        return language_code_of(locale_id)

    def update_aliases(self, *, revision=None, _content=None, _updated_ids=None):
        """Wagtail's, for all the aliases at once where it can be (library/alias_updates.py);
        Wagtail's own recursion (``_updated_ids``) stays on its path."""
        from library.alias_updates import update_aliases

        if _updated_ids is None and update_aliases(self):
            return
        super().update_aliases(revision=revision, _content=_content, _updated_ids=_updated_ids)

    update_aliases.alters_data = True

    @property
    def year(self):
        return self.publication_date.year

    def author_list(self):
        return [line.strip() for line in self.authors.splitlines() if line.strip()]

    def organisation_list(self):
        return [line.strip() for line in self.organisations.splitlines() if line.strip()]

    def editions(self):
        """The language editions with their documents, without the documents' extracted text
        (megabytes for a long report; the page shows the file's size and pages)."""
        return list(self.files.select_related("document").defer("document__extracted_text"))

    def get_context(self, request, *args, **kwargs):
        from library.citations import apa

        context = super().get_context(request, *args, **kwargs)
        context["editions"] = self.editions()
        if getattr(request, "is_preview", False):  # the relations as edited, not as saved
            terms = {field: list(getattr(self, field).all()) for field in TERM_FIELDS}
            context["related"] = [item for item in self.related_publications.all() if item.live]
        else:
            terms = page_terms(self, TERM_FIELDS)
            context["related"] = self.related_in_locale()
        context["local_topics"] = localized_terms(terms["topics"])
        context["local_countries"] = localized_terms(terms["countries"])
        context["local_audiences"] = localized_terms(terms["audiences"])
        resource_type = cached_term(ResourceType, self.resource_type_id)
        context["local_resource_type"] = (
            localized_terms([resource_type])[0] if resource_type else None
        )
        context["citation"] = apa(self, request)
        context["library"] = self.get_parent()
        return context

    def related_in_locale(self):
        """The related publications as they stand in this page's tree (a translation or an
        alias of each). Two queries, each an index lookup: the related pages' translation keys,
        then their versions in this locale. (As one query with a subquery, PostgreSQL scanned
        every page of the locale and probed the links for each: 2.6 ms on the demo content,
        growing with the library.)"""
        keys = list(self.related_publications.values_list("translation_key", flat=True))
        if not keys:
            return []
        return list(
            PublicationPage.objects.live()
            .filter(locale_id=self.locale_id, translation_key__in=keys)
            .order_by("path")
        )

    def citation_download(self, request, content, extension, content_type):
        response = HttpResponse(content, content_type=f"{content_type}; charset=utf-8")
        filename = f"{slugify(self.title)[:60] or 'citation'}.{extension}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    @path("cite/bibtex/", name="bibtex")
    def bibtex_route(self, request):
        from library.citations import bibtex

        return self.citation_download(request, bibtex(self, request), "bib", "application/x-bibtex")

    @path("cite/ris/", name="ris")
    def ris_route(self, request):
        from library.citations import ris

        return self.citation_download(
            request, ris(self, request), "ris", "application/x-research-info-systems"
        )
