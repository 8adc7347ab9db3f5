"""The default Site's hostname and port follow settings.SITE_URL, so that the absolute URLs
Wagtail builds from the Site record (sitemap, feeds, JSON-LD, ``page.full_url``) name the
address the public reaches, not ``http://localhost``."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_address(url):
    """``https://childhub.example.org`` → ("childhub.example.org", 443)."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(f"SITE_URL must be http(s)://host[:port], not {url!r}.")
    return parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme]


def default_site_address():
    """(hostname, port) for the default Site: SITE_URL's, else Wagtail's ``localhost:80``."""
    return site_address(settings.SITE_URL) if settings.SITE_URL else ("localhost", 80)


def apply_site_url():
    """Give the default Site SITE_URL's hostname and port (when SITE_URL is set)."""
    from wagtail.models import Site

    if not settings.SITE_URL:
        return
    hostname, port = site_address(settings.SITE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()  # save(), not update(): Wagtail clears its cached site root paths
