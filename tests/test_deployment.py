"""Deployment settings that an operator sets from the environment: Redis, media, the public
address (SITE_URL), plain-HTTP sign-in, compression and error reports."""

import gzip
import json
import logging
import logging.config
import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import path
from wagtail.images import get_image_model
from wagtail.models import Site

from config.logs import JsonFormatter, production_logging
from config.settings.base import media_storage
from home.demo.images import illustration
from home.factories import NewsPageFactory
from home.sites import apply_site_url, site_address
from library.factories import LibraryPageFactory, PublicationPageFactory
from tests.builders import build_site
from tests.services import redis_server

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "ALLOWED_HOSTS": "childhub.example.org",
}


def production_shell(code, **environ):
    """Run ``code`` in ``manage.py shell`` under production settings; its printed output."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env={**os.environ, **PRODUCTION, **environ},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


# --- Redis ---------------------------------------------------------------------------------
def test_redis_url_gives_a_working_redis_cache():
    with redis_server() as url:
        output = production_shell(
            "from django.core.cache import caches; cache = caches['default']; "
            "cache.set('k', 'v', 30); "
            "print(type(cache).__name__, cache.get('k'))",
            REDIS_URL=url,
        )
    assert output == "RedisCache v"


# --- Settings read from the environment ----------------------------------------------------
def test_cookies_are_secure_unless_the_operator_switches_it_off_for_plain_http():
    code = "from django.conf import settings as s; "
    code += "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)"
    assert production_shell(code) == "True True"
    assert production_shell(code, SECURE_COOKIES="false") == "False False"


def test_site_url_is_the_admin_base_url_and_admins_come_from_the_environment():
    output = production_shell(
        "from django.conf import settings as s; print(s.WAGTAILADMIN_BASE_URL); print(s.ADMINS)",
        SITE_URL="https://childhub.example.org/",
        ADMINS="Ana Popescu <ana@example.org>, ops@example.org",
    )
    assert output.splitlines() == [
        "https://childhub.example.org",
        "[('Ana Popescu', 'ana@example.org'), ('ops@example.org', 'ops@example.org')]",
    ]


def test_media_go_to_an_s3_bucket_when_one_is_named():
    assert media_storage({})["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    storage = media_storage(
        {
            "AWS_STORAGE_BUCKET_NAME": "childhub-media",
            "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
            "AWS_S3_REGION_NAME": "eu-central-1",
        }
    )
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"] == {
        "bucket_name": "childhub-media",
        "endpoint_url": "https://s3.example.org",
        "region_name": "eu-central-1",
        "querystring_auth": False,  # images are public URLs the browser caches
        "file_overwrite": False,
        "default_acl": None,
    }


def test_site_address_reads_host_and_port():
    assert site_address("https://childhub.example.org") == ("childhub.example.org", 443)
    assert site_address("http://10.0.0.5:8080") == ("10.0.0.5", 8080)


# --- The public address in absolute URLs -----------------------------------------------------
@override_settings(SITE_URL="https://childhub.example.org")
class SiteUrlTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        NewsPageFactory(parent=cls.site.news, title="Grooming alert", slug="grooming-alert")
        library = LibraryPageFactory(parent=cls.site.home)
        cls.publication = PublicationPageFactory(parent=library, title="A study")

    def test_migrate_gives_the_default_site_the_address_of_site_url(self):
        call_command("migrate", verbosity=0)
        site = Site.objects.get(is_default_site=True)
        self.assertEqual((site.hostname, site.port), ("childhub.example.org", 443))

    def test_sitemap_feed_and_json_ld_name_the_public_address(self):
        apply_site_url()
        sitemap = self.client.get("/sitemap.xml").content.decode()
        self.assertIn("<loc>https://childhub.example.org/en/news/</loc>", sitemap)
        self.assertNotIn("localhost", sitemap)
        feed = self.client.get("/en/news/feed/").content.decode()
        self.assertIn('href="https://childhub.example.org/en/news/grooming-alert/"', feed)
        html = self.client.get(self.publication.url).content.decode()
        payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        self.assertEqual(json.loads(payload.group(1))["url"], self.publication.full_url)
        self.assertTrue(self.publication.full_url.startswith("https://childhub.example.org/"))


# --- Media ---------------------------------------------------------------------------------
class MediaTests(TestCase):
    def test_renditions_are_served_with_cache_headers(self):
        rendition = illustration("A served picture").get_rendition("fill-320x180")
        self.assertTrue(rendition.url.startswith("/media/images/"))
        response = self.client.get(rendition.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "image/png")
        self.assertIn("max-age=86400", response["Cache-Control"])
        self.assertIn("public", response["Cache-Control"])
        body = b"".join(response.streaming_content)
        self.assertEqual(body[:8], b"\x89PNG\r\n\x1a\n")
        again = self.client.get(rendition.url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
        self.assertEqual(again.status_code, 304)

    def test_documents_and_paths_outside_the_images_are_not_served(self):
        image = illustration("Another picture")
        self.assertEqual(self.client.get(f"/media/{image.file.name}").status_code, 200)
        documents = Path(settings.MEDIA_ROOT) / "documents"
        documents.mkdir(exist_ok=True)
        (documents / "private.pdf").write_bytes(b"%PDF-1.4 private")
        self.assertEqual(self.client.get("/media/documents/private.pdf").status_code, 404)
        self.assertEqual(self.client.get("/media/images/../documents/private.pdf").status_code, 404)
        self.assertEqual(
            self.client.get("/media/images/%2e%2e/documents/private.pdf").status_code, 404
        )
        self.assertNotEqual(self.client.get("/media/images/").status_code, 200)  # no listing
        get_image_model().objects.all().delete()


# --- Compression ---------------------------------------------------------------------------
class CompressionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()

    def test_public_pages_are_gzipped_for_anonymous_readers(self):
        response = self.client.get("/en/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertIn("Accept-Encoding", response["Vary"])
        self.assertIn(b"<html", gzip.decompress(response.content))

    def test_nothing_holding_a_secret_is_compressed(self):
        login = self.client.get("/admin/login/", HTTP_ACCEPT_ENCODING="gzip")
        self.assertContains(login, "csrfmiddlewaretoken")
        self.assertFalse(login.has_header("Content-Encoding"))
        self.client.cookies[settings.SESSION_COOKIE_NAME] = "a-signed-in-visitor"
        page = self.client.get("/en/", HTTP_ACCEPT_ENCODING="gzip")
        self.assertEqual(page.status_code, 200)
        self.assertFalse(page.has_header("Content-Encoding"))


# --- Error reports -------------------------------------------------------------------------
def broken_view(request):
    raise RuntimeError("the disk is full")


urlpatterns = [path("broken/", broken_view)]
handler500 = "home.views.server_error"


@override_settings(
    ROOT_URLCONF=__name__,
    ADMINS=[("Ops", "ops@example.org")],
    EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
)
class ErrorReportTests(TestCase):
    def setUp(self):
        self.stderr = StringIO()
        logging.config.dictConfig(production_logging("INFO"))
        logging.getLogger().handlers[0].setStream(self.stderr)
        self.addCleanup(logging.config.dictConfig, settings.LOGGING)

    def test_a_server_error_is_logged_as_one_json_line_and_mailed_to_the_admins(self):
        self.client.raise_request_exception = False
        response = self.client.get("/broken/")
        self.assertEqual(response.status_code, 500)
        lines = [json.loads(line) for line in self.stderr.getvalue().splitlines()]
        error = next(line for line in lines if line["logger"] == "django.request")
        self.assertEqual((error["level"], error["status"]), ("ERROR", 500))
        self.assertEqual((error["method"], error["path"]), ("GET", "/broken/"))
        self.assertIn("RuntimeError: the disk is full", error["exception"])
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["ops@example.org"])
        self.assertIn("/broken/", mail.outbox[0].subject)

    def test_the_error_page_says_what_happened_to_the_error(self):
        self.client.raise_request_exception = False
        response = self.client.get("/broken/", HTTP_ACCEPT_LANGUAGE="hu")
        self.assertNotContains(response, "has been reported", status_code=500)
        self.assertContains(response, "adminisztrátorai", status_code=500)


def test_json_lines_carry_multi_line_messages_on_one_line():
    record = logging.LogRecord("library", logging.WARNING, __file__, 1, "a\nb", (), None)
    line = JsonFormatter().format(record)
    assert "\n" not in line
    assert json.loads(line)["message"] == "a\nb"
