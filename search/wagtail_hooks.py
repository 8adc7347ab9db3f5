from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import promotion_admin
from .reports import SearchQueriesReportView


@hooks.register("register_admin_urls", order=-1)
def register_promotion_urls():
    """Before Wagtail's own (order 0): the per-language promotion views answer at Wagtail's
    addresses, so that Wagtail's URL names lead to them."""
    urls = (promotion_admin.urlpatterns(), "search_promotions")
    return [path("searchpicks/", include(urls))]


@hooks.register("insert_global_admin_css")
def search_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("search/admin.css"))


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/search-queries/",
            SearchQueriesReportView.as_view(),
            name="search_queries_report",
        ),
        path(
            "reports/search-queries/results/",
            SearchQueriesReportView.as_view(results_only=True),
            name="search_queries_report_results",
        ),
    ]


class SearchQueriesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_dailyquery")


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return SearchQueriesMenuItem(
        _("Search queries"),
        reverse("search_queries_report"),
        name="search-queries",
        icon_name="search",
        order=1250,
    )
