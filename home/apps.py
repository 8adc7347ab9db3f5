from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Locale
        from wagtail.signals import page_published, post_page_move
        from wagtail_localize.models import StringTranslation

        from .locales import LOCALES, sync_locales_after_migrate
        from .models.settings import SiteSettings, bump_site_settings
        from .models.taxonomy import TAXONOMY, TERM_MODELS
        from .navigation import connect_signals
        from .page_cache import SERVED_PAGES, purge_moved_page
        from .tasks import sync_translations_on_publish
        from .translations import slug_follows_title
        from .workflows import approve_review_on_publish

        post_migrate.connect(sync_locales_after_migrate, sender=self)
        for signal in (post_save, post_delete):
            signal.connect(LOCALES.bump, sender=Locale, weak=False)
            for model in TERM_MODELS:
                signal.connect(TAXONOMY.bump, sender=model, weak=False)
            signal.connect(bump_site_settings, sender=SiteSettings, weak=False)
            # Cached pages show a document's size and pages, an image's renditions and text.
            for model in (get_document_model(), get_image_model()):
                signal.connect(SERVED_PAGES.bump, sender=model, weak=False)
        post_page_move.connect(purge_moved_page, weak=False)
        connect_signals()
        page_published.connect(sync_translations_on_publish, dispatch_uid="sync_translations")
        page_published.connect(approve_review_on_publish, dispatch_uid="approve_review_on_publish")
        post_save.connect(slug_follows_title, sender=StringTranslation, weak=False)
