"""Members for tests: confirmed accounts with profiles, made directly (fast)."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from members.models import Profile

PASSWORD = "a-long-password-1"


def make_member(email="ana@example.org", name="Ana Popescu", password=PASSWORD, **profile):
    user = get_user_model().objects.create_user(
        username=f"member-{email}", email=email, password=password, first_name=name
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Profile.objects.create(user=user, name=name, **profile)
    return user


def sign_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def moderators_group():
    """Wagtail's "Moderators" group (its migrations make it; a transactional test before this
    one may have flushed it), given the members' rights as every migrate does."""
    from members.apps import grant_moderators

    group, _created = Group.objects.get_or_create(name="Moderators")
    if not group.permissions.filter(codename="access_admin").exists():
        group.permissions.add(Permission.objects.get(codename="access_admin"))
    grant_moderators(sender=None)
    return group
