"""Uploaded images served by the application, for a deployment on one machine whose media are
on its file system (settings.SERVE_MEDIA). WhiteNoise cannot do it: it only knows the files
that exist when the process starts, and Wagtail writes renditions at any time.

Only images are public: documents (MEDIA_ROOT/documents) are served by Wagtail's document
view, which applies the privacy of the collection and page they belong to."""

import posixpath

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.static import serve

PUBLIC_FOLDERS = ("images/", "original_images/")


def serve_media(request, path):
    path = posixpath.normpath(path).lstrip("/")  # "images/../documents/x" is "documents/x"
    if not path.startswith(PUBLIC_FOLDERS):
        raise Http404
    # django.views.static.serve refuses paths outside the root, answers If-Modified-Since with
    # 304 and streams the file.
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=settings.MEDIA_CACHE_SECONDS)
    return response
