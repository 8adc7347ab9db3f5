from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save
        from wagtail.models import Locale
        from wagtail.signals import page_published
        from wagtail_localize.models import StringTranslation

        from .locales import LOCALES, sync_locales_after_migrate
        from .models.taxonomy import TAXONOMY, TERM_MODELS
        from .navigation import connect_signals
        from .tasks import sync_translations_on_publish
        from .translations import slug_follows_title

        post_migrate.connect(sync_locales_after_migrate, sender=self)
        for signal in (post_save, post_delete):
            signal.connect(LOCALES.bump, sender=Locale, weak=False)
            for model in TERM_MODELS:
                signal.connect(TAXONOMY.bump, sender=model, weak=False)
        connect_signals()
        page_published.connect(sync_translations_on_publish, dispatch_uid="sync_translations")
        post_save.connect(slug_follows_title, sender=StringTranslation, weak=False)
