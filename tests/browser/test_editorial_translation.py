"""The translation hand-off in a real headless Chromium, as the demo's users walk it: the
translator translates an English publication into Albanian in wagtail-localize's editor and
submits it for review; the Albanian editor approves it and the visitor reads it on /sq/; the
administrator changes the English summary and publishes; the Albanian editor then sees the
translation is out of date without anyone syncing by hand, the unchanged title kept and the
changed summary pre-filled with its previous translation."""

import datetime

import pytest
from wagtail.models import Locale

from library.factories import LibraryPageFactory, PublicationPageFactory
from search.tests.corpus import document
from tests.builders import build_site, demo_users, sync_trees

from .chromium import requires_chromium

pytestmark = requires_chromium

TITLE_SQ = "Linja ndihmëse për çdo fëmijë"
SUMMARY_SQ = "Linjat ndihmëse u përgjigjen fëmijëve ditë e natë."


def log_in(browser, live_server, username):
    page = browser.new_page(locale="en-GB")
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "childhub")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def translate_segment(page, source_text, translation):
    segment = page.locator("li.incomplete", has_text=source_text)
    segment.get_by_role("button", name="Translate").click()
    segment.locator("textarea").fill(translation)
    segment.get_by_role("button", name="Save").click()
    page.locator("li.complete", has_text=source_text).wait_for()


@pytest.mark.django_db(transaction=True)
def test_translator_hand_off_review_and_out_of_date_translation(live_server, browser):
    site = build_site()
    library = LibraryPageFactory(parent=site.home)
    publication = PublicationPageFactory(
        parent=library,
        title="Helplines for every child",
        slug="helplines",
        summary="Helplines answer children day and night.",
        publication_date=datetime.date(2025, 3, 1),
        editions=[("en", document("A guide to running a helpline for children.", "en"))],
    )
    sync_trees()
    demo_users()
    alias = publication.get_translation(Locale.objects.get(language_code="sq"))
    edit_sq = f"{live_server.url}/admin/pages/{alias.pk}/edit/"

    # The translator opens the untranslated Albanian page and translates it.
    translator = log_in(browser, live_server, "translator")
    translator.goto(edit_sq)
    translator.get_by_role("link", name="Translate this page").click()
    translator.get_by_role("button", name="Submit").click()
    translator.wait_for_url(edit_sq)
    translate_segment(translator, "Helplines for every child", TITLE_SQ)
    translate_segment(translator, "Helplines answer children day and night.", SUMMARY_SQ)
    # Their main action is the hand-off, not wagtail-localize's "Convert to alias page".
    assert not translator.get_by_text("Convert to alias page").is_visible()
    translator.get_by_role("button", name="Submit to Review — Albanian").click()
    translator.get_by_text("was submitted to Review — Albanian").wait_for()
    translator.reload()
    assert translator.get_by_text("Translation up to date").first.is_visible()  # slug included

    # The Albanian editor approves; the visitor reads the Albanian page.
    editor = log_in(browser, live_server, "editor-sq")
    editor.goto(edit_sq)
    assert editor.get_by_text("Submitted for review by translator").is_visible()
    editor.locator(".translation-review").get_by_role("button", name="Approve").first.click()
    editor.wait_for_url(edit_sq)
    visitor = browser.new_page(locale="sq")
    visitor.goto(f"{live_server.url}/sq/library/linja-ndihmese-per-cdo-femije/")
    assert visitor.locator("h1").inner_text() == TITLE_SQ
    assert visitor.get_by_text(SUMMARY_SQ).is_visible()

    # The administrator changes the English summary and publishes it in the page editor.
    admin = log_in(browser, live_server, "admin")
    admin.goto(f"{live_server.url}/admin/pages/{publication.pk}/edit/")
    admin.fill("#id_summary", "Helplines answer children, parents and teachers.")
    admin.locator("footer .w-dropdown__toggle").first.click()
    admin.locator('button[name="action-publish"]').click()
    admin.wait_for_url(f"{live_server.url}/admin/pages/{library.pk}/")

    # Nobody syncs: the Albanian editor sees the translation is out of date …
    editor.goto(f"{live_server.url}/admin/pages/{alias.get_parent().pk}/")
    row = editor.locator("tr", has_text=TITLE_SQ)
    assert row.get_by_text("Translation out of date").is_visible()
    editor.goto(edit_sq)
    assert editor.get_by_text("1 string needs review").is_visible()
    # … the title kept, the new English summary shown with its previous translation filled in.
    assert editor.locator("li.complete", has_text="Helplines for every child").is_visible()
    summary = editor.locator("li.errored", has_text="Helplines answer children, parents")
    assert summary.get_by_text(SUMMARY_SQ).is_visible()
    summary.get_by_role("button", name="Edit").click()
    assert summary.locator("textarea").input_value() == SUMMARY_SQ
