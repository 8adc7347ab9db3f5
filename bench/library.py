"""Library benchmarks: bulk-import rate and memory, and listing latency at scale.

    .venv/bin/python bench/library.py [--listing 20000] [--import 500] [--repeat 50]

Uses its own PostgreSQL database, `childhub_bench` (created and migrated when missing; set
BENCH_DATABASE_URL to use another). The listing corpus is inserted in bulk (pages, files and
terms). The import runs `import_publications`' importer as the command does (a transaction
per batch of 100 rows), with real PDFs, text extraction and locale aliases; as in production
(TASKS_BACKEND=database, bench/settings.py) the search-index and reference-index updates are
queued as background tasks, which the bench then drains with `db_worker` and times separately.
Prints numbers; asserts nothing.
"""

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.database import setup  # noqa: E402

setup(os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/childhub_bench"))

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)
from django_tasks_db.models import DBTaskResult  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from bench.corpus import bulk_children  # noqa: E402
from home.models import Country, HomePage, Topic  # noqa: E402
from library.factories import LibraryDocumentFactory, LibraryPageFactory  # noqa: E402
from library.importers import PublicationImporter  # noqa: E402
from library.listing import LIBRARY_DATA  # noqa: E402
from library.models import LibraryPage, PublicationFile, PublicationPage  # noqa: E402
from library.pdfs import make_pdf  # noqa: E402

LANGUAGES = ["en", "sq", "ro", "ru", "sh", "bg"]
WORDS = (
    "child protection violence family school online abuse foster care case management social "
    "work police justice participation disability trafficking migration guidance report"
).split()


def site():
    from tests.builders import build_site

    library = LibraryPage.objects.filter(locale__language_code="en").first()
    if library:
        return library
    home = HomePage.objects.filter(depth=2, locale__language_code="en").first()
    home = home or build_site().home
    return LibraryPageFactory(parent=home)


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


