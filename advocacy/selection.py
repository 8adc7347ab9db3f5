"""Who may start briefs where: a brief is added under its language's advocacy index, so the
right to add one is the right to add pages there (the regional editor groups have it for their
own language's tree only, home/locales.py)."""

from home.locales import active_locale


def advocacy_index(locale):
    from .models import AdvocacyIndexPage

    return AdvocacyIndexPage.objects.filter(locale=locale).order_by("path").first()


def user_can_add_brief(user, locale=None):
    index = advocacy_index(locale or active_locale())
    return index is not None and index.permissions_for_user(user).can_add_subpage()
