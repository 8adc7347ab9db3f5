"""A real headless Chromium (Debian's) driven by Playwright: the home page in two locales and
the language switcher between them."""

import pytest

from tests.builders import build_site

from .chromium import requires_chromium

pytestmark = requires_chromium


@pytest.mark.django_db(transaction=True)
def test_home_pages_and_language_switcher_in_a_real_browser(live_server, browser_page):
    build_site()
    page = browser_page

    page.goto(f"{live_server.url}/")
    page.wait_for_url("**/en/")
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("h1").inner_text() == "Knowledge for child protection"

    # The skip link is the first thing keyboard users reach.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"

    page.locator(".language-menu summary").click()
    page.locator('.language-menu a[hreflang="sq"]').click()
    page.wait_for_url("**/sq/")
    assert page.get_attribute("html", "lang") == "sq"
    assert page.locator("h1").inner_text() == "Njohuri për mbrojtjen e fëmijëve"
    assert page.locator(".skip-link").inner_text() == "Kalo te përmbajtja kryesore"

    page.goto(f"{live_server.url}/sq/lajme/")
    page.locator(".language-menu summary").click()
    page.locator('.language-menu a[hreflang="en"]').click()
    page.wait_for_url("**/en/news/")
    assert page.locator("h1").inner_text() == "News"