def bulk_corpus(library, target, topics, countries):
    """Insert publications in bulk until the library holds ``target`` of them."""
    have = PublicationPage.objects.child_of(library).count()
    missing = target - have
    if missing <= 0:
        return have
    rng = random.Random(have)
    documents = [
        LibraryDocumentFactory(title=f"Bench document {uuid.uuid4().hex[:8]}") for _ in range(20)
    ]
    titles = [" ".join(rng.sample(WORDS, 6)).capitalize() for _ in range(missing)]
    with transaction.atomic():
        created = bulk_children(library, PublicationPage, titles)
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO library_publicationpage (page_ptr_id, summary, authors, "
                "organisations, publication_date, doi, isbn, external_url, licence, "
                "external_id) VALUES (%s, %s, '', 'Bench', %s, '', '', '', '', '')",
                [(page.pk, page.title, f"{rng.randint(2005, 2026)}-06-01") for page in created],
            )
        topic_through = PublicationPage.topics.through
        country_through = PublicationPage.countries.through
        topic_through.objects.bulk_create(
            [
                topic_through(publicationpage_id=page.pk, topic_id=topic.pk)
                for page in created
                for topic in rng.sample(topics, 2)
            ],
            batch_size=5000,
        )
        country_through.objects.bulk_create(
            [
                country_through(publicationpage_id=page.pk, country_id=rng.choice(countries).pk)
                for page in created
            ],
            batch_size=5000,
        )
        PublicationFile.objects.bulk_create(
            [
                PublicationFile(
                    page_id=page.pk,
                    document=rng.choice(documents),
                    language=rng.choice(LANGUAGES),
                    sort_order=0,
                )
                for page in created
            ],
            batch_size=5000,
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return target


def locale_aliases(library):
    """Give every publication its aliases in the other locales, as wagtail-localize keeps
    them on the site (written in bulk, without log entries or index updates)."""
    from wagtail_localize.models import LocaleSynchronization

    from library.aliases import write_aliases

    targets = Locale.objects.filter(
        pk__in=LocaleSynchronization.objects.filter(sync_from=library.locale).values("locale_id")
    )
    created = 0
    for locale in targets:
        aliased = Page.objects.filter(locale=locale, alias_of__isnull=False).values("alias_of_id")
        missing = PublicationPage.objects.child_of(library).exclude(pk__in=aliased)
        ids = list(missing.values_list("pk", flat=True))
        for start in range(0, len(ids), 2000):
            with transaction.atomic():
                batch = list(PublicationPage.objects.filter(pk__in=ids[start : start + 2000]))
                created += len(write_aliases(batch, library, locale)[0])
    if created:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return created


def timed(client, urls, repeat):
    """Milliseconds per request over ``repeat`` requests cycling through ``urls``, once each
    first: the database's pages, and the ids and counts cached per facet value (which every
    view with the same value shares), are then warm, as on a site in use."""
    for url in urls:
        client.get(url)
    timings = []
    for index in range(repeat):
        start = time.perf_counter()
        response = client.get(urls[index % len(urls)])
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return timings


def bench_listing(library, topics, countries, repeat):
    client = Client()
    pairs = list(zip(topics[:5], countries[:5], strict=True))
    urls = [f"{library.url}?topic={topic.slug}&country={country.slug}" for topic, country in pairs]
    timings = timed(client, urls, repeat)
    # With a third facet no count is over one facet value's ids: all six are counted anew.
    three = timed(client, [f"{url}&year={2010 + index}" for index, url in enumerate(urls)], repeat)
    setup_test_environment()  # only now: its template instrumentation would skew the timings
    with CaptureQueriesContext(connection) as queries:
        response = client.get(urls[0])
    teardown_test_environment()
    query_count = len(queries)  # now: the next request clears the connection's query log
    after_change = []
    for index in range(10):
        LIBRARY_DATA.bump()  # what publishing, unpublishing or editing a publication does
        start = time.perf_counter()
        client.get(urls[index % len(urls)])
        after_change.append((time.perf_counter() - start) * 1000)
    matched = response.context["publications"].paginator.count
    return timings, three, after_change, query_count, matched


def summary(timings):
    p95 = statistics.quantiles(timings, n=20)[-1]
    return f"median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms"


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_import(count):
    """Import ``count`` new publications with one PDF each; returns the rate, the peak RSS at
    each quarter and the number of background tasks the import queued."""
    folder = tempfile.mkdtemp(prefix="childhub-bench-import-")
    marker = uuid.uuid4().hex[:6]
    rows = []
    for index in range(count):
        language = LANGUAGES[index % len(LANGUAGES)]
        name = f"import-{marker}-{index}.pdf"
        text = [" ".join(random.Random(index).choices(WORDS, k=60)) for _ in range(8)]
        Path(folder, name).write_bytes(make_pdf(f"Imported report {marker} {index}", text))
        rows.append(
            {
                "external_id": f"bench-{marker}-{index}",
                "title": f"Imported report {marker} {index}",
                "summary": "Benchmark row.",
                "publication_date": "2024-01-01",
                "topics": "bench-topic-1",
                "countries": "bench-country-2",
                # every other file says its language; the others are detected
                "files": f"{name}|{language}" if index % 2 else name,
            }
        )
    queued_before = DBTaskResult.objects.count()
    importer = PublicationImporter(folder, "en")
    memory = []
    quarter = max(1, count // 4)
    start, cpu = time.perf_counter(), time.process_time()
    numbered = enumerate(rows, start=2)
    for done, result in enumerate(importer.import_rows(numbered), start=1):
        assert result.status == "created", result.messages
        if done % quarter == 0:
            memory.append(round(rss_mb()))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return count / elapsed, cpu * 1000 / count, memory, DBTaskResult.objects.count() - queued_before


def drain_tasks():
    """Run the queued background tasks as `manage.py db_worker` does; seconds, count, and
    {task (and model): (count, seconds spent in it)}."""
    waiting = list(DBTaskResult.objects.ready().values_list("pk", flat=True))
    start = time.perf_counter()
    call_command("db_worker", batch=True, startup_delay=False, interval=0.1, verbosity=0)
    seconds = time.perf_counter() - start
    kinds = {}
    for task_path, arguments, started, finished in DBTaskResult.objects.filter(
        pk__in=waiting, finished_at__isnull=False
    ).values_list("task_path", "args_kwargs", "started_at", "finished_at"):
        args = arguments["args"]
        kind = task_path.rsplit(".", 1)[-1] + (f" ({args[1]})" if len(args) == 3 else "")
        count, spent = kinds.get(kind, (0, 0.0))
        kinds[kind] = (count + 1, spent + (finished - started).total_seconds())
    return seconds, len(waiting), kinds


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--listing", type=int, default=20_000, help="publications for the listing")
    parser.add_argument("--import", dest="imports", type=int, default=500, help="rows to import")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument(
        "--no-aliases",
        dest="aliases",
        action="store_false",
        help="build the corpus without the locale aliases every publication has on the site",
    )
    args = parser.parse_args()

    library = site()
    topics, countries = vocabulary()
    start = time.perf_counter()
    total = bulk_corpus(library, args.listing, topics, countries)
    aliases = locale_aliases(library) if args.aliases else 0
    aliased = Page.objects.filter(alias_of__in=PublicationPage.objects.child_of(library)).count()
    print(
        f"corpus: {total} publications ({aliased} locale aliases of them, {aliases} new) "
        f"ready in {time.perf_counter() - start:.1f} s"
    )

    timings, three, after_change, queries, matched = bench_listing(
        library, topics, countries, args.repeat
    )
    print(
        f"listing, topic + country facets active ({matched} matches of {total}): "
        f"{summary(timings)}, {queries} SQL queries"
    )
    print(f"listing, topic + country + year facets active: {summary(three)}")
    print(
        "first request after a publication changed (its cached ids and counts recomputed): "
        f"median {statistics.median(after_change):.1f} ms, max {max(after_change):.1f} ms"
    )

    if args.imports:
        drain_tasks()  # start from an empty queue
        rate, cpu, memory, queued = bench_import(args.imports)
        print(
            f"import of {args.imports} PDFs (extraction, 7 locale aliases each): "
            f"{rate:.1f} publications/s ({cpu:.0f} ms of this process's CPU a row, the "
            f"database's not counted); peak RSS MB at each quarter: {memory}; "
            f"{queued} background tasks queued"
        )
        seconds, ran, kinds = drain_tasks()
        print(
            f"background tasks (search and reference index): {ran} run in {seconds:.1f} s, "
            f"{ran / seconds:.1f} tasks/s, {args.imports / seconds:.1f} publications/s"
        )
        for kind, (count, spent) in sorted(kinds.items(), key=lambda item: -item[1][1]):
            print(f"    {kind}: {count} tasks, {spent:.1f} s")


if __name__ == "__main__":
    main()
