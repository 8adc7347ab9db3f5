"""The production set-up the README and docs/deploy.md describe, started for real on loopback:
gunicorn (two workers) under config.settings.production, Redis, PostgreSQL (a database of its
own), `manage.py db_worker`, static files collected, the demo loaded. Plain HTTP: the switches
an operator uses on a private network (SECURE_SSL_REDIRECT=false, SECURE_COOKIES=false)."""

import contextlib
import gzip
import http.client
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import psycopg
import pytest
import redis
from django.conf import settings

from tests.services import free_port, redis_server, stop, wait_for_port

pytestmark = pytest.mark.production

ROOT = Path(__file__).resolve().parent.parent.parent
BIN = Path(sys.executable).parent
ADMIN_PASSWORD = "smoke-test-admin-password"
PAGE_TYPES = {
    "homepage",
    "standardpage",
    "newsindexpage",
    "newspage",
    "librarypage",
    "publicationpage",
    "courseindexpage",
    "advocacyindexpage",
}
# Settings whose production default is what `check --deploy` wants; loopback needs them off.
PLAIN_HTTP = {"SECURE_SSL_REDIRECT": "false", "SECURE_COOKIES": "false"}


class Server:
    def __init__(self, port, environ, database, log):
        self.port, self.environ, self.database, self.log = port, environ, database, log
        self.url = f"http://127.0.0.1:{port}"

    def request(self, path, method="GET", headers=None, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    def get(self, path, **headers):
        return self.request(path, headers=headers)

    def sql(self, query):
        with psycopg.connect(**self.database, autocommit=True) as connection:
            return connection.execute(query).fetchall()


def run(args, environ, log):
    with open(log, "a") as out:
        subprocess.run(args, cwd=ROOT, env=environ, stdout=out, stderr=out, check=True)


def connection_settings(dbname):
    default = settings.DATABASES["default"]
    return {
        "host": default["HOST"] or "127.0.0.1",
        "port": default["PORT"] or 5432,
        "user": default["USER"],
        "password": default["PASSWORD"] or None,
        "dbname": dbname,
    }


@contextlib.contextmanager
def database_of_its_own():
    name = f"childhub_smoke_{os.getpid()}"
    admin = connection_settings("postgres")
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield connection_settings(name)
    finally:
        with psycopg.connect(**admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def database_url(db):
    password = f":{urllib.parse.quote(db['password'])}" if db["password"] else ""
    return f"postgresql://{db['user']}{password}@{db['host']}:{db['port']}/{db['dbname']}"


def wait_for_an_empty_queue(server, processes, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            assert process.poll() is None, f"{process.args} exited: see {server.log}"
        waiting = server.sql(
            "SELECT count(*) FROM django_tasks_database_dbtaskresult "
            "WHERE status IN ('READY', 'RUNNING')"
        )[0][0]
        if waiting == 0:
            return
        time.sleep(0.5)
    raise TimeoutError(f"the task queue still holds {waiting} tasks after {timeout} s")


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    if not (BIN / "gunicorn").exists():
        pytest.skip("gunicorn is not installed")
    tmp = tmp_path_factory.mktemp("production")
    log = tmp / "server.log"
    port = free_port()
    with contextlib.ExitStack() as stack:
        redis_url = stack.enter_context(redis_server())
        db = stack.enter_context(database_of_its_own())
        environ = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "ELASTICSEARCH_", "DATABASE_", "REDIS_"))
        }
        environ.update(
            {
                "DJANGO_SETTINGS_MODULE": "config.settings.production",
                "SECRET_KEY": "smoke-test-secret-" + "k" * 50,
                "ALLOWED_HOSTS": "127.0.0.1",
                "SITE_URL": f"http://127.0.0.1:{port}",
                "DATABASE_URL": database_url(db),
                "REDIS_URL": redis_url,
                "MEDIA_ROOT": str(tmp / "media"),
                "STATIC_ROOT": str(tmp / "static"),
                "DEMO_ADMIN_PASSWORD": ADMIN_PASSWORD,
                "LOG_LEVEL": "WARNING",
                **PLAIN_HTTP,
            }
        )
        server = Server(port, environ, db, log)
        manage = [sys.executable, "manage.py"]
        # migrate and collectstatic are independent: run them side by side.
        with open(log, "a") as out:
            collect = subprocess.Popen(
                [*manage, "collectstatic", "--no-input", "-v", "0"],
                cwd=ROOT,
                env=environ,
                stdout=out,
                stderr=out,
            )
            stack.callback(stop, collect)
        run([*manage, "migrate", "--no-input", "-v", "0"], environ, log)
        run([*manage, "load_demo_content"], environ, log)
        assert collect.wait() == 0, f"collectstatic failed: see {log}"
        processes = []
        for args in (
            [BIN / "gunicorn", "config.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
            [*manage, "db_worker", "--no-startup-delay", "--interval", "0.5"],
        ):
            out = stack.enter_context(open(log, "a"))
            process = subprocess.Popen(args, cwd=ROOT, env=environ, stdout=out, stderr=out)
            stack.callback(stop, process)
            processes.append(process)
        wait_for_port(port, timeout=60, process=processes[0])
        wait_for_an_empty_queue(server, processes)
        yield server


def english_page_of_each_type(server):
    rows = server.sql(
        "SELECT ct.model, min(p.url_path) FROM wagtailcore_page p "
        "JOIN django_content_type ct ON ct.id = p.content_type_id "
        "JOIN wagtailcore_locale l ON l.id = p.locale_id "
        "WHERE l.language_code = 'en' AND p.live AND p.alias_of_id IS NULL AND p.depth >= 2 "
        "GROUP BY ct.model"
    )
    # url_path "/home/news/article/" is served at /en/news/article/
    return {model: "/en/" + url_path.split("/", 2)[2] for model, url_path in rows}


def test_every_page_type_and_every_page_of_the_sitemap_answers(production):
    pages = english_page_of_each_type(production)
    assert PAGE_TYPES <= set(pages), pages
    sitemap = production.get("/sitemap.xml")[2].decode()
    sitemap_paths = [
        loc.removeprefix(production.url) for loc in re.findall("<loc>(.*?)</loc>", sitemap)
    ]
    assert len(sitemap_paths) > 100
    others = [
        "/en/search/?q=child+protection",
        "/en/search/suggest/?q=chil",
        "/en/news/feed/",
        "/en/library/feed/atom/",
        "/en/library/feed/rss/",
        "/sq/news/feed/",
        "/healthz",
    ]
    failures = {}
    for path in [*pages.values(), *sitemap_paths, *others]:
        status = production.get(path)[0]
        if status != 200:
            failures[path] = status
    assert failures == {}
    # Nothing went wrong behind the pages either: the log holds no error.
    errors = [
        line
        for line in production.log.read_text().splitlines()
        if any(mark in line for mark in ('"ERROR"', '"CRITICAL"', "[ERROR]", "Traceback"))
    ]
    assert errors == []


def test_the_sitemap_names_the_site_url(production):
    status, _headers, body = production.get("/sitemap.xml")
    locations = re.findall("<loc>(.*?)</loc>", body.decode())
    assert status == 200 and locations
    assert all(loc.startswith(f"{production.url}/") for loc in locations), locations[:3]


def test_images_and_documents_are_served(production):
    home = production.get("/en/")[2].decode()
    images = set(re.findall(r'<img[^>]+src="(/media/images/[^"]+)"', home))
    assert images
    for src in images:
        status, headers, body = production.get(src)
        assert (status, headers["Content-Type"][:6]) == (200, "image/"), src
        assert "max-age" in headers["Cache-Control"]
        assert len(body) > 1000
    publication = english_page_of_each_type(production)["publicationpage"]
    html = production.get(publication)[2].decode()
    documents = set(re.findall(r'href="(/documents/[^"]+)"', html))
    assert documents
    for href in documents:
        status, headers, body = production.get(href)
        assert status == 200, href
        assert body.startswith(b"%PDF") or body.startswith(b"PK"), href


def test_html_is_gzipped_and_static_files_come_in_brotli(production):
    status, headers, body = production.get("/en/", **{"Accept-Encoding": "gzip"})
    assert (status, headers["Content-Encoding"]) == (200, "gzip")
    html = gzip.decompress(body).decode()
    stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', html)
    status, headers, _body = production.get(stylesheet.group(1), **{"Accept-Encoding": "br"})
    assert (status, headers["Content-Encoding"]) == (200, "br")
    assert "immutable" in headers["Cache-Control"]  # WhiteNoise: hashed names


def test_the_cache_is_redis_and_the_health_check_is_green(production):
    status, _headers, body = production.get("/healthz")
    assert status == 200
    assert json.loads(body) == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok", "tasks": "ok"},
    }
    assert redis.Redis.from_url(production.environ["REDIS_URL"]).dbsize() > 0


