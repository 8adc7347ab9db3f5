"""Load the multilingual demo content. Idempotent: what exists is left as it is."""

import logging
from datetime import datetime, time
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.html import escape
from django.utils.module_loading import module_has_submodule
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import Translation, TranslationSource

from home.demo import content
from home.demo.images import illustration
from home.demo.sections import SECTIONS
from home.demo.users import DEMO_PASSWORD, ensure_demo_users
from home.locales import ensure_locales_and_groups
from home.models import (
    Audience,
    Country,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ResourceType,
    SiteSettings,
    StandardPage,
    Topic,
)
from home.sites import apply_site_url, default_site_address
from home.translations import translate_page


def paragraphs(texts):
    return [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in texts]


class Command(BaseCommand):
    help = "Load the multilingual demo content (taxonomy, pages, translations, users)."

    def handle(self, *args, **options):
        # Wagtail logs every page it creates and publishes: hundreds of lines here.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        # The reference index is rebuilt once at the end: no task per save (426 of them, some
        # for pages deleted before a worker could run them, such as Wagtail's welcome page).
        # The app demos are left out: the library's importer switches it off itself, and
        # Wagtail's switch does not nest.
        with transaction.atomic():
            with disable_reference_index_auto_update():
                ensure_locales_and_groups()
                self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
                self.load_taxonomy()
                home = self.load_pages()
            self.load_app_demos()
            with disable_reference_index_auto_update():
                self.feature_publications(home)
                call_command("sync_locale_trees")
                ensure_locales_and_groups()  # grants the editor groups their new trees
                self.load_users()
                apply_site_url()
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {home.title}"))

    # Taxonomy -----------------------------------------------------------------------------
    def load_taxonomy(self):
        for model, terms in (
            (Topic, content.TOPICS),
            (Country, content.COUNTRIES),
            (ResourceType, content.RESOURCE_TYPES),
            (Audience, content.AUDIENCES),
        ):
            for term in terms:
                self.load_term(model, term, parent=None)

    def load_term(self, model, term, parent):
        extra = {"iso_code": term["iso"]} if "iso" in term else {}
        source = self.term_in(model, term, "en", parent, extra, translation_key=None)
        for code, locale in self.locales.items():
            if code != "en" and code in term["names"]:
                local_parent = parent.get_translation_or_none(locale) if parent else None
                self.term_in(model, term, code, local_parent, extra, source.translation_key)
        for child in term.get("children", []):
            self.load_term(model, child, parent=source)

    def term_in(self, model, term, code, parent, extra, translation_key):
        fields = {"name": term["names"][code], **extra}
        if model is Topic:
            fields["parent"] = parent
        if translation_key:
            fields["translation_key"] = translation_key
        found, _created = model.objects.get_or_create(
            locale=self.locales[code], slug=term["slug"], defaults=fields
        )
        return found

    # Pages --------------------------------------------------------------------------------
    def load_pages(self):
        en = self.locales["en"]
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=en, depth=2).first()
        if home is None:
            home = self.replace_wagtail_welcome_page(
                root,
                lambda: root.add_child(
                    instance=HomePage(locale=en, slug="home", **self.home_fields("en"))
                ),
            )
        # The "ask an expert" call leads to its page, which must exist before the call can.
        ask = self.load_site_page(home, "ask_expert")
        self.link_call_to_action(home, ask)
        for code in ("sq", "sh", "ro"):
            self.translate(home, code, self.home_fields(code))
        self.translate_site_page(ask, "ask_expert")

        # The section apps build on home, so home names their models without importing them.
        sections = [
            (NewsIndexPage, "news"),
            (apps.get_model("library", "LibraryPage"), "library"),
            (apps.get_model("academy", "CourseIndexPage"), "academy"),
            (apps.get_model("advocacy", "AdvocacyIndexPage"), "advocacy"),
        ]
        news_index = None
        for model, key in sections:
            title, intro = SECTIONS[key]["en"]
            page = self.child(home, model, key, title=title, intro=intro, show_in_menus=True)
            for code in self.locales:
                if code != "en":
                    title, intro = SECTIONS[key][code]
                    self.translate(page, code, {"title": title, "intro": intro})
            if model is NewsIndexPage:
                news_index = page

        about_page = self.child(
            home, StandardPage, "about", show_in_menus=True, **self.about_fields("en")
        )
        for code in content.ABOUT:
            if code != "en":
                fields = {**self.about_fields(code), "slug": content.ABOUT[code]["slug"]}
                self.translate(about_page, code, fields)
        pages = {"about": about_page, "ask_expert": ask}
        for key in content.SITE_PAGES:
            if key not in pages:
                pages[key] = self.load_site_page(home, key)
                self.translate_site_page(pages[key], key)
        self.load_site_settings(pages)

        for item in content.NEWS:
            article = self.load_news(news_index, item)
            for code, text in item["translations"].items():
                if code != "en":
                    self.translate(article, code, self.news_fields(text))
        return home

    def load_site_page(self, home, key):
        fields = self.site_page_fields(key, "en")
        return self.child(home, StandardPage, fields.pop("slug"), **fields)

    def translate_site_page(self, page, key):
        for code in content.SITE_PAGES[key]:
            if code != "en":
                self.translate(page, code, self.site_page_fields(key, code))

    @staticmethod
    def site_page_fields(key, code):
        text = content.SITE_PAGES[key][code]
        return {
            "title": text["title"],
            "slug": text["slug"],
            "intro": text["intro"],
            "body": paragraphs(text["paragraphs"]),
        }

    @staticmethod
    def link_call_to_action(home, page):
        """The home page's "ask an expert" call leads to ``page`` (unless it leads somewhere)."""
        home = home.specific
        calls = [block for block in home.sections if block.block_type == "call_to_action"]
        if not calls or any(block.value["page"] for block in calls):
            return
        calls[0].value["page"] = page
        home.save_revision().publish()

    def feature_publications(self, home):
        """Three publications with several language editions, featured on the home page in
        every language the home page is translated into."""
        home = HomePage.objects.get(pk=home.pk)
        featured = [block for block in home.sections if block.block_type == "featured_publications"]
        if not featured or len(featured[0].value["publications"]):
            return
        publications = apps.get_model("library", "PublicationPage")
        chosen = list(
            publications.objects.live()
            .filter(locale=home.locale)
            .annotate(editions=Count("files"))
            .filter(editions__gt=1)
            .order_by("-publication_date", "pk")[:3]
        )
        featured[0].value["publications"] = chosen
        home.save_revision().publish()
        # The translations take the new choice (a page reference, not a string to translate).
        source, _created = TranslationSource.update_or_create_from_instance(home)
        for translation in Translation.objects.filter(source=source, enabled=True):
            translation.save_target(publish=False)
            home.get_translation(translation.target_locale).get_latest_revision().publish()

    @staticmethod
    def load_site_settings(pages):
        site = Site.objects.get(is_default_site=True)
        settings_ = SiteSettings.for_site(site)
        changed = False
        for key, page in pages.items():
            if getattr(settings_, f"{key}_page_id") is None:
                setattr(settings_, f"{key}_page", page)
                changed = True
        if not settings_.contact_email:
            settings_.contact_email = "contact@childhub.example.org"
            changed = True
        if changed:
            settings_.save()

    def load_app_demos(self):
        """Each app may add its own demo content: a ``demo`` module with ``load_demo()``."""
        for app_config in apps.get_app_configs():
            if app_config.name == "home" or not module_has_submodule(app_config.module, "demo"):
                continue
            demo = import_module(f"{app_config.name}.demo")
            if hasattr(demo, "load_demo"):
                self.stdout.write(f"{app_config.verbose_name}: {demo.load_demo(self.stdout)}")

    @staticmethod
    def replace_wagtail_welcome_page(root, make_home):
        """Wagtail's install leaves a plain "Welcome" page (and its aliases) at the root."""
        for page in root.get_children().filter(content_type__model="page"):
            page.delete()
        home = make_home()
        hostname, port = default_site_address()
        site = Site.objects.filter(is_default_site=True).first() or Site(
            is_default_site=True, hostname=hostname, port=port
        )
        site.root_page = home
        site.site_name = "ChildHub"
        site.save()
        return home

    def child(self, parent, model, slug, **fields):
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = parent.add_child(instance=model(slug=slug, locale=parent.locale, **fields))
        page.save_revision().publish()
        return page

    def translate(self, source, code, fields):
        return translate_page(source, self.locales[code], fields)

    def load_news(self, news_index, item):
        text = item["translations"]["en"]
        existing = NewsPage.objects.child_of(news_index).filter(slug=item["slug"]).first()
        if existing:
            return existing
        published = timezone.make_aware(datetime.combine(item["date"], time(9, 0)))
        article = news_index.add_child(
            instance=NewsPage(
                slug=item["slug"],
                locale=news_index.locale,
                date=item["date"],
                image=illustration(text["title"]),
                first_published_at=published,
                **self.news_fields(text),
            )
        )
        article.topics.set(Topic.objects.filter(locale=news_index.locale, slug__in=item["topics"]))
        article.countries.set(
            Country.objects.filter(locale=news_index.locale, slug__in=item["countries"])
        )
        article.save_revision().publish()
        return article

    # Field sets ---------------------------------------------------------------------------
    @staticmethod
    def home_fields(code):
        text = content.HOME[code]
        return {
            "title": text["title"],
            "hero_title": text["hero_title"],
            "hero_intro": text["hero_intro"],
            "sections": [
                ("featured_publications", {"heading": text["featured"], "publications": []}),
                ("newest_publications", {"heading": text["newest"], "count": 4}),
                ("topics", {"heading": text["topics"]}),
                ("latest_news", {"heading": SECTIONS["news"][code][0], "count": 3}),
                (
                    "call_to_action",
                    {
                        "title": text["expert_call_title"],
                        "text": text["expert_call_text"],
                        "page": None,
                        "link_text": text["expert_link"],
                    },
                ),
            ],
        }

    @staticmethod
    def about_fields(code):
        text = content.ABOUT[code]
        return {
            "title": text["title"],
            "intro": text["intro"],
            "body": paragraphs(text["paragraphs"]),
        }

    @staticmethod
    def news_fields(text):
        return {
            "title": text["title"],
            "summary": text["summary"],
            "body": paragraphs(text["paragraphs"]),
        }

    # Users --------------------------------------------------------------------------------
    def load_users(self):
        for user, created in ensure_demo_users():
            state = "created" if created else "exists, password unchanged"
            self.stdout.write(f"  {user.username:<12} password “{DEMO_PASSWORD}” ({state})")
        self.stdout.write(f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/")
