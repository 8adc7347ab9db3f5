"""Search indexing waits for the transaction to commit, and indexes each object once.

Wagtail queues an index update from ``post_save``; the task reads the object afresh from the
database. A page's language editions, topics and countries (modelcluster child relations and
many-to-many fields) are written *after* ``post_save``, so an update that runs at once (the
``immediate`` task backend of development and tests) would index the page without them. In
production the database task backend already runs the update after the commit.

So every save of an indexed object adds it to the transaction's batch, and the batch is queued
as one task when the transaction commits: a page saved three times while it is published is
indexed once, and an import of 500 rows in one transaction queues one task, not 1,500."""

import threading

from django.db import transaction
from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler

from .tasks import update_search_index

_batches = threading.local()


class Batch:
    """The objects saved in one transaction, queued for indexing when it commits."""

    def __init__(self, callbacks):
        self.callbacks = callbacks  # the connection's list of commit callbacks it is in
        self.objects = {}  # an ordered set of (app label, model name, pk)
        self.sent = False

    def send(self):
        self.sent = True
        update_search_index.enqueue(list(self.objects))


def index_after_commit(instance, raw=False, **kwargs):
    if raw or getattr(instance, "alias_of_id", None):  # aliases are not indexed
        return
    key = (instance._meta.app_label, instance._meta.model_name, str(instance.pk))
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        update_search_index.enqueue([key])
        return
    # Django replaces its list of commit callbacks when a transaction ends and when a
    # savepoint rolls back: a list this thread has no open batch in gets a new one.
    batch = getattr(_batches, "current", None)
    if batch is None or batch.sent or batch.callbacks is not connection.run_on_commit:
        batch = _batches.current = Batch(connection.run_on_commit)
        transaction.on_commit(batch.send)
    batch.objects[key] = None


def index_after_commit_everywhere():
    """Replace Wagtail's immediate index update by the one above, for every indexed model."""
    for model in get_indexed_models():
        if getattr(model, "search_auto_update", True):
            post_save.disconnect(post_save_signal_handler, sender=model)
            post_save.connect(index_after_commit, sender=model)
