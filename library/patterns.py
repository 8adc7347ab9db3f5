"""Sample data for the pattern library: the library's components. Nothing is saved."""

import datetime
from types import SimpleNamespace

from home.patterns import TEXT, locale_of, sample_page
from library.models import PublicationFile, PublicationPage


def publication(script):
    text = TEXT[script]
    page = sample_page(
        PublicationPage,
        title=text["title"],
        summary=text["summary"],
        organisations="Terre des hommes\nUNICEF",
        publication_date=datetime.date(2025, 3, 14),
        locale_id=locale_of(text["language"]),
        files=[PublicationFile(language=text["language"]), PublicationFile(language="en")],
    )
    page.local_type = SimpleNamespace(name=text["crumbs"][0])
    return page


PATTERNS = [
    {
        "name": "Publication card",
        "template": "components/publication_card.html",
        "doc": "One publication in a listing or search result (in a ul.cards).",
        "list": True,
        "context": lambda script: {"publication": publication(script)},
    },
    {
        "name": "Cover",
        "template": "components/cover.html",
        "doc": "A publication's cover image, or a typographic cover where it has none.",
        "context": lambda script: {
            "publication": publication(script),
            "type_name": TEXT[script]["crumbs"][0],
            "lang": TEXT[script]["language"],
        },
    },
]
