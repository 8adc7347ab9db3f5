import datetime

from django.db import models
from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import (
    ChildHubPage,
    Country,
    SectionIndexPage,
    Topic,
    localized_terms,
    page_terms,
    paginate,
    terms_for_locale,
)

from .blocks import Audience, BriefBodyBlock
from .forms import PolicyBriefForm
from .listing import PER_PAGE

TERM_FIELDS = ("topics", "countries")


class AdvocacyIndexPage(RoutablePageMixin, SectionIndexPage):
    """Policy briefs and campaigns of one locale, newest first, with filters (``listing``),
    an overview by country and an Atom feed of what the filters select."""

    subpage_types = ["advocacy.PolicyBriefPage", "advocacy.AdvocacyInitiativePage"]

    class Meta:
        verbose_name = _("advocacy")

    def filtered_items(self, request, limit=None):
        """The specific briefs and initiatives the request's filters select (the first
        ``limit``, or a page of them), and {parameter: the values chosen}."""
        from .listing import active_filters, page_items, selected_rows

        active = active_filters(request.GET)
        rows = selected_rows(self, active)
        if limit is not None:
            return page_items(list(rows[:limit])), active
        page = paginate(request, rows, PER_PAGE)
        page.object_list = page_items(list(page.object_list))
        return page, active

    @path("")
    def index_route(self, request):
        from .listing import KINDS, country_overview, facet_counts

        items, active = self.filtered_items(request)
        topics, countries = terms_for_locale(Topic), terms_for_locale(Country)
        for item in items.object_list:
            item.local_topics = localized_terms(list(item.topics.all()), lookup=topics)
            item.local_countries = localized_terms(list(item.countries.all()), lookup=countries)
        counts = facet_counts(self, active)
        return self.render(
            request,
            context_overrides={
                "items": items,
                "active_filters": active,
                "counts": counts,
                "kind_options": [
                    (value, label, counts["type"][value]) for value, label in KINDS.items()
                ],
                "status_options": [
                    (value, label, counts["status"][value])
                    for value, label in InitiativeStatus.choices
                ],
                "topic_options": [
                    (term, counts["topic"].get(term.slug, 0))
                    for term in sorted(topics.values(), key=lambda term: term.name)
                ],
                "country_options": [
                    (term, counts["country"].get(term.slug, 0))
                    for term in sorted(countries.values(), key=lambda term: term.name)
                ],
                "country_overview": country_overview(self),
            },
        )

    @path("feed/", name="feed")
    def feed_route(self, request):
        from .feeds import AdvocacyFeed

        return AdvocacyFeed(self)(request)


class CitablePage(RoutablePageMixin, ChildHubPage):
    """What briefs share with publications: authors, organisations, a date, a summary, and
    their citation as BibTeX and RIS (``library.citations``)."""

    summary = models.TextField(_("summary"))
    authors = models.TextField(_("authors"), blank=True, help_text=_("One person per line."))
    organisations = models.TextField(
        _("organisations"), blank=True, help_text=_("One organisation per line.")
    )
    date = models.DateField(_("date"), default=datetime.date.today)
    topics = ParentalManyToManyField(Topic, blank=True, verbose_name=_("topics"))
    countries = ParentalManyToManyField(Country, blank=True, verbose_name=_("countries or region"))

    # What library.citations reads.
    doi = isbn = ""
    bibtex_type, ris_type = "techreport", "RPRT"

    class Meta:
        abstract = True

    @property
    def publication_date(self):
        return self.date

    def author_list(self):
        return [line.strip() for line in self.authors.splitlines() if line.strip()]

    def organisation_list(self):
        return [line.strip() for line in self.organisations.splitlines() if line.strip()]

    def local_terms(self, request):
        if getattr(request, "is_preview", False):  # the terms as edited, not as saved
            terms = {field: list(getattr(self, field).all()) for field in TERM_FIELDS}
        else:
            terms = page_terms(self, TERM_FIELDS)
        return {name: localized_terms(terms[name]) for name in TERM_FIELDS}

    def citation_download(self, content, extension, content_type):
        response = HttpResponse(content, content_type=f"{content_type}; charset=utf-8")
        filename = f"{slugify(self.title)[:60] or 'citation'}.{extension}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    @path("cite/bibtex/", name="bibtex")
    def bibtex_route(self, request):
        from library.citations import bibtex

        return self.citation_download(bibtex(self, request), "bib", "application/x-bibtex")

    @path("cite/ris/", name="ris")
    def ris_route(self, request):
        from library.citations import ris

        return self.citation_download(
            ris(self, request), "ris", "application/x-research-info-systems"
        )


