"""Profiles, saved publications, the directory of colleagues, messages between members,
data export and deletion, and the moderators' listing — through the real pages."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.models import Locale

from home.factories import CountryFactory
from home.models.taxonomy import Audience, Topic
from library.factories import LibraryPageFactory, PublicationPageFactory
from members.models import AbuseReport, ContactMessage, Profile, SavedPublication, Visibility
from tests.builders import build_site

from .helpers import PASSWORD, make_member

pytestmark = pytest.mark.django_db


def sign_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def png(size=(900, 600)):
    out = io.BytesIO()
    Image.new("RGB", size, "teal").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def terms():
    en, sq = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="sq")
    albania = CountryFactory(name="Albania", slug="albania", locale=en)
    albania_sq = albania.copy_for_translation(sq)
    albania_sq.name = "Shqipëria"
    albania_sq.save()
    serbia = CountryFactory(name="Serbia", slug="serbia", locale=en)
    social = Audience.objects.create(name="Social workers", slug="social-workers", locale=en)
    police = Audience.objects.create(name="Police", slug="police", locale=en)
    abuse = Topic.objects.create(name="Online abuse", slug="online-abuse", locale=en)
    return dict(
        albania=albania,
        albania_sq=albania_sq,
        serbia=serbia,
        social=social,
        police=police,
        abuse=abuse,
    )


def test_profile_form_in_the_members_language_with_a_resized_photo(client, terms):
    member = make_member()
    sign_in(client, member)
    page = client.get("/sq/my-childhub/profile/").content.decode()
    assert "Shqipëria" in page and ">Albania<" not in page
    response = client.post(
        "/sq/my-childhub/profile/",
        {
            "name": "Ana Popescu",
            "country": terms["albania_sq"].pk,
            "profession": terms["social"].pk,
            "languages": ["ro", "en"],
            "topics": [terms["abuse"].pk],
            "bio": "Social worker in Tirana.",
            "visibility": "public",
            "preferred_language": "ro",
            "accepts_messages": "on",
            "photo": SimpleUploadedFile("me.png", png(), content_type="image/png"),
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    assert profile.country == terms["albania_sq"]
    assert profile.languages == ["ro", "en"]
    with Image.open(profile.photo) as photo:
        assert max(photo.size) == 400 and photo.format == "JPEG"
    # In English, the same profile shows the English term.
    assert "Albania" in client.get("/en/my-childhub/").content.decode()


@pytest.mark.parametrize(
    "upload, message",
    [
        (b"not an image at all", "Ky skedar nuk është foto"),
        (png((6000, 6000)) + b"\0" * (5 * 1024 * 1024), "Fotoja është më e madhe se 5 MB."),
    ],
)
def test_a_bad_photo_is_refused_with_a_message(client, upload, message):
    member = make_member()
    sign_in(client, member)
    response = client.post(
        "/sq/my-childhub/profile/",
        {
            "name": "Ana",
            "visibility": "members",
            "preferred_language": "sq",
            "photo": SimpleUploadedFile("me.png", upload, content_type="image/png"),
        },
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Profile.objects.get(user=member).photo


@pytest.fixture
def publication():
    site = build_site()
    library = LibraryPageFactory(parent=site.home)
    return PublicationPageFactory(parent=library, title="Foster care in the Balkans")


def test_save_and_unsave_a_publication_without_javascript(client, publication):
    anonymous = client.get(publication.url).content.decode()
    assert "Sign in to save" in anonymous and "csrfmiddlewaretoken" not in anonymous
    member = make_member()
    sign_in(client, member)
    page = client.get(publication.url).content.decode()
    assert f'action="/en/my-childhub/saved/{publication.pk}/"' in page
    response = client.post(
        f"/en/my-childhub/saved/{publication.pk}/", {"action": "save", "next": publication.url}
    )
    assert response.status_code == 302 and response["Location"] == publication.url
    assert 'aria-pressed="true"' in client.get(publication.url).content.decode()
    dashboard = client.get("/en/my-childhub/").content.decode()
    assert "Foster care in the Balkans" in dashboard
    client.post(f"/en/my-childhub/saved/{publication.pk}/", {"action": "remove"})
    assert not SavedPublication.objects.exists()
    # A forged page id, or an off-site "next", changes nothing.
    assert client.post("/en/my-childhub/saved/999999/", {"action": "save"}).status_code == 404
    evil = client.post(
        f"/en/my-childhub/saved/{publication.pk}/", {"next": "https://evil.example/"}
    )
    assert evil["Location"] == publication.url


def test_members_never_get_a_cached_page_and_the_button_is_never_cached(client, publication):
    with override_settings(PAGE_CACHE_SECONDS=300):
        assert client.get(publication.url)["X-Page-Cache"] == "miss"
        assert client.get(publication.url)["X-Page-Cache"] == "hit"
        member = make_member()
        member_client = sign_in(type(client)(), member)
        member_client.post(f"/en/my-childhub/saved/{publication.pk}/", {"action": "save"})
        page = member_client.get(publication.url)
        assert "X-Page-Cache" not in page
        assert 'aria-pressed="true"' in page.content.decode()
        assert "My ChildHub" in page.content.decode()
        anonymous = client.get(publication.url)
        assert anonymous["X-Page-Cache"] == "hit"
        assert "Sign in to save" in anonymous.content.decode()
        assert "My ChildHub" not in anonymous.content.decode()


def test_library_results_save_buttons_cost_one_query(client, publication):
    member = make_member()
    sign_in(client, member)
    library = publication.get_parent()

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(library.url).status_code == 200
        return len(captured)

    queries()  # the library's caches filled
    one = queries()
    for number in range(5):
        PublicationPageFactory(parent=library, title=f"More {number}")
    queries()
    assert queries() == one


def listed(client, query=""):
    return client.get(f"/en/colleagues/{query}").content.decode()


def test_directory_lists_only_who_may_be_found_with_filters_and_counts(client, terms):
    viewer = make_member("viewer@example.org", "Viewer", visibility=Visibility.HIDDEN)
    make_member(
        "a@example.org",
        "Arta",
        country=terms["albania"],
        profession=terms["social"],
        languages=["sq"],
    )
    make_member(
        "b@example.org",
        "Besa",
        country=terms["albania_sq"],
        profession=terms["police"],
        languages=["sq", "en"],
    )
    make_member(
        "c@example.org",
        "Ceca",
        country=terms["serbia"],
        profession=terms["social"],
        visibility=Visibility.PUBLIC,
        languages=["sh"],
    )
    make_member(
        "h@example.org", "Hidden Person", country=terms["albania"], visibility=Visibility.HIDDEN
    )
    make_member("s@example.org", "Suspended Person", country=terms["albania"], suspended=True)
    # Visitors are sent to sign in.
    assert client.get("/en/colleagues/")["Location"].startswith("/en/accounts/login/")
    sign_in(client, viewer)
    page = listed(client)
    assert "3 colleagues" in page
    assert "Hidden Person" not in page and "Suspended Person" not in page and "Viewer" not in page
    # Albania in both languages counts as one country (its slug).
    assert 'Albania <span class="facet__count">(2)</span>' in page
    filtered = listed(client, "?country=albania&profession=social-workers")
    assert "1 colleague" in filtered and "Arta" in filtered and "Besa" not in filtered
    # Each facet counts without its own choice: police in Albania stays offered.
    assert 'Police <span class="facet__count">(1)</span>' in filtered
    # Unknown values and control characters are ignored, never an error.
    assert "3 colleagues" in listed(client, "?country=atlantis&language=%00")
    assert "1 colleague" in listed(client, "?language=sh")


def test_directory_queries_do_not_grow_with_members(client, terms):
    viewer = make_member("viewer@example.org", "Viewer")
    sign_in(client, viewer)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/colleagues/?country=albania&language=sq").status_code == 200
        return len(captured)

    make_member("0@example.org", "M0", country=terms["albania"], languages=["sq"])
    queries()  # the taxonomy's cache filled
    few = queries()
    for number in range(1, 12):
        member = make_member(
            f"{number}@example.org", f"M{number}", country=terms["albania"], languages=["sq"]
        )
        member.profile.topics.add(terms["abuse"])
    queries()
    assert queries() == few


def test_profile_pages_follow_visibility(client, terms):
    public = make_member("p@example.org", "Public Person", visibility=Visibility.PUBLIC)
    members_only = make_member("m@example.org", "Members Person")
    hidden = make_member("h@example.org", "Hidden Person", visibility=Visibility.HIDDEN)
    url = "/en/colleagues/{}/".format
    assert "Public Person" in client.get(url(public.profile.public_id)).content.decode()
    assert client.get(url(members_only.profile.public_id)).status_code == 404
    sign_in(client, make_member("v@example.org", "Viewer"))
    assert client.get(url(members_only.profile.public_id)).status_code == 200
    assert client.get(url(hidden.profile.public_id)).status_code == 404
    assert client.get(url("00000000-0000-0000-0000-000000000000")).status_code == 404
    assert client.get("/en/colleagues/not-a-uuid/").status_code == 404


def test_contact_is_relayed_without_the_senders_address(client):
    sender = make_member("sender@example.org", "Sender Person")
    recipient = make_member("olena@example.org", "Olena", preferred_language="uk")
    sign_in(client, sender)
    url = f"/en/colleagues/{recipient.profile.public_id}/contact/"
    response = client.post(url, {"body": "Could we share our foster-care guidelines?"})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["olena@example.org"]
    assert message.subject == "ChildHub: Sender Person пише вам"
    assert "sender@example.org" not in message.body + message.alternatives[0][0]
    assert message.reply_to == []
    stored = ContactMessage.objects.get()
    assert f"/uk/messages/{stored.token}/reply/" in message.body
    # The recipient replies: now the sender gets the address.
    mail.outbox.clear()
    replier = sign_in(type(client)(), recipient)
    replier.post(f"/uk/messages/{stored.token}/reply/", {"body": "Yes, gladly."})
    [answer] = mail.outbox
    assert answer.to == ["sender@example.org"]
    assert answer.reply_to == ["olena@example.org"]
    assert "olena@example.org" in answer.body
    # Nobody else opens the reply page (the token is the recipient's).
    assert client.get(f"/en/messages/{stored.token}/reply/").status_code == 404


@override_settings(MEMBERS_CONTACT_LIMIT=2)
def test_contact_is_rate_limited_and_refused_to_hidden_or_suspended(client):
    sender = make_member("sender@example.org", "Sender Person")
    recipient = make_member("r@example.org", "Recipient")
    sign_in(client, sender)
    url = f"/en/colleagues/{recipient.profile.public_id}/contact/"
    client.post(url, {"body": "One"})
    client.post(url, {"body": "Two"})
    third = client.post(url, {"body": "Three"})
    assert third.status_code == 429
    assert "You have sent as many messages as one member may in 24 hours." in third.content.decode()
    assert ContactMessage.objects.count() == 2
    hidden = make_member("h@example.org", "Hidden", visibility=Visibility.HIDDEN)
    suspended = make_member("s@example.org", "Suspended", suspended=True)
    for target in (hidden, suspended):
        response = client.post(
            f"/en/colleagues/{target.profile.public_id}/contact/", {"body": "Hi"}
        )
        assert response.status_code == 404
        assert "There is no such profile, or it is not shown to you." in response.content.decode()


def moderators_group():
    """Wagtail's "Moderators" group (its migrations make it; a transactional test before this
    one may have flushed it), given the members' rights as every migrate does."""
    from members.apps import grant_moderators

    group, _created = Group.objects.get_or_create(name="Moderators")
    if not group.permissions.filter(codename="access_admin").exists():
        group.permissions.add(Permission.objects.get(codename="access_admin"))
    grant_moderators(sender=None)
    return group


