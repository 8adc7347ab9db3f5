"""Template tags for the admin: a page's translation status, and the review hand-off in the
translation editor."""

from django import template
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from home.translation_status import (
    IN_TRANSLATION,
    LABELS,
    OUT_OF_DATE,
    TRANSLATED,
    translation_status,
)

register = template.Library()


@register.inclusion_tag("home/admin/translation_status.html")
def translation_status_tag(page):
    status = translation_status(page)
    return {"status": status, "label": LABELS.get(status)}


@register.inclusion_tag("home/admin/translation_notice.html")
def translation_notice(translation, page):
    """What the translation editor says about the translation as a whole (a snippet's
    translation has no page status)."""
    status = translation_status(page) if isinstance(page, Page) else None
    total, done = translation.get_progress()
    source = translation.source.locale.get_display_name()
    if status == OUT_OF_DATE:
        flagged = translation.source.stringsegment_set.filter(
            Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=translation.target_locale_id,
                    has_error=True,
                )
            )
        ).count()
        message = ngettext(
            "The %(source)s page changed: %(count)s string needs review. Its previous "
            "translation is filled in, ready to edit.",
            "The %(source)s page changed: %(count)s strings need review. Their previous "
            "translations are filled in, ready to edit.",
            flagged,
        ) % {"source": source, "count": flagged}
    elif status == IN_TRANSLATION:
        message = _("%(done)s of %(total)s strings translated.") % {"done": done, "total": total}
    elif status == TRANSLATED:
        message = _("Every string is translated and up to date with the %(source)s page.") % {
            "source": source
        }
    else:
        return {}
    return {"status": status, "label": LABELS[status], "message": message}


@register.simple_tag
def translation_review(page, user):
    """The review hand-off in the translation editor of ``page`` for ``user``:
    ``hand_off`` when the user does not publish this tree and a workflow covers it (the submit
    button replaces wagtail-localize's footer), the workflow ``actions`` (approve, request
    changes) the user may take on the task in progress, and the workflow ``state``."""
    permissions = page.permissions_for_user(user)
    state = page.current_workflow_state
    task_state = state.current_task_state if state else None
    actions = []
    if state is not None and state.status == state.STATUS_IN_PROGRESS and task_state:
        seen = set()
        for name, label, _modal in task_state.task.specific.get_actions(page, user):
            if name not in seen:
                seen.add(name)
                url = reverse(
                    "wagtailadmin_pages:workflow_action", args=[page.pk, name, task_state.pk]
                )
                actions.append({"name": name, "label": label, "url": url})
    hand_off = not permissions.can_publish() and page.has_workflow
    submit_label = None
    if hand_off and state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        submit_label = _("Resubmit to %(task_name)s") % {"task_name": task_state.task.name}
    elif hand_off and permissions.can_submit_for_moderation():
        workflow = page.get_workflow()
        submit_label = _("Submit to %(workflow_name)s") % {"workflow_name": workflow.name}
    return {
        "hand_off": hand_off,
        "submit_label": submit_label,
        "actions": actions,
        "state": state,
        "task": task_state.task if task_state else None,
    }
