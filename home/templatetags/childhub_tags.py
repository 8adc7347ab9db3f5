"""Template tags for the site chrome: language switcher, hreflang alternates, navigation."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page

from home.locales import home_pages

register = template.Library()


def language_name(code):
    return get_language_info(code)["name_local"].capitalize() if code else ""


def _active_locale():
    return Locale.get_active()


@register.simple_tag(takes_context=True)
def page_translations(context, page=None):
    """One entry per site language: where the switcher leads and whether the page exists in
    that language as a real translation (``translated``), as an English alias (``alias``), or
    not at all (the link then goes to that language's home page with a notice)."""
    request = context["request"]
    current = get_language()
    codes = [code for code, _name in settings.LANGUAGES]
    by_locale = {}
    homes = {}
    if page is not None and getattr(page, "pk", None):
        for translation in (
            Page.objects.live()
            .filter(translation_key=page.translation_key)
            .select_related("locale")
            .only("url_path", "locale", "alias_of_id", "translation_key", "depth", "path")
        ):
            by_locale[translation.locale.language_code] = translation
        missing = [code for code in codes if code not in by_locale]
        if missing:
            homes = {
                home.locale.language_code: home
                for home in home_pages().filter(locale__language_code__in=missing).live()
            }
    entries = []
    for code in codes:
        entry = {
            "code": code,
            "name": language_name(code),
            "is_current": code == current,
            "translated": True,
            "alias": False,
        }
        if page is None or not getattr(page, "pk", None):
            entry["url"] = translate_url(request.get_full_path(), code)
        elif code in by_locale:
            translation = by_locale[code]
            entry["url"] = translation.get_url(request)
            entry["alias"] = translation.alias_of_id is not None
            entry["translated"] = not entry["alias"] or code == "en"
        else:
            home = homes.get(code)
            entry["url"] = (home.get_url(request) if home else f"/{code}/") + "?from=untranslated"
            entry["translated"] = False
        entries.append(entry)
    return entries


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
    """The locale's home page and its children that are marked “show in menus”."""
    home = home_pages().filter(locale=_active_locale()).first()
    if home is None:
        return {"home": None, "items": []}
    return {"home": home, "items": list(home.get_children().live().in_menu())}


@register.filter
def content_language(page):
    """The language a page's content is written in: an alias shows its source's language."""
    alias_of = getattr(page, "alias_of", None)
    if alias_of is not None and alias_of.locale_id != page.locale_id:
        return alias_of.locale.language_code
    return page.locale.language_code if getattr(page, "locale_id", None) else get_language()


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
