"""What /healthz checks: each dependency the site needs, answered in a few seconds at most.

Each check returns None when the dependency answers, or a short reason. A check never raises:
a dependency that is down must not turn the health check into an error page."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from django.utils.crypto import get_random_string

logger = logging.getLogger(__name__)

# A queue whose oldest ready task has waited this long while no task finished has no worker.
STALLED_QUEUE_MINUTES = 15


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_cache():
    key, value = "healthz", get_random_string(12)
    cache.set(key, value, 30)
    if cache.get(key) != value:
        return "the cache did not keep a value"
    return None


def check_search(database_failure):
    from modelsearch.backends import get_search_backend

    for name in settings.WAGTAILSEARCH_BACKENDS:
        client = getattr(get_search_backend(name), "es", None)
        if client is not None:
            client.options(request_timeout=2, max_retries=0).info()
        elif database_failure:
            return "the database search backend needs the database"
    return None


def check_task_queue():
    if not settings.TASKS["default"]["BACKEND"].startswith("django_tasks_db."):
        return None  # tasks run in the request
    from django_tasks_db.models import DBTaskResult

    since = timezone.now() - timedelta(minutes=STALLED_QUEUE_MINUTES)
    waiting = DBTaskResult.objects.ready().filter(enqueued_at__lt=since).exists()
    if waiting and not DBTaskResult.objects.filter(finished_at__gte=since).exists():
        return f"tasks have waited over {STALLED_QUEUE_MINUTES} minutes: is db_worker running?"
    return None


def _run(name, check, *args):
    try:
        return check(*args)
    except Exception as error:  # noqa: BLE001 (any failure is the dependency's)
        logger.warning("Health check %s failed: %s", name, error)
        return f"{type(error).__name__}: {error}".strip()[:300]


CHECKS = ("database", "cache", "search", "tasks")


def run_checks(names=CHECKS):
    """{name: "ok" or why it failed} for the checks named."""
    database = _run("database", check_database)
    results = {"database": database, "cache": _run("cache", check_cache)}
    if "search" in names:
        results["search"] = _run("search", check_search, database is not None)
    if "tasks" in names:
        results["tasks"] = database and "the task queue is in the database"
        results["tasks"] = results["tasks"] or _run("tasks", check_task_queue)
    return {name: results[name] or "ok" for name in CHECKS if name in names}
