"""Pages for the benchmarks' corpora, written in bulk (import after ``bench.database.setup``)."""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page


def bulk_children(parent, model, titles):
    """Live ``model`` pages (their Page rows only) appended under ``parent``, one per title,
    with tree paths allocated as treebeard would; the caller writes the model's own rows."""
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    start = parent.numchild
    pages = []
    for offset, title in enumerate(titles):
        slug = f"bench-{start + offset}"
        pages.append(
            Page(
                path=Page._get_path(parent.path, parent.depth + 1, start + offset + 1),
                depth=parent.depth + 1,
                numchild=0,
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                url_path=f"{parent.url_path}{slug}/",
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                first_published_at=now,
                last_published_at=now,
            )
        )
    created = Page.objects.bulk_create(pages, batch_size=2000)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(created))
    parent.numchild = start + len(created)
    return created
