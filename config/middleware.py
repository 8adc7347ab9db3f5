"""Security headers (Django 5.2 has no built-in CSP support yet).

Content-Security-Policy: the public site runs no inline script or style, so its policy is
strict. The Wagtail admin needs inline scripts and styles, so it gets a looser policy of its
own. Permissions-Policy: no page needs the camera, the microphone, the location or any other
powerful browser feature; only the video embeds may go full screen."""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware

PUBLIC_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "frame-src": "https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": "'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob: https:",
    "frame-src": "'self' https:",
    "frame-ancestors": "'self'",  # the page preview
}


def _header(policy):
    return "; ".join(f"{directive} {value}" for directive, value in policy.items())


PUBLIC_HEADER = _header(PUBLIC_POLICY)
ADMIN_HEADER = _header(ADMIN_POLICY)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = tuple(getattr(settings, "CSP_RELAXED_PATH_PREFIXES", ()))

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            relaxed = request.path.startswith(self.admin_prefixes)
            response["Content-Security-Policy"] = ADMIN_HEADER if relaxed else PUBLIC_HEADER
        return response


VIDEO_EMBEDS = (
    '"https://www.youtube-nocookie.com" "https://www.youtube.com" "https://player.vimeo.com"'
)
PERMISSIONS_POLICY = ", ".join(
    [
        *(
            f"{feature}=()"
            for feature in (
                "accelerometer",
                "autoplay",
                "camera",
                "display-capture",
                "geolocation",
                "gyroscope",
                "hid",
                "magnetometer",
                "microphone",
                "midi",
                "payment",
                "publickey-credentials-get",
                "screen-wake-lock",
                "serial",
                "usb",
                "xr-spatial-tracking",
            )
        ),
        *(
            f"{feature}=(self {VIDEO_EMBEDS})"
            for feature in ("encrypted-media", "fullscreen", "picture-in-picture")
        ),
    ]
)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


# Browsers in the region announce Croatian, Bosnian, Serbian or Montenegrin; the site serves
# all four as one language version, "sh". Moldovan browsers may still say "mo".
# The paths config/urls.py serves without a language prefix.
UNPREFIXED_PATHS = ("/admin/", "/documents/", "/media/", "/static/", "/sitemap.xml", "/healthz")

LANGUAGE_ALIASES = {"hr": "sh", "bs": "sh", "sr": "sh", "cnr": "sh", "mo": "ro"}


def normalise_accept_language(header):
    items = []
    for item in header.split(","):
        tag, _, params = item.strip().partition(";")
        primary = tag.split("-")[0].lower()
        if primary in LANGUAGE_ALIASES:
            tag = LANGUAGE_ALIASES[primary]
        items.append(f"{tag};{params}" if params else tag)
    return ",".join(items)


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 outside the public pages (the admin,
    documents, media) stays a 404: Django would redirect it to the same path behind a language
    prefix, where the public page route answers a second 404 (`/admin/…` → `/en/admin/…`)."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)


class RegionalLanguageMiddleware:
    """Maps regional language tags onto the site's language codes before LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.META.get("HTTP_ACCEPT_LANGUAGE")
        if header:
            request.META["HTTP_ACCEPT_LANGUAGE"] = normalise_accept_language(header)
        return self.get_response(request)


COMPRESSIBLE_TYPES = ("text/", "application/xml", "application/atom+xml", "application/json")


class PublicGZipMiddleware(GZipMiddleware):
    """Gzip for what anonymous readers get: HTML, feeds, the sitemap, JSON.

    BREACH recovers a secret from the size of compressed responses that reflect the
    attacker's input beside it. So nothing is compressed that carries a secret: no response
    that rendered a CSRF token (forms that post, the admin's login) and none for a visitor
    with a session (signed-in editors and members). Files (streamed responses) are left as
    they are: images and PDFs are compressed already, and static files come precompressed
    from WhiteNoise."""

    def process_response(self, request, response):
        if (
            response.streaming
            or settings.CSRF_COOKIE_NAME in response.cookies  # a page that rendered a token
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or not response.get("Content-Type", "").startswith(COMPRESSIBLE_TYPES)
        ):
            return response
        return super().process_response(request, response)
