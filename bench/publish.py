"""Time of publishing a publication with its seven aliases, as the admin publishes it.

    .venv/bin/python bench/publish.py [--repeat 10]

Uses its own database, `childhub_bench_publish` (created, migrated and loaded with the demo
content when missing; set BENCH_PUBLISH_DATABASE_URL to use another). Each round saves a
revision of an English demo publication with a changed summary and publishes it through
Wagtail's publish path (``revision.publish``, as the editor's Publish button does), committing
as the admin's request does. Prints the median and slowest milliseconds and the SQL queries of
one publish; background tasks are queued (TASKS_BACKEND=database), not run.
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
        "BENCH_PUBLISH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/childhub_bench_publish"
    ),
    demo_content=True,
)

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from library.models import PublicationPage  # noqa: E402


def publish(page, user, round_number):
    with transaction.atomic():
        page.summary = f"{page.summary.split(' [')[0]} [{round_number}]"
        revision = page.save_revision(user=user, log_action=True)
        revision.publish(user=user)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    page = PublicationPage.objects.filter(locale__language_code="en", alias_of=None).first()
    user = get_user_model().objects.filter(is_superuser=True).first()
    aliases = PublicationPage.objects.filter(alias_of=page).count()
    publish(page, user, 0)  # warm up
    timings = []
    for round_number in range(1, args.repeat + 1):
        page = PublicationPage.objects.get(pk=page.pk)
        start = time.perf_counter()
        publish(page, user, round_number)
        timings.append((time.perf_counter() - start) * 1000)
    page = PublicationPage.objects.get(pk=page.pk)
    with CaptureQueriesContext(connection) as queries:
        publish(page, user, args.repeat + 1)
    print(f"publication {page.pk} with {aliases} aliases, {args.repeat} publishes")
    print(f"median {statistics.median(timings):.0f} ms, slowest {max(timings):.0f} ms, ", end="")
    print(f"{len(queries)} queries")


if __name__ == "__main__":
    main()
