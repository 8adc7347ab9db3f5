"""Settings for the benchmarks: the test settings, with what production does differently and
the measurements depend on: background tasks go to the database queue
(TASKS_BACKEND=database), where `manage.py db_worker` runs them, and database connections are
kept between requests and tasks (the test settings close them for the live-server thread)."""

from config.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": TASKS_BACKENDS["database"]}}  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
