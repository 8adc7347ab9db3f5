"""Who may promote what and read which queries: a regional editor works in the languages of
their editor groups ("Editors — Albanian", ``home.locales``); the site administrators
(superusers and the "Site administrators" group) work in every language and alone may promote
an external link, which shows in every language."""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from home.locales import content_languages, editor_group_name

ADMINISTRATORS_GROUP = "Site administrators"


def is_site_administrator(user):
    if user.is_superuser:
        return True
    return ADMINISTRATORS_GROUP in _group_names(user)


def editor_languages(user):
    """The language codes this user edits in, in the site's order; every language for the site
    administrators."""
    if is_site_administrator(user):
        return content_languages()
    groups = _group_names(user)
    return [code for code in content_languages() if editor_group_name(code) in groups]


def _group_names(user):
    if not hasattr(user, "_search_group_names"):
        user._search_group_names = set(user.groups.values_list("name", flat=True))
    return user._search_group_names


def ensure_administrators_group(**kwargs):
    """Idempotent (after every ``migrate``): the site administrators' group, with the admin and
    every search permission; membership is granted in Settings → Users."""
    group, _ = Group.objects.get_or_create(name=ADMINISTRATORS_GROUP)
    promotions = ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"]
    group.permissions.add(
        *Permission.objects.filter(
            Q(content_type__app_label="wagtailadmin", codename="access_admin")
            | Q(content_type__app_label="wagtailsearchpromotions", codename__in=promotions)
            | Q(content_type__app_label="search", codename="view_dailyquery")
        )
    )
