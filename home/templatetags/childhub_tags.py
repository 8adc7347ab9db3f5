"""Template tags for the site chrome: language switcher, hreflang alternates, navigation."""

from functools import lru_cache

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import dateformat
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info, gettext
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
def lang_attr(code):
    """`` lang="xx"`` where content in ``code`` sits in a page of another interface language;
    nothing where the two agree (the ``<html lang>`` already says it)."""
    if not code or code == get_language():
        return ""
    return format_html(' lang="{}"', code)


@register.filter
def term_lang_attr(locale_id):
    """`` lang="en"`` on a taxonomy term shown in English for want of a translation."""
    return lang_attr(language_code_of(locale_id)) if locale_id else ""


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The footer's links to the site's own pages (about, contact, privacy …), in the
    visitor's language: [(key, url)]."""
    return navigation.footer_links(context["request"])


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


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """[(title, url, lang)] from the home page down to ``page`` (the last item), its section
    and the home page from the cached navigation; the ancestors in between of a page deeper
    than a section's children (or under a section left out of the menu) are cached with the
    routes."""
    if page is None or not getattr(page, "pk", None):
        return []
    request = context["request"]
    nav = navigation.main_navigation(request)
    home = nav["home"]
    if home is None or not page.path.startswith(home.path) or page.path == home.path:
        return []
    trail = [(gettext("Home"), home.url, "")]
    home_depth = len(home.path) // Page.steplen
    section_path = page.path[: len(home.path) + Page.steplen]
    section = next((item for item in nav["items"] if item.path == section_path), None)
    if page.depth == home_depth + 2 and section is not None:
        trail.append((section.title, section.url, section.lang))
    elif page.depth > home_depth + 1:
        site = Site.find_for_request(request)

        def ancestors():
            between = page.get_ancestors().filter(depth__gt=home_depth).select_related("alias_of")
            return [(item.title, item.get_url(request), _alias_language(item)) for item in between]

        # Kept with the routes, which every page change retires.
        trail += ROUTES.get_or_compute(f"ancestors:{site.pk if site else 0}:{page.path}", ancestors)
    trail.append((page.title, "", _alias_language(page)))
    return trail


def _alias_language(page):
    return language_code_of(page.alias_of.locale_id) if page.alias_of_id else ""


@register.filter
def field_kind(bound_field):
    """How form_field.html lays a field out: "group" (radio buttons, multiple checkboxes: a
    fieldset), "checkbox" (one box, its label after it) or "control"."""
    widget = bound_field.field.widget
    if getattr(widget, "input_type", "") == "radio" or (
        getattr(widget, "allow_multiple_selected", False)
        and getattr(widget, "input_type", "") == "checkbox"
    ):
        return "group"
    if getattr(widget, "input_type", "") == "checkbox":
        return "checkbox"
    return "control"


@register.filter
def field_anchor(bound_field):
    """The id an error summary links to: the control, or a group's first option."""
    return bound_field.id_for_label or f"{bound_field.auto_id}_0"


def _described_by(bound_field):
    ids = [f"{bound_field.auto_id}_helptext"] if bound_field.help_text else []
    ids += [f"{bound_field.auto_id}_error_{n}" for n in range(1, len(bound_field.errors) + 1)]
    return " ".join(ids)


@register.simple_tag
def field_widget(bound_field):
    """The field's control, naming its hint and errors (aria-describedby), aria-invalid when
    in error."""
    attrs = {}
    described_by = _described_by(bound_field)
    if described_by:
        attrs["aria-describedby"] = described_by
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
    return bound_field.as_widget(attrs=attrs)


@register.simple_tag
def field_described_by(bound_field):
    described_by = _described_by(bound_field)
    return format_html(' aria-describedby="{}"', described_by) if described_by else ""


# Languages that write month names in lower case inside a date, where Django's month names
# (shared with calendars and headings) are capitalised: "14 октомври 2026 г.", "14 octombrie".
LOWER_CASE_MONTHS = {"bg", "ro", "sq", "sh", "hu", "ru", "uk"}


@register.filter
def local_date(value):
    """A date in the visitor's language's DATE_FORMAT, month names in the case the language
    writes them in a date."""
    if not value:
        return ""
    text = date_format(value, "DATE_FORMAT")
    if get_language() in LOWER_CASE_MONTHS:
        for month_format in ("F", "E"):
            month = dateformat.format(value, month_format)
            text = text.replace(month, month.lower())
    return text
