import json

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


def _script_safe(data):
    encoded = json.dumps(data, ensure_ascii=False)
    # Keep "</script>" and friends from closing the element early.
    for character, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        encoded = encoded.replace(character, escaped)
    return mark_safe(encoded)


@register.simple_tag(takes_context=True)
def brief_pdf_url(context, page):
    return page.get_full_url(context.get("request")) + page.reverse_subpage("pdf")


@register.simple_tag(takes_context=True)
def brief_citation(context, page):
    from library.citations import apa

    return apa(page, context.get("request"))


@register.simple_tag(takes_context=True)
def brief_json_ld(context, page):
    """schema.org description of a brief (a Report), safe to embed in a script element."""
    from home.templatetags.childhub_tags import content_language

    request = context.get("request")
    data = {
        "@context": "https://schema.org",
        "@type": "Report",
        "name": page.title,
        "abstract": page.summary,
        "datePublished": page.date.isoformat(),
        "inLanguage": content_language(page),
        "url": page.get_full_url(request),
        "author": [{"@type": "Person", "name": name} for name in page.author_list()]
        + [{"@type": "Organization", "name": name} for name in page.organisation_list()],
    }
    if page.live:
        data["encoding"] = {
            "@type": "MediaObject",
            "encodingFormat": "application/pdf",
            "contentUrl": brief_pdf_url(context, page),
        }
    return _script_safe(data)


@register.simple_tag(takes_context=True)
def can_add_brief(context):
    """Whether the signed-in user may add briefs in the active language (asked once a
    request)."""
    from advocacy.selection import user_can_add_brief

    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return False
    if not hasattr(request, "_can_add_brief"):
        request._can_add_brief = user_can_add_brief(request.user)
    return request._can_add_brief


@register.filter
def is_publication(page):
    from library.models import PublicationPage

    # A search hit's page in the visitor's tree is a plain Page: ask its type, not its class.
    specific_class = getattr(page, "specific_class", None)
    return specific_class is not None and issubclass(specific_class, PublicationPage)
