"""The search box in a real headless Chromium: title suggestions with the keyboard, facets,
and the same search without JavaScript."""

import pytest

from search.tests.corpus import build_corpus

from .chromium import requires_chromium

pytestmark = requires_chromium


@pytest.mark.django_db(transaction=True)
def test_suggestions_facets_and_search_without_javascript(live_server, browser, browser_page):
    corpus = build_corpus()  # committed as it goes: the index updates run after each commit
    page = browser_page

    page.goto(f"{live_server.url}/en/")
    box = page.locator("#site-search-q")
    assert box.get_attribute("role") == "combobox"
    box.fill("helpl")
    option = page.locator("#search-suggestions-0 [role=option]")
    option.first.wait_for()
    assert option.all_inner_texts() == ["Helplines for every child"]
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == "search-suggestions-0-0"
    box.press("Enter")
    page.wait_for_url(f"**{corpus.helpline.url}")

    page.goto(f"{live_server.url}/en/search/?q=guide")
    assert page.locator(".finder__list > li").count() == 3
    page.locator(".facet-group summary", has_text="Resource type").click()
    page.locator("label[for=type-report]").click()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**type=report**")
    assert page.locator(".finder__list .card__title").all_inner_texts() == [
        "Child participation in decision-making"
    ]
    assert page.locator(".finder__list mark").count() >= 1

    no_script = browser.new_page(java_script_enabled=False)
    no_script.goto(f"{live_server.url}/sq/")
    no_script.locator("#site-search-q").fill("femijet")
    no_script.locator("#site-search-q").press("Enter")
    no_script.wait_for_url("**/sq/search/?q=femijet")
    assert no_script.locator(".finder__list .card__title").all_inner_texts() == [
        "Serbia miraton një strategji kundër abuzimit në internet"
    ]
