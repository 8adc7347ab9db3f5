"""Search indexing waits for the transaction to commit, and indexes each object once.

Wagtail queues an index update from ``post_save``; the task reads the object afresh from the
database. A page's language editions, topics and countries (modelcluster child relations and
many-to-many fields) are written *after* ``post_save``, so an update that runs at once (the
``immediate`` task backend of development and tests) would index the page without them. In
production the database task backend already runs the update after the commit.

So every save of an indexed object adds it to the transaction's batch, and the batch is queued
as one task when the transaction commits: a page saved three times while it is published is
indexed once, and an import of 500 rows in one transaction queues one task, not 1,500.

Pages are also indexed again when a move rewrites their tree paths: treebeard rewrites the
moved page's descendants (and the siblings it is put before) in SQL, without saving them, so
the search's facets and the Elasticsearch documents kept the old paths and a subtree moved
under a private page stayed searchable. The facets' paths are corrected at once, in the move's
transaction; the pages are re-indexed after the commit. A page's subtree is re-indexed when a
view restriction is added to it or removed (its words enter or leave the spelling vocabulary)."""

import threading

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from modelsearch.index import get_indexed_models
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from .backends.internals import replace_post_save_handler
from .models import PageFacets
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
    queue([(instance._meta.app_label, instance._meta.model_name, str(instance.pk))])


def page_keys(rows):
    """Index keys of pages by their specific types, from (content type id, page id) rows."""
    keys = []
    for content_type_id, pk in rows:
        model = ContentType.objects.get_for_id(content_type_id)
        keys.append((model.app_label, model.model, str(pk)))
    return keys


def index_subtree_after_commit(page):
    """Queue a page and its descendants (aliases aside) for indexing, in bulk."""
    rows = (
        Page.objects.descendant_of(page, inclusive=True)
        .filter(alias_of__isnull=True)
        .values_list("content_type_id", "pk")
    )
    queue(page_keys(rows.iterator()))


def queue(keys):
    """Index the objects ``keys`` name when the transaction commits (at once outside one)."""
    if not keys:
        return
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        update_search_index.enqueue(list(keys))
        return
    # Django replaces its list of commit callbacks when a transaction ends and when a
    # savepoint rolls back: a list this thread has no open batch in gets a new one.
    batch = getattr(_batches, "current", None)
    if batch is None or batch.sent or batch.callbacks is not connection.run_on_commit:
        batch = _batches.current = Batch(connection.run_on_commit)
        transaction.on_commit(batch.send)
    batch.objects.update(dict.fromkeys(keys))


@receiver(post_page_move)
def index_moved_pages(sender, instance, **kwargs):
    """Every page under the moved page's new parent whose path changed: the moved subtree, and
    the siblings (with their subtrees) the move shifted."""
    parent = instance.get_parent()
    stale = list(
        PageFacets.objects.filter(page__path__startswith=parent.path, page__depth__gt=parent.depth)
        .exclude(path=F("page__path"))
        .values_list("page_id", "page__path", "page__content_type_id")
    )
    PageFacets.objects.bulk_update(
        [PageFacets(page_id=pk, path=path) for pk, path, _type in stale], ["path"], batch_size=500
    )
    queue(page_keys((content_type_id, pk) for pk, _path, content_type_id in stale))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def index_restricted_subtree(sender, instance, raw=False, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None and not raw:
        index_subtree_after_commit(page)


def index_after_commit_everywhere():
    """Replace Wagtail's immediate index update by the one above, for every indexed model."""
    for model in get_indexed_models():
        if getattr(model, "search_auto_update", True):
            replace_post_save_handler(model, index_after_commit)
