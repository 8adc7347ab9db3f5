"""Background work of the search app (django-tasks)."""

import logging
from collections import defaultdict

from django.apps import apps
from django_tasks import task
from modelsearch.backends import get_search_backends_with_name

from . import analytics

logger = logging.getLogger(__name__)
CHUNK = 500  # objects loaded and indexed at once


@task()
def update_search_index(objects):
    """Index objects as they are now, model by model in bulk (``CHUNK`` at a time): ``objects``
    is a list of [app label, model name, primary key]. Objects deleted meanwhile are skipped."""
    by_model = defaultdict(list)
    for app_label, model_name, pk in objects:
        by_model[app_label, model_name].append(pk)
    for (app_label, model_name), pks in by_model.items():
        model = apps.get_model(app_label, model_name)
        for start in range(0, len(pks), CHUNK):
            index_chunk(model, pks[start : start + CHUNK])


def index_chunk(model, pks):
    instances = list(model.get_indexed_objects().filter(pk__in=pks))
    if not instances:
        return
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        try:
            backend.add_bulk(model, instances)
        except Exception:
            # As Wagtail does: a search server that is away must not lose the save (its
            # backend catches), but a database error is the transaction's and is raised.
            logger.exception("Indexing %s failed in the %r backend", model._meta.label, name)
            if not backend.catch_indexing_errors:
                raise


@task()
def flush_search_queries():
    """Add the searches buffered in the cache to the query analytics (``search.analytics``)."""
    return analytics.flush()
