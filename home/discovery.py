"""Modules that the project's own apps (not the installed packages) may provide by name: the
pattern library's ``patterns``, the home page's ``upcoming``."""

from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.utils.module_loading import module_has_submodule


def local_modules(name):
    """The module ``<app>.<name>`` of each local app that has one, in INSTALLED_APPS order."""
    base = Path(settings.BASE_DIR).resolve()
    found = []
    for app_config in apps.get_app_configs():
        path = Path(app_config.path).resolve()
        if base not in path.parents or ".venv" in path.parts:
            continue
        if module_has_submodule(app_config.module, name):
            found.append(import_module(f"{app_config.name}.{name}"))
    return found
