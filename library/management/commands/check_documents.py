from django.core.management.base import BaseCommand

from library.extraction import ExtractionError, check
from library.models import LibraryDocument


class Command(BaseCommand):
    help = (
        "Check the documents stored before active content was looked for: each is served as "
        "a download until it is checked (a PDF free of active content is then shown inline)."
    )

    def handle(self, **options):
        checked = failed = 0
        for document in LibraryDocument.objects.filter(active_content__isnull=True).iterator():
            try:
                with document.open_file() as handle:
                    _kind, found = check(handle.read())
            except (OSError, ExtractionError) as error:
                failed += 1
                self.stderr.write(f"{document.pk} {document.filename}: {error}")
                continue
            LibraryDocument.objects.filter(pk=document.pk).update(active_content=",".join(found))
            checked += 1
        self.stdout.write(f"{checked} documents checked, {failed} could not be read")
