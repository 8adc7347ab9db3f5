from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .access import ensure_administrators_group
        from .configurations import ensure_configurations
        from .indexing import index_after_commit_everywhere

        post_migrate.connect(ensure_configurations, sender=self)
        post_migrate.connect(ensure_administrators_group, sender=self)
        index_after_commit_everywhere()
