"""Template tags for the site chrome: language switcher, hreflang alternates, navigation."""

from functools import lru_cache

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from home import navigation
from home.locales import language_code_of
from home.routing import ROUTES

register = template.Library()


def language_name(code):
    return get_language_info(code)["name_local"].capitalize() if code else ""


@register.simple_tag(takes_context=True)
def page_translations(context, page=None):
    """One entry per site language: where the switcher leads and whether the page exists in
    that language as a real translation (``translated``), as an English alias (``alias``), or
    not at all (the link then goes to that language's home page with a notice)."""
    request = context["request"]
    current = get_language()
    codes = [code for code, _name in settings.LANGUAGES]
    if page is not None and getattr(page, "pk", None):
        site = Site.find_for_request(request)
        links = ROUTES.get_or_compute(
            f"translations:{site.pk if site else 0}:{page.translation_key}",
            lambda: translation_links(request, site, page.translation_key, codes),
        )
    else:
        path = request.get_full_path()
        links = {code: (translate_url(path, code), True, False) for code in codes}
    return [
        {
            "code": code,
            "name": language_name(code),
            "is_current": code == current,
            "url": links[code][0],
            "translated": links[code][1],
            "alias": links[code][2],
        }
        for code in codes
    ]


def translation_links(request, site, translation_key, codes):
    """{language code: (URL, translated, alias)} of a page's live versions, or of the home page
    (with a notice) where the language has none; the same for every visitor of ``site`` until
    a page changes (``home.routing.ROUTES``)."""
    by_locale = {
        translation.locale.language_code: translation
        for translation in Page.objects.live()
        .filter(translation_key=translation_key)
        .select_related("locale")
        .only("url_path", "locale", "alias_of_id", "translation_key", "depth", "path")
    }
    homes = navigation.home_pages_of(site) if any(c not in by_locale for c in codes) else {}
    links = {}
    for code in codes:
        if code in by_locale:
            translation = by_locale[code]
            alias = translation.alias_of_id is not None
            links[code] = (translation.get_url(request), not alias or code == "en", alias)
        else:
            home = homes.get(code)
            url = (home.get_url(request) if home else f"/{code}/") + "?from=untranslated"
            links[code] = (url, False, False)
    return links


@register.simple_tag(takes_context=True)
def hreflang_alternates(context, translations):
    """Absolute URLs of the real translations (aliases are duplicates, not translations)."""
    request = context["request"]
    return [
        {"code": entry["code"], "url": request.build_absolute_uri(entry["url"])}
        for entry in translations
        if entry["translated"] and not entry["alias"]
    ]


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The locale's home page and its children that are marked “show in menus” (links)."""
    return navigation.main_navigation(context["request"])


@register.filter
def content_language(page):
    """The language a page's content is written in: an alias shows its source's language.
    Listings may annotate ``source_locale_id`` (the source's locale) to spare a join."""
    locale_id = getattr(page, "locale_id", None)
    if not locale_id:
        return get_language()
    if getattr(page, "alias_of_id", None):
        source_locale_id = getattr(page, "source_locale_id", None) or page.alias_of.locale_id
        return language_code_of(source_locale_id)
    return language_code_of(locale_id)


@register.filter
def language_display(code):
    """The name of a site language in the visitor's language."""
    return _language_names(get_language()).get(code, code)


@lru_cache(maxsize=32)
def _language_names(active_language):
    # Keyed by the active language, which the names are translated into.
    return {code: str(name) for code, name in settings.LANGUAGES}


@register.filter
def language_label(code):
    return language_name(code)


@register.simple_tag(takes_context=True)
def remove_filter(context, param, value):
    """The current query string without one value of a (possibly repeated) parameter, and
    back on the first page."""
    params = context["request"].GET.copy()
    params.setlist(param, [item for item in params.getlist(param) if item != value])
    params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
