"""The main navigation: the locale's home page and its children marked "show in menus".

Finding a home page's children means a range scan over the page tree, which grows with the
library (20,000 publications make it a few milliseconds on every page), so the links are cached
per site and language until any page is saved, published, unpublished, moved or deleted, or a
site changes (see ``connect_signals``, which retires the cached routes of ``home.routing`` at
the same moments)."""

from dataclasses import dataclass

from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.caching import VersionedCache
from home.locales import active_locale, home_pages, language_code_of
from home.routing import ROUTES

PAGES = VersionedCache("pages", 600)


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    path: str  # the page's tree path, to mark the section the visitor is in
    lang: str = ""  # an untranslated page (an alias): the language its title is in


def main_navigation(request):
    """{"home": Link or None, "items": [Link, …]} for the request's site and language."""
    site = Site.find_for_request(request)

    def links():
        home = home_pages(site).filter(locale=active_locale()).first() if site else None
        if home is None:
            return {"home": None, "items": []}
        return {
            "home": Link(home.title, home.get_url(request), home.path),
            "items": [
                Link(
                    page.title,
                    page.get_url(request),
                    page.path,
                    language_code_of(page.alias_of.locale_id) if page.alias_of_id else "",
                )
                for page in home.get_children().live().in_menu().select_related("alias_of")
            ],
        }

    return PAGES.get_or_compute(f"navigation:{site.pk if site else 0}:{get_language()}", links)


FOOTER_PAGES = ("about", "ask_expert", "contact", "partners", "privacy", "licence")


def footer_links(request):
    """{key: Link} of the pages the site settings name for the footer (``FOOTER_PAGES``), each
    as it stands in the visitor's language (its translation or alias there), else as chosen."""
    from home.models import SiteSettings

    site = Site.find_for_request(request)
    if site is None:
        return {}
    chosen = SiteSettings.for_site(site)
    ids = {key: getattr(chosen, f"{key}_page_id") for key in FOOTER_PAGES}
    ids = {key: page_id for key, page_id in ids.items() if page_id}
    if not ids:
        return {}

    def links():
        sources = {page.pk: page for page in Page.objects.live().filter(pk__in=ids.values())}
        local = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(
                locale=active_locale(),
                translation_key__in=[page.translation_key for page in sources.values()],
            )
            .select_related("alias_of")
        }
        found = {}
        for key, page_id in ids.items():
            source = sources.get(page_id)
            if source is None:
                continue
            page = local.get(source.translation_key, source)
            found[key] = Link(page.title, page.get_url(request), page.path)
        return found

    key = ":".join(f"{name}={page_id}" for name, page_id in sorted(ids.items()))
    return PAGES.get_or_compute(f"footer:{site.pk}:{get_language()}:{key}", links)


def home_pages_of(site):
    """The live home page of each locale of ``site``, by language code."""

    def read():
        return {home.locale.language_code: home for home in home_pages(site).live()}

    return PAGES.get_or_compute(f"homes:{site.pk if site else 0}", read)


def bump_when_a_page_changes(sender, instance, **kwargs):
    if isinstance(instance, (Page, Site, PageViewRestriction)):
        PAGES.bump()
        ROUTES.bump()


def connect_signals():
    for signal in (post_save, post_delete, page_published, page_unpublished, post_page_move):
        signal.connect(bump_when_a_page_changes, weak=False)
