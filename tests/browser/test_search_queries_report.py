"""Reports → Search queries in a real headless Chromium, as the Albanian editor signs in: a
long query wraps in its cell and the counts stay on screen."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale

from home.locales import editor_group_name
from search.models import DailyQuery

from .chromium import requires_chromium

pytestmark = requires_chromium


@pytest.mark.django_db(transaction=True)
def test_long_queries_wrap_and_the_counts_stay_on_screen(live_server, browser):
    editor = get_user_model().objects.create_user("editor-sq", password="a-long-password")
    editor.groups.add(Group.objects.get(name=editor_group_name("sq")))
    albanian = Locale.objects.get(language_code="sq")
    long_query = "https://example.org/?q=" + "mbrojtja_e_femijeve_" * 10  # nowhere to break
    for query, searches in [(long_query, 9), ("dhuna", 4)]:
        DailyQuery.objects.create(
            locale=albanian, date=timezone.localdate(), query=query, searches=searches
        )
    DailyQuery.objects.create(
        locale=Locale.objects.get(language_code="bg"),
        date=timezone.localdate(),
        query="насилие",
        searches=7,
    )

    page = browser.new_page(locale="en-GB", viewport={"width": 1024, "height": 768})
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor-sq")
    page.fill("#id_password", "a-long-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/reports/search-queries/")
    rows = page.locator("table.listing tbody tr")
    assert rows.count() == 2  # Albanian only
    assert "насилие" not in page.content()
    viewport = page.viewport_size["width"]
    header = page.get_by_role("columnheader", name="Searches without results")
    box = header.bounding_box()
    assert box["x"] + box["width"] <= viewport
    first_row_counts = rows.first.locator("td").nth(2)
    assert first_row_counts.inner_text().strip() == "9"
    cell = first_row_counts.bounding_box()
    assert cell["x"] + cell["width"] <= viewport
