from django.core.management.base import BaseCommand

from home.page_cache import SERVED_PAGES
from library.extraction import ExtractionError, extract, sniff_kind
from library.models import ExtractionStatus, LibraryDocument


class Command(BaseCommand):
    help = (
        "Render the first-page thumbnail of every PDF in the library that has none (the "
        "documents stored before thumbnails existed); run it once after upgrading."
    )

    def handle(self, **options):
        rendered = without = failed = 0
        documents = LibraryDocument.objects.filter(
            thumbnail="", extraction_status=ExtractionStatus.DONE
        ).defer("extracted_text")
        for document in documents.iterator():
            try:
                with document.open_file() as handle:
                    data = handle.read()
                # Read in the sandbox, as on upload (library/extraction.py).
                thumbnail = extract(data).thumbnail if sniff_kind(data[:8]) == "pdf" else None
            except (OSError, ExtractionError) as error:
                failed += 1
                self.stderr.write(f"{document.pk} {document.filename}: {error}")
                continue
            if thumbnail is None:
                without += 1
                continue
            document.store_thumbnail(thumbnail)
            LibraryDocument.objects.filter(pk=document.pk).update(
                thumbnail=document.thumbnail.name,
                thumbnail_width=document.thumbnail_width,
                thumbnail_height=document.thumbnail_height,
            )
            rendered += 1
        if rendered:
            SERVED_PAGES.bump()
        self.stdout.write(
            f"{rendered} thumbnails rendered, {without} documents without one (not a PDF, or "
            f"nothing to draw), {failed} could not be read"
        )
