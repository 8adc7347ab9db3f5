"""Deployment settings, security headers and error pages."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import RequestFactory, TestCase, override_settings
from django.utils import translation

from config.settings.base import machine_translator
from home.views import server_error
from tests.builders import build_site

ROOT = Path(__file__).resolve().parent.parent


def test_deploy_check_is_clean_under_production_settings():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
        "ALLOWED_HOSTS": "childhub.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.production"}
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_machine_translator_follows_the_environment():
    assert machine_translator({}) is None
    deepl = machine_translator({"DEEPL_API_KEY": "key:fx"})
    assert deepl["CLASS"].endswith("deepl.DeepLTranslator")
    assert deepl["OPTIONS"]["AUTH_KEY"] == "key:fx"
    libre = machine_translator({"LIBRETRANSLATE_URL": "http://127.0.0.1:5000"})
    assert libre["CLASS"].endswith("libretranslate.LibreTranslator")


def test_tests_use_the_dummy_machine_translator(settings):
    from wagtail_localize.machine_translators import get_machine_translator

    translator = get_machine_translator()
    assert type(translator).__name__ == "DummyTranslator"
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["CLASS"].endswith("DummyTranslator")


class SecurityHeaderAndErrorPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()

    def test_public_pages_send_a_strict_content_security_policy(self):
        response = self.client.get("/en/")
        policy = response["Content-Security-Policy"]
        self.assertIn("default-src 'self'", policy)
        self.assertIn("script-src 'self';", policy)
        self.assertNotIn("unsafe-inline", policy)
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")

    def test_not_found_page_is_localized_and_styled(self):
        response = self.client.get("/sq/no-such-page/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, '<html lang="sq"', status_code=404)
        self.assertContains(response, "/static/css/childhub.css", status_code=404)
        with translation.override("sq"):
            heading = translation.gettext("Page not found")
        self.assertNotEqual(heading, "Page not found")
        self.assertContains(response, heading, status_code=404)

    @override_settings(DEBUG_PROPAGATE_EXCEPTIONS=False)
    def test_server_error_page_is_localized(self):
        with translation.override("ro"):
            response = server_error(RequestFactory().get("/ro/"))
            heading = translation.gettext("Something went wrong")
        self.assertNotEqual(heading, "Something went wrong")
        self.assertEqual(response.status_code, 500)
        self.assertIn('lang="ro"', response.content.decode())
        self.assertIn(heading, response.content.decode())
