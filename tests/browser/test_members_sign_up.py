"""A real headless Chromium: a visitor joins ChildHub in Albanian, follows the confirmation
link from the e-mail (Django's outbox: the live server runs in this process) and signs in."""

import re

import pytest
from django.core import mail

from tests.builders import build_site

from .chromium import requires_chromium

pytestmark = requires_chromium


@pytest.mark.django_db(transaction=True)
def test_sign_up_confirm_and_sign_in_in_albanian(live_server, browser):
    build_site()
    page = browser.new_page(locale="sq-AL")
    page.goto(f"{live_server.url}/sq/accounts/signup/")
    assert page.get_attribute("html", "lang") == "sq"
    assert page.locator("h1").inner_text() == "Bashkohu me ChildHub"

    page.get_by_label("Emri juaj").fill("Drita Hoxha")
    page.get_by_label("Adresa e e-mailit").fill("drita@example.org")
    page.get_by_label("Fjalëkalimi").fill("a-long-password-1")
    page.get_by_label("Pranoj kushtet e përdorimit dhe njoftimin e privatësisë.").check()
    page.get_by_role("button", name="Bashkohu", exact=True).click()
    page.wait_for_url("**/sq/accounts/confirm-email/")
    assert page.locator("h1").inner_text() == "Kontrolloni e-mailin"

    [message] = mail.outbox
    link = re.search(r"https?://\S+/sq/accounts/confirm-email/\S+", message.body).group(0)
    assert link.startswith(live_server.url)  # built from the request's own address
    page.goto(link)
    page.get_by_role("button", name="Konfirmo").click()

    page.goto(f"{live_server.url}/sq/accounts/login/")
    page.get_by_label("Adresa e e-mailit").fill("drita@example.org")
    page.get_by_label("Fjalëkalimi").fill("a-long-password-1")
    page.get_by_role("button", name="Identifikohu").click()
    page.wait_for_url("**/sq/my-childhub/")
    assert page.locator("h1").inner_text() == "ChildHub-i im"
    assert "Drita Hoxha" in page.locator("main").inner_text()
    assert page.locator(".account-nav").get_by_text("ChildHub-i im").is_visible()
