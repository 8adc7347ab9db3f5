from django.contrib.auth.models import Group
from django.test import TestCase, override_settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from config.middleware import normalise_accept_language
from home.locales import editor_group_name, ensure_locales_and_groups
from tests.builders import build_site

GREEK = [("en", _("English")), ("el", _("Greek"))]


class LocaleSetupTests(TestCase):
    def test_every_configured_language_has_a_locale_syncing_from_english(self):
        codes = set(Locale.objects.values_list("language_code", flat=True))
        self.assertEqual(codes, {"en", "sq", "bg", "hu", "ro", "sh", "ru", "uk"})
        synced = LocaleSynchronization.objects.filter(sync_from__language_code="en")
        self.assertEqual(synced.count(), 7)

    @override_settings(LANGUAGES=GREEK, WAGTAIL_CONTENT_LANGUAGES=GREEK)
    def test_adding_a_language_to_the_settings_is_enough(self):
        site = build_site()
        ensure_locales_and_groups()
        greek = Locale.objects.get(language_code="el")
        self.assertTrue(LocaleSynchronization.objects.filter(locale=greek).exists())
        self.assertTrue(Group.objects.filter(name=editor_group_name("el")).exists())
        greek_home = site.home.get_translation(greek)
        group = Group.objects.get(name=editor_group_name("el"))
        self.assertTrue(group.page_permissions.filter(page=greek_home).exists())


def test_regional_language_tags_map_to_site_languages():
    assert normalise_accept_language("hr-HR,hr;q=0.9,en;q=0.5") == "sh,sh;q=0.9,en;q=0.5"
    assert normalise_accept_language("sr-Latn-RS") == "sh"
    assert normalise_accept_language("mo") == "ro"
    assert normalise_accept_language("de-DE,de;q=0.8") == "de-DE,de;q=0.8"
