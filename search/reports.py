"""Admin → Reports → Search queries: the most frequent queries and those that found nothing,
per language, over a chosen period (``search.analytics`` collects the counts). A regional editor
sees the languages they edit and opens on the first; site administrators see every language
(``search.access``)."""

from django import forms
from django.conf import settings
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter, DateFromToRangeFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from home.spreadsheets import FormulaSafeExportMixin

from .access import editor_languages, is_site_administrator
from .analytics import totals
from .models import DailyQuery

WITHOUT_RESULTS = "without-results"


class SearchQueriesFilterSet(WagtailFilterSet):
    date = DateFromToRangeFilter(label=_("Period"), widget=DateRangePickerWidget)
    language = ChoiceFilter(
        label=_("Language"),
        field_name="locale__language_code",
        choices=settings.LANGUAGES,
        empty_label=_("All languages"),
        widget=forms.RadioSelect,
    )
    show = ChoiceFilter(
        label=_("Show"),
        choices=[(WITHOUT_RESULTS, _("Only queries that found nothing"))],
        empty_label=_("All queries"),
        method="filter_show",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = DailyQuery
        fields = []

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        languages = editor_languages(request.user)
        language = self.filters["language"]
        language.extra["choices"] = [
            (code, name) for code, name in settings.LANGUAGES if code in languages
        ]
        if not is_site_administrator(request.user):
            language.extra["empty_label"] = None

    def filter_show(self, queryset, name, value):
        if value == WITHOUT_RESULTS:
            return queryset.filter(total_zero_results__gt=0).order_by(
                F("total_zero_results").desc(), "query"
            )
        return queryset


class SearchQueriesReportView(FormulaSafeExportMixin, ReportView):
    page_title = _("Search queries")
    header_icon = "search"
    index_url_name = "search_queries_report"
    index_results_url_name = "search_queries_report_results"
    filterset_class = SearchQueriesFilterSet
    model = DailyQuery
    permission_required = "view"
    columns = [
        Column("query", label=_("Query"), classname="search-query"),
        Column("locale__language_code", label=_("Language")),
        NumberColumn("total_searches", label=_("Searches")),
        NumberColumn("total_zero_results", label=_("Searches without results")),
    ]
    list_export = ["query", "locale__language_code", "total_searches", "total_zero_results"]
    export_headings = {
        "query": _("Query"),
        "locale__language_code": _("Language"),
        "total_searches": _("Searches"),
        "total_zero_results": _("Searches without results"),
    }

    @property
    def permission_policy(self):
        return ModelPermissionPolicy(DailyQuery)

    def get_base_queryset(self):
        if is_site_administrator(self.request.user):
            return DailyQuery.objects.all()
        languages = editor_languages(self.request.user)
        return DailyQuery.objects.filter(locale__language_code__in=languages)

    def get_filterset_kwargs(self):
        """A regional editor's report opens on their (first) language."""
        kwargs = super().get_filterset_kwargs()
        languages = editor_languages(self.request.user)
        if languages and not is_site_administrator(self.request.user):
            kwargs["data"] = kwargs["data"].copy()
            kwargs["data"].setdefault("language", languages[0])
        return kwargs

    def filter_queryset(self, queryset):
        """Filter the days first (period, language), then add the days up per query."""
        if self.filters and self.filters.is_valid():
            data = self.filters.form.cleaned_data
            period = data.get("date")
            if period and period.start:
                queryset = queryset.filter(date__gte=period.start)
            if period and period.stop:
                queryset = queryset.filter(date__lte=period.stop)
            if data.get("language"):
                queryset = queryset.filter(locale__language_code=data["language"])
            queryset = totals(queryset)
            return self.filters.filter_show(queryset, "show", data.get("show"))
        return totals(queryset)
