from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction

from .admin_views import new_brief_from_publications


@hooks.register("register_admin_urls")
def advocacy_admin_urls():
    return [
        path("advocacy/new-brief/", new_brief_from_publications, name="advocacy_new_brief"),
    ]


@hooks.register("register_bulk_action")
class NewBriefBulkAction(PageBulkAction):
    """Pages explorer: selected publications → a draft brief."""

    display_name = _("New policy brief")
    action_type = "new_policy_brief"
    aria_label = _("Create a policy brief from the selected publications")

    def get(self, request):
        from django.shortcuts import redirect
        from django.urls import reverse
        from django.utils.http import urlencode

        ids = [value for value in request.GET.getlist("id") if value.isdigit()]
        return redirect(
            f"{reverse('advocacy_new_brief')}?{urlencode({'publication': ids}, doseq=True)}"
        )

    def check_perm(self, page):
        return True  # the new-brief view checks the right to add briefs

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return 0, 0
