"""A real headless Chromium: a demo member signs in from a publication's "Sign in to save",
saves it on its page, finds it in My ChildHub and removes it there. Everything is found by
its role and accessible name, as a screen reader finds it (the templates' classes may change).
"""

import re

import pytest

from home.demo.users import DEMO_PASSWORD
from library.factories import LibraryPageFactory, PublicationPageFactory
from members.demo import load_demo
from members.models import SavedPublication
from tests.builders import build_site

from .chromium import requires_chromium

pytestmark = requires_chromium

TITLE = "Foster care in the Balkans"


def about_the_publication(action):
    """The accessible name of a save button or link: its visible action, then (for screen
    readers only) the publication's title, and for a saved one what pressing it does."""
    return re.compile(rf"^{action}\s*:\s*{TITLE}")


@pytest.mark.django_db(transaction=True)
def test_a_member_saves_a_publication_and_finds_it_in_my_childhub(live_server, browser_page):
    site = build_site()
    library = LibraryPageFactory(parent=site.home)
    publication = PublicationPageFactory(parent=library, title=TITLE)
    load_demo()  # Drita Hoxha, drita@example.org, among the demo members
    page = browser_page

    page.goto(f"{live_server.url}{publication.url}")
    page.get_by_role("link", name=about_the_publication("Sign in to save")).click()
    page.get_by_label("E-mail address").fill("drita@example.org")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_url(f"**{publication.url}")  # back on the publication, signed in

    save = page.get_by_role("button", name=about_the_publication("Save"))
    assert save.get_attribute("aria-pressed") == "false"
    with page.expect_navigation():  # the form posts, then comes back to the page
        save.click()
    saved = page.get_by_role("button", name=about_the_publication("Saved"))
    assert saved.get_attribute("aria-pressed") == "true"
    assert SavedPublication.objects.filter(user__email="drita@example.org").count() == 1

    account = page.get_by_role("navigation", name="Your account")
    account.get_by_role("link", name="My ChildHub", exact=True).click()
    page.wait_for_url("**/en/my-childhub/")
    shelf = page.get_by_role("region", name="Saved publications")
    assert shelf.get_by_role("link", name=TITLE, exact=True).is_visible()

    with page.expect_navigation():
        shelf.get_by_role("button", name=about_the_publication("Saved")).click()
    assert page.url.endswith("/en/my-childhub/")
    shelf = page.get_by_role("region", name="Saved publications")
    assert shelf.get_by_role("link", name=TITLE, exact=True).count() == 0
    assert "Nothing saved yet" in shelf.inner_text()
    assert not SavedPublication.objects.exists()
