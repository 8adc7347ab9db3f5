from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from .models import ExtractionStatus, LibraryDocument
        from .tasks import enqueue_extraction

        def extract_when_pending(sender, instance, **kwargs):
            if instance.extraction_status == ExtractionStatus.PENDING and instance.file:
                enqueue_extraction(instance)

        post_save.connect(extract_when_pending, sender=LibraryDocument, weak=False)

        # The library listing caches the ids in scope, their orders, the ids per facet value
        # and the facet counts over them (library/listing.py); any change to a publication,
        # its editions or its terms invalidates them.
        from django.db.models.signals import m2m_changed, post_delete
        from wagtail.signals import page_published, page_unpublished

        from .listing import LIBRARY_DATA
        from .models import PublicationFile, PublicationPage

        for signal in (page_published, page_unpublished, post_delete, post_save):
            signal.connect(LIBRARY_DATA.bump, sender=PublicationPage, weak=False)
        for signal in (post_delete, post_save):
            signal.connect(LIBRARY_DATA.bump, sender=PublicationFile, weak=False)
        for relation in ("topics", "countries", "audiences"):
            through = getattr(PublicationPage, relation).through
            m2m_changed.connect(LIBRARY_DATA.bump, sender=through, weak=False)
        # The private collections, whose files' first pages the cards never show
        # (library/cards.py), are cached with the library's data.
        from wagtail.models import Collection, CollectionViewRestriction

        for signal in (post_delete, post_save):
            for model in (Collection, CollectionViewRestriction):
                signal.connect(LIBRARY_DATA.bump, sender=model, weak=False)
