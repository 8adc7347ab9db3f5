"""Settings for the benchmarks: the test settings, but background tasks go to the database
queue as in production (TASKS_BACKEND=database), where `manage.py db_worker` runs them."""

from config.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": TASKS_BACKENDS["database"]}}  # noqa: F405
