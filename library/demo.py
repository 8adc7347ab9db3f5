"""Demo publications with real PDFs, imported through the same path as a bulk import."""

import tempfile
from pathlib import Path

from anyascii import anyascii
from django.utils.text import slugify

from .demo_data import PUBLICATIONS
from .demo_data._text import blocks
from .importers import CREATED, REFUSED, PublicationImporter
from .models import PublicationPage
from .pdfs import make_pdf


def external_id(title):
    """A stable id from the title, also for titles in Cyrillic script."""
    return f"demo-{slugify(anyascii(title))[:60]}"


def demo_rows():
    """(external_id, row without files, {language: (title, paragraphs and headings)})"""
    for item in PUBLICATIONS:
        row = {
            "title": item["title"],
            "summary": item["summary"],
            "resource_type": item["resource_type"],
            "topics": ";".join(item["topics"]),
            "countries": ";".join(item["countries"]),
            "audiences": ";".join(item["audiences"]),
            "publication_date": item["date"].isoformat(),
            "authors": item["authors"],
            "organisations": item["organisations"],
            "licence": "CC BY-NC 4.0",
        }
        texts = {code: (title, blocks(text)) for code, (title, text) in item["editions"].items()}
        yield external_id(item["title"]), row, texts


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
            if result.status == REFUSED and stdout:
                stdout.write(f"  demo publication {result.external_id} failed: {result.messages}")
            added += result.status == CREATED
    return f"{added} demo publications added"
