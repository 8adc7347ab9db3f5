"""A small fixed corpus for the search tests: what each document says is chosen so that every
expectation (which words match, in which language, in what order) can be read off below."""

import datetime
from io import StringIO
from types import SimpleNamespace

from django.core.cache import cache
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Locale

from home.factories import CountryFactory, NewsPageFactory, TopicFactory
from home.models import ResourceType
from library.factories import LibraryDocumentFactory, LibraryPageFactory, PublicationPageFactory
from tests.builders import build_site, sync_trees, translate


def document(text, language):
    return LibraryDocumentFactory(extracted_text=text, detected_language=language)


def build_corpus():
    site = build_site()
    en = Locale.objects.get(language_code="en")
    violence = TopicFactory(name="Violence against children", slug="violence")
    online = TopicFactory(name="Online abuse", slug="online-abuse", parent=violence)
    foster = TopicFactory(name="Foster care", slug="foster-care")
    albania = CountryFactory(name="Albania", slug="albania")
    serbia = CountryFactory(name="Serbia", slug="serbia")
    report = ResourceType.objects.create(locale=en, name="Report", slug="report")
    guideline = ResourceType.objects.create(locale=en, name="Guideline", slug="guideline")
    library = LibraryPageFactory(parent=site.home)

    def publication(title, summary, year, kind, topics, countries, editions):
        return PublicationPageFactory(
            parent=library,
            title=title,
            summary=summary,
            authors="",
            organisations="Terre des hommes",
            publication_date=datetime.date(year, 3, 1),
            resource_type=kind,
            terms={"topics": topics, "countries": countries},
            editions=[(code, document(text, code)) for code, text in editions],
        )

    corpus = SimpleNamespace(site=site, library=library, topics=(violence, online, foster))
    # "participation": in the first title, only in the second one's PDF.
    corpus.participation_title = publication(
        "Child participation in decision-making",
        "How practitioners involve young people in decisions about their care.",
        2025,
        report,
        [foster],
        [albania],
        [("en", "A practice guide with exercises for case conferences.")],
    )
    corpus.participation_body = publication(
        "Case conference practice guide",
        "Steps for running a multidisciplinary case conference.",
        2023,
        guideline,
        [foster],
        [serbia],
        [("en", "Participation of the young person is required at every review meeting.")],
    )
    # Only the singular "child" anywhere in it.
    corpus.helpline = publication(
        "Helplines for every child",
        "A child who calls a helpline is heard by a trained counsellor.",
        2024,
        report,
        [online],
        [serbia],
        [("en", "The helpline answers calls from any child, day and night.")],
    )
    # An English publication with an Albanian edition whose text is only in the PDF.
    corpus.albanian_edition = publication(
        "Risk assessment guide for social workers",
        "A practical guide to assessing risk and planning protection.",
        2022,
        guideline,
        [violence],
        [albania],
        [
            ("en", "Social workers assess the safety of the child within 72 hours."),
            ("sq", "Punonjësit socialë vlerësojnë sigurinë e fëmijës dhe plotësojnë formularë."),
        ],
    )
    corpus.news = NewsPageFactory(
        parent=site.news,
        title="Serbia adopts a strategy against online abuse",
        summary="The strategy protects children online.",
        date=datetime.date(2026, 5, 4),
        topics=[online],
        countries=[serbia],
    )
    # Real translations, each in its own tree.
    corpus.news_sq = translate(
        corpus.news,
        "sq",
        title="Serbia miraton një strategji kundër abuzimit në internet",
        summary="Strategjia mbron fëmijët nga dhuna në internet.",
    )
    corpus.news_sh = translate(
        corpus.news,
        "sh",
        title="Srbija usvojila strategiju protiv zlostavljanja na internetu",
        summary="Nasilje na internetu ugrožava djecu.",
    )
    corpus.news_ro = translate(
        corpus.news,
        "ro",
        title="Serbia adoptă o strategie împotriva abuzului online",
        summary="Strategia sprijină fiecare familie și protejează copiii online.",
    )
    sync_trees()
    return corpus


class CorpusTestCase(TestCase):
    """Tests over the corpus. Index updates run after the commit (``search/indexing.py``), so
    building it runs the commit callbacks a test transaction would otherwise hold back."""

    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            cls.corpus = build_corpus()


class OnePublicationTestCase(TestCase):
    """One English publication, "Foster care review", in the database index; each test starts
    with an empty cache (so with Elasticsearch's circuit breaker closed)."""

    @classmethod
    def setUpTestData(cls):
        site = build_site()
        library = LibraryPageFactory(parent=site.home)
        cls.publication = PublicationPageFactory(
            parent=library,
            title="Foster care review",
            summary="A regional review of foster care.",
            publication_date=datetime.date(2024, 5, 2),
            editions=[("en", LibraryDocumentFactory(extracted_text="Kinship placements."))],
        )
        call_command("update_index", stdout=StringIO())  # the database index

    def setUp(self):
        cache.clear()
        self.addCleanup(cache.clear)
