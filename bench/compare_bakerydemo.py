"""ChildHub beside wagtail/bakerydemo on this machine, both as deployed, page by page, interleaved.

    .venv/bin/python bench/compare_bakerydemo.py --bakerydemo /work/bakery [--rounds 200] [--runs 3]

`--bakerydemo` (or BAKERYDEMO_DIR) is a checkout of github.com/wagtail/bakerydemo kept outside
this repository; nothing of it is committed here. The first run gives it a virtualenv of its own
(`<checkout>/.venv`) with the requirements below — its own list pins Django 6, which needs
Python 3.12, so they are patched here to Django 5.2 and Wagtail 8 — and a PostgreSQL database of
its own with its demo data (`load_initial_data`) and collected static files. ChildHub gets its
own database (`childhub_bench_compare`) with the demo content. Later runs reuse both.

Both sites run under their production settings with Redis — one redis-server started for the
run on a free loopback port, ChildHub on database 0, bakerydemo on its own two (its settings
append /0 and /1 to REDIS_URL: it gets the server's address) — each as gunicorn with two
workers, plus ChildHub's `db_worker`, whose queue (the demo loader's tasks) is empty before
timing starts. Plain HTTP on loopback: SECURE_SSL_REDIRECT and SECURE_COOKIES off.

Each round requests every page type on both sites, ChildHub then bakerydemo, in two ways:
- **uncached**: with a session cookie (`sessionid=benchmark…`, unknown to both sites), so
  ChildHub's page cache, which serves only readers without a session, is bypassed and the page
  is rendered: what a signed-in member, or any reader on the first request after a change, gets;
- **cached**: no cookie, an anonymous reader: ChildHub answers from its page cache (the search
  page is never cached); bakerydemo has no page cache and renders.
It prints per page type the medians and p95 of both sides and the median of the per-round
ratios ChildHub/bakerydemo, for each way, and the machine's load before and after. The budget
(ratio at or under 0.8 for every page type) is checked on the uncached way, the fair one.
"""

import argparse
import contextlib
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.services import free_port, stop, wait_for_port  # noqa: E402

BIN = Path(sys.executable).parent
BUDGET = 0.8
COOKIE = "sessionid=benchmarksessionkey"
# bakerydemo's requirements/production.txt, made to run on Python 3.11 with Wagtail 8: Django 5.2
# (Django 6 needs Python 3.12), Wagtail 8.0; without the Elasticsearch, uwsgi and cloud
# storage packages it does not use here; gunicorn to serve it as ChildHub is served.
BAKERYDEMO_REQUIREMENTS = [
    "Django>=5.2,<5.3",
    "wagtail>=8.0,<8.1",
    "python-dotenv>=1.2.1,<2",
    "wagtail-font-awesome-svg>=1,<2",
    "django-debug-toolbar>=4.2,<5",  # bakerydemo/urls.py imports it in every setting
    "django-extensions>=4.1,<5",
    "django-csp>=3.8,<4",
    "dj-database-url>=3.1.0,<4",
    "psycopg[binary]>=3.2,<3.4",
    "whitenoise>=6.11.0,<7",
    "django-redis>=6.0.0,<7",
    "gunicorn",
]
# (page type, ChildHub path or the page model whose first English page to take, bakerydemo path)
PAGES = [
    ("home", "/en/", "/"),
    ("news index", "/en/news/", "/blog/"),
    ("news article", "newspage", "/blog/{blog_post}"),
    ("library", "/en/library/", "/breads/"),
    (
        "library, two facets",
        "/en/library/?topic=violence-against-children&country=serbia",
        "/blog/tags/{blog_tag}/",
    ),
    ("search", "/en/search/?q=children", "/search/?q=bread"),
    ("publication page", "publicationpage", "/breads/{bread}"),
    ("standard page", "standardpage", "/about/"),
]


def log(message):
    print(message, flush=True)


def psql_url(database):
    return f"postgres://postgres@127.0.0.1:5432/{database}"