class PolicyBriefPage(CitablePage):
    body = StreamField(BriefBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("authors"), FieldPanel("organisations")]),
        FieldPanel("date"),
        MultiFieldPanel(
            [FieldPanel("countries"), FieldPanel("topics")], heading=_("Classification")
        ),
        FieldPanel("body"),
    ]
    base_form_class = PolicyBriefForm
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=3),
        index.SearchField("body"),
        index.SearchField("authors", boost=2),
        index.SearchField("organisations", boost=2),
        index.AutocompleteField("title"),
        index.FilterField("date"),
        index.FilterField("locale"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("countries", [index.SearchField("name")]),
    ]
    override_translatable_fields = [
        SynchronizedField("authors"),
        SynchronizedField("organisations"),
        SynchronizedField("date"),
        SynchronizedField("topics"),
        SynchronizedField("countries"),
    ]
    parent_page_types = ["advocacy.AdvocacyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("policy brief")
        verbose_name_plural = _("policy briefs")

    def reading(self, request=None):
        """The body as readers get it, on the page and in the PDF: key messages first, the
        argument in the editor's order with each citation's number, the recommendations
        grouped by decision-maker level, the calls to action, the bibliography."""
        from .citations import CITING_BLOCKS, references

        by_id, bibliography = references(self, request)
        key_messages, flow, by_audience, calls = [], [], {}, []
        raw_data = self.body.raw_data
        for position, block in enumerate(self.body):
            kind = block.block_type
            if kind == "key_messages":
                key_messages += [message for message in block.value["messages"] if message]
            elif kind == "recommendation":
                by_audience.setdefault(block.value["audience"], []).append(block.value["text"])
            elif kind == "call_to_action":
                calls.append(block.value)
            else:
                field = CITING_BLOCKS.get(kind)
                cited = raw_data[position]["value"].get(field) if field else None
                flow.append((block, by_id.get(cited)))
        recommendations = [
            (label, by_audience[value]) for value, label in Audience.choices if value in by_audience
        ]
        return {
            "key_messages": key_messages,
            "flow": flow,
            "recommendations": recommendations,
            "calls_to_action": calls,
            "bibliography": bibliography,
        }

    def source_brief(self):
        """The page whose content this one shows: an alias's source."""
        return self.alias_of.specific if self.alias_of_id else self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.reading(request))
        terms = self.local_terms(request)
        context["local_topics"], context["local_countries"] = terms["topics"], terms["countries"]
        context["advocacy_index"] = self.get_parent()
        return context

    @path("pdf/", name="pdf")
    def pdf_route(self, request):
        from .views import serve_pdf

        return serve_pdf(request, self)


class InitiativeStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Under way")
    ACHIEVED = "achieved", _("Achieved")
    STALLED = "stalled", _("Stalled")


class MilestoneStage(models.TextChoices):
    CONSULTATION = "consultation", _("Consultation")
    DRAFT_SUBMITTED = "draft-submitted", _("Draft submitted")
    ADOPTED = "adopted", _("Adopted")
    IN_FORCE = "in-force", _("In force")
    OTHER = "other", _("Other step")


