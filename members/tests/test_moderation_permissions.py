"""Who moderates members, role by role, through the admin's real pages: the members listing,
a member's suspension and the abuse reports are refused to every regional editor group and
to the translators, and open to the moderators and the administrators. Moderation is
site-wide: a member belongs to no locale's tree."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.locales import TRANSLATORS_GROUP, content_languages, editor_group_name
from members.models import AbuseReport, ContactMessage, Profile
from tests.builders import build_site

from .helpers import make_member, moderators_group

pytestmark = pytest.mark.django_db

MEMBERS = "/admin/snippets/members/profile/"
REPORTS = "/admin/snippets/members/abusereport/"
REFUSED_GROUPS = [editor_group_name(code) for code in content_languages()] + [TRANSLATORS_GROUP]


@pytest.fixture
def reported():
    """The site (the editors' trees granted, as after the demo loader), a member, and an abuse
    report about a message they sent."""
    build_site()
    target = make_member("t@example.org", "Target Person", bio="Spams colleagues.")
    recipient = make_member("r@example.org", "Recipient")
    message = ContactMessage.objects.create(sender=target, recipient=recipient, body="Buy now")
    report = AbuseReport.objects.create(message=message, reason="Advertising, again.")
    return target, report


def staff(client, group=None, superuser=False):
    users = get_user_model().objects
    if superuser:
        user = users.create_superuser("root", "root@example.org", "x")
    else:
        user = users.create_user("staff", "staff@example.org", "x")
        user.groups.add(group)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return user


def assert_refused(response):
    """Wagtail's refusal: back to the dashboard (with "you do not have permission") or 403,
    and nothing of the members shown."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"
    assert b"Target Person" not in response.content
    assert b"Advertising, again." not in response.content


@pytest.mark.parametrize("group_name", REFUSED_GROUPS)
def test_editors_and_translators_cannot_moderate_members(client, reported, group_name):
    target, report = reported
    staff(client, Group.objects.get(name=group_name))
    dashboard = client.get("/admin/").content.decode()
    assert MEMBERS not in dashboard and REPORTS not in dashboard  # no menu item either
    for url in (
        MEMBERS,
        f"{MEMBERS}inspect/{target.pk}/",
        f"{MEMBERS}edit/{target.pk}/",
        REPORTS,
        f"{REPORTS}inspect/{report.pk}/",
        f"{REPORTS}edit/{report.pk}/",
    ):
        assert_refused(client.get(url))
    assert_refused(
        client.post(f"{MEMBERS}edit/{target.pk}/", {"suspended": "on", "visibility": "hidden"})
    )
    assert_refused(client.post(f"{REPORTS}edit/{report.pk}/", {"resolved": "on"}))
    profile = Profile.objects.get(user=target)
    assert not profile.suspended and profile.visibility == "members"
    target.refresh_from_db()
    assert target.is_active
    report.refresh_from_db()
    assert not report.resolved


@pytest.mark.parametrize("role", ["Moderators", "administrator"])
def test_moderators_and_administrators_moderate_members(client, reported, role):
    target, report = reported
    if role == "Moderators":
        staff(client, moderators_group())
    else:
        staff(client, superuser=True)
    assert MEMBERS in client.get("/admin/").content.decode()
    assert "Target Person" in client.get(MEMBERS).content.decode()
    assert "Spams colleagues." in client.get(f"{MEMBERS}inspect/{target.pk}/").content.decode()
    suspended = client.post(
        f"{MEMBERS}edit/{target.pk}/", {"suspended": "on", "visibility": "members"}
    )
    assert suspended.status_code == 302 and suspended["Location"] == MEMBERS
    target.refresh_from_db()
    assert target.profile.suspended and not target.is_active
    assert "Advertising, again." in client.get(REPORTS).content.decode()
    resolved = client.post(f"{REPORTS}edit/{report.pk}/", {"resolved": "on"})
    assert resolved.status_code == 302
    report.refresh_from_db()
    assert report.resolved
