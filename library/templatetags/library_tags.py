import json

from django import template
from django.utils.safestring import mark_safe

from library import cards, facet_panel, languages

register = template.Library()


@register.simple_tag(takes_context=True)
def publication_json_ld(context, publication, editions):
    """schema.org description of a publication, safe to embed in a script element."""
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "Report",
        "name": publication.title,
        "abstract": publication.summary,
        "datePublished": publication.publication_date.isoformat(),
        "inLanguage": [edition.language for edition in editions]
        or publication.locale.language_code,
        "url": publication.get_full_url(request),  # the Site record's address (SITE_URL)
        "author": [{"@type": "Person", "name": name} for name in publication.author_list()]
        + [{"@type": "Organization", "name": name} for name in publication.organisation_list()],
    }
    if publication.doi:
        data["identifier"] = f"https://doi.org/{publication.doi}"
    if publication.isbn:
        data["isbn"] = publication.isbn
    if publication.licence:
        data["license"] = publication.licence
    encoded = json.dumps(data, ensure_ascii=False)
    # Keep "</script>" and friends from closing the element early.
    for character, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        encoded = encoded.replace(character, escaped)
    return mark_safe(encoded)


@register.filter
def language_name(code):
    """A site language named in full in the visitor's language (library/languages.py)."""
    return languages.language_name(code)


@register.simple_tag
def publication_cards(publications):
    """The publications, made ready for ``components/publication_card.html``
    (library/cards.py): ``{% publication_cards latest as latest %}``."""
    return cards.prepare_cards(publications)


@register.simple_tag
def facet_groups(facets):
    """The filter panel's groups (library/facet_panel.py) for a list of facets."""
    return facet_panel.groups(facets)


@register.filter
def publication_language(publication, editions=None):
    """The language a publication's title and summary are written in: the one found when the
    page was saved (``PublicationPage.text_language``: a Bulgarian report in the English
    library is in Bulgarian); for a page saved before that, its page's (an alias's source's),
    unless it has no edition in that language, when it is its first edition's. ``editions``
    defaults to the page's files (prefetch them in a listing)."""
    from home.templatetags.childhub_tags import content_language

    if getattr(publication, "text_language", ""):
        return publication.text_language
    language = content_language(publication)
    if editions is None or editions == "":
        editions = publication.files.all()
    codes = [edition.language for edition in editions if edition.language]
    if codes and language not in codes:
        return codes[0]
    return language


@register.filter
def card_ready(publication):
    """The publication with what its card shows (library.cards.ready_for_card): made ready
    already by prepare_cards, or from what its queryset loaded, without a query."""
    return cards.ready_for_card(publication)
