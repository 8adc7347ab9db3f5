"""The directory's cache (members.directory.DIRECTORY): queries that do not grow with the
members, cached or not; every change of a profile shown at once; one round trip for the
cache's tokens; and nobody hidden shown, whatever the cache holds."""

import re
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.caching import VERSION_KEYS
from members.directory import DIRECTORY
from members.models import Profile, Visibility

from .helpers import make_member, sign_in

pytestmark = pytest.mark.django_db

URL = "/en/colleagues/?country=albania&language=sq"


def page(client, query=""):
    response = client.get(f"/en/colleagues/{query}")
    assert response.status_code == 200
    return response.content.decode()


def queries(client, url=URL):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured]


def on_profiles(sqls):
    """The queries that read the profiles' table (not those of the session, the user, the
    site or the permissions)."""
    return [sql for sql in sqls if '"members_profile' in sql]


def add_members(terms, start, stop):
    for number in range(start, stop):
        member = make_member(
            f"{number}@example.org",
            f"Member {number:02d}",
            country=terms["albania"] if number % 3 else terms["serbia"],
            profession=terms["social"] if number % 2 else terms["police"],
            languages=["sq", "en"] if number % 4 else ["sh"],
        )
        if number % 5 == 0:
            member.profile.topics.add(terms["abuse"])


def test_queries_do_not_grow_from_5_to_50_members_cached_or_not(client, terms):
    viewer = make_member("viewer@example.org", "Viewer")
    sign_in(client, viewer)
    add_members(terms, 0, 5)
    client.get(URL)  # the taxonomy's and the site's caches filled
    warm_few = queries(client)
    viewer.profile.save()  # any profile's save retires the directory's cache
    cold_few = queries(client)
    add_members(terms, 5, 50)
    cold_many = queries(client)
    warm_many = queries(client)
    assert len(cold_many) == len(cold_few)
    assert len(warm_many) == len(warm_few)
    # Cached, the profiles' table is read once: the 20 profiles of the page, by id.
    [page_query] = on_profiles(warm_many)
    assert '"members_profile"."user_id" IN' in page_query
    # Uncached: the ordered ids, then a query per facet (country, profession, topic,
    # language), on the profiles' table alone.
    assert len(cold_many) == len(warm_many) + 5
    assert len(on_profiles(cold_many)) == 6
    assert not any('"auth_user"' in sql for sql in on_profiles(cold_many))
    html = page(client, URL[len("/en/colleagues/") :])
    listed = sum(1 for n in range(50) if n % 3 and n % 4)
    assert f"{listed} colleagues" in html
    assert len(re.findall(r'href="/en/colleagues/[0-9a-f-]{36}/"', html)) == 20


def test_a_changed_profile_shows_at_once(client, terms):
    viewer = make_member("viewer@example.org", "Viewer", visibility=Visibility.HIDDEN)
    arta = make_member("a@example.org", "Arta", country=terms["albania"], languages=["sq"])
    make_member("b@example.org", "Besa", country=terms["albania"], languages=["sq"])
    sign_in(client, viewer)
    before = page(client, "?country=albania")
    assert "2 colleagues" in before and "Arta" in before
    assert 'Serbia <span class="facet__count">' not in before

    # Arta moves to Serbia and takes up a topic, on her profile form.
    arta_client = sign_in(type(client)(), arta)
    response = arta_client.post(
        "/en/my-childhub/profile/",
        {
            "name": "Arta",
            "country": terms["serbia"].pk,
            "languages": ["sq"],
            "topics": [terms["abuse"].pk],
            "visibility": "members",
            "preferred_language": "en",
        },
    )
    assert response.status_code == 302
    after = page(client, "?country=albania")
    assert "1 colleague" in after and "Arta" not in after
    assert 'Serbia <span class="facet__count">(1)</span>' in after
    assert "Online abuse" not in after  # Besa, the one Albanian, has no topic
    assert 'Online abuse <span class="facet__count">(1)</span>' in page(client)

    # She hides her profile: gone from every view.
    arta_client.post(
        "/en/my-childhub/profile/",
        {"name": "Arta", "visibility": "hidden", "preferred_language": "en"},
    )
    assert "Arta" not in page(client) and "1 colleague" in page(client)


def test_suspension_deactivation_and_deletion_show_at_once(client, terms):
    sign_in(client, make_member("viewer@example.org", "Viewer", visibility=Visibility.HIDDEN))
    target = make_member("t@example.org", "Target Person", country=terms["albania"])
    assert "Target Person" in page(client)

    profile = Profile.objects.get(user=target)
    profile.suspended = True  # as the moderators' edit form does
    profile.save()
    assert "Target Person" not in page(client) and "0 colleagues" in page(client)
    profile.suspended = False
    profile.save()
    assert "Target Person" in page(client)

    target.refresh_from_db()
    target.is_active = False  # an administrator closes the account (Wagtail's users)
    target.save()
    assert "Target Person" not in page(client)
    target.is_active = True
    target.save()
    assert "Target Person" in page(client)

    target.profile.topics.add(terms["abuse"])
    assert 'Online abuse <span class="facet__count">(1)</span>' in page(client)

    target.delete()
    assert "Target Person" not in page(client) and "0 colleagues" in page(client)


def test_a_sign_in_leaves_the_directory_cached(client, terms):
    """Each sign-in saves the account's last_login: that must not retire the cache."""
    member = make_member("m@example.org", "Member", country=terms["albania"], languages=["sq"])
    sign_in(client, member)
    client.get(URL)
    token = DIRECTORY.version()
    type(client)().post(
        "/en/accounts/login/", {"login": "m@example.org", "password": "a-long-password-1"}
    )
    assert DIRECTORY.version() == token
    assert len(on_profiles(queries(client))) == 1


def test_nobody_hidden_is_shown_even_from_a_stale_cache(client, terms):
    """Another process's memo may hold a view for a while after a change (with the local
    memory cache): the page's profiles are still read among the listed ones only."""
    sign_in(client, make_member("viewer@example.org", "Viewer", visibility=Visibility.HIDDEN))
    hiding = make_member("h@example.org", "Soon Hidden", country=terms["albania"])
    assert "Soon Hidden" in page(client)
    # A change the signals do not see (a bulk update): the cached view is now stale.
    Profile.objects.filter(user=hiding).update(visibility=Visibility.HIDDEN)
    assert "Soon Hidden" not in page(client)


def test_one_round_trip_reads_the_tokens(client, terms):
    """The directory's token is read with every other one, in the request's one get_many."""
    sign_in(client, make_member("viewer@example.org", "Viewer"))
    client.get(URL)
    reads, depth = [], [0]
    original = {name: getattr(cache, name) for name in ("get", "get_many", "get_or_set")}

    def recording(name):
        def call(key, *args, **kwargs):
            keys = list(key) if name == "get_many" else [key]
            if depth[0] == 0 and any(k in VERSION_KEYS for k in keys):
                reads.append((name, keys))
            depth[0] += 1  # the local-memory backend's get_many calls its own get
            try:
                return original[name](key, *args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    with mock.patch.multiple(cache, **{name: recording(name) for name in original}):
        assert client.get(URL).status_code == 200
    [(name, keys)] = reads
    assert name == "get_many" and DIRECTORY.version_key in keys


def test_a_profile_save_leaves_the_page_cache_alone(client, terms):
    """The directory is for members only: its token is not part of cached pages'."""
    from home.caching import token_signature

    before = token_signature()
    make_member("new@example.org", "New Member", country=terms["albania"])
    assert token_signature() == before
