"""Render time of public pages on the demo content (PostgreSQL).

    .venv/bin/python bench/pages.py [--repeat 50]

Uses its own database, `childhub_bench_pages` (created, migrated and loaded with the demo
content when missing; set BENCH_PAGES_DATABASE_URL to use another). Prints median and p95
milliseconds and the SQL query count for each page, after one request to warm the caches.
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

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from home.models import NewsPage  # noqa: E402


def pages():
    article = NewsPage.objects.live().filter(locale__language_code="en").first()
    translated = NewsPage.objects.live().filter(locale__language_code="sq", alias_of=None).first()
    urls = ["/en/", "/sq/", "/en/news/", "/sq/news/", "/en/news/?topic=violence-against-children"]
    urls += ["/en/library/", "/en/library/?topic=violence-against-children&country=serbia"]
    urls += ["/en/search/?q=children", "/en/search/?q=foster+care&kind=publication"]
    urls += ["/sq/search/?q=femijet&english=1"]
    urls += [page.url for page in (article, translated) if page]
    return urls


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    client = Client()
    print(f"{'page':<60} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for url in pages():
        response = client.get(url)  # warm up: renditions, template loading
        if response.status_code != 200:
            print(f"{url:<60} HTTP {response.status_code}")
            continue
        timings = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        p95 = statistics.quantiles(timings, n=20)[-1]
        print(f"{url:<60} {statistics.median(timings):>10.1f} {p95:>8.1f} {len(queries):>8}")


if __name__ == "__main__":
    main()
