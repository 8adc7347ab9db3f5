from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from library.importers import PublicationImporter, RowError, read_manifest, write_report


class DryRun(Exception):
    pass


class Command(BaseCommand):
    help = "Import publications from a CSV manifest and a folder of PDF/DOCX files."

    def add_arguments(self, parser):
        parser.add_argument("manifest", help="CSV file, one row per publication")
        parser.add_argument("--files", required=True, help="folder holding the files")
        parser.add_argument("--locale", default="en", help="language tree to import into")
        parser.add_argument("--dry-run", action="store_true", help="check, report, save nothing")
        parser.add_argument("--report", help="where to write the report of problem rows")

    def handle(self, manifest, files, locale, dry_run, report, **options):
        if not Path(files).is_dir():
            raise CommandError(f"--files: {files} is not a folder")
        try:
            rows = read_manifest(manifest)
            importer = PublicationImporter(files, locale)
        except (OSError, RowError) as error:
            raise CommandError(str(error)) from error
        results = []
        try:
            with transaction.atomic():
                progress = tqdm(
                    rows, unit="row", desc="Importing", disable=options["verbosity"] == 0
                )
                results.extend(importer.import_rows(progress))
                if dry_run:
                    raise DryRun
        except DryRun:
            pass
        report = report or f"{manifest}.report.csv"
        write_report(report, results)
        counts = {
            status: sum(r.status == status for r in results)
            for status in ("created", "updated", "failed")
        }
        warned = sum(bool(r.messages) and r.status != "failed" for r in results)
        prefix = "Dry run: would have " if dry_run else ""
        self.stdout.write(
            f"{prefix}created {counts['created']}, updated {counts['updated']}, "
            f"failed {counts['failed']}, with warnings {warned}. Report: {report}"
        )
