from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from library.importers import (
    OUTCOMES,
    REFUSED,
    PublicationImporter,
    RowError,
    read_manifest,
    write_report,
)


class Command(BaseCommand):
    help = "Import publications from a CSV manifest and a folder of PDF/DOCX files."

    def add_arguments(self, parser):
        parser.add_argument("manifest", help="CSV file, one row per publication")
        parser.add_argument("--files", required=True, help="folder holding the files")
        parser.add_argument("--locale", default="en", help="language tree to import into")
        parser.add_argument("--dry-run", action="store_true", help="check, report, save nothing")
        parser.add_argument("--report", help="where to write the report: every row's outcome")

    def handle(self, manifest, files, locale, dry_run, report, **options):
        if not Path(files).is_dir():
            raise CommandError(f"--files: {files} is not a folder")
        try:
            rows = read_manifest(manifest)
            importer = PublicationImporter(files, locale, dry_run=dry_run)
        except (OSError, RowError) as error:
            raise CommandError(str(error)) from error
        report = report or f"{manifest}.report.csv"
        progress = tqdm(rows, unit="row", desc="Importing", disable=options["verbosity"] == 0)
        results = []  # of the committed batches
        try:
            for result in importer.import_rows(progress):
                results.append(result)
        except KeyboardInterrupt:
            progress.close()
            self.summarise(results, report, dry_run)
            rest = f"after line {results[-1].line}" if results else "of the manifest"
            self.stderr.write(
                f"Interrupted: the rows {rest} were not checked."
                if dry_run
                else f"Interrupted: the rows {rest} were not imported (the batch in progress "
                "was rolled back). Run the same command again to import them."
            )
            raise
        self.summarise(results, report, dry_run)

    def summarise(self, results, report, dry_run):
        write_report(report, results)
        counts = ", ".join(
            f"{outcome} {sum(r.status == outcome for r in results)}" for outcome in OUTCOMES
        )
        warned = sum(bool(r.messages) and r.status != REFUSED for r in results)
        prefix = "Dry run: would have " if dry_run else ""
        self.stdout.write(f"{prefix}{counts}, with warnings {warned}. Report: {report}")
