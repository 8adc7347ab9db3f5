"""Moderation on Wagtail's own workflows: one per locale, assigned to that locale's home page,
whose single task is approval by the locale's editor group. Translators (and anyone without
publish rights on the tree) submit; the regional editors approve, which publishes. A reviewer
who publishes the page instead (wagtail-localize's "Publish in Albanian", the editor's Publish)
approves it: the review ends approved in their name."""

from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import override
from wagtail.coreutils import find_available_slug
from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)


def workflow_name(language_code):
    with override("en"):
        return f"Review — {dict(settings.LANGUAGES)[language_code]}"


def ensure_locale_workflow(home, editors):
    """Idempotent: the review workflow of ``home``'s locale, its approval task for the group
    ``editors``, and the workflow assigned to ``home`` (so to its whole tree)."""
    name = workflow_name(home.locale.language_code)
    workflow, _ = Workflow.objects.get_or_create(name=name)
    task = GroupApprovalTask.objects.filter(name=f"Approval by {editors.name}").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=f"Approval by {editors.name}")
    task.groups.add(editors)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
    return workflow


def submit_translation(translation, page, user):
    """A revision of ``page`` holding the translation's current strings (the live page is not
    touched), submitted to the page's workflow, or resubmitted when the reviewers asked for
    changes. Raises ValidationError when the translated page is not valid."""
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    draft.slug = find_available_slug(
        page.get_parent(), slugify(draft.slug) or page.slug, ignore_page_id=page.pk
    )
    draft.full_clean()
    draft.save_revision(user=user, log_action=True, clean=False)
    page.refresh_from_db()
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
        return state.workflow
    workflow = page.get_workflow()
    workflow.start(page, user)
    return workflow


def approve_review_on_publish(sender, instance, revision=None, **kwargs):
    """``page_published`` receiver: the page was published while in review, by someone who may
    approve its current task (the revision's author: wagtail-localize publishes without a
    user). Their publish approves the task, through the task's own action, as their Approve
    would: the review ends approved in their name, the submitter is told it was approved, and
    the revision is not published a second time (``home.workflow_finish``). Without this,
    Wagtail would cancel the review, in nobody's name."""
    if kwargs.get("alias") or revision is None or revision.user is None:
        return
    state = instance.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
        return
    task_state = state.current_task_state
    if task_state is None:
        return
    task = task_state.task.specific
    if "approve" in [action[0] for action in task.get_actions(instance, revision.user)]:
        task.on_action(task_state, revision.user, "approve")
