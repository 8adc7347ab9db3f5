"""Advocacy benchmarks: the PDF of a long brief, and the advocacy index at scale.

    .venv/bin/python bench/advocacy.py [--briefs 2000] [--repeat 50]

Uses its own PostgreSQL database, `childhub_bench_advocacy` (created and migrated when
missing; set BENCH_DATABASE_URL to use another). The PDF: a brief of about ten A4 pages citing
40 publications, made by the background task as on publishing (first render), then downloaded
as visitors get it (the stored file). The index: briefs inserted in bulk (page rows, topics,
countries) until it holds ``--briefs``, then requests with and without filters. Prints
numbers; asserts nothing. Budgets: first render < 5 s, cached download < 50 ms, index
median < 40 ms.
"""

import argparse
import io
import json
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
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/childhub_bench_advocacy"
    )
)

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)
from pypdf import PdfReader  # noqa: E402
from wagtail.models import Locale  # noqa: E402
from wagtail.rich_text import RichText  # noqa: E402

from advocacy.factories import AdvocacyIndexPageFactory, PolicyBriefPageFactory  # noqa: E402
from advocacy.models import AdvocacyIndexPage, BriefPDF, PolicyBriefPage  # noqa: E402
from advocacy.tasks import make_brief_pdf  # noqa: E402
from bench.corpus import bulk_children  # noqa: E402
from home.models import Country, HomePage, Topic  # noqa: E402
from library.factories import LibraryPageFactory, PublicationPageFactory  # noqa: E402
from library.models import LibraryPage, PublicationPage  # noqa: E402

WORDS = (
    "child protection violence family school online abuse foster care case management social "
    "work police justice participation disability trafficking migration guidance report "
    "municipality budget panel placement support service standard evidence"
).split()
CITATIONS = 40


def site():
    from tests.builders import build_site

    index = AdvocacyIndexPage.objects.filter(locale__language_code="en").first()
    if index:
        return index, LibraryPage.objects.filter(locale__language_code="en").first()
    home = HomePage.objects.filter(depth=2, locale__language_code="en").first()
    home = home or build_site().home
    return AdvocacyIndexPageFactory(parent=home), LibraryPageFactory(parent=home)


def vocabulary():
    en = Locale.objects.get(language_code="en")
    topics = [
        Topic.objects.get_or_create(
            locale=en, slug=f"bench-topic-{i}", defaults={"name": f"Topic {i}"}
        )[0]
        for i in range(12)
    ]
    countries = [
        Country.objects.get_or_create(
            locale=en, slug=f"bench-country-{i}", defaults={"name": f"Country {i}"}
        )[0]
        for i in range(14)
    ]
    return topics, countries


def sentence(rng, words):
    return " ".join(rng.choices(WORDS, k=words)).capitalize() + "."


def long_brief(index, library):
    """A brief of about ten pages citing 40 publications (made once)."""
    brief = PolicyBriefPage.objects.child_of(index).filter(slug="bench-ten-page-brief").first()
    if brief:
        return brief
    publications = list(PublicationPage.objects.child_of(library).order_by("pk")[:CITATIONS])
    for n in range(len(publications), CITATIONS):
        publications.append(
            PublicationPageFactory(parent=library, title=f"Bench evidence report {n}")
        )
    rng = random.Random(7)
    body = [("key_messages", {"messages": [sentence(rng, 20) for _ in range(4)]})]
    for n, publication in enumerate(publications):
        paragraph = " ".join(sentence(rng, 18) for _ in range(2))
        body.append(("paragraph", RichText(f"<p>{paragraph}</p>")))
        body.append(
            (
                "evidence",
                {
                    "publication": publication,
                    "finding": sentence(rng, 16),
                    "pages": str(n + 1),
                    "quotation": n % 3 == 0,
                },
            )
        )
    for audience in ("national", "local", "practitioners"):
        body.append(("recommendation", {"audience": audience, "text": sentence(rng, 25)}))
    return PolicyBriefPageFactory(
        parent=index, slug="bench-ten-page-brief", title="A long brief for the bench", body=body
    )


