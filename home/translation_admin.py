"""Admin hooks for translations (imported by wagtail_hooks): the translation status in the
page listing, and the translator's "Submit for review" in wagtail-localize's editor."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail_localize.models import Translation

from .translation_status import annotate_translation_status
from .workflows import submit_translation

SUBMIT_FIELD = "childhub-submit-for-review"


@hooks.register("insert_global_admin_css")
def translation_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/translation-admin.css"))


@hooks.register("construct_explorer_page_queryset")
def annotate_listing_with_translation_status(parent_page, pages, request):
    """The page listing shows each page's translation status without a query per row."""
    return annotate_translation_status(pages)


# Before wagtail-localize's own before_edit_page hook, which renders its translation editor.
@hooks.register("before_edit_page", order=-1)
def submit_translation_for_review(request, page):
    """The translation editor's "Submit to Review — Albanian" (see the template
    wagtail_localize/admin/edit_translation.html): the translated strings become a revision
    that goes to the locale's workflow."""
    if request.method != "POST" or SUBMIT_FIELD not in request.POST:
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise PermissionDenied
    state = page.current_workflow_state
    needs_changes = state is not None and state.status == state.STATUS_NEEDS_CHANGES
    if not (needs_changes or permissions.can_submit_for_moderation()):
        messages.error(request, _("This page cannot be submitted for review now."))
        return redirect(request.path)
    try:
        workflow = submit_translation(translation, page, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation cannot be submitted: %(errors)s")
            % {"errors": " ".join(error.messages)},
        )
        return redirect(request.path)
    messages.success(
        request,
        _("“%(title)s” was submitted to %(workflow)s.")
        % {"title": page.get_admin_display_title(), "workflow": workflow.name},
    )
    return redirect(request.path)