def test_abuse_report_reaches_the_moderators(client):
    moderators = moderators_group()
    moderator = make_member("mod@example.org", "Moderator", preferred_language="ro")
    moderator.groups.add(moderators)
    sender = make_member("sender@example.org", "Sender")
    recipient = make_member("r@example.org", "Recipient")
    message = ContactMessage.objects.create(sender=sender, recipient=recipient, body="Spam")
    sign_in(client, recipient)
    response = client.post(f"/en/messages/{message.token}/report/", {"reason": "Advertising."})
    assert response.status_code == 302
    assert AbuseReport.objects.get().message == message
    [notice] = mail.outbox
    assert notice.to == ["mod@example.org"]
    assert notice.subject == "ChildHub: Un membru a raportat un mesaj"


def test_export_holds_the_members_data(client, terms):
    member = make_member(country=terms["albania"], bio="Tirana.", languages=["sq"])
    other = make_member("o@example.org", "Other")
    ContactMessage.objects.create(sender=member, recipient=other, body="Hello")
    sign_in(client, member)
    response = client.get("/en/my-childhub/export/")
    assert response["Content-Disposition"] == 'attachment; filename="childhub-my-data.json"'
    data = json.loads(response.content)
    assert data["account"]["email"] == "ana@example.org"
    assert data["profile"]["country"] == "Albania"
    assert data["profile"]["bio"] == "Tirana."
    assert data["messages_sent"][0]["body"] == "Hello"