def create_database(name):
    """True when the database was created now, False when it existed."""
    with psycopg.connect(psql_url("postgres"), autocommit=True) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return False
        connection.execute(f'CREATE DATABASE "{name}"')
        return True


def sql(database, query):
    with psycopg.connect(psql_url(database)) as connection:
        return connection.execute(query).fetchall()


def run(args, cwd, environ, logfile):
    with open(logfile, "a") as out:
        subprocess.run(args, cwd=cwd, env=environ, stdout=out, stderr=out, check=True)


def start(stack, args, cwd, environ, logfile):
    out = stack.enter_context(open(logfile, "a"))
    process = subprocess.Popen(args, cwd=cwd, env=environ, stdout=out, stderr=out)
    stack.callback(stop, process)
    return process


def clean_environ():
    prefixes = ("DJANGO_", "DATABASE_", "REDIS_", "ELASTICSEARCH_", "SECRET_KEY", "ALLOWED_")
    return {key: value for key, value in os.environ.items() if not key.startswith(prefixes)}


class Site:
    def __init__(self, name, port):
        self.name, self.port = name, port

    def get(self, path, cookie=False):
        headers = {"Cookie": COOKIE} if cookie else {}
        start = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
        finally:
            connection.close()
        elapsed = (time.perf_counter() - start) * 1000
        return elapsed, response.status, response.headers


def prepare_bakerydemo(checkout, database, environ, logfile):
    python = checkout / ".venv" / "bin" / "python"
    if not (checkout / ".venv" / "bin" / "gunicorn").exists():
        log(f"bakerydemo: a virtualenv in {checkout / '.venv'} (Django 5.2, Wagtail 8)")
        base = getattr(sys, "_base_executable", sys.executable)
        run([base, "-m", "venv", str(checkout / ".venv")], checkout, environ, logfile)
        run(
            [str(python), "-m", "pip", "install", "-q", *BAKERYDEMO_REQUIREMENTS],
            checkout,
            environ,
            logfile,
        )
    created = create_database(database)
    manage = [str(python), "manage.py"]
    run([*manage, "migrate", "--no-input", "-v", "0"], checkout, environ, logfile)
    if created:
        log(f"bakerydemo: its demo data into {database}")
        run([*manage, "load_initial_data"], checkout, environ, logfile)
    run([*manage, "collectstatic", "--no-input", "-v", "0"], checkout, environ, logfile)
    return python


def prepare_childhub(database, environ, logfile):
    created = create_database(database)
    manage = [sys.executable, "manage.py"]
    run([*manage, "migrate", "--no-input", "-v", "0"], ROOT, environ, logfile)
    if created:
        log(f"ChildHub: the demo content into {database}")
        run([*manage, "load_demo_content"], ROOT, environ, logfile)
    run([*manage, "collectstatic", "--no-input", "-v", "0"], ROOT, environ, logfile)


def wait_for_empty_queue(database, worker, timeout=600):
    deadline = time.monotonic() + timeout
    query = (
        "SELECT count(*) FROM django_tasks_database_dbtaskresult "
        "WHERE status IN ('READY', 'RUNNING')"
    )
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise RuntimeError("db_worker exited")
        if sql(database, query)[0][0] == 0:
            return
        time.sleep(1)
    raise TimeoutError("ChildHub's task queue did not empty")


def childhub_paths(database):
    rows = sql(
        database,
        "SELECT ct.model, min(p.url_path) FROM wagtailcore_page p "
        "JOIN django_content_type ct ON ct.id = p.content_type_id "
        "JOIN wagtailcore_locale l ON l.id = p.locale_id "
        "WHERE l.language_code = 'en' AND p.live AND p.alias_of_id IS NULL AND p.depth >= 2 "
        "GROUP BY ct.model",
    )
    first = {model: "/en/" + url_path.split("/", 2)[2] for model, url_path in rows}
    return [first[path] if not path.startswith("/") else path for _, path, _ in PAGES]


