from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config.media import serve_media
from home import views as home_views
from home.admin_views import CreatePageView
from home.pattern_library import pattern_library
from home.sitemaps import MultilingualSitemap
from library import views as library_views

# Not language-prefixed: the admin, document downloads, the sitemap and health check.
urlpatterns = [
    # Before Wagtail's own: a new page is not autosaved (home/admin_views.py).
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/"
        "<int:parent_page_id>/",
        CreatePageView.as_view(),
        name="wagtailadmin_pages_add_without_autosave",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's own document URL (``wagtaildocs_serve``, which ``document.url`` reverses),
    # answered by its view with hardened headers (library/views.py).
    re_path(r"^documents/(\d+)/(.*)$", library_views.serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("healthz", home_views.healthz, name="healthz"),
]

if settings.SERVE_MEDIA:
    urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media))

# Public pages: /en/…, /sq/…; "/" redirects to the visitor's language (LocaleMiddleware).
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("patterns/", pattern_library, name="pattern_library"),
    path("accounts/", include("allauth.urls")),
    path("", include("members.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
