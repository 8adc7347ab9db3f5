"""Public pages for anonymous readers, served from the shared cache.

``PageCacheMiddleware`` wraps every request. It reads all the version tokens the request will
need (``home.caching``) and, for a reader without a session cookie asking for a page, the
cached page, in one cache round trip. A cached page carries the tokens it was rendered with
and is served only while they are all current: publishing, unpublishing, moving or deleting a
page, editing a publication, a term, the site settings or a document replaces a token (at
once, and again when the transaction commits), so the next reader gets a fresh page with no
purge to wait for. Wagtail's frontend cache (``WAGTAILFRONTENDCACHE``) purges through
``SharedCacheBackend``, which retires every cached page, and through any CDN or proxy backend
configured beside it; page moves purge too (``purge_moved_page``).

Signed-in members, editors and anyone with a session never get a cached page, and a response
that sets a cookie (a CSRF token, a session) or says it is private is never stored."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_vary_headers
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from home.caching import VersionedCache, request_tokens, token_signature

logger = logging.getLogger(__name__)
# The token of explicit purges (Wagtail's frontend cache); its timeout is unused.
SERVED_PAGES = VersionedCache("served-pages", 0)
CACHED_VIEWS = {"wagtail_serve", "sitemap"}
STATUS_HEADER = "X-Page-Cache"


def cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self.key(request)
        with request_tokens(*([key] if key else [])) as found:
            if key:
                entry = found.get(key)
                if entry is not None and entry["tokens"] == token_signature():
                    return self.rebuild(entry)
            response = self.get_response(request)
            if key and self.storable(request, response):
                self.store(key, response)
                response[STATUS_HEADER] = "miss"
        return response

    @staticmethod
    def key(request):
        """The cache key of the page asked for, or None when the request may not be served
        from the cache."""
        if not cache_seconds() or request.method not in ("GET", "HEAD"):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
            return None
        return f"page:{request.get_host()}:{request.scheme}:{request.get_full_path()}"

    @staticmethod
    def storable(request, response):
        match = getattr(request, "resolver_match", None)
        user = getattr(request, "user", None)
        return (
            match is not None
            and match.url_name in CACHED_VIEWS
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not getattr(request, "is_preview", False)
            and (user is None or not user.is_authenticated)
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )

    @staticmethod
    def store(key, response):
        patch_vary_headers(response, ("Cookie",))
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        entry = {
            "tokens": token_signature(),
            "status": response.status_code,
            "headers": list(response.items()),
            "content": response.content,
        }
        try:
            cache.set(key, entry, cache_seconds())
        except Exception as error:  # the page was served; only its copy is lost
            logger.warning("The cache did not store a page (%s).", error)

    @staticmethod
    def rebuild(entry):
        from django.http import HttpResponse

        response = HttpResponse(entry["content"], status=entry["status"])
        for header, value in entry["headers"]:
            response[header] = value
        response[STATUS_HEADER] = "hit"
        return response


class SharedCacheBackend(BaseBackend):
    """Wagtail frontend-cache backend for the pages this application caches itself. A page's
    content shows on other pages (listings, the home page, feeds), so any purge retires every
    cached page: rendering them again is cheap, serving a stale listing is not."""

    def purge(self, url):
        SERVED_PAGES.bump()

    def purge_batch(self, urls):
        SERVED_PAGES.bump()


def purge_moved_page(sender, instance, **kwargs):
    """Wagtail purges on publish and unpublish; a move changes URLs too."""
    from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

    purge_page_from_cache(instance)