def bakerydemo_paths(database):
    blog_post = sql(
        database,
        "SELECT slug FROM wagtailcore_page p JOIN blog_blogpage b ON b.page_ptr_id = p.id "
        "WHERE p.live ORDER BY p.path LIMIT 1",
    )[0][0]
    bread = sql(
        database,
        "SELECT slug FROM wagtailcore_page p JOIN breads_breadpage b ON b.page_ptr_id = p.id "
        "WHERE p.live ORDER BY p.path LIMIT 1",
    )[0][0]
    blog_tag = sql(
        database,
        "SELECT t.slug FROM taggit_tag t JOIN blog_blogpagetag bt ON bt.tag_id = t.id "
        "GROUP BY t.slug ORDER BY count(*) DESC, t.slug LIMIT 1",
    )[0][0]
    names = {"blog_post": blog_post + "/", "bread": bread + "/", "blog_tag": blog_tag}
    return [path.format(**names) for _, _, path in PAGES]


def compare(childhub, bakerydemo, a_paths, b_paths, rounds, warmup=20):
    """Per page type and way: ChildHub's times, bakerydemo's, and their per-round ratios."""
    ways = (("uncached", True), ("cached", False))
    for a, b in zip(a_paths, b_paths, strict=True):
        for _way, cookie in ways:
            for site, path in ((childhub, a), (bakerydemo, b)):
                _ms, status, _headers = site.get(path, cookie)
                assert status == 200, (site.name, path, status)
    for _ in range(warmup):
        for a, b in zip(a_paths, b_paths, strict=True):
            for _way, cookie in ways:
                childhub.get(a, cookie)
                bakerydemo.get(b, cookie)
    results = {(page, way): ([], [], []) for page in a_paths for way, _ in ways}
    cache_status = {}
    for _ in range(rounds):
        for a, b in zip(a_paths, b_paths, strict=True):
            for way, cookie in ways:
                x, status_a, headers = childhub.get(a, cookie)
                y, status_b, _headers = bakerydemo.get(b, cookie)
                assert status_a == status_b == 200, (a, status_a, b, status_b)
                cache_status.setdefault((a, way), set()).add(headers.get("X-Page-Cache", "-"))
                ta, tb, ratios = results[(a, way)]
                ta.append(x)
                tb.append(y)
                ratios.append(x / y)
    return results, cache_status


def p95(values):
    return sorted(values)[int(0.95 * len(values)) - 1]