def bench_pdf(brief, repeat):
    """Seconds of the first render (the task), PDF pages and size, and the download's
    timings in milliseconds."""
    revision = brief.save_revision()
    revision.publish()
    brief.refresh_from_db()
    pdf, _created = BriefPDF.objects.get_or_create(
        revision_id=brief.live_revision_id, defaults={"page_id": brief.pk}
    )
    start = time.perf_counter()
    make_brief_pdf.call(pdf.pk)
    first = time.perf_counter() - start
    pdf.refresh_from_db()
    content = pdf.file.read()
    pages = len(PdfReader(io.BytesIO(content)).pages)
    client = Client()
    url = f"{brief.url}pdf/"
    client.get(url)
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        b"".join(response.streaming_content)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    return first, pages, len(content), timings


def bulk_briefs(index, target, topics, countries):
    have = PolicyBriefPage.objects.child_of(index).count()
    missing = target - have
    if missing <= 0:
        return have
    rng = random.Random(have)
    titles = [sentence(rng, 6)[:-1] for _ in range(missing)]
    with transaction.atomic():
        created = bulk_children(index, PolicyBriefPage, titles)
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO advocacy_policybriefpage (page_ptr_id, summary, authors, "
                "organisations, date, body) VALUES (%s, %s, 'Bench', 'Bench', %s, %s)",
                [
                    (
                        page.pk,
                        page.title,
                        f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02}-01",
                        json.dumps([]),
                    )
                    for page in created
                ],
            )
        topic_through = PolicyBriefPage.topics.through
        country_through = PolicyBriefPage.countries.through
        topic_through.objects.bulk_create(
            [
                topic_through(policybriefpage_id=page.pk, topic_id=topic.pk)
                for page in created
                for topic in rng.sample(topics, 2)
            ],
            batch_size=5000,
        )
        country_through.objects.bulk_create(
            [
                country_through(policybriefpage_id=page.pk, country_id=rng.choice(countries).pk)
                for page in created
            ],
            batch_size=5000,
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return target


def timed(client, urls, repeat):
    for url in urls:
        client.get(url)
    timings = []
    for n in range(repeat):
        start = time.perf_counter()
        response = client.get(urls[n % len(urls)])
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return timings


def query_count(client, url):
    setup_test_environment()  # only now: its template instrumentation would skew the timings
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    teardown_test_environment()
    return len(queries), response.context["items"].paginator.count


def summary(timings):
    p95 = statistics.quantiles(timings, n=20)[-1]
    return f"median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--briefs", type=int, default=2000, help="briefs in the index")
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    index, library = site()
    topics, countries = vocabulary()
    first, pages, size, downloads = bench_pdf(long_brief(index, library), args.repeat)
    print(
        f"brief PDF ({pages} pages, {CITATIONS} citations, {size // 1024} KiB): first render "
        f"{first:.2f} s (budget 5 s); cached download {summary(downloads)} (budget 50 ms)"
    )
    total = bulk_briefs(index, args.briefs, topics, countries)
    client = Client()
    plain = timed(client, [index.url, f"{index.url}?page=50"], args.repeat)
    urls = [
        f"{index.url}?topic={topic.slug}&country={country.slug}"
        for topic, country in zip(topics[:5], countries[:5], strict=True)
    ]
    filtered = timed(client, urls, args.repeat)
    plain_queries, _count = query_count(client, index.url)
    filtered_queries, matched = query_count(client, urls[0])
    print(f"advocacy index, {total} briefs: {summary(plain)}, {plain_queries} SQL queries")
    print(
        f"advocacy index, topic + country filters ({matched} matches): {summary(filtered)}, "
        f"{filtered_queries} SQL queries (budget: median 40 ms)"
    )


if __name__ == "__main__":
    main()
