"""Background work of the advocacy app: the PDF of each published revision of a brief, made
once (django-tasks)."""

import logging

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def make_brief_pdf(pdf_id):
    from .models import BriefPDF
    from .pdf import render_pdf

    # Only the task that moves it from waiting to being made makes it: a second one queued for
    # the same revision finds nothing to do.
    if not BriefPDF.objects.filter(pk=pdf_id, status=BriefPDF.Status.PENDING).update(
        status=BriefPDF.Status.RUNNING
    ):
        return
    pdf = BriefPDF.objects.select_related("revision").get(pk=pdf_id)
    try:
        brief = pdf.revision.as_object()
        content = render_pdf(brief)
    except Exception as error:
        logger.exception("The PDF of brief %s (revision %s) failed.", pdf.page_id, pdf.revision_id)
        BriefPDF.objects.filter(pk=pdf_id).update(
            status=BriefPDF.Status.FAILED,
            error=f"{type(error).__name__}: {error}"[:2000],
            finished_at=timezone.now(),
        )
        return
    name = f"{slugify(brief.title)[:50] or 'brief'}-{pdf.revision_id}.pdf"
    pdf.file.save(name, ContentFile(content), save=False)
    BriefPDF.objects.filter(pk=pdf_id).update(
        status=BriefPDF.Status.READY, file=pdf.file.name, finished_at=timezone.now()
    )


def request_pdf(brief):
    """The BriefPDF of the brief's live revision, queued for making when it is new (after the
    transaction commits); None for a brief that is not live."""
    from .models import BriefPDF

    if not brief.live or brief.live_revision_id is None:
        return None
    try:
        pdf, created = BriefPDF.objects.get_or_create(
            revision_id=brief.live_revision_id, defaults={"page_id": brief.pk}
        )
    except IntegrityError:  # made at the same moment by another request
        pdf, created = BriefPDF.objects.get(revision_id=brief.live_revision_id), False
    if created:
        pdf_id = pdf.pk
        transaction.on_commit(lambda: make_brief_pdf.enqueue(pdf_id))
    return pdf


def pdf_on_publish(sender, instance, **kwargs):
    """``page_published`` receiver: each published revision of a brief gets its PDF."""
    from .models import PolicyBriefPage

    if isinstance(instance, PolicyBriefPage) and instance.alias_of_id is None:
        request_pdf(instance)
