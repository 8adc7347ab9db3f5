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


def publications_for_brief(ids):
    """The live publications of the ids given (in that order), and their locale: that of the
    first one found; publications of other languages are left out."""
    from library.models import PublicationPage

    wanted = []
    for value in ids[:50]:
        value = str(value).strip()
        if value.isascii() and value.isdigit() and len(value) < 12 and int(value) not in wanted:
            wanted.append(int(value))
    found = {page.pk: page for page in PublicationPage.objects.live().filter(pk__in=wanted)}
    chosen = [found[pk] for pk in wanted if pk in found]
    if not chosen:
        return [], None
    locale_id = chosen[0].locale_id
    return [page for page in chosen if page.locale_id == locale_id], chosen[0].locale


def create_draft_brief(index, publications, title, summary, user):
    """A draft brief under ``index`` with one evidence block per publication (its summary as
    the finding, to be edited), saved as a revision by ``user``."""
    from .models import PolicyBriefPage

    brief = PolicyBriefPage(
        title=title,
        summary=summary,
        live=False,
        owner=user,
        body=[
            ("evidence", {"publication": publication, "finding": publication.summary})
            for publication in publications
        ],
    )
    index.add_child(instance=brief)
    brief.save_revision(user=user, log_action=True)
    return brief
