"""The Albanian editor's path in a real browser, as the demo's users: editor-sq ("Editors —
Albanian", not a superuser) logs into the admin, uploads a PDF and an image, publishes an
Albanian publication with the PDF as its edition and a news item with the image; a visitor
then finds the publication on /sq/search/ by a word that is only inside the PDF, and the news
item shows the image with its description as alt text."""

import io

import pytest
from playwright.sync_api import expect

from home.management.commands.load_demo_content import DEMO_PASSWORD, Command
from library.factories import LibraryPageFactory
from library.tests.helpers import ALBANIAN, pdf_bytes
from tests.builders import build_site, sync_trees, translate

from .chromium import requires_chromium

pytestmark = requires_chromium

ONLY_IN_PDF = "Kuqalashtë"
DESCRIPTION = "Fëmijë që lexojnë në bibliotekën e shkollës"


def png_bytes():
    from wagtail.images.tests.utils import get_test_image_file

    return get_test_image_file().file.getvalue()


def log_in(page, url, username):
    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/admin/")


def upload(page, url, kind, name, mime, content, **fields):
    page.goto(f"{url}/admin/{kind}/add/")
    page.set_input_files("input[name=file]", {"name": name, "mimeType": mime, "buffer": content})
    # Wagtail fills the title in from the file name: the editor's own title replaces it.
    expect(page.locator("form[data-edit-form] [name=title]")).not_to_have_value("")
    for field, value in fields.items():
        page.fill(f"form[data-edit-form] [name={field}]", value)
    page.click("form[data-edit-form] button[type=submit]")
    page.wait_for_url(f"{url}/admin/{kind}/")


def choose(page, field, title):
    """Pick ``title`` in the chooser modal of the form field named ``field``."""
    chooser = page.locator(f"[id='id_{field}-chooser']")
    chooser.locator(".unchosen [data-chooser-action-choose]").click()
    page.locator("[data-chooser-modal-choice]", has_text=title).first.click()
    expect(chooser.locator("[data-chooser-title]")).to_have_text(title)


def publish(page):
    page.locator("footer .w-dropdown__toggle").click()
    page.locator("footer button[name=action-publish]").click()
    expect(page.locator(".messages")).to_contain_text("published")


@pytest.mark.django_db(transaction=True)
def test_the_albanian_editor_publishes_a_pdf_and_an_image(live_server, browser):
    site = build_site()
    library = LibraryPageFactory(parent=site.home)
    sync_trees()
    library_sq = translate(library, "sq", title="Biblioteka", slug="biblioteka")
    Command(stdout=io.StringIO()).load_users()
    url = live_server.url
    page = browser.new_page(locale="sq-AL")

    log_in(page, url, "editor-sq")
    upload(
        page,
        url,
        "documents",
        "udhezues.pdf",
        "application/pdf",
        pdf_bytes(f"{ALBANIAN} {ONLY_IN_PDF} metodologji."),
        title="Udhëzues",
    )
    upload(
        page,
        url,
        "images",
        "shkolla.png",
        "image/png",
        png_bytes(),
        title="Shkolla",
        description=DESCRIPTION,
    )

    page.goto(f"{url}/admin/pages/add/library/publicationpage/{library_sq.pk}/")
    page.fill("#id_title", "Vlerësimi i rrezikut")
    page.fill("#id_summary", "Një udhëzues praktik për punonjësit socialë.")
    page.fill("#id_publication_date", "2025-03-14")
    choose(page, "files-0-document", "Udhëzues")
    publish(page)

    page.goto(f"{url}/admin/pages/add/home/newspage/{site.news_sq.pk}/")
    page.fill("#id_title", "Java e leximit")
    page.fill("#id_date", "2026-03-02")
    page.fill("#id_summary", "Shkollat lexojnë bashkë.")
    choose(page, "image", "Shkolla")
    publish(page)

    visitor = browser.new_page(locale="sq-AL")
    visitor.goto(f"{url}/sq/search/?q={ONLY_IN_PDF}")
    expect(visitor.locator("main")).to_contain_text("Vlerësimi i rrezikut")
    visitor.goto(f"{url}/sq/lajme/")
    visitor.get_by_role("link", name="Java e leximit").first.click()
    expect(visitor.locator(f'img[alt="{DESCRIPTION}"]')).to_be_visible()
