"""The library and the search in a real headless Chromium: axe-core (WCAG 2.2 A/AA and
best practice) in English, Albanian and Bulgarian with the suggestions and the filter dialog
open, reflow at 320 px, the keyboard through the suggestions and the filter dialog, and
screenshots for review in var/screenshots/ (git-ignored). One browser for the module, one page
load per template and language."""

import datetime
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections
from playwright.sync_api import expect

from home.models import ResourceType
from library.factories import LibraryDocumentFactory, PublicationPageFactory
from library.models import LibraryDocument
from library.thumbnails import render_first_page
from search.tests.corpus import build_corpus
from tests.builders import sync_trees, translate

from .chromium import CHROMIUM, requires_chromium

pytestmark = requires_chromium

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def pages(corpus):
    """(template, language): a view with results and facets."""
    return {
        ("library", "en"): corpus.library.url,
        ("library", "sq"): f"{corpus.library_sq.url}?english=1",
        ("library", "bg"): f"{corpus.library_bg.url}?english=1",
        ("search", "en"): "/en/search/?q=guide",
        ("search", "sq"): "/sq/search/?q=guide&english=1",
        ("search", "bg"): "/bg/search/?q=guide&english=1",
    }


SUGGEST = {"en": "helpl", "sq": "serbia", "bg": "Насоки"}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
        )
        yield browser
        browser.close()
        connections.close_all()  # see conftest.py
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def build_library():
    """The search corpus, its library translated into Albanian and Bulgarian (as the demo's
    section pages are), a Bulgarian report in the English library, enough years for a "Show
    more", and the first page of every file drawn (as text extraction does)."""
    corpus = build_corpus()
    corpus.library_sq = translate(
        corpus.library, "sq", title="Biblioteka", intro="Kërkime, udhëzime dhe ligje."
    )
    corpus.library_bg = translate(
        corpus.library, "bg", title="Библиотека", intro="Изследвания, насоки и закони."
    )
    report = ResourceType.objects.get(slug="report")
    PublicationPageFactory(
        parent=corpus.library,
        title="Насоки за работа по случаи на насилие над дете",
        slug="nasoki",
        summary="Как социалните работници, полицията и училищата действат заедно.",
        organisations="Агенция за социално подпомагане",
        publication_date=datetime.date(2021, 6, 1),
        resource_type=report,
        editions=[("bg", LibraryDocumentFactory(extracted_text="Насоки.", detected_language="bg"))],
    )
    for year in (2017, 2018, 2019):
        PublicationPageFactory(
            parent=corpus.library,
            title=f"Annual review of child protection {year}",
            summary="What changed in the year, country by country.",
            publication_date=datetime.date(year, 1, 15),
            resource_type=report,
            editions=[("en", LibraryDocumentFactory())],
        )
    for document in LibraryDocument.objects.all():
        with document.open_file() as handle:
            document.store_thumbnail(render_first_page(handle.read()))
        document.save()
    sync_trees()
    return corpus


def check_axe(page, state):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, f"{state}:\n{results.generate_report()}"


def assert_reflows(page, state):
    """Nothing in the page's content is wider than the 320 px viewport."""
    overflowing = page.evaluate(
        """() => [...document.querySelectorAll("main *")]
            .filter((element) => element.getClientRects().length
                    && element.getBoundingClientRect().right > window.innerWidth + 0.5)
            .map((element) => element.outerHTML.slice(0, 120))"""
    )
    assert overflowing == [], f"{state}: wider than 320 px: {overflowing}"
    assert page.evaluate("document.querySelector('main').scrollWidth") <= 320, state


def open_suggestions(page, box, text):
    box.fill(text)
    page.locator(f"#{box.get_attribute('aria-controls')} [role=option]").first.wait_for()


@pytest.mark.django_db(transaction=True)
def test_library_and_search_pass_axe_and_reflow_in_three_languages(live_server, browser):
    corpus = build_library()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 320, "height": 800}, locale="en-GB")
    page = context.new_page()
    for (template, language), path in pages(corpus).items():
        state = f"{template} ({language})"
        page.set_viewport_size({"width": 320, "height": 800})
        page.goto(f"{live_server.url}{path}")
        assert page.locator(".finder__list > li").count() >= 2, state
        assert_reflows(page, state)
        page.screenshot(path=SCREENSHOTS / f"{template}-{language}-320.png", full_page=True)

        # The suggestions open (the page's own search box, else the header's).
        box = page.locator("#search-q" if template == "search" else "#site-search-q")
        open_suggestions(page, box, SUGGEST[language])
        check_axe(page, f"{state}, suggestions open")
        box.press("Escape")

        # The filter dialog open (small screens).
        page.locator("[data-open-filters]").click()
        dialog = page.locator("dialog.filter-dialog")
        assert dialog.evaluate("(element) => element.open"), state
        check_axe(page, f"{state}, filter dialog open")
        page.screenshot(path=SCREENSHOTS / f"{template}-{language}-320-filters.png")
        page.keyboard.press("Escape")

        # Wide: the panel is a sidebar again.
        page.set_viewport_size({"width": 1366, "height": 900})
        page.locator(".finder__filters [data-filter-panel]").wait_for(state="visible")
        assert page.locator("[data-open-filters]").is_hidden(), state
        check_axe(page, f"{state}, wide")
        page.screenshot(path=SCREENSHOTS / f"{template}-{language}-1366.png", full_page=True)

    # A search that finds nothing: suggestions, no filters and no sort.
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(f"{live_server.url}/en/search/?q=zzzzqqq")
    assert page.locator(".finder__empty").is_visible()
    assert page.locator("[data-filter-panel], #sort").count() == 0
    check_axe(page, "search, no results")
    assert_reflows(page, "search, no results")
    page.screenshot(path=SCREENSHOTS / "search-en-320-empty.png", full_page=True)
    context.close()


