"""Search indexing waits for the transaction to commit.

Wagtail queues an index update from ``post_save``; the task reads the object afresh from the
database. A page's language editions, topics and countries (modelcluster child relations and
many-to-many fields) are written *after* ``post_save``, so an update that runs at once (the
``immediate`` task backend of development and tests) would index the page without them. In
production the database task backend already runs the update after the commit; queueing it
from ``transaction.on_commit`` gives every backend that behaviour, as text extraction has
(``library.tasks.enqueue_extraction``)."""

from django.db import transaction
from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler

from .tasks import update_search_index


def index_after_commit(instance, raw=False, **kwargs):
    if raw or getattr(instance, "alias_of_id", None):  # aliases are not indexed
        return
    args = (instance._meta.app_label, instance._meta.model_name, str(instance.pk))
    transaction.on_commit(lambda: update_search_index.enqueue(*args))


def index_after_commit_everywhere():
    """Replace Wagtail's immediate index update by the one above, for every indexed model."""
    for model in get_indexed_models():
        if getattr(model, "search_auto_update", True):
            post_save.disconnect(post_save_signal_handler, sender=model)
            post_save.connect(index_after_commit, sender=model)
