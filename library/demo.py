"""Demo publications with real PDFs, imported through the same path as a bulk import."""

import tempfile
from pathlib import Path

from anyascii import anyascii
from django.utils.text import slugify

from .demo_data import PUBLICATIONS, SERIES, SERIES_COUNTRIES
from .importers import PublicationImporter
from .models import PublicationPage
from .pdfs import make_pdf


def external_id(title):
    """A stable id from the title, also for titles in Cyrillic script."""
    return f"demo-{slugify(anyascii(title))[:60]}"


def demo_rows():
    """(external_id, row without files, {language: (title, paragraphs)})"""
    for title, summary, kind, topics, countries, audiences, date, texts in PUBLICATIONS:
        row = {
            "title": title,
            "summary": summary,
            "resource_type": kind,
            "topics": ";".join(topics),
            "countries": ";".join(countries),
            "audiences": ";".join(audiences),
            "publication_date": date.isoformat(),
            "organisations": "Terre des hommes",
            "licence": "CC BY-NC 4.0",
        }
        yield external_id(title), row, {code: (title, p) for code, p in texts.items()}
    for index, (title, summary, kind, topics, audiences, paragraphs) in enumerate(SERIES):
        for offset, (slug, country) in enumerate(SERIES_COUNTRIES):
            local_title = title.format(country=country)
            row = {
                "title": local_title,
                "summary": summary.format(country=country),
                "resource_type": kind,
                "topics": ";".join(topics),
                "countries": slug,
                "audiences": ";".join(audiences),
                "publication_date": f"{2019 + (index + offset) % 7}-{1 + offset % 12:02d}-15",
                "organisations": "ChildHub regional network",
                "licence": "CC BY 4.0",
            }
            text = [paragraph.format(country=country) for paragraph in paragraphs]
            yield external_id(local_title), row, {"en": (local_title, text)}


def load_demo(stdout=None):
    """Import the demo publications that are not there yet; says how many were added."""
    existing = set(
        PublicationPage.objects.filter(locale__language_code="en").values_list(
            "external_id", flat=True
        )
    )
    missing = [item for item in demo_rows() if item[0] not in existing]
    if not missing:
        return "demo publications already there"
    with tempfile.TemporaryDirectory() as folder:

        def rows():
            for line, (external_id, row, texts) in enumerate(missing, start=2):
                files = []
                for code, (title, paragraphs) in texts.items():
                    name = f"{external_id}-{code}.pdf"
                    Path(folder, name).write_bytes(make_pdf(title, paragraphs))
                    files.append(f"{name}|{code}")
                yield line, {**row, "external_id": external_id, "files": ";".join(files)}

        added = 0
        for result in PublicationImporter(folder, "en").import_rows(rows()):
            if result.status == "failed" and stdout:
                stdout.write(f"  demo publication {result.external_id} failed: {result.messages}")
            added += result.status == "created"
    return f"{added} demo publications added"
