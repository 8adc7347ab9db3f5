"""The library's components for the pattern library (COMPONENTS.md): each renders with sample
data in Latin and Cyrillic script. Unsaved instances only: nothing is written."""

import datetime

from django.utils.translation import gettext as _

from home.models import ResourceType
from home.patterns import TEXT, locale_of, sample_page

from .languages import language_name
from .listing import TERM_FACETS, Facet, Option

SAMPLES = {
    "latin": {
        "language": "sq",
        "title": "Udhëzues për punonjësit socialë: vlerësimi i rrezikut për fëmijët",
        "summary": (
            "Një udhëzues praktik për vlerësimin e rrezikut dhe hartimin e planit të mbrojtjes "
            "për fëmijët që përjetojnë dhunë në familje."
        ),
        "organisations": "Terre des hommes\nShërbimi Social Shtetëror",
        "type": "Udhëzim",
        "editions": ["sq", "en"],
        "topics": [("violence", "Dhuna ndaj fëmijëve", 12), ("online", "Abuzimi në internet", 4)],
        "countries": ["Shqipëri", "Kosovë", "Mal i Zi", "Maqedoni e Veriut", "Serbi", "Rumani"],
    },
    "cyrillic": {
        "language": "bg",
        "title": "Насоки за работа по случаи на насилие над дете: координационен механизъм",
        "summary": (
            "Как социалните работници, полицията, училищата и лекарите действат заедно, когато "
            "дете е в опасност, и кой какво прави в първите 24 часа."
        ),
        "organisations": "Агенция за социално подпомагане",
        "type": "Насоки",
        "editions": ["bg", "en", "ru"],
        "topics": [("nasilie", "Насилие над деца", 9), ("semejstvo", "Семейна грижа", 3)],
        "countries": ["България", "Сърбия", "Молдова", "Украйна", "Румъния", "Черна гора"],
    },
}


def sample_publication(script):
    """An unsaved PublicationPage with what library.cards.prepare_cards sets on it."""
    from .models import PublicationPage

    sample = SAMPLES[script]
    publication = PublicationPage(
        title=sample["title"],
        summary=sample["summary"],
        organisations=sample["organisations"],
        publication_date=datetime.date(2024, 5, 2),
        text_language=sample["language"],
    )
    publication.card_type = ResourceType(name=sample["type"], slug="guideline")
    publication.card_type_lang = ""
    publication.card_languages = sample["editions"]
    publication.card_language = sample["language"]
    publication.card_cover = None  # the placeholder of the publication's type
    return publication


def cover_sample(script):
    """An unsaved publication with editions, for the cover of its type."""
    from .models import PublicationFile, PublicationPage

    text = TEXT[script]
    return sample_page(
        PublicationPage,
        title=text["title"],
        summary=text["summary"],
        organisations="Terre des hommes\nUNICEF",
        publication_date=datetime.date(2025, 3, 14),
        locale_id=locale_of(text["language"]),
        files=[PublicationFile(language=text["language"]), PublicationFile(language="en")],
    )


def sample_facets(script):
    """A topic chosen (its group opens), six countries (one behind "Show more"), languages."""
    sample = SAMPLES[script]
    labels = {facet.param: facet.label for facet in TERM_FACETS}
    topics = [
        Option(slug, name, count, index == 0)
        for index, (slug, name, count) in enumerate(sample["topics"])
    ]
    countries = [
        Option(f"country-{index}", name, 10 - index, False)
        for index, name in enumerate(sample["countries"])
    ]
    languages = [Option(code, language_name(code), 3, False) for code in sample["editions"]]
    return [
        Facet("topic", labels["topic"], topics),
        Facet("country", labels["country"], countries),
        Facet("language", _("Language"), languages),
    ]


PATTERNS = [
    {
        "name": "Publication card",
        "template": "components/publication_card.html",
        "doc": (
            "One publication in a listing or a search result: cover (or a placeholder of its "
            "type), title, type, year, organisations, summary or snippet, and the languages of "
            "its editions named in the visitor's language. Prepare the publications with "
            "library.cards.prepare_cards (or {% publication_cards %})."
        ),
        "list": True,
        "context": lambda script: {
            "publication": sample_publication(script),
            "url": "#",
            "heading_level": 3,
        },
    },
    {
        "name": "Cover",
        "template": "components/cover.html",
        "doc": "A publication's cover image, or a typographic cover where it has none.",
        "context": lambda script: {
            "publication": cover_sample(script),
            "type_name": TEXT[script]["crumbs"][0],
            "lang": TEXT[script]["language"],
        },
    },
    {
        "name": "Facet panel",
        "template": "components/facet_panel.html",
        "doc": (
            "The filters of the library and the search: collapsible groups with counts, the "
            "first values shown and the rest behind “Show more”; a sidebar on wide screens, a "
            "dialog behind the “Filters” button on small ones (js/finder.js). Put it inside "
            "the filter form."
        ),
        "context": lambda script: {
            "facets": sample_facets(script),
            "include_english": False,
            "prefix": f"pattern-{script}-",
        },
    },
]
