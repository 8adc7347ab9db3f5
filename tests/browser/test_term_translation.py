"""The translator translates a new topic into Albanian in a real browser, through
wagtail-localize's editor; the Albanian broader topic keeps its Albanian name."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from home.factories import TopicFactory
from home.locales import TRANSLATORS_GROUP
from home.models import Topic
from tests.builders import build_site

from .chromium import requires_chromium

pytestmark = requires_chromium


def log_in(page, base_url, username, password):
    page.goto(f"{base_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form [type=submit]").click()
    page.wait_for_url(f"{base_url}/admin/")


@pytest.mark.django_db(transaction=True)
def test_translator_translates_a_topic_and_the_albanian_broader_term_is_kept(
    live_server, browser_page
):
    build_site()
    sq = Locale.objects.get(language_code="sq")
    care = TopicFactory(name="Alternative care", slug="alternative-care")
    care_sq = TopicFactory(
        name="Kujdesi alternativ",
        slug="alternative-care",
        locale=sq,
        translation_key=care.translation_key,
    )
    kinship = TopicFactory(name="Kinship care", slug="kinship-care", parent=care)
    translator = get_user_model().objects.create_user("translator", "t@example.org", "demo-pw")
    translator.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))
    page = browser_page

    log_in(page, live_server.url, "translator", "demo-pw")
    page.goto(f"{live_server.url}/admin/snippets/home/topic/?locale=en")
    page.get_by_role("button", name="More options for 'Alternative care › Kinship care'").click()
    page.get_by_role("link", name="Translate 'Alternative care › Kinship care'").click()
    page.get_by_label("Albanian").check()
    page.get_by_role("button", name="Submit").click()

    # wagtail-localize's translation editor for the Albanian topic.
    page.get_by_role("button", name="Translate", exact=True).click()
    page.locator("textarea").first.fill("Kujdesi nga të afërmit")  # the name, above the slug
    page.get_by_role("button", name="Save", exact=True).first.click()
    page.get_by_text("Kujdesi nga të afërmit").wait_for()
    page.get_by_role("button", name="Publish in Albanian").click()
    page.wait_for_load_state()

    kinship_sq = kinship.get_translation(sq)
    assert kinship_sq.name == "Kujdesi nga të afërmit"
    assert kinship_sq.parent == care_sq
    care_sq.refresh_from_db()
    assert care_sq.name == "Kujdesi alternativ"

    # The Albanian listing shows the Albanian broader topic, in its own name.
    page.goto(f"{live_server.url}/admin/snippets/home/topic/?locale=sq")
    rows = [
        " ".join(row.split()) for row in page.locator("table.listing tbody tr").all_inner_texts()
    ]
    assert any(row.startswith("Kujdesi nga të afërmit Kujdesi alternativ") for row in rows), rows
    assert not any("Alternative care" in row for row in rows), rows
    assert Topic.objects.filter(locale=sq).count() == 2
