"""The facets of the site search: what each page is filtered and counted by.

The values come from the pages' own fields, whatever their type: ``publication_date`` or
``date``, ``resource_type``, ``topics`` (with their broader topics), ``countries``,
``audiences`` and the languages of a publication's editions (``files``), else the page's
language. Both search backends store exactly these values: the database backend in
``search.models.PageFacets``, the Elasticsearch backend as keyword fields."""

from dataclasses import dataclass

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from advocacy.models import PolicyBriefPage
from home.models import Audience, Country, NewsPage, ResourceType, Topic
from library.models import PublicationPage


@dataclass(frozen=True)
class Kind:
    value: str
    label: str  # the facet's option: what choosing it shows
    model: type = None
    item_label: str = ""  # what one search result of this kind says it is, if not ``label``


# A page type not listed here is searched as a "page".
KINDS = [
    Kind("publication", _("Publications"), PublicationPage, _("Publication")),
    Kind("news", _("News"), NewsPage, _("News article")),
    Kind("brief", _("Policy briefs"), PolicyBriefPage, _("Policy brief")),
    Kind("page", _("Pages"), None, _("Page")),
]
DEFAULT_KIND = "page"


@dataclass(frozen=True)
class FacetDefinition:
    param: str  # the query parameter, as in the library's filters
    label: str
    term_model: type = None  # the taxonomy behind the values, if any


FACETS = [
    FacetDefinition("kind", _("Content type")),
    FacetDefinition("type", _("Resource type"), ResourceType),
    FacetDefinition("topic", _("Topic"), Topic),
    FacetDefinition("country", _("Country"), Country),
    FacetDefinition("audience", _("Audience"), Audience),
    FacetDefinition("language", _("Language")),
    FacetDefinition("year", _("Year")),
]
FACET_PARAMS = [facet.param for facet in FACETS]


def kind_of(page):
    return next(
        (kind.value for kind in KINDS if kind.model and isinstance(page, kind.model)),
        DEFAULT_KIND,
    )


def _slugs(page, relation):
    manager = getattr(page, relation, None)
    return sorted({term.slug for term in manager.all()}) if manager is not None else []


def facet_values(page, language_code):
    """The facet values of one (specific) page; ``language_code`` is its locale's."""
    date = getattr(page, "publication_date", None) or getattr(page, "date", None)
    if date is None and page.first_published_at:
        date = page.first_published_at.date()
    topics = set()
    for topic in getattr(page, "topics", Topic.objects.none()).all():
        topics.add(topic.slug)
        if topic.parent_id:
            topics.add(topic.parent.slug)
    resource_type = getattr(page, "resource_type", None)
    files = getattr(page, "files", None)
    languages = sorted({e.language for e in files.all() if e.language}) if files else []
    return {
        "kind": kind_of(page),
        "date": date,
        "type": [resource_type.slug] if resource_type else [],
        "topic": sorted(topics),
        "country": _slugs(page, "countries"),
        "audience": _slugs(page, "audiences"),
        "language": languages or [language_code],
    }


def prefetch_facets(pages):
    """Load what ``facet_values`` reads for a batch of pages of one type, in a few queries."""
    if not pages:
        return
    model = type(pages[0])
    lookups = [
        name
        for name in ("topics__parent", "countries", "audiences", "files", "resource_type")
        if hasattr(model, name.split("__")[0])
    ]
    prefetch_related_objects(pages, *lookups)


def is_searchable_page(obj):
    """Aliases repeat their source page word for word: only the source is indexed, and the
    search links to the alias when the visitor's language tree has one. The tree's root is
    not a page anyone reads."""
    return isinstance(obj, Page) and obj.alias_of_id is None and obj.depth > 1
