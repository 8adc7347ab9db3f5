"""Admin hooks for translations (imported by wagtail_hooks): the translation status in the
page listing, the translator's "Submit for review" in wagtail-localize's editor, and
wagtail-localize's "Convert to alias page" only for those who publish the page's tree."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import convert

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


CONVERT_TO_ALIAS_MENU_ITEM = "localize-convert-to-alias"


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page" replaces the published translation with the
    source page, live at once: a publish. Refused, with a message, to those who edit the page
    but do not publish its tree (the translators); wagtail-localize's view for the others."""
    page = get_object_or_404(Page, id=page_id)
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise PermissionDenied
    if not permissions.can_publish():
        messages.error(
            request,
            _(
                "Only the editors who publish in %(language)s can turn this translation back "
                "into an alias: it would replace the published translation."
            )
            % {"language": page.locale.get_display_name()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return convert.convert_to_alias(request, page_id)


# Before wagtail-localize's own URLs (order 0): its address answers with the view above.
@hooks.register("register_admin_urls", order=-1)
def register_convert_to_alias_url():
    return [
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="childhub_convert_to_alias",
        )
    ]


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    """No "Convert to alias page" in the page editor's menu for those who may not use it."""
    page = context.get("page")
    if page is not None and not page.permissions_for_user(request.user).can_publish():
        menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS_MENU_ITEM]
