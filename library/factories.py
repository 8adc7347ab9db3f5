"""Factories for library tests (and the benches)."""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile

from .models import ExtractionStatus, LibraryDocument, LibraryPage, PublicationFile, PublicationPage
from .pdfs import make_pdf


class LibraryDocumentFactory(factory.django.DjangoModelFactory):
    """A real PDF, its text already extracted (the background task is tested on its own)."""

    title = factory.Sequence(lambda n: f"Document {n}")
    extracted_text = factory.LazyAttribute(lambda document: f"Text of {document.title}.")
    detected_language = "en"
    page_count = 1
    extraction_status = ExtractionStatus.DONE
    file = factory.LazyAttribute(
        lambda document: ContentFile(
            make_pdf(document.title, [f"Text of {document.title}."]),
            name=f"{document.title.lower().replace(' ', '-')}.pdf",
        )
    )

    class Meta:
        model = LibraryDocument


class LibraryPageFactory(wagtail_factories.PageFactory):
    title = "Library"
    slug = "library"
    intro = "Research, guidelines and laws."

    class Meta:
        model = LibraryPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Publication {n}")
    summary = "What the publication is about."
    authors = "Ana Popescu\nIvan Petrov"
    organisations = "Terre des hommes"
    publication_date = factory.Sequence(
        lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=30 * n)
    )

    class Meta:
        model = PublicationPage
        skip_postgeneration_save = True

    @factory.post_generation
    def terms(self, create, extracted, **kwargs):
        """terms={"topics": [...], "countries": [...], "audiences": [...]}"""
        if create and extracted:
            for name, values in extracted.items():
                getattr(self, name).set(values)
            self.save()

    @factory.post_generation
    def editions(self, create, extracted, **kwargs):
        """editions=[("en", document), ("sq", document)], saved with the page (as the admin
        does), so that search indexes the publication with its files."""
        if create and extracted:
            self.files = [
                PublicationFile(document=document, language=language, sort_order=index)
                for index, (language, document) in enumerate(extracted)
            ]
            self.save()