def report(results, cache_status, a_paths, b_paths):
    over = []
    for way in ("uncached", "cached"):
        log(f"\n{way}: ChildHub {'with' if way == 'uncached' else 'without'} a session cookie")
        log(
            f"{'page type':<22} {'ChildHub ms (median/p95)':>25} {'bakerydemo ms':>15} "
            f"{'ratio':>6}  page cache  ChildHub path | bakerydemo path"
        )
        for (name, _a, _b), a, b in zip(PAGES, a_paths, b_paths, strict=True):
            ta, tb, ratios = results[(a, way)]
            ratio = statistics.median(ratios)
            status = ",".join(sorted(cache_status[(a, way)]))
            log(
                f"{name:<22} {statistics.median(ta):>15.1f}/{p95(ta):>6.1f} "
                f"{statistics.median(tb):>8.1f}/{p95(tb):>6.1f} {ratio:>6.2f}  {status:<10}  "
                f"{a} | {b}"
            )
            if way == "uncached" and ratio > BUDGET:
                over.append((name, ratio))
    return over


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bakerydemo", type=Path, default=os.environ.get("BAKERYDEMO_DIR"))
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--childhub-database", default="childhub_bench_compare")
    parser.add_argument("--bakerydemo-database", default="bakerydemo_bench_compare")
    args = parser.parse_args()
    if args.bakerydemo is None or not (args.bakerydemo / "bakerydemo" / "settings").is_dir():
        parser.error("--bakerydemo (or BAKERYDEMO_DIR): a checkout of wagtail/bakerydemo")
    checkout = args.bakerydemo.resolve()
    if checkout.is_relative_to(ROOT):
        parser.error("keep the bakerydemo checkout outside this repository")
    redis_binary = shutil.which("redis-server")
    if redis_binary is None:
        parser.error("redis-server is not installed (apt-get install redis-server)")
    work = ROOT / "var" / "bench-compare"
    work.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        redis_port, childhub_port, bakerydemo_port = free_port(), free_port(), free_port()
        redis = start(
            stack,
            [redis_binary, "--port", str(redis_port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no"],
            work,
            clean_environ(),
            work / "redis.log",
        )
        wait_for_port(redis_port, process=redis)
        childhub_environ = {
            **clean_environ(),
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "bench-compare-secret-" + "k" * 50,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SITE_URL": f"http://127.0.0.1:{childhub_port}",
            "DATABASE_URL": psql_url(args.childhub_database),
            "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
            "MEDIA_ROOT": str(work / "media"),
            "STATIC_ROOT": str(work / "static"),
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "LOG_LEVEL": "WARNING",
        }
        bakerydemo_environ = {
            **clean_environ(),
            "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
            "DJANGO_SECRET_KEY": "bench-compare-secret-" + "b" * 50,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": psql_url(args.bakerydemo_database),
            "REDIS_URL": f"redis://127.0.0.1:{redis_port}",  # it appends /0 and /1
            "SECURE_SSL_REDIRECT": "false",
            "DJANGO_LOG_LEVEL": "WARNING",
        }
        log(f"set-up: logs in {work}")
        python = prepare_bakerydemo(
            checkout, args.bakerydemo_database, bakerydemo_environ, work / "bakerydemo.log"
        )
        prepare_childhub(args.childhub_database, childhub_environ, work / "childhub.log")
        gunicorn = ["--workers", "2", "--bind"]
        childhub_server = start(
            stack,
            [str(BIN / "gunicorn"), "config.wsgi", *gunicorn, f"127.0.0.1:{childhub_port}"],
            ROOT,
            childhub_environ,
            work / "childhub.log",
        )
        worker = start(
            stack,
            [sys.executable, "manage.py", "db_worker", "--interval", "0.5"],
            ROOT,
            childhub_environ,
            work / "childhub.log",
        )
        bakerydemo_server = start(
            stack,
            [str(python.parent / "gunicorn"), "bakerydemo.wsgi", *gunicorn]
            + [f"127.0.0.1:{bakerydemo_port}"],
            checkout,
            bakerydemo_environ,
            work / "bakerydemo.log",
        )
        wait_for_port(childhub_port, timeout=60, process=childhub_server)
        wait_for_port(bakerydemo_port, timeout=60, process=bakerydemo_server)
        wait_for_empty_queue(args.childhub_database, worker)
        a_paths = childhub_paths(args.childhub_database)
        b_paths = bakerydemo_paths(args.bakerydemo_database)
        childhub = Site("ChildHub", childhub_port)
        bakerydemo = Site("bakerydemo", bakerydemo_port)
        ratios = {}
        for number in range(1, args.runs + 1):
            load = os.getloadavg()
            log(
                f"\nrun {number}/{args.runs}: {args.rounds} rounds, interleaved; load average "
                f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
            )
            results, cache_status = compare(childhub, bakerydemo, a_paths, b_paths, args.rounds)
            over = report(results, cache_status, a_paths, b_paths)
            load = os.getloadavg()
            log(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
            for (name, _a, _b), a in zip(PAGES, a_paths, strict=True):
                for way in ("uncached", "cached"):
                    ratios.setdefault((name, way), []).append(
                        statistics.median(results[(a, way)][2])
                    )
            log("over budget (uncached, > 0.8): " + (", ".join(n for n, _r in over) or "none"))
        if args.runs > 1:
            log(f"\nper-round median ratios ChildHub/bakerydemo over {args.runs} runs")
            for name, _a, _b in PAGES:
                cells = [
                    f"{way} {min(ratios[(name, way)]):.2f}–{max(ratios[(name, way)]):.2f}"
                    for way in ("uncached", "cached")
                ]
                log(f"{name:<22} " + "   ".join(cells))


if __name__ == "__main__":
    main()
