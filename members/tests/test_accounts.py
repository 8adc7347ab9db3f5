"""Accounts (django-allauth in the site's templates): sign-up → confirmation → sign-in with
the e-mail's link followed, unconfirmed addresses, duplicates, password reset, the throttle,
and no admin for members. E-mails through Django's outbox."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings

from .helpers import PASSWORD, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    """No pages needed: the account pages are Django views in the site's templates (the
    migrations' default Wagtail site serves their header and footer)."""


def link_in(message):
    return re.search(r"http://testserver(/\S+)", message.body).group(1)


def sign_up(client, language="sq", email="drita@example.org", **extra):
    return client.post(
        f"/{language}/accounts/signup/",
        {
            "name": "Drita Hoxha",
            "email": email,
            "password1": PASSWORD,
            "preferred_language": language,
            "consent": "on",
            **extra,
        },
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_sign_up_confirm_and_sign_in_in_albanian(client, site):
    page = client.get("/sq/accounts/signup/")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<html lang="sq"' in html
    assert "Bashkohu me ChildHub" in html  # "Join ChildHub", the site's own template

    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == "/sq/accounts/confirm-email/"
    user = get_user_model().objects.get(email="drita@example.org")
    assert user.profile.name == "Drita Hoxha"
    assert user.profile.preferred_language == "sq"
    assert user.profile.consented_at is not None

    [message] = mail.outbox
    assert message.to == ["drita@example.org"]
    assert message.subject == "ChildHub: Konfirmoni adresën tuaj të e-mailit"
    [(html_part, mimetype)] = message.alternatives
    assert mimetype == "text/html" and 'lang="sq"' in html_part
    link = link_in(message)
    assert link.startswith("/sq/accounts/confirm-email/")
    assert link in html_part

    # Signing in before confirming is refused.
    assert not EmailAddress.objects.get(email="drita@example.org").verified
    confirm_page = client.get(link)
    assert confirm_page.status_code == 200
    assert "drita@example.org" in confirm_page.content.decode()
    client.post(link)
    assert EmailAddress.objects.get(email="drita@example.org").verified

    signed_in = client.post(
        "/sq/accounts/login/", {"login": "drita@example.org", "password": PASSWORD}
    )
    assert signed_in.status_code == 302
    assert signed_in["Location"] == "/sq/my-childhub/"
    dashboard = client.get("/sq/my-childhub/")
    assert "Drita Hoxha" in dashboard.content.decode()
    assert dashboard["Cache-Control"] == "private, no-store"


def test_an_unconfirmed_address_cannot_sign_in(client, site):
    sign_up(client, language="en", email="new@example.org")
    mail.outbox.clear()
    response = client.post(
        "/en/accounts/login/", {"login": "new@example.org", "password": PASSWORD}, follow=True
    )
    assert "_auth_user_id" not in client.session
    assert "Check your e-mail" in response.content.decode()


def test_a_duplicate_address_makes_no_account_and_tells_the_owner(client, site):
    make_member(email="ana@example.org", preferred_language="ro")
    response = sign_up(client, language="en", email="ANA@example.org")
    # The same answer as for a new address: nothing tells who has an account.
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert get_user_model().objects.filter(email__iexact="ana@example.org").count() == 1
    [message] = mail.outbox
    assert message.to == ["ana@example.org"]
    assert message.subject == "ChildHub: Aveți deja un cont"  # in the owner's Romanian
    assert "/ro/accounts/password/reset/" in message.body


def test_sign_up_needs_consent_and_a_long_password(client, site):
    response = client.post(
        "/en/accounts/signup/",
        {"name": "X", "email": "x@example.org", "password1": "short", "preferred_language": "en"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Accept the terms of use and the privacy notice to join." in html
    assert "Use at least 10 characters." in html
    assert not get_user_model().objects.filter(email="x@example.org").exists()


def test_password_reset_in_the_members_language(client, site):
    make_member(email="olena@example.org", preferred_language="uk")
    client.post("/en/accounts/password/reset/", {"email": "olena@example.org"})
    [message] = mail.outbox
    assert message.subject == "ChildHub: Виберіть новий пароль"
    link = link_in(message)
    assert link.startswith("/uk/accounts/password/reset/key/")
    form = client.get(link, follow=True)
    action = form.redirect_chain[-1][0]
    done = client.post(
        action, {"password1": "another-long-password", "password2": "another-long-password"}
    )
    assert done.status_code == 302
    assert (
        get_user_model()
        .objects.get(email="olena@example.org")
        .check_password("another-long-password")
    )
    # The link works once.
    again = client.get(link, follow=True)
    assert "Посилання більше не дійсне" in again.content.decode()


def test_reset_for_an_unknown_address_looks_the_same(client, site):
    response = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/password/reset/done/"
    [message] = mail.outbox
    assert "no account uses it" in message.body


@override_settings(AXES_FAILURE_LIMIT=3)
def test_wrong_passwords_lock_the_site_login_without_telling_who_exists(client, site):
    make_member(email="ana@example.org")

    def attempt(login, password, address="192.0.2.1"):
        return client.post(
            "/en/accounts/login/",
            {"login": login, "password": password},
            REMOTE_ADDR=address,
        )

    first = attempt("ana@example.org", "wrong")
    assert first.status_code == 200
    assert "The e-mail address or the password is not right." in first.content.decode()
    attempt("ana@example.org", "wrong")
    locked = attempt("ana@example.org", "wrong")
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    # The right password is refused too, from another address.
    assert attempt("ana@example.org", PASSWORD, "198.51.100.7").status_code == 429
    assert "_auth_user_id" not in client.session
    # An address that has no account is locked the same way: nothing leaks.
    for _ in range(3):
        unknown = attempt("nobody@example.org", "wrong", "203.0.113.9")
    assert unknown.status_code == 429


def test_a_member_gets_no_admin(client, site):
    make_member(email="ana@example.org")
    client.post("/en/accounts/login/", {"login": "ana@example.org", "password": PASSWORD})
    assert "_auth_user_id" in client.session
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    # Nor can a member sign in on the admin's page.
    admin_login = client.post(
        "/admin/login/", {"username": "ana@example.org", "password": PASSWORD}
    )
    assert client.get("/admin/").status_code == 302
    assert admin_login.status_code in (200, 302)


def test_sign_out(client, site):
    make_member(email="ana@example.org")
    client.post("/en/accounts/login/", {"login": "ana@example.org", "password": PASSWORD})
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_sign_up_records_the_revision_of_the_terms_accepted(client):
    from wagtail.models import Site

    from members.models import MembersSettings
    from tests.builders import build_site

    built = build_site()
    terms = built.about
    MembersSettings.objects.create(site=Site.objects.get(is_default_site=True), terms_page=terms)
    page = client.get("/en/accounts/signup/").content.decode()
    assert f"Read them: {terms.url}" in page
    sign_up(client, language="en", email="consent@example.org")
    profile = get_user_model().objects.get(email="consent@example.org").profile
    assert profile.terms_revision_id == terms.live_revision_id
