"""What the home page's sections show: publications, topics and upcoming courses and events.

The library builds on home, so its models are named here, not imported. Every function runs a
fixed number of queries whatever the number of items (the home page's query count is tested)."""

from django.apps import apps
from django.db.models import F, Prefetch
from django.utils.translation import get_language
from wagtail.images import get_image_model

from home.discovery import local_modules
from home.locales import active_locale
from home.models.taxonomy import Audience, ResourceType, Topic, terms_for_locale
from home.navigation import PAGES

COVER_RENDITION = "fill-160x220"  # the library listing's (library.models.library)


def publications(locale=None):
    """The live publications of a locale with what a card shows, in a fixed number of queries:
    resource type, the cover's rendition, the editions' languages, an alias's source locale."""
    publication_model = apps.get_model("library", "PublicationPage")
    edition_model = apps.get_model("library", "PublicationFile")
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=COVER_RENDITION)
    return (
        publication_model.objects.live()
        .filter(locale=locale or active_locale())
        .select_related("resource_type", "cover_image")
        .annotate(source_locale_id=F("alias_of__locale_id"))
        .prefetch_related(
            Prefetch("files", queryset=edition_model.objects.only("page_id", "language")),
            Prefetch("cover_image__renditions", queryset=renditions),
        )
    )


def with_local_types(items):
    types = terms_for_locale(ResourceType)
    for item in items:
        item.local_type = item.resource_type and types.get(
            item.resource_type.translation_key, item.resource_type
        )
    return items


def publications_in_locale(chosen):
    """The chosen publications as they stand in the visitor's language (a translation or an
    alias of each), in the order chosen."""
    keys = [page.translation_key for page in chosen]
    if not keys:
        return []
    found = {page.translation_key: page for page in publications().filter(translation_key__in=keys)}
    return with_local_types([found[key] for key in keys if key in found])


def newest_publications(count):
    return with_local_types(list(publications().order_by("-publication_date", "-pk")[:count]))


def broad_topics():
    """The broad topics in the visitor's language (English where untranslated), by name."""
    topics = [term for term in terms_for_locale(Topic).values() if term.parent_id is None]
    return sorted(topics, key=lambda term: term.name.casefold())


def audiences():
    """The audiences in the visitor's language, as the taxonomy orders them."""
    return sorted(terms_for_locale(Audience).values(), key=lambda term: term.pk)


def section_url(model_label):
    """The address of the visitor's language's section of a type (``"library.LibraryPage"``),
    cached with the page tree; "" where there is none."""

    def read():
        model = apps.get_model(model_label)
        page = model.objects.live().filter(locale=active_locale()).first()
        return page.url if page else ""

    return PAGES.get_or_compute(f"section-url:{model_label}:{get_language()}", read)


def library_url():
    return section_url("library.LibraryPage")


def news_url():
    return section_url("home.NewsIndexPage")


def upcoming(limit=3):
    """Upcoming courses, webinars and events: each app may offer them in a module ``upcoming``
    with ``upcoming(locale, limit)``, a list of dicts with ``title``, ``url``, ``date`` (a date
    or datetime), ``meta`` (a label such as "Webinar") and optionally ``summary`` and ``lang``.
    The soonest come first; none means the home page leaves the section out."""
    items = []
    for module in local_modules("upcoming"):
        items += module.upcoming(active_locale(), limit)
    return sorted(items, key=lambda item: str(item["date"]))[:limit]
