"""/healthz: JSON that says which dependency fails, 503 then, whatever is down."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import TestCase, override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from search.tasks import update_search_index
from tests.services import free_port

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class HealthTests(TestCase):
    def test_all_dependencies_answer(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.json(),
            {
                "status": "ok",
                "checks": {"database": "ok", "cache": "ok", "search": "ok", "tasks": "ok"},
            },
        )
        self.assertEqual(response["Cache-Control"], "no-store")

    def test_a_cache_that_is_down_gives_503_naming_it(self):
        redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache"}
        redis["LOCATION"] = f"redis://127.0.0.1:{free_port()}/0"
        with override_settings(CACHES={"default": redis}):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        body = response.json()
        self.assertEqual(body["status"], "fail")
        self.assertIn("ConnectionError", body["checks"]["cache"])
        self.assertEqual(body["checks"]["database"], "ok")

    @override_settings(TASKS=DATABASE_TASKS)
    def test_a_queue_nobody_works_off_gives_503_naming_the_task_queue(self):
        self.assertEqual(self.client.get("/healthz").status_code, 200)
        result = update_search_index.enqueue([])
        waiting = DBTaskResult.objects.filter(pk=result.id)
        waiting.update(enqueued_at=timezone.now() - timedelta(minutes=20))
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertIn("db_worker", response.json()["checks"]["tasks"])
        # A load balancer's probe can leave the queue (and search) out.
        only = self.client.get("/healthz?only=database,cache")
        self.assertEqual(only.status_code, 200)
        self.assertEqual(only.json()["checks"], {"database": "ok", "cache": "ok"})

    def test_an_unknown_check_is_a_clear_400(self):
        response = self.client.get("/healthz?only=database,%00disk")
        self.assertEqual(response.status_code, 400)
        self.assertIn("unknown check", response.json()["error"])


@pytest.mark.django_db(transaction=True)
def test_a_database_that_is_down_gives_503_not_the_error_page(client):
    saved = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = str(free_port())  # nothing listens there
    try:
        response = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict["PORT"] = saved
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    checks = response.json()["checks"]
    assert "OperationalError" in checks["database"]
    assert checks["cache"] == "ok"
    assert checks["search"] != "ok"
    assert checks["tasks"] != "ok"
