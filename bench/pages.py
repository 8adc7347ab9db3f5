"""Render time of public pages on the demo content (PostgreSQL), without and with the page
cache, and how soon a published change reaches readers.

    [REDIS_URL=redis://127.0.0.1:6379/0] .venv/bin/python bench/pages.py [--repeat 50]

Uses its own database, `childhub_bench_pages` (created, migrated and loaded with the demo
content when missing; set BENCH_PAGES_DATABASE_URL to use another). For each page it prints,
after one request to warm the caches: the median and p95 milliseconds of a render (page cache
off), its SQL queries and cache round trips, and the median of an anonymous reader's request
served from the page cache. Then the time from publishing a change to a reader seeing it.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.database import setup  # noqa: E402

setup(
    os.environ.get(
        "BENCH_PAGES_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/childhub_bench_pages"
    ),
    demo_content=True,
)

from unittest import mock  # noqa: E402

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from home.models import NewsPage, StandardPage  # noqa: E402
from library.models import PublicationPage  # noqa: E402


def pages():
    article = NewsPage.objects.live().filter(locale__language_code="en").first()
    translated = NewsPage.objects.live().filter(locale__language_code="sq", alias_of=None).first()
    urls = ["/en/", "/sq/", "/en/news/", "/sq/news/", "/en/news/?topic=violence-against-children"]
    urls += ["/en/library/", "/en/library/?topic=violence-against-children&country=serbia"]
    urls += ["/en/search/?q=children", "/en/search/?q=foster+care&kind=publication"]
    urls += ["/sq/search/?q=femijet&english=1"]
    urls += [page.url for page in (article, translated) if page]
    publication = PublicationPage.objects.live().filter(locale__language_code="en").first()
    about = StandardPage.objects.live().filter(locale__language_code="en").first()
    urls += [page.url for page in (publication, about) if page]
    return urls


def timed(client, url, repeat):
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), statistics.quantiles(timings, n=20)[-1]


def round_trips(client, url):
    """Cache calls one request makes (each a network round trip with Redis)."""
    calls = []
    names = ("get", "get_many", "get_or_set", "set", "set_many", "add", "delete")
    originals = {name: getattr(cache, name) for name in names}
    depth = [0]

    def recording(name):
        def call(*args, **kwargs):
            if depth[0] == 0:
                calls.append(name)
            depth[0] += 1  # the local-memory backend's get_many calls its own get
            try:
                return originals[name](*args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    with mock.patch.multiple(cache, **{name: recording(name) for name in names}):
        client.get(url)
    return len(calls)


def publish_to_reader(client, repeat=5):
    """Median milliseconds of publishing a change to a cached article, and of the next
    reader's request, which must already show it."""
    article = NewsPage.objects.live().filter(locale__language_code="en").first()
    original = article.title
    publishing, reading = [], []
    for n in range(repeat):
        client.get(article.url)  # cached for anonymous readers
        start = time.perf_counter()
        article.title = f"{original} ({n})"
        article.save_revision().publish()
        published = time.perf_counter()
        assert article.title.encode() in client.get(article.url).content
        publishing.append((published - start) * 1000)
        reading.append((time.perf_counter() - published) * 1000)
    article.title = original
    article.save_revision().publish()
    return statistics.median(publishing), statistics.median(reading)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    client = Client()
    print(f"cache: {cache.__class__.__name__}")
    print(
        f"{'page':<58} {'median ms':>9} {'p95 ms':>7} {'queries':>7} {'cache trips':>11}"
        f" {'cached ms':>9}"
    )
    for url in pages():
        with override_settings(PAGE_CACHE_SECONDS=0):
            response = client.get(url)  # warm up: renditions, template loading
            if response.status_code != 200:
                print(f"{url:<58} HTTP {response.status_code}")
                continue
            median, p95 = timed(client, url, args.repeat)
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            count = len(queries)  # read now: the next request clears the connection's log
            trips = round_trips(client, url)
        with override_settings(PAGE_CACHE_SECONDS=300):
            client.get(url)
            cached, _p95 = timed(client, url, args.repeat)
        print(f"{url:<58} {median:>9.1f} {p95:>7.1f} {count:>7} {trips:>11} {cached:>9.2f}")
    with override_settings(PAGE_CACHE_SECONDS=300):
        publishing, reading = publish_to_reader(client)
    print(
        f"publishing a change: median {publishing:.0f} ms; the next reader's request shows it,"
        f" in {reading:.0f} ms"
    )


if __name__ == "__main__":
    main()
