"""Time of publishing a publication with its seven aliases, as the admin publishes it.

    .venv/bin/python bench/publish.py [--repeat 10] [--paths bulk,wagtail]

Uses its own database, `childhub_bench_publish` (created, migrated and loaded with the demo
content when missing; set BENCH_PUBLISH_DATABASE_URL to use another). Each round changes the
summary of an English demo publication and publishes it twice, committing each time:

- ``publish``: a revision saved and published through Wagtail's publish path
  (``revision.publish``, what the editor's Publish button runs);
- ``admin``: the editor's whole request, the page's edit form posted with "Publish" by the
  admin (form validation, the same publish, the redirect).

The aliases are updated by the site's bulk path (``bulk``, library/alias_updates.py) or by
Wagtail's own ``Page.update_aliases`` (``wagtail``: what runs with untested library versions).
With both, the rounds alternate, so that a loaded machine slows both alike. Prints, for each
path and measurement, the median and slowest milliseconds and the SQL queries of one publish.
Background tasks are queued (TASKS_BACKEND=database), not run.
"""

import argparse
import contextlib
import logging
import os
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.database import setup  # noqa: E402

setup(
    os.environ.get(
        "BENCH_PUBLISH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/childhub_bench_publish"
    ),
    demo_content=True,
)

from django import forms  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from library import aliases  # noqa: E402
from library.models import PublicationPage  # noqa: E402

PATHS = {
    "bulk": contextlib.nullcontext,
    # An untested Wagtail version: library/alias_updates.py hands over to Wagtail's own.
    "wagtail": lambda: mock.patch.dict(aliases.TESTED_VERSIONS, {"wagtail": "untested"}),
}


def summary(page, round_number):
    return f"{page.summary.split(' [')[0]} [{round_number}]"


def publish(page, user, client, round_number):
    with transaction.atomic():
        page.summary = summary(page, round_number)
        revision = page.save_revision(user=user, log_action=True)
        revision.publish(user=user)


def admin_publish(page, user, client, round_number):
    data = form_data(page.get_edit_handler().get_form_class()(instance=page, for_user=user))
    data.update({"summary": summary(page, round_number), "action-publish": "action-publish"})
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    if response.status_code != 302:
        raise SystemExit(f"the admin did not publish: {response.status_code}")


MEASUREMENTS = {"publish": publish, "admin": admin_publish}


def form_data(form):
    """What the browser posts for ``form`` (a page's edit form) left as it was opened."""
    data = {}
    for name, field in form.fields.items():
        bound = form[name]
        value = bound.value()
        if isinstance(field, forms.BooleanField):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(field, forms.ModelMultipleChoiceField):
            data[bound.html_name] = [getattr(item, "pk", item) for item in value or []]
        else:
            data[bound.html_name] = "" if value is None else getattr(value, "pk", value)
    for formset in getattr(form, "formsets", {}).values():
        for key, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{key}"] = value
        for child in formset.forms:
            data.update(form_data(child))
    return data


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--paths", default="bulk,wagtail", help="bulk, wagtail or both")
    args = parser.parse_args()
    paths = args.paths.split(",")
    logging.getLogger("library.alias_updates").setLevel(logging.ERROR)  # the untested warning
    page = PublicationPage.objects.filter(locale__language_code="en", alias_of=None).first()
    user = get_user_model().objects.filter(is_superuser=True).first()
    client = Client()
    client.force_login(user)
    count = PublicationPage.objects.filter(alias_of=page).count()
    runs = [(path, name) for path in paths for name in MEASUREMENTS]
    timings = {run: [] for run in runs}
    queries = {}
    round_number = 0
    for repeat in range(args.repeat + 1):  # the first round warms up
        for path, name in runs:
            round_number += 1
            page = PublicationPage.objects.get(pk=page.pk)
            connection.queries_log.clear()  # it keeps the last 9,000 queries only
            with PATHS[path](), CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                MEASUREMENTS[name](page, user, client, round_number)
                elapsed = (time.perf_counter() - start) * 1000
            if repeat:
                timings[path, name].append(elapsed)
                queries[path, name] = len(captured)
    print(f"publication {page.pk} with {count} aliases, {args.repeat} publishes per line")
    for path, name in runs:
        times = timings[path, name]
        print(
            f"{path:8} {name:8} median {statistics.median(times):5.0f} ms, "
            f"slowest {max(times):5.0f} ms, {queries[path, name]} queries"
        )
    if len(paths) == 2:
        for name in MEASUREMENTS:
            ratio = statistics.median(timings[paths[1], name]) / statistics.median(
                timings[paths[0], name]
            )
            print(f"{name}: {paths[1]} / {paths[0]} = {ratio:.1f}×")


if __name__ == "__main__":
    main()
