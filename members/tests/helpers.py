"""Members for tests: confirmed accounts with profiles, made directly (fast)."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from members.models import Profile

PASSWORD = "a-long-password-1"


def make_member(email="ana@example.org", name="Ana Popescu", password=PASSWORD, **profile):
    user = get_user_model().objects.create_user(
        username=f"member-{email}", email=email, password=password, first_name=name
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Profile.objects.create(user=user, name=name, **profile)
    return user
