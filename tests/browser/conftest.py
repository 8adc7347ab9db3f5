"""A real headless Chromium (Debian's) driven by Playwright's Python package."""

import os

import pytest
from django.db import connections

from .chromium import CHROMIUM


@pytest.fixture
def browser():
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
        yield browser
        browser.close()
        # While Playwright's event loop runs in this thread, Django keeps the thread's
        # connections in a context variable, not in thread-local storage: the connection the
        # test opened is closed here, or it outlives the test and the test database cannot
        # be dropped at the end of the run.
        connections.close_all()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def browser_page(browser):
    return browser.new_page(locale="en-GB")
