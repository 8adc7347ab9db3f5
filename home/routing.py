"""Finding the page for a URL without walking the page tree on every request.

Wagtail routes each request from the Site: a query for the Site, one for its root page, the
root's translation in the visitor's language (a Locale query, a page query), then for every
path component a query for the child and one for its specific row — seven queries before a
publication page's own, the same Python work each time. ``RouteCacheMiddleware`` remembers
where Wagtail's routing led (the Site for the host and port; the page's id and model for the
site, language and path) under the ``routes`` version token, which every page and site change
replaces (``home.navigation.connect_signals``). A request it has seen before fetches the page
by id in one query and lets the page route the rest of the path itself (a RoutablePage's
feeds and citation downloads), as Wagtail would, and Wagtail's ``serve`` view finds the result
where ``Page.route_for_request`` caches it on the request.

The first request for a path, and any path Wagtail does not route to a live page, goes
through Wagtail's own routing; what it found is cached only when the page's URL path is made
of the components it consumed, so a route that is not a plain walk down the tree is never
replayed, and a cached route is followed only while the page's URL path still is (a page
renamed or moved by a bulk update, which sends no signal, is routed afresh)."""

import hashlib
import logging

from django.apps import apps
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.caching import VersionedCache

logger = logging.getLogger(__name__)

ROUTES = VersionedCache("routes", 600)


def site_for_request(request):
    """``Site.find_for_request``, remembered per host and port."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    hostname = split_domain_port(request.get_host())[0]
    key = f"site:{hostname}:{request.get_port()}"
    site = ROUTES.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            ROUTES.set(key, site)
    request._wagtail_site = site
    return site


def route_for_request(request, path):
    """What ``Page.route_for_request(request, path)`` returns, from the cached route when
    there is one; left on the request where Wagtail's serve view looks for it."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    site = site_for_request(request)
    if site is None:
        return Page.route_for_request(request, path)
    components = [component for component in path.split("/") if component]
    # Hashed: a path may be long and in any script (cache keys are short ASCII).
    digest = hashlib.blake2b("/".join(components).encode(), digest_size=16).hexdigest()
    key = f"route:{site.pk}:{get_language()}:{digest}"
    entry = ROUTES.get(key)
    if entry is not None:
        label, pk, consumed = entry
        page = apps.get_model(label)._default_manager.filter(pk=pk).first()
        # Still where the path leads (a rename or a move that bypassed the signals is not
        # replayed): then the page routes the rest of the path, as at the end of Wagtail's walk.
        if page is not None and walked_to(page, site, components, consumed):
            try:
                result = page.route(request, components[consumed:])
            except Http404:
                result = None
            request._wagtail_route_for_request = result
            return result
    result = Page.route_for_request(request, path)
    if result is not None:
        page = result[0]
        consumed = page.depth - site.root_page.depth
        if walked_to(page, site, components, consumed):
            ROUTES.set(key, (page._meta.label, page.pk, consumed))
    return result


def walked_to(page, site, components, consumed):
    """Whether walking the first ``consumed`` path components down from the site's root (in
    any language) reaches ``page``."""
    walked = "".join(f"{component}/" for component in components[:consumed])
    return (
        0 <= consumed <= len(components)
        and page.depth - site.root_page.depth == consumed
        and page.url_path.endswith(f"/{walked}")
    )


class RouteCacheMiddleware:
    """Primes Wagtail's per-request route with the cached one for its page views."""

    def __init__(self, get_response):
        from wagtail.views import serve  # imports the Page model: not before the apps are ready

        self.get_response = get_response
        self.serve = serve

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Every page URL Wagtail builds starts from the sites' root paths, which it reads from
        # the shared cache once a request: a Redis round trip. They change with a site or a
        # page (the routes' token), so the process keeps them.
        try:
            request._wagtail_cached_site_root_paths = ROUTES.get_or_compute(
                "site-root-paths", Site.get_site_root_paths
            )
            if view_func is self.serve and view_args:
                route_for_request(request, view_args[0])
        except Exception as error:  # the cache or the database is down: an optimisation only
            logger.warning("Routes not cached (%s): Wagtail routes the request itself.", error)
        return None
