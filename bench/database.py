"""What every benchmark does first: point Django at the benchmark's own PostgreSQL database,
create it when missing, migrate it, and set Django up with the benchmark settings
(bench/settings.py: production's task queue and persistent connections)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _exists(name):
    query = f"SELECT 1 FROM pg_database WHERE datname='{name}'"
    found = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", query],
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(found.stdout.strip())


def setup(url, *, demo_content=False):
    """Use the database at ``url``; a new one gets the demo content when ``demo_content``."""
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    sys.path.insert(0, str(ROOT))
    name = url.rsplit("/", 1)[-1]
    commands = [["migrate", "--no-input", "-v", "0"]]
    if not _exists(name):
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
        if demo_content:
            commands.append(["load_demo_content", "-v", "0"])
    # The demo loader runs its tasks in place: it needs the test settings' immediate queue.
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    for command in commands:
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )

    import django

    django.setup()
