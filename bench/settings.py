"""Settings for the benchmarks: the test settings, with what production does differently and
the measurements depend on: background tasks go to the database queue
(TASKS_BACKEND=database), where `manage.py db_worker` runs them, and database connections are
kept between requests and tasks (the test settings close them for the live-server thread), and
the cache is Redis when REDIS_URL is set."""

from config.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": TASKS_BACKENDS["database"]}}  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
CACHES = cache_settings(os.environ)  # noqa: F405  (Redis when REDIS_URL is set, as in production)