def test_no_task_failed_and_none_waits(production):
    # A task deferred to a time still to come (the search analytics' periodic flush) is not
    # waiting yet; a task not deferred at all has the largest date as its run_after.
    rows = production.sql(
        "SELECT status, task_path, count(*) FROM django_tasks_database_dbtaskresult "
        "WHERE NOT (status = 'READY' AND run_after > now() AND run_after < '9000-01-01') "
        "GROUP BY status, task_path ORDER BY 1, 2"
    )
    assert [row for row in rows if row[0] != "SUCCESSFUL"] == []


def test_the_admin_signs_in_over_plain_http_with_the_cookie_switch(production):
    status, headers, body = production.get("/admin/login/")
    assert status == 200
    cookies = "; ".join(headers.get_all("Set-Cookie"))
    csrf_cookie = re.search(r"csrftoken=([^;]+)", cookies).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body.decode()).group(1)
    form = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": "admin", "password": ADMIN_PASSWORD}
    )
    status, headers, _body = production.request(
        "/admin/login/",
        method="POST",
        body=form,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={csrf_cookie}",
        },
    )
    assert status == 302, "sign-in refused"
    session = re.search(r"sessionid=([^;]+)", "; ".join(headers.get_all("Set-Cookie")))
    assert "Secure" not in headers["Set-Cookie"]  # SECURE_COOKIES=false: HTTP can sign in
    session = session.group(1)
    status, _headers, body = production.get("/admin/", Cookie=f"sessionid={session}")
    assert status == 200
    assert b"/admin/logout/" in body


def test_check_deploy_is_clean_with_the_production_defaults(production):
    environ = {k: v for k, v in production.environ.items() if k not in PLAIN_HTTP}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
