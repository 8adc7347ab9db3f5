"""The directory of colleagues with 20,000 members, and what the sign-in throttle does to 100
wrong passwords in a row on the members' and on the admin's sign-in.

    .venv/bin/python bench/members.py [--members 20000] [--repeat 50]

Uses its own database, `childhub_bench_members` (created and migrated when missing; set
BENCH_MEMBERS_DATABASE_URL to use another), filled once with the members (terms: 12 countries,
8 professions, 20 topics). For the directory it prints, after one request to warm the caches,
the median and p95 milliseconds of `/en/colleagues/` with two filters (country and language;
country and profession), its SQL queries and the time of those queries alone (budget: median
under 40 ms; members/tests/test_members.py asserts that the queries do not grow with the
members). Then 100 wrong passwords for one account from one address on each sign-in page: how
many were answered 200 or 429 and from which attempt on they were refused, the time per
attempt, and whether the right password is then refused too.
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
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from home.models.taxonomy import Audience, Country, Topic  # noqa: E402
from members.directory import facets, search  # noqa: E402
from members.models import Profile, Visibility  # noqa: E402

PASSWORD = "bench-password-1"
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


def measure(client, url, repeat):
    client.get(url)
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        assert client.get(url).status_code == 200
    search_start = time.perf_counter()
    selected, profiles = search(QueryDict(url.partition("?")[2]))
    list(profiles[:20])
    facets(selected)
    search_ms = (time.perf_counter() - search_start) * 1000
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], len(executed), search_ms


def directory(total, repeat):
    for size in (total,):
        countries, professions = fill(size)
        viewer = get_user_model().objects.get(username="member-0")
        client = Client()
        client.force_login(viewer, backend="django.contrib.auth.backends.ModelBackend")
        listed = Profile.objects.exclude(visibility=Visibility.HIDDEN).count()
        print(f"\nDirectory, {Profile.objects.count():,} members ({listed:,} listed):")
        for url in (
            f"/en/colleagues/?country={countries[0].slug}&language=sq",
            f"/en/colleagues/?country={countries[1].slug}&profession={professions[2].slug}",
            f"/en/colleagues/?country={countries[1].slug}&profession={professions[2].slug}&page=3",
        ):
            median, p95, queries, search_ms = measure(client, url, repeat)
            print(
                f"  {url:66} median {median:6.1f} ms  p95 {p95:6.1f} ms  {queries} queries"
                f"  (of which the queries: {search_ms:5.1f} ms)"
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
        statuses, times = [], []
        for _ in range(100):
            start = time.perf_counter()
            response = client.post(url, {field: login, "password": "wrong"})
            times.append((time.perf_counter() - start) * 1000)
            statuses.append(response.status_code)
        first = statuses.index(429) + 1 if 429 in statuses else None
        right = client.post(url, {field: login, "password": PASSWORD}).status_code
        print(
            f"  {label:16} 200: {statuses.count(200):3}  429: {statuses.count(429):3}"
            f"  (refused from attempt {first})  median {statistics.median(times):5.1f} ms"
            f"  total {sum(times) / 1000:4.2f} s  right password then: {right}"
        )


if __name__ == "__main__":
    import logging

    for noisy in ("axes", "django.request"):  # a line per refused attempt
        logging.getLogger(noisy).setLevel(logging.ERROR)
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=50)
    arguments = parser.parse_args()
    print(f"load: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} CPUs")
    directory(arguments.members, arguments.repeat)
    throttle()
