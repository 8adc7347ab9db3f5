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

        # The library listing caches which publications are in scope; any change to a
        # publication's visibility invalidates it.
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published, page_unpublished

        from .listing import bump_library_version
        from .models import PublicationFile, PublicationPage

        for signal in (page_published, page_unpublished, post_delete, post_save):
            signal.connect(bump_library_version, sender=PublicationPage, weak=False)
        for signal in (post_delete, post_save):
            signal.connect(bump_library_version, sender=PublicationFile, weak=False)
