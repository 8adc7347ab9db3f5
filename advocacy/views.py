"""The PDF download of a brief, and the admin's "new brief from publications"."""

from django.http import FileResponse, Http404
from django.template.response import TemplateResponse
from django.utils.text import slugify

RETRY_SECONDS = 10


def serve_pdf(request, page):
    """The PDF of the brief's live revision (an alias's is its source's), made once; while it
    is being made, a page that says so and asks again; after a failure, a page that says that."""
    from .models import BriefPDF
    from .tasks import request_pdf

    source = page.source_brief()
    pdf = request_pdf(source)
    if pdf is None:
        raise Http404
    pdf.refresh_from_db()  # the immediate task backend has made it by now
    if pdf.status == BriefPDF.Status.READY and pdf.file:
        return FileResponse(
            pdf.file.open("rb"),
            content_type="application/pdf",
            as_attachment=True,
            filename=f"{slugify(source.title)[:60] or 'brief'}.pdf",
        )
    failed = pdf.status == BriefPDF.Status.FAILED
    response = TemplateResponse(
        request,
        "advocacy/pdf_status.html",
        {"page": page, "failed": failed, "retry_seconds": RETRY_SECONDS},
        status=503,
    )
    if not failed:
        response["Retry-After"] = str(RETRY_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
