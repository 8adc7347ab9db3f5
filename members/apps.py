from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

MODERATOR_PERMISSIONS = [
    "view_profile",
    "change_profile",
    "view_abusereport",
    "change_abusereport",
    "view_contactmessage",
]


def grant_moderators(sender, **kwargs):
    """Wagtail's "Moderators" group moderates members too: the members listing, suspension
    and the abuse reports (idempotent, after every migrate)."""
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.filter(name="Moderators").first()
    if group is not None:
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="members", codename__in=MODERATOR_PERMISSIONS
            )
        )


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        post_migrate.connect(grant_moderators, sender=self, dispatch_uid="members_moderators")
