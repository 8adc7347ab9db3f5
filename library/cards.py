"""What a publication card shows (site/templates/components/publication_card.html), made ready
for a list of publications in a constant number of queries whatever their number: the
localised resource type, the languages of the editions, the content's own language and the
cover — the editor's cover image, else the first page of an edition (the visitor's language
first), else nothing (the card shows a placeholder)."""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils.translation import get_language
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from home.locales import active_locale, language_code_of
from home.models import ResourceType, terms_for_locale

from .models import PublicationFile

COVER_RENDITION = "fill-160x220"
COVER_WIDTH = 80  # CSS pixels; the images have twice as many


@dataclass
class Cover:
    url: str
    width: int  # as shown, in CSS pixels
    height: int


def editions_for_cards():
    """The editions a card reads: their language, and their file's thumbnail and collection
    (never the file's extracted text, which can run to megabytes)."""
    return PublicationFile.objects.select_related("document").only(
        "page_id",
        "language",
        "sort_order",
        "document__id",
        "document__collection_id",
        "document__thumbnail",
        "document__thumbnail_width",
        "document__thumbnail_height",
    )


def cover_renditions():
    return get_image_model().get_rendition_model().objects.filter(filter_spec=COVER_RENDITION)


def card_prefetches():
    """What ``prepare_cards`` needs loaded, for a queryset's ``prefetch_related``."""
    return [
        Prefetch("files", queryset=editions_for_cards()),
        Prefetch("cover_image__renditions", queryset=cover_renditions()),
    ]


def prepare_cards(publications, language=None):
    """Set on each (specific) PublicationPage what its card shows: ``card_type`` (the resource
    type in the visitor's language, or None) and ``card_type_lang`` (its name's language when
    that is another: not translated yet), ``card_languages`` (the editions' language codes,
    in their order), ``card_language`` (the language its title and summary are written in),
    ``card_cover`` (a Cover, or None). Loads what is missing in one query per relation; a
    queryset that ``prefetch_related(*card_prefetches())`` costs none. Returns the list."""
    from .listing import LIBRARY_DATA

    publications = list(publications)
    if not publications:
        return publications
    prefetch_related_objects(publications, "resource_type", "cover_image", *card_prefetches())
    language = language or get_language()
    locale = active_locale()
    types = terms_for_locale(ResourceType, locale)
    private = LIBRARY_DATA.get_or_compute("private-collections", private_collection_ids)
    for publication in publications:
        resource_type = publication.resource_type
        publication.card_type = resource_type and types.get(
            resource_type.translation_key, resource_type
        )
        # A type not translated yet shows in English, and is marked so.
        publication.card_type_lang = (
            language_code_of(publication.card_type.locale_id)
            if publication.card_type and publication.card_type.locale_id != locale.pk
            else ""
        )
        editions = list(publication.files.all())
        publication.card_languages = list(
            dict.fromkeys(edition.language for edition in editions if edition.language)
        )
        publication.card_language = publication.content_language
        publication.card_cover = cover_of(publication, editions, language, private)
    return publications


def ready_for_card(publication):
    """``publication`` with the ``card_*`` attributes: those prepare_cards set, or else what
    can be told without a query from what a listing's queryset loaded (the resource type, the
    editions, the cover image's renditions): no first page then, the card's own cover."""
    if hasattr(publication, "card_cover"):
        return publication
    card_type = getattr(publication, "local_type", None) or publication.resource_type
    publication.card_type, publication.card_type_lang = card_type, ""
    publication.card_languages = list(
        dict.fromkeys(edition.language for edition in publication.files.all() if edition.language)
    )
    publication.card_language = publication.content_language
    publication.card_cover = None
    if publication.cover_image_id:
        rendition = publication.cover_image.get_rendition(COVER_RENDITION)
        publication.card_cover = Cover(
            rendition.url, *shown_size(rendition.width, rendition.height)
        )
    return publication


def cover_of(publication, editions, language, private):
    if publication.cover_image_id:
        rendition = publication.cover_image.get_rendition(COVER_RENDITION)
        return Cover(rendition.url, *shown_size(rendition.width, rendition.height))
    drawn = [
        edition.document
        for edition in sorted(editions, key=lambda edition: edition.language != language)
        if edition.document.thumbnail and edition.document.collection_id not in private
    ]
    if not drawn:
        return None
    document = drawn[0]
    size = shown_size(document.thumbnail_width, document.thumbnail_height)
    return Cover(document.thumbnail.url, *size)


def shown_size(width, height):
    return COVER_WIDTH, round(COVER_WIDTH * height / width) if width else COVER_WIDTH


def private_collection_ids():
    """The collections under a view restriction (Wagtail's document privacy) and all their
    descendants: the first page of a file there is never shown to the public."""
    paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return frozenset()
    condition = reduce(or_, (Q(path__startswith=path) for path in paths))
    return frozenset(Collection.objects.filter(condition).values_list("pk", flat=True))