class InitiativeMilestone(Orderable):
    page = ParentalKey(
        "advocacy.AdvocacyInitiativePage", related_name="milestones", on_delete=models.CASCADE
    )
    date = models.DateField(_("date"))
    stage = models.CharField(_("stage"), max_length=20, choices=MilestoneStage.choices)
    description = models.CharField(_("what happened"), max_length=300)
    source_url = models.URLField(_("source"), blank=True, help_text=_("Where it is recorded."))

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("stage")]),
        FieldPanel("description"),
        FieldPanel("source_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")


class AdvocacyInitiativePage(CitablePage):
    """One campaign in one country, followed to the law: its goal, status, milestones, the
    briefs and publications behind it and who supports it."""

    goal = models.TextField(_("goal"))
    status = models.CharField(
        _("status"), max_length=20, choices=InitiativeStatus.choices, default="active"
    )
    supporters = models.TextField(
        _("supporters"), blank=True, help_text=_("One organisation or institution per line.")
    )
    related_briefs = ParentalManyToManyField(
        PolicyBriefPage, blank=True, verbose_name=_("briefs behind it"), related_name="+"
    )
    related_publications = ParentalManyToManyField(
        "library.PublicationPage",
        blank=True,
        verbose_name=_("publications behind it"),
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("goal"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("date")]),
        MultiFieldPanel(
            [FieldPanel("countries"), FieldPanel("topics")], heading=_("Classification")
        ),
        InlinePanel("milestones", label=_("Timeline")),
        FieldPanel("supporters"),
        FieldPanel("organisations"),
        FieldPanel("related_briefs"),
        FieldPanel("related_publications"),
    ]
    base_form_class = PolicyBriefForm
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=3),
        index.SearchField("goal", boost=2),
        index.SearchField("supporters"),
        index.FilterField("date"),
        index.FilterField("locale"),
        index.FilterField("status"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("countries", [index.SearchField("name")]),
    ]
    override_translatable_fields = [
        SynchronizedField("status"),
        SynchronizedField("date"),
        SynchronizedField("topics"),
        SynchronizedField("countries"),
        SynchronizedField("related_briefs"),
        SynchronizedField("related_publications"),
        SynchronizedField("organisations"),
        SynchronizedField("supporters"),
        SynchronizedField("authors"),
    ]
    parent_page_types = ["advocacy.AdvocacyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("advocacy initiative")
        verbose_name_plural = _("advocacy initiatives")

    def supporter_list(self):
        return [line.strip() for line in self.supporters.splitlines() if line.strip()]

    def timeline(self):
        return sorted(
            self.milestones.all(), key=lambda milestone: (milestone.date, milestone.pk or 0)
        )

    def in_locale(self, pages):
        """``pages`` as they stand in this page's tree (translation or alias), live only."""
        model = pages.model
        return list(
            model.objects.live()
            .filter(locale_id=self.locale_id, translation_key__in=pages.values("translation_key"))
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        terms = self.local_terms(request)
        context["local_topics"], context["local_countries"] = terms["topics"], terms["countries"]
        context["timeline"] = self.timeline()
        if getattr(request, "is_preview", False):
            context["briefs"] = [page for page in self.related_briefs.all() if page.live]
            context["publications"] = [p for p in self.related_publications.all() if p.live]
        else:
            context["briefs"] = self.in_locale(self.related_briefs.all())
            context["publications"] = self.in_locale(self.related_publications.all())
        context["advocacy_index"] = self.get_parent()
        return context


class BriefPDF(models.Model):
    """The PDF of one published revision of a brief: made once, by a background task."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Being made")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="brief_pdf"
    )
    page = models.ForeignKey(PolicyBriefPage, on_delete=models.CASCADE, related_name="pdfs")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    file = models.FileField(upload_to="advocacy/briefs/", blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("brief PDF")

    def __str__(self):
        return f"PDF of revision {self.revision_id} ({self.status})"