def test_deleting_the_account_removes_personal_data_and_anonymises_messages(client):
    member = make_member()
    other = make_member("o@example.org", "Other")
    sent = ContactMessage.objects.create(sender=member, recipient=other, body="Hello")
    public_id = member.profile.public_id
    sign_in(client, member)
    wrong = client.post("/en/my-childhub/delete/", {"password": "wrong"})
    assert "The password is not right." in wrong.content.decode()
    assert client.post("/en/my-childhub/delete/", {"password": PASSWORD}).status_code == 302
    assert not get_user_model().objects.filter(email="ana@example.org").exists()
    assert not Profile.objects.filter(public_id=public_id).exists()
    sent.refresh_from_db()
    assert sent.sender is None and sent.body == "Hello"
    # Old links: a clear 404, and the recipient's reply page says the sender left.
    assert client.get(f"/en/colleagues/{public_id}/").status_code == 404
    gone = sign_in(type(client)(), other).get(f"/en/messages/{sent.token}/reply/")
    assert gone.status_code == 410
    assert "deleted their account" in gone.content.decode()


def test_moderators_list_and_suspend_members_editors_cannot(client, terms):
    moderators = moderators_group()
    moderator = get_user_model().objects.create_user("moderator", "mod@example.org", "x")
    moderator.groups.add(moderators)
    editor = get_user_model().objects.create_user("editor", "ed@example.org", "x")
    editor.groups.add(Group.objects.get(name="Editors — Albanian"))
    target = make_member("t@example.org", "Target Person", country=terms["albania"])
    make_member("s@example.org", "Serbian Person", country=terms["serbia"])
    listing = "/admin/snippets/members/profile/"
    client.force_login(editor)
    assert client.get(listing).status_code in (302, 403)
    client.force_login(moderator)
    page = client.get(f"{listing}?country={terms['albania'].pk}").content.decode()
    assert "Target Person" in page and "Serbian Person" not in page
    edit = f"{listing}edit/{target.pk}/"
    response = client.post(edit, {"suspended": "on", "visibility": "members"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.profile.suspended and not target.is_active
    client.get(listing)  # shows (and so consumes) the "updated" message
    assert "Target Person" not in client.get(f"{listing}?state=active").content.decode()
    assert "Target Person" in client.get(f"{listing}?state=suspended").content.decode()


def test_demo_members_are_loaded_once(terms):
    from members.demo import DEMO_MEMBERS, load_demo

    first = load_demo()
    assert first.startswith(f"{len(DEMO_MEMBERS)} demo members")
    assert load_demo().startswith("0 demo members")
    assert Profile.objects.filter(user__email="drita@example.org", visibility="public").exists()
