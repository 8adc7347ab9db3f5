"""A real headless Chromium (Debian's) driven by Playwright: the home page in two locales and
the language switcher between them."""

import os
import shutil

import pytest

from tests.builders import build_site

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed"),
]


@pytest.fixture
def browser_page():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the Django calls the live
    # server makes happen in its own thread, so this is safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page(locale="en-GB")
        yield page
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


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

    page.locator(".language-switcher summary").click()
    page.locator('.language-switcher a[hreflang="sq"]').click()
    page.wait_for_url("**/sq/")
    assert page.get_attribute("html", "lang") == "sq"
    assert page.locator("h1").inner_text() == "Njohuri për mbrojtjen e fëmijëve"
    assert page.locator(".skip-link").inner_text() == "Kalo te përmbajtja kryesore"

    page.goto(f"{live_server.url}/sq/lajme/")
    page.locator(".language-switcher summary").click()
    page.locator('.language-switcher a[hreflang="en"]').click()
    page.wait_for_url("**/en/news/")
    assert page.locator("h1").inner_text() == "News"
