"""Moderators' view of the members in the Wagtail admin: a listing filtered by country,
profession and state, suspension from a member's edit form, and the abuse reports."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models.taxonomy import Audience, Country

from .models import AbuseReport, Profile


class MemberFilterSet(WagtailFilterSet):
    country = django_filters.ModelChoiceFilter(
        label=_("Country"), queryset=Country.objects.filter(locale__language_code="en")
    )
    profession = django_filters.ModelChoiceFilter(
        label=_("Profession"), queryset=Audience.objects.filter(locale__language_code="en")
    )
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=[("active", _("Active")), ("suspended", _("Suspended"))],
        method="filter_state",
    )

    def filter_state(self, queryset, name, value):
        return queryset.filter(suspended=value == "suspended")

    class Meta:
        model = Profile
        fields = ["country", "profession", "visibility"]


class MemberViewSet(SnippetViewSet):
    model = Profile
    icon = "user"
    menu_label = _("Members")
    list_display = ["name", "country", "profession", "visibility", "suspended", "created_at"]
    filterset_class = MemberFilterSet
    search_fields = ["name", "organisation"]
    panels = [FieldPanel("suspended"), FieldPanel("visibility")]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Profile.objects.select_related("country", "profession")


class AbuseReportViewSet(SnippetViewSet):
    model = AbuseReport
    icon = "warning"
    menu_label = _("Abuse reports")
    list_display = ["__str__", "reason", "resolved"]
    list_filter = ["resolved"]
    panels = [FieldPanel("reason", read_only=True), FieldPanel("resolved")]
    inspect_view_enabled = True


class MembersGroup(SnippetViewSetGroup):
    items = (MemberViewSet, AbuseReportViewSet)
    menu_icon = "group"
    menu_label = _("Members")
    menu_name = "members"


register_snippet(MembersGroup)
