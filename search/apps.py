from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate

        from .access import ensure_administrators_group
        from .configurations import ensure_configurations
        from .indexing import index_after_commit_everywhere
        from .models import PageFacets
        from .vocabulary import forget_deleted_page

        post_migrate.connect(ensure_configurations, sender=self)
        post_delete.connect(forget_deleted_page, sender=PageFacets)
        post_migrate.connect(ensure_administrators_group, sender=self)
        index_after_commit_everywhere()
