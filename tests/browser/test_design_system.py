"""Every page template in a real browser, in English, Albanian and Bulgarian: axe-core (WCAG
2.2 A/AA and best practices) with the language menu open finds nothing, nothing scrolls
sideways at 320 px (WCAG 1.4.10 reflow), and a screenshot of each is saved for review
(var/screenshots/, git-ignored). One page load per (template, language) does all three.
Then the keyboard: the skip link and the language menu.

To check another template, append it to ``PAGES``: a name and a function of (site,
language code) that returns its path in that language (the site is tests/design_site.py's)."""

from pathlib import Path

import pytest
from django.test import override_settings
from wagtail.models import Locale

from tests.builders import build_site
from tests.design_site import build_design_site

from .chromium import requires_chromium

pytestmark = requires_chromium

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
LANGUAGES = ["en", "sq", "bg"]
AXE_RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]


def in_language(page, code):
    return page.get_translation(Locale.objects.get(language_code=code)).url


PAGES = [
    ("home", lambda site, code: f"/{code}/"),
    ("news-index", lambda site, code: in_language(site.news, code)),
    ("news-article", lambda site, code: in_language(site.article, code)),
    ("standard-page", lambda site, code: in_language(site.ask, code)),
    ("section-index", lambda site, code: in_language(site.academy, code)),
    ("publication", lambda site, code: in_language(site.english, code)),
    ("publication-bulgarian", lambda site, code: in_language(site.bulgarian, code)),
    ("not-found", lambda site, code: f"/{code}/no-such-page/"),
    ("pattern-library", lambda site, code: f"/{code}/patterns/"),
]


# Shown with DEBUG (or to staff) only.
DEBUG_ONLY = {"pattern-library"}


def axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": AXE_RULES}, "resultTypes": ["violations"]},
    )
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']}: {node['failureSummary']}"
        for violation in results.response["violations"]
        for node in violation["nodes"][:3]
    ]


def horizontal_overflow(page):
    """The elements that stick out of the viewport's right edge (none, when it reflows)."""
    return page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          return [...document.querySelectorAll("body *")]
            .filter(el => el.getBoundingClientRect().right > width + 0.5)
            .slice(0, 5).map(el => el.tagName.toLowerCase() + "." + el.className);
        }"""
    )


@pytest.mark.django_db(transaction=True)
def test_every_template_is_accessible_and_reflows_in_three_languages(
    live_server, browser, subtests
):
    site = build_design_site()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    for name, path_of in PAGES:
        for code in LANGUAGES:
            with (
                subtests.test(page=name, language=code),
                override_settings(DEBUG=name in DEBUG_ONLY),
            ):
                page.set_viewport_size({"width": 1366, "height": 900})
                response = page.goto(live_server.url + path_of(site, code))
                assert response.status == (404 if name == "not-found" else 200)
                assert page.get_attribute("html", "lang") == code
                page.locator(".language-menu summary").click()
                assert page.locator(".language-menu ul").is_visible()
                page.screenshot(path=SCREENSHOTS / f"{name}-{code}-1366.png", full_page=True)
                assert axe_violations(page) == []
                page.keyboard.press("Escape")
                page.set_viewport_size({"width": 320, "height": 640})
                assert horizontal_overflow(page) == []
                if code == "en":
                    page.screenshot(path=SCREENSHOTS / f"{name}-{code}-320.png", full_page=True)
    page.close()


@pytest.mark.django_db(transaction=True)
def test_skip_link_and_language_menu_with_the_keyboard(live_server, browser_page):
    site = build_site()
    page = browser_page
    page.goto(f"{live_server.url}{site.about.url}")

    # The skip link comes first and moves focus to the main content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # The language menu opens with Enter, its links come next in the tab order, and Escape
    # closes it with focus back on its button.
    summary = page.locator(".language-menu summary")
    menu = page.locator(".language-menu ul")
    summary.focus()
    page.keyboard.press("Enter")
    assert menu.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('hreflang')") == "en"
    page.keyboard.press("Escape")
    assert not menu.is_visible()
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"

    # Focus leaving it closes it: tabbing past the last language.
    page.keyboard.press("Enter")
    for _ in range(8):  # the eight languages
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('hreflang')") == "uk"
    page.keyboard.press("Tab")
    assert not menu.is_visible()

    # A click elsewhere closes it; the menu still leads to the other languages.
    summary.click()
    assert menu.is_visible()
    page.locator("h1").click()
    assert not menu.is_visible()
    summary.click()
    page.locator('.language-menu a[hreflang="sq"]').click()
    page.wait_for_url("**/sq/**")
    assert page.get_attribute("html", "lang") == "sq"
