"""A site with one page of every type the design system builds, in English, Albanian and
Bulgarian: for the design-system tests (home/tests/test_design_system.py) and the browser tests
(tests/browser/test_design_system.py)."""

import datetime
import io
from types import SimpleNamespace

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from academy.models import CourseIndexPage
from home.demo.images import compose
from home.factories import NewsPageFactory, StandardPageFactory, TopicFactory
from home.models import Audience, Country, ResourceType, SiteSettings
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from tests.builders import build_site, sync_trees, translate


def term(model, slug, **names):
    """A taxonomy term in English and its translations (``sq="…"``)."""
    english = model.objects.create(
        locale=Locale.objects.get(language_code="en"), slug=slug, name=names.pop("en")
    )
    for code, name in names.items():
        model.objects.create(
            locale=Locale.objects.get(language_code=code),
            slug=slug,
            name=name,
            translation_key=english.translation_key,
        )
    return english


def build_design_site():
    site = build_site()
    home = site.home
    care = term(
        TopicFactory._meta.model,
        "alternative-care",
        en="Alternative care",
        sq="Kujdesi alternativ",
        bg="Алтернативна грижа",
    )
    online = term(TopicFactory._meta.model, "online-abuse", en="Online abuse", sq="Abuzimi online")
    bulgaria = term(Country, "bulgaria", en="Bulgaria", sq="Bullgaria", bg="България")
    report = term(ResourceType, "report", en="Report", sq="Raport", bg="Доклад")
    social = term(Audience, "social-workers", en="Social workers", bg="Социални работници")

    library = LibraryPageFactory(parent=home, show_in_menus=True)
    english = PublicationPageFactory(
        parent=library,
        title="Foster care in South-East Europe: a regional review of standards and services",
        slug="foster-care-review",
        summary="How foster families are assessed, trained and supported in eleven countries.",
        publication_date=datetime.date(2025, 10, 14),
        resource_type=report,
        doi="10.1234/childhub.2025.17",
        licence="CC BY 4.0",
        external_url="https://example.org/reports/foster-care-review-2025-with-a-long-address",
        terms={"topics": [care], "countries": [bulgaria], "audiences": [social]},
        editions=[
            ("en", LibraryDocumentFactory(title="Foster care review EN")),
            ("sq", LibraryDocumentFactory(title="Foster care review SQ", detected_language="sq")),
        ],
    )
    bulgarian = PublicationPageFactory(
        parent=library,
        title="Закрила на децата с увреждания в общността",
        slug="zakrila-na-detsata-s-uvrezhdaniya-v-obshchnostta",
        summary="Изследване на услугите в общността за деца с увреждания и техните семейства.",
        organisations="Агенция за социално подпомагане",
        publication_date=datetime.date(2024, 5, 13),
        resource_type=report,
        terms={"topics": [care], "countries": [bulgaria]},
        editions=[("bg", LibraryDocumentFactory(title="Zakrila BG", detected_language="bg"))],
    )
    english.related_publications.set([bulgarian])
    english.save_revision().publish()

    image = get_image_model().objects.create(
        title="Illustration",
        description="",
        file=ImageFile(io.BytesIO(compose("foster care")), name="foster.png"),
    )
    article = NewsPageFactory(
        parent=site.news,
        title="Moldova adopts national quality standards for foster care",
        summary="New standards set out how foster families are assessed, trained and supported.",
        date=datetime.date(2026, 10, 14),
        image=image,
        topics=[care, online],
        countries=[bulgaria],
    )
    NewsPageFactory(
        parent=site.news,
        title="Bulgaria marks a milestone in deinstitutionalisation",
        summary="The last homes for young children have closed.",
        date=datetime.date(2026, 3, 30),
        topics=[care],
    )
    translate(
        article,
        "sq",
        title="Moldavia miraton standardet kombëtare për kujdestarinë familjare",
        summary="Standardet e reja përcaktojnë si vlerësohen dhe mbështeten familjet kujdestare.",
    )
    ask = StandardPageFactory(
        parent=home,
        title="Ask an expert",
        slug="ask-an-expert",
        intro="Send a question about a case to one of ChildHub's resource persons.",
    )
    academy = CourseIndexPage(title="Academy", slug="academy", intro="Free courses.")
    home.add_child(instance=academy)
    academy.save_revision().publish()

    home.sections = [
        ("featured_publications", {"heading": "Featured publications", "publications": [english]}),
        ("newest_publications", {"heading": "New in the library", "count": 4}),
        ("topics", {"heading": "Browse by topic"}),
        ("latest_news", {"heading": "Latest news", "count": 3}),
        (
            "call_to_action",
            {
                "title": "Ask an expert",
                "text": "Facing a difficult case?",
                "page": ask,
                "link_text": "Ask a question",
            },
        ),
    ]
    home.save_revision().publish()
    sync_trees()

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.about_page = site.about
    settings.ask_expert_page = ask
    settings.contact_email = "contact@childhub.example.org"
    settings.save()
    return SimpleNamespace(
        **vars(site),
        library=library,
        english=english,
        bulgarian=bulgarian,
        article=article,
        ask=ask,
        academy=academy,
    )
