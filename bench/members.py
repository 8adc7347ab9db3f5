"""The directory of colleagues with 20,000 members, and what the sign-in throttle does to 100
wrong passwords in a row on the members' and on the admin's sign-in.

    .venv/bin/python bench/members.py [--members 20000] [--repeat 50] [--only directory|throttle]

Uses its own database, `childhub_bench_members` (created and migrated when missing; set
BENCH_MEMBERS_DATABASE_URL to use another), filled once with the members (terms: 12 countries,
8 professions, 20 topics). For the directory, `/en/colleagues/` with two filters (country and
language; country and profession; the latter's third page) and without any, measured
interleaved with a page of the same chrome and no directory (the password change page:
header, navigation, footer, Wagtail's user bar), the median and p95 milliseconds of:

- warm: the directory's cache (members.directory.DIRECTORY) holds this view;
- cold: the first request after the cache was retired (as after a profile's save), which
  counts the members again;

the SQL queries of each and the time the database took for the cold one's (budget: median
under 40 ms; members/tests/test_directory.py asserts that the queries do not grow with the
members, cached or not). Then 100 wrong passwords for one account from one address on each
sign-in page: how many were answered 200 or 429, from which attempt on they were refused and
whether every refusal carried the lockout message, the time per attempt, and whether the
right password is then refused too.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.database import setup  # noqa: E402

setup(
    os.environ.get(
        "BENCH_MEMBERS_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/childhub_bench_members"
    )
)

from allauth.account.models import EmailAddress  # noqa: E402
from axes.models import AccessAttempt, AccessFailureLog  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from home.models.taxonomy import Audience, Country, Topic  # noqa: E402
from members.directory import DIRECTORY, listed_profiles  # noqa: E402
from members.models import Profile, Visibility  # noqa: E402

PASSWORD = "bench-password-1"
LOCKED = "Too many failed sign-in attempts for this account or from this address."
LANGUAGES = ["en", "sq", "ro", "sh", "bg", "ru", "hu", "uk"]


def terms(model, prefix, count):
    en = Locale.objects.get(language_code="en")
    found = list(model.objects.filter(locale=en, slug__startswith=prefix))
    for number in range(len(found), count):
        found.append(
            model.objects.create(name=f"{prefix} {number}", slug=f"{prefix}-{number}", locale=en)
        )
    return found


def fill(total):
    """Members up to ``total`` (their profiles spread over the terms); returns them all."""
    countries = terms(Country, "country", 12)
    professions = terms(Audience, "profession", 8)
    topics = terms(Topic, "topic", 20)
    users = get_user_model().objects
    have = Profile.objects.count()
    rng = random.Random(have)
    password = make_password(PASSWORD)
    for start in range(have, total, 2000):
        batch = range(start, min(total, start + 2000))
        made = users.bulk_create(
            [
                get_user_model()(
                    username=f"member-{n}", email=f"m{n}@example.org", password=password
                )
                for n in batch
            ]
        )
        EmailAddress.objects.bulk_create(
            [
                EmailAddress(user=user, email=user.email, verified=True, primary=True)
                for user in made
            ]
        )
        profiles = Profile.objects.bulk_create(
            [
                Profile(
                    user=user,
                    name=f"Member {user.pk:06d}",
                    country=rng.choice(countries),
                    profession=rng.choice(professions),
                    languages=rng.sample(LANGUAGES, rng.randint(1, 3)),
                    visibility=rng.choice(
                        [Visibility.MEMBERS] * 8 + [Visibility.PUBLIC, Visibility.HIDDEN]
                    ),
                )
                for user in made
            ]
        )
        Profile.topics.through.objects.bulk_create(
            [
                Profile.topics.through(profile_id=profile.pk, topic_id=topic.pk)
                for profile in profiles
                for topic in rng.sample(topics, 2)
            ]
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE members_profile; ANALYZE members_profile_topics; ANALYZE auth_user")
    return countries, professions


def timed(client, url):
    start = time.perf_counter()
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return (time.perf_counter() - start) * 1000


def queries_of(client, url):
    """(number of queries, milliseconds the database took for them) of one request."""
    spent = []

    def count(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent.append((time.perf_counter() - start) * 1000)

    with connection.execute_wrapper(count):
        assert client.get(url).status_code == 200
    return len(spent), sum(spent)


def summary(times):
    times = sorted(times)
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def measure(client, url, repeat):
    """{"chrome" | "warm" | "cold": (median, p95)}, measured interleaved, and the queries."""
    reference = "/en/accounts/password/change/"
    client.get(reference)
    client.get(url)
    times = {"chrome": [], "warm": [], "cold": []}
    for _ in range(repeat):
        times["chrome"].append(timed(client, reference))
        times["warm"].append(timed(client, url))
        DIRECTORY.bump()
        times["cold"].append(timed(client, url))
    warm_queries = queries_of(client, url)
    DIRECTORY.bump()
    cold_queries = queries_of(client, url)
    return {name: summary(values) for name, values in times.items()}, warm_queries, cold_queries


def directory(total, repeat):
    countries, professions = fill(total)
    viewer = get_user_model().objects.get(username="member-0")
    client = Client()
    client.force_login(viewer, backend="django.contrib.auth.backends.ModelBackend")
    listed = listed_profiles().count()
    print(f"\nDirectory, {Profile.objects.count():,} members ({listed:,} listed), ms:")
    print(f"  {'':66} {'warm':>13} {'cold':>13} {'same chrome':>13}")
    for url in (
        f"/en/colleagues/?country={countries[0].slug}&language=sq",
        f"/en/colleagues/?country={countries[1].slug}&profession={professions[2].slug}",
        f"/en/colleagues/?country={countries[1].slug}&profession={professions[2].slug}&page=3",
        "/en/colleagues/",  # no filter: uncached, every facet counts all the listed members
    ):
        figures, (warm_n, _warm_ms), (cold_n, cold_ms) = measure(client, url, repeat)
        cells = "".join(
            f"  {figures[name][0]:5.1f} (p95 {figures[name][1]:5.1f})"
            for name in ("warm", "cold", "chrome")
        )
        print(f"  {url[len('/en/colleagues/') :] or '(no filter)':66}{cells}")
        print(
            f"  {'':66}  {warm_n} queries, cold {cold_n} queries ({cold_ms:.1f} ms in the database)"
        )


def throttle():
    member = get_user_model().objects.get(username="member-0")
    get_user_model().objects.filter(username="bench-admin").delete()
    admin = get_user_model().objects.create_superuser("bench-admin", "admin@example.org", PASSWORD)
    print("\n100 wrong passwords in a row, one account, one address:")
    for label, url, field, login in (
        ("site (allauth)", "/en/accounts/login/", "login", member.email),
        ("admin (Wagtail)", "/admin/login/", "username", admin.username),
    ):
        AccessAttempt.objects.all().delete()
        AccessFailureLog.objects.all().delete()
        cache.clear()  # allauth's own rate limits live in the cache
        client = Client(REMOTE_ADDR="192.0.2.10")
        statuses, times, messages = [], [], set()
        for _ in range(100):
            start = time.perf_counter()
            response = client.post(url, {field: login, "password": "wrong"})
            times.append((time.perf_counter() - start) * 1000)
            statuses.append(response.status_code)
            if response.status_code == 429:
                messages.add(LOCKED in response.content.decode())
        first = statuses.index(429) + 1 if 429 in statuses else None
        right = client.post(url, {field: login, "password": PASSWORD}).status_code
        print(
            f"  {label:16} 200: {statuses.count(200):3}  429: {statuses.count(429):3}"
            f"  (refused from attempt {first}; every 429 with the lockout message:"
            f" {messages == {True}})  median {statistics.median(times):5.1f} ms"
            f"  total {sum(times) / 1000:4.2f} s  right password then: {right}"
        )


if __name__ == "__main__":
    import logging

    for noisy in ("axes", "django.request"):  # a line per refused attempt
        logging.getLogger(noisy).setLevel(logging.ERROR)
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--only", choices=["directory", "throttle"], help="one of the two")
    arguments = parser.parse_args()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"load average (1, 5, 15 min): {load} on {os.cpu_count()} CPUs")
    if arguments.only != "throttle":
        directory(arguments.members, arguments.repeat)
    if arguments.only != "directory":
        throttle()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"\nload average at the end: {load}")
