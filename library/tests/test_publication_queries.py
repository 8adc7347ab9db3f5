"""The publication page runs a fixed number of SQL queries, whatever the number of editions,
topics, countries and related publications it shows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site

from home.factories import TopicFactory
from home.models import Country, SiteSettings
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from tests.builders import build_site

BUDGET = 6


def publication(library, n):
    en = Locale.objects.get(language_code="en")
    topics = [TopicFactory(name=f"Topic {n} {i}", slug=f"topic-{n}-{i}") for i in range(n)]
    countries = [
        Country.objects.create(locale=en, name=f"Country {n} {i}", slug=f"country-{n}-{i}")
        for i in range(n)
    ]
    related = [PublicationPageFactory(parent=library, title=f"Related {n} {i}") for i in range(n)]
    languages = ["en", "sq", "bg", "hu", "ro", "sh", "ru", "uk", "en", "sq"][:n]
    page = PublicationPageFactory(
        parent=library,
        title=f"Publication with {n}",
        publication_date=datetime.date(2025, 1, 1),
        terms={"topics": topics, "countries": countries},
        editions=[
            (code, LibraryDocumentFactory(title=f"{n} {i}")) for i, code in enumerate(languages)
        ],
    )
    page.related_publications.set(related)
    page.save_revision().publish()
    return page


def queries_for(client, url):
    client.get(url)  # warm the per-process caches a second visit finds
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


@pytest.mark.django_db
def test_publication_page_queries_are_few_and_constant(client):
    site = build_site()
    SiteSettings.for_site(Site.objects.get(is_default_site=True))  # as the demo loader leaves it
    library = LibraryPageFactory(parent=site.home)
    one = publication(library, 1)
    ten = publication(library, 10)
    small, large = queries_for(client, one.url), queries_for(client, ten.url)
    assert len(small) == len(large), "\n\n".join(large if len(large) > len(small) else small)
    assert len(large) <= BUDGET, "\n\n".join(large)
