import json

from django import template
from django.utils.safestring import mark_safe

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
def publication_language(publication, editions=None):
    """The language a publication's title and summary are written in: its page's (an alias's
    source's), unless it has no edition in that language, when it is its first edition's (a
    Bulgarian report in the English library is in Bulgarian). ``editions`` defaults to the
    page's files (prefetch them in a listing)."""
    from home.templatetags.childhub_tags import content_language

    language = content_language(publication)
    if editions is None or editions == "":
        editions = publication.files.all()
    codes = [edition.language for edition in editions if edition.language]
    if codes and language not in codes:
        return codes[0]
    return language