def tab_stops_to(page, target, limit=100):
    """How many presses of Tab, from the top of the page, focus ``target``."""
    handle = target.element_handle()
    for stops in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("(element) => document.activeElement === element", handle):
            return stops
    raise AssertionError(f"not reached in {limit} Tab stops")


def contrast(page, selector):
    """The contrast ratio between an element's background and its parent's."""
    return page.evaluate(
        """(selector) => {
            const luminance = (colour) => {
                const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map((value) => {
                    const c = value / 255;
                    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const element = document.querySelector(selector);
            const own = luminance(getComputedStyle(element).backgroundColor);
            const around = luminance(getComputedStyle(element.parentElement).backgroundColor);
            return (Math.max(own, around) + 0.05) / (Math.min(own, around) + 0.05);
        }""",
        selector,
    )


@pytest.mark.django_db(transaction=True)
def test_suggestions_and_filter_dialog_with_the_keyboard(live_server, browser):
    corpus = build_library()
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB")
    page = context.new_page()

    # Suggestions: a named listbox of plain options, their number announced.
    page.goto(f"{live_server.url}/en/search/?q=guide")
    box = page.locator("#search-q")
    open_suggestions(page, box, "helpl")
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    assert listbox.get_attribute("aria-label") == "Suggestions"
    assert listbox.locator("[role=option]").all_inner_texts() == ["Helplines for every child"]
    assert listbox.locator("a, button").count() == 0  # nothing interactive inside an option
    status = page.locator(f"#{listbox.get_attribute('id')}-status")
    assert status.get_attribute("role") == "status"
    assert status.inner_text().startswith("1 suggestion.")
    box.press("ArrowDown")
    option_id = box.get_attribute("aria-activedescendant")
    assert page.locator(f"#{option_id}").get_attribute("aria-selected") == "true"
    assert contrast(page, f"#{option_id}") >= 3
    # Escape closes the list and keeps the query; a second one clears the box.
    box.press("Escape")
    assert (box.get_attribute("aria-expanded"), box.input_value()) == ("false", "helpl")
    box.press("Escape")
    assert box.input_value() == ""
    open_suggestions(page, box, "helpl")
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url(f"**{corpus.helpline.url}")

    # The library on a phone: results first, few Tab stops before the first one.
    page.goto(f"{live_server.url}/en/library/")
    first = page.locator(".finder__list .card__title a").first
    assert first.bounding_box()["y"] < 900
    assert tab_stops_to(page, first) <= 16
    # "Skip to results" is the first stop in the content.
    page.goto(f"{live_server.url}/en/library/")
    skip = page.locator(".finder__skip")
    tab_stops_to(page, skip)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "results-heading"

    # The filter dialog: opened from the keyboard, focus inside, Escape back to the button.
    opener = page.locator("[data-open-filters]")
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.filter-dialog")
    assert dialog.evaluate("(element) => element.open")
    assert page.evaluate("document.activeElement.matches('[data-close-filters]')")
    page.keyboard.press("Escape")
    assert not dialog.evaluate("(element) => element.open")
    assert page.evaluate("document.activeElement.matches('[data-open-filters]')")

    # Choose a value with the keyboard and apply: the page reloads with the filter, focus is
    # on the results heading (still a heading) and the new count is announced.
    page.keyboard.press("Enter")
    year = page.locator("dialog summary", has_text="Year")
    year.focus()
    page.keyboard.press("Enter")  # opens the group
    page.locator("#year-2024").focus()
    page.keyboard.press("Space")
    page.locator("dialog button[type=submit]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**year=2024**")
    # The heading keeps its role (the count is announced by a live region of its own).
    expect(page.get_by_role("heading", name="1 publication", exact=True)).to_be_focused()
    expect(page.locator("#results-status")).to_have_text("1 publication")
    assert page.locator(".active-filters").inner_text().startswith("2024")
    context.close()
