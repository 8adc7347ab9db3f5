"""The hostile-input sweep: every public URL, with every parameter it reads, given what an
attacker or a broken client sends — NUL bytes, invalid UTF-8, huge values, Unicode digits,
repeated parameters, unknown slugs, other scripts, markup. No response is a server error, and
no payload comes back unescaped in a page.

The site is built once for the module (in a transaction rolled back at its end); each request
goes through the test client."""

import datetime
from urllib.parse import quote

import pytest
from django.db import transaction
from django.test import TestCase
from wagtail.models import Page

from home.factories import CountryFactory, NewsPageFactory, TopicFactory
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from tests.builders import build_site, sync_trees

LOCALES = ["en", "sq", "bg", "hu", "ro", "sh", "ru", "uk"]
SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><svg onload=alert(1)>'
# Values as they go into the query string (already percent-encoded where needed).
HOSTILE_VALUES = {
    "nul": "%00",
    "nul-inside": "care%00x",
    "invalid-utf8": "%ff%fe",
    "huge": "x" * 10_000,
    "huge-number": "1" + "0" * 30,
    "huge-page": "99999999999",
    "negative": "-1",
    "float": "1e9",
    "superscript-digits": quote("²⁰²⁴"),
    "arabic-indic-digits": quote("٢٠٢٤"),
    "fullwidth-digits": quote("２０２４"),
    "year-zero": "0000",
    "year-9999": "9999",
    "unknown-slug": "no-such-thing",
    "other-scripts": quote("中文 العربية 😀 Ελληνικά"),
    "script": quote(SCRIPT),
    "attribute": quote(ATTRIBUTE),
    "sql": quote("' OR 1=1 --"),
    "percent": "%25",
    "control": "%1b%07%7f",
}
PAYLOADS = [SCRIPT, ATTRIBUTE, "<svg onload"]

NEWS = ["topic", "country", "page"]
LIBRARY = ["type", "topic", "country", "audience", "language", "year", "sort", "page", "english"]
SEARCH = ["q", "kind", *LIBRARY]


@pytest.fixture(scope="module")
def urls(django_db_setup, django_db_blocker):
    """{name: (path, the parameters it reads)} for every public URL of a small site."""
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):  # the search index
            found = build()
        yield found
        transaction.set_rollback(True)


def build():
    site = build_site()
    care = TopicFactory(name="Foster care", slug="care")
    albania = CountryFactory(name="Albania", slug="albania")
    article = NewsPageFactory(
        parent=site.news, title="Care news", topics=[care], countries=[albania]
    )
    library = LibraryPageFactory(parent=site.home)
    document = LibraryDocumentFactory()
    publication = PublicationPageFactory(
        parent=library,
        title="Care study",
        publication_date=datetime.date(2024, 5, 1),
        terms={"topics": [care], "countries": [albania]},
        editions=[("en", document)],
    )
    sync_trees()
    found = {f"home-{code}": (f"/{code}/", ["from"]) for code in LOCALES}
    found["root"] = ("/", [])
    for code in ("en", "sq", "ru"):
        news = local(site.news, code)
        books = local(library, code)
        found[f"news-{code}"] = (news.url, NEWS)
        found[f"news-feed-{code}"] = (f"{news.url}feed/", NEWS)
        found[f"library-{code}"] = (books.url, LIBRARY)
        found[f"library-atom-{code}"] = (f"{books.url}feed/atom/", LIBRARY)
        found[f"library-rss-{code}"] = (f"{books.url}feed/rss/", LIBRARY)
        found[f"search-{code}"] = (f"/{code}/search/", SEARCH)
        found[f"suggest-{code}"] = (f"/{code}/search/suggest/", ["q"])
    found["article"] = (article.url, [])
    found["about"] = (site.about.url, [])
    found["publication"] = (publication.url, [])
    found["publication-ru"] = (local(publication, "ru").url, [])
    found["bibtex"] = (f"{publication.url}cite/bibtex/", [])
    found["ris"] = (f"{publication.url}cite/ris/", [])
    found["document"] = (document.url, [])
    found["sitemap"] = ("/sitemap.xml", [])
    found["healthz"] = ("/healthz", [])
    found["robots"] = ("/robots.txt", [])
    found["admin-login"] = ("/admin/login/", ["next"])
    found["django-admin-login"] = ("/django-admin/login/", ["next"])
    found["unknown"] = ("/en/no-such-page/", [])
    found["unknown-locale"] = ("/xx/", [])
    return found


def local(page, code):
    if code == "en":
        return page
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code)


def assert_safe(response, url):
    assert response.status_code < 500, (url[:200], response.status_code)
    content_type = response.get("Content-Type", "")
    if response.streaming or "json" in content_type:
        return  # a file or JSON: no browser renders it as a page (nosniff)
    body = response.content.decode("utf-8", errors="replace")
    for payload in PAYLOADS:
        assert payload not in body, (url, payload)


URL_NAMES = (
    [f"home-{code}" for code in LOCALES]
    + ["root", "article", "about", "publication", "publication-ru", "bibtex", "ris", "document"]
    + ["sitemap", "healthz", "robots", "admin-login", "django-admin-login"]
    + ["unknown", "unknown-locale"]
    + [
        f"{family}-{code}"
        for code in ("en", "sq", "ru")
        for family in (
            "news",
            "news-feed",
            "library",
            "library-atom",
            "library-rss",
            "search",
            "suggest",
        )
    ]
)


@pytest.mark.django_db
@pytest.mark.parametrize("name", URL_NAMES)
def test_hostile_parameter_values(client, urls, name):
    """Every parameter the URL reads, and one it does not, set to each hostile value, repeated
    around a valid-looking value (a view reading one value reads the last, the hostile one)."""
    path, params = urls[name]
    for raw in HOSTILE_VALUES.values():
        query = "&".join(f"{param}={raw}&{param}=2024&{param}={raw}" for param in params)
        url = f"{path}?{query}&unknown={raw}"
        assert_safe(client.get(url), url[:200])


HOSTILE_SEGMENTS = ["%00", "%ff%fe", "x" * 5_000, quote(SCRIPT), quote("中文"), "..%2f..%2f"]


@pytest.mark.django_db
@pytest.mark.parametrize("segment", HOSTILE_SEGMENTS, ids=lambda segment: segment[:12])
@pytest.mark.parametrize(
    "name", ["home-en", "home-sq", "news-en", "library-ru", "publication", "search-en"]
)
def test_hostile_path_segments(client, urls, name, segment):
    path, _params = urls[name]
    url = f"{path}{segment}/"
    assert_safe(client.get(url), url)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/documents/0/x.pdf",
        "/documents/99999999999999999999/x.pdf",
        "/documents/1/%00.pdf",
        "/documents/1/%ff%fe.pdf",
        f"/documents/1/{quote(SCRIPT)}.pdf",
        "/%ff/",
        "/en/%00",
        f"/{'x' * 5000}/",
    ],
)
def test_hostile_document_and_root_paths(client, urls, url):
    assert_safe(client.get(url), url)


@pytest.mark.django_db
def test_thousands_of_parameters(client, urls):
    path, _params = urls["library-en"]
    response = client.get(f"{path}?" + "&".join(f"topic={index}" for index in range(3000)))
    assert response.status_code == 200
    too_many = f"{path}?" + "&".join(f"year={index}" for index in range(20_000))
    assert client.get(too_many).status_code == 400  # DATA_UPLOAD_MAX_NUMBER_FIELDS
