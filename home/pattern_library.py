"""The pattern library: every component of site/templates/components/ rendered with sample
data in Latin and Cyrillic script, for designers and developers. Only with DEBUG or for staff
(a 404 for everyone else).

Each local app may define ``PATTERNS`` in a module ``patterns.py``: a list of
``{"name", "template", "doc", "context": lambda script: {...}}`` (script is "latin" or
"cyrillic"), optionally ``"list": True`` for a component that is a list item (a card), which
is then shown inside its list. Sample contexts must not write to the database."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from home.discovery import local_modules

# The sample of each script is shown in a language written in it, interface included.
SCRIPTS = (("latin", "sq"), ("cyrillic", "bg"))
SCRIPT_NAMES = {"latin": _("Latin script"), "cyrillic": _("Cyrillic script")}


def may_see(user):
    return user.is_authenticated and (user.is_staff or user.has_perm("wagtailadmin.access_admin"))


def collect_patterns():
    patterns = []
    for module in local_modules("patterns"):
        patterns += getattr(module, "PATTERNS", [])
    return patterns


def render_pattern(pattern, request):
    samples = []
    for script, language in SCRIPTS:
        with translation.override(language):
            context = {"LANGUAGE_CODE": language, **pattern["context"](script)}
            html = render_to_string(pattern["template"], context, request=request)
        samples.append(
            {"script": script, "label": SCRIPT_NAMES[script], "lang": language, "html": html}
        )
    return {**pattern, "samples": samples}


def pattern_library(request):
    if not (settings.DEBUG or may_see(request.user)):
        raise Http404
    patterns = [render_pattern(pattern, request) for pattern in collect_patterns()]
    return render(
        request,
        "patterns/pattern_library.html",
        {"patterns": patterns, "colours": COLOURS},
    )


COLOURS = [
    "text",
    "muted",
    "surface",
    "border",
    "border-strong",
    "primary",
    "primary-dark",
    "primary-tint",
    "accent",
    "focus",
    "notice",
    "success",
    "error",
    "footer",
]
