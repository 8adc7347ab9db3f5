"""Background work: text extraction (and the first page's thumbnail) of uploaded documents,
reference-index updates after an import (django-tasks)."""

import logging

from django.db import transaction
from django_tasks import task

from .extraction import UNREADABLE, ExtractionError, extract

logger = logging.getLogger(__name__)


@task()
def extract_document_text(document_id):
    from modelsearch.index import insert_or_update_object

    from home.page_cache import SERVED_PAGES

    from .models import ExtractionStatus, LibraryDocument, PublicationFile, PublicationPage
    from .models.publications import language_choices

    document = LibraryDocument.objects.filter(pk=document_id).first()
    if document is None:
        return
    LibraryDocument.objects.filter(pk=document_id).update(
        extraction_status=ExtractionStatus.RUNNING
    )
    try:
        extraction = extract(_read(document))
    except ExtractionError as error:
        logger.warning(
            "Text extraction failed for document %s (%s): %s", document_id, error.code, error.detail
        )
        LibraryDocument.objects.filter(pk=document_id).update(
            extraction_status=ExtractionStatus.FAILED,
            extraction_error_code=error.code,
            extraction_error=error.detail,
        )
        return
    document.apply_extraction(extraction)
    LibraryDocument.objects.filter(pk=document_id).update(
        extracted_text=document.extracted_text,
        detected_language=document.detected_language,
        page_count=document.page_count,
        extraction_status=document.extraction_status,
        extraction_error_code="",
        extraction_error="",
        active_content=document.active_content,
        thumbnail=document.thumbnail.name,
        thumbnail_width=document.thumbnail_width,
        thumbnail_height=document.thumbnail_height,
    )
    # Cached pages show the publication's cover: the first page is there now.
    SERVED_PAGES.bump()
    # Editions saved before the text was there get the language and pages found in it.
    if document.detected_language in dict(language_choices()):
        PublicationFile.objects.filter(document_id=document_id, language="").update(
            language=document.detected_language
        )
    if document.page_count:
        PublicationPage.objects.filter(
            files__document_id=document_id, page_count__isnull=True
        ).update(page_count=document.page_count)
    # Search finds the file, and the publications that carry it, by its text: re-index them.
    insert_or_update_object(document)
    for page in PublicationPage.objects.filter(files__document_id=document_id).distinct():
        insert_or_update_object(page)


def _read(document):
    try:
        with document.open_file() as handle:
            return handle.read()
    except OSError as error:
        raise ExtractionError(UNREADABLE, str(error)) from error


def enqueue_extraction(document):
    transaction.on_commit(lambda: extract_document_text.enqueue(document.pk))


@task()
def update_reference_index(objects):
    """Wagtail's reference-index update for many objects in one task: ``objects`` is a list of
    [app label, model name, primary key]. The importer queues one per batch of rows instead of
    the one task per save (several per page) that Wagtail's signal handler would queue."""
    from django.apps import apps
    from wagtail.models import ReferenceIndex

    for app_label, model_name, pk in objects:
        model = apps.get_model(app_label, model_name)
        instance = model.objects.filter(pk=pk).first()
        if instance is not None and ReferenceIndex.is_indexed(model):
            with transaction.atomic():
                ReferenceIndex.create_or_update_for_object(instance)
