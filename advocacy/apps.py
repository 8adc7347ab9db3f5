from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdvocacyConfig(AppConfig):
    name = "advocacy"
    verbose_name = _("Advocacy")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from .tasks import pdf_on_publish

        page_published.connect(pdf_on_publish, dispatch_uid="advocacy_pdf_on_publish")

        # The index's counts and country overview (advocacy/listing.py) are cached until a
        # brief or an initiative, or its terms, changes.
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.signals import page_unpublished

        from .listing import ADVOCACY_DATA
        from .models import AdvocacyInitiativePage, PolicyBriefPage

        for model in (PolicyBriefPage, AdvocacyInitiativePage):
            for signal in (page_published, page_unpublished, post_delete, post_save):
                signal.connect(ADVOCACY_DATA.bump, sender=model, weak=False)
            for relation in ("topics", "countries"):
                through = getattr(model, relation).through
                m2m_changed.connect(ADVOCACY_DATA.bump, sender=through, weak=False)
