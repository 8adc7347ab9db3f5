"""Background work of the home app (django-tasks): keeping translations in step with their
source page."""

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django_tasks import task


@task()
def sync_translations(translation_source_id):
    """What "Sync translated pages" does, after the source page was published: the
    translations see the new source text, changed strings pre-filled with their previous
    translation for review."""
    from wagtail_localize.models import TranslationSource

    from .translations import sync_source

    source = TranslationSource.objects.filter(pk=translation_source_id).first()
    if source is None:
        return
    try:
        sync_source(source)
    except ObjectDoesNotExist:
        return  # the source page was deleted since


def sync_translations_on_publish(sender, instance, **kwargs):
    """``page_published`` receiver: a page that is the source of translations has them synced
    once the publish is committed."""
    from wagtail_localize.models import TranslationSource

    source = (
        TranslationSource.objects.get_for_instance_or_none(instance)
        if instance.alias_of_id is None
        else None
    )
    if source is not None and source.translations.filter(enabled=True).exists():
        source_id = source.pk
        transaction.on_commit(lambda: sync_translations.enqueue(source_id))
