"""The demo users: the administrator, the Albanian and Bulgarian editors and a translator,
each in the group the post_migrate hook made (home/locales.py)."""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.locales import TRANSLATORS_GROUP, editor_group_name

DEMO_PASSWORD = os.environ.get("DEMO_ADMIN_PASSWORD", "childhub")


def demo_users():
    """(username, group name or None, superuser?) of each demo user."""
    users = [("admin", None, True)]
    users += [(f"editor-{code}", editor_group_name(code), False) for code in ("sq", "bg")]
    users += [("translator", TRANSLATORS_GROUP, False)]
    return users


def ensure_demo_users(password=DEMO_PASSWORD):
    """Idempotent: the demo users, an existing user's password left as it is; returns
    (user, created) for each."""
    user_model = get_user_model()
    result = []
    for username, group_name, is_superuser in demo_users():
        user, created = user_model.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.org",
                "is_staff": is_superuser,
                "is_superuser": is_superuser,
            },
        )
        if created:
            user.set_password(password)
            user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        result.append((user, created))
    return result
