"""Demo advocacy: two policy briefs citing the demo publications (the first translated into
Romanian through wagtail-localize) and an initiative with its dated timeline. Runs after the
library's demo (INSTALLED_APPS order); adds only what is not there yet."""

import datetime

from django.utils.html import escape
from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.models import Country, Topic
from home.translations import translate_page
from library.demo import external_id
from library.models import PublicationPage

from .models import AdvocacyIndexPage, AdvocacyInitiativePage, InitiativeMilestone, PolicyBriefPage

GATEKEEPING = "Gatekeeping in alternative care: preventing unnecessary family separation"
FOSTER_STANDARDS = "Quality standards for foster care"
GROOMING = "Online grooming and sextortion: what professionals need to know"
SAFER_SCHOOLS = "Safer schools: a whole-school approach to preventing bullying and violence"


def rich(text):
    return RichText(f"<p>{escape(text)}</p>")


def family_brief_body(text, cite):
    """The body of the brief on family separation, in one language (``text``); the blocks
    are the same in every language, so that a translation pairs them by position."""
    return [
        ("problem", rich(text["problem"])),
        (
            "evidence",
            {
                "publication": cite[GATEKEEPING],
                "finding": text["finding_1"],
                "pages": "",
                "quotation": False,
            },
        ),
        (
            "statistic",
            {"figure": text["figure"], "label": text["figure_label"], "source": cite[GATEKEEPING]},
        ),
        (
            "evidence",
            {
                "publication": cite[FOSTER_STANDARDS],
                "finding": text["finding_2"],
                "pages": "",
                "quotation": False,
            },
        ),
        ("recommendation", {"audience": "national", "text": text["recommendation_1"]}),
        ("recommendation", {"audience": "local", "text": text["recommendation_2"]}),
        (
            "call_to_action",
            {
                "title": text["call_title"],
                "text": text["call_text"],
                "contact_name": "",
                "contact_email": "",
            },
        ),
    ]


FAMILY_BRIEF = {
    "slug": "keeping-families-together",
    "date": datetime.date(2025, 3, 12),
    "topics": ["alternative-care", "foster-care"],
    "countries": ["romania", "moldova"],
    "authors": "Elena Ionescu\nMihai Rusu",
    "organisations": "ChildHub\nTerre des hommes",
    "en": {
        "title": "Keeping families together: gatekeeping before placement",
        "summary": "Why every decision to separate a child from the family should pass through a "
        "multidisciplinary panel, and what foster care must offer when separation is necessary.",
        "problem": "Too many children still enter residential care because their families are "
        "poor, not because they are unsafe. Once placed, they stay for years.",
        "finding_1": "Municipalities with a placement panel reduced new entries into residential "
        "care within two years, without more children returning to harm.",
        "figure": "1 in 3",
        "figure_label": "placements that a panel redirected to family support",
        "finding_2": "Foster carers who receive supervision and respite care keep placements "
        "stable and are far less likely to give up.",
        "recommendation_1": "Make a multidisciplinary gatekeeping panel a legal condition for "
        "every placement outside the family.",
        "recommendation_2": "Fund family support services in each municipality before adding "
        "places in residential care.",
        "call_title": "Bring the panel to your municipality",
        "call_text": "Social assistance directorates can adopt the panel model from the "
        "gatekeeping guide this year, with the staff they already have.",
    },
    "ro": {
        "title": "Familii unite: filtrarea intrărilor înainte de plasament",
        "summary": "De ce orice decizie de separare a copilului de familie ar trebui să treacă "
        "printr-o comisie multidisciplinară și ce trebuie să ofere asistența maternală atunci "
        "când separarea este necesară.",
        "problem": "Prea mulți copii ajung încă în îngrijire rezidențială pentru că familiile lor "
        "sunt sărace, nu pentru că ar fi în pericol. Odată plasați, rămân acolo ani de zile.",
        "finding_1": "Municipiile care au înființat o comisie de plasament au redus în doi ani "
        "intrările noi în îngrijirea rezidențială, fără ca mai mulți copii să fie din nou "
        "expuși riscului.",
        "figure": "1 din 3",
        "figure_label": "plasamente redirecționate de comisie către sprijinul familiei",
        "finding_2": "Asistenții maternali care beneficiază de supervizare și de îngrijire de "
        "răgaz mențin plasamente stabile și renunță mult mai rar.",
        "recommendation_1": "Comisia multidisciplinară de filtrare să devină o condiție legală "
        "pentru orice plasament în afara familiei.",
        "recommendation_2": "Finanțați servicii de sprijin pentru familie în fiecare municipiu "
        "înainte de a adăuga locuri în îngrijirea rezidențială.",
        "call_title": "Aduceți comisia în municipiul dumneavoastră",
        "call_text": "Direcțiile de asistență socială pot adopta încă de anul acesta modelul "
        "comisiei din ghidul de filtrare, cu personalul pe care îl au deja.",
    },
}

ONLINE_BRIEF = {
    "slug": "protecting-children-online",
    "date": datetime.date(2025, 9, 30),
    "topics": ["online-abuse", "violence-in-schools"],
    "countries": ["serbia", "bosnia-and-herzegovina"],
    "authors": "Jelena Petrović",
    "organisations": "ChildHub",
    "title": "Protecting children online starts at school",
    "summary": "Schools are where most children first tell an adult about grooming or "
    "sextortion; this brief sets out what schools and ministries need to respond well.",
}


def online_brief_body(cite):
    return [
        (
            "key_messages",
            {
                "messages": [
                    "Children tell teachers first: schools need a clear referral route.",
                    "Online abuse and bullying at school are one problem, not two.",
                ]
            },
        ),
        (
            "problem",
            rich(
                "Grooming and sextortion cases reach the police late, after images have "
                "circulated, because school staff do not know whom to call."
            ),
        ),
        (
            "evidence",
            {
                "publication": cite[GROOMING],
                "finding": "Offenders move a conversation to private, encrypted channels within "
                "days; early signs are visible to peers and teachers.",
                "pages": "",
                "quotation": False,
            },
        ),
        (
            "evidence",
            {
                "publication": cite[SAFER_SCHOOLS],
                "finding": "A whole-school approach with one named safeguarding lead made "
                "reporting of peer violence more consistent.",
                "pages": "",
                "quotation": False,
            },
        ),
        (
            "recommendation",
            {
                "audience": "national",
                "text": "Add online abuse to the national protocol on violence in schools, "
                "with a single referral route to the police and social services.",
            },
        ),
        (
            "recommendation",
            {
                "audience": "practitioners",
                "text": "Name a safeguarding lead in every school and train them on evidence "
                "preservation.",
            },
        ),
    ]


INITIATIVE = {
    "slug": "foster-care-law-moldova",
    "title": "A foster care law for every district",
    "summary": "A coalition campaign for a law that makes professional foster care available in "
    "every district before any child enters residential care.",
    "goal": "Parliament adopts a law that funds professional foster care in every district and "
    "makes a gatekeeping panel mandatory before placement.",
    "status": "active",
    "date": datetime.date(2024, 2, 1),
    "topics": ["alternative-care", "foster-care"],
    "countries": ["moldova"],
    "supporters": "Ministry of Labour and Social Protection\nUNICEF\nTerre des hommes",
    "organisations": "ChildHub",
    "milestones": [
        (
            datetime.date(2024, 2, 15),
            "consultation",
            "The ministry opened a public consultation on the reform of alternative care.",
        ),
        (
            datetime.date(2024, 10, 8),
            "draft-submitted",
            "The draft law was sent to parliament with the coalition's amendments on gatekeeping.",
        ),
        (
            datetime.date(2025, 5, 20),
            "other",
            "The social protection committee heard foster carers and young people who left care.",
        ),
    ],
}


def terms(model, locale, slugs):
    return model.objects.filter(locale=locale, slug__in=slugs)


def add_page(index, model, slug, fields, topics, countries):
    page = index.add_child(instance=model(slug=slug, locale=index.locale, **fields))
    page.topics.set(terms(Topic, index.locale, topics))
    page.countries.set(terms(Country, index.locale, countries))
    page.save_revision().publish()
    return page


def load_demo(stdout=None):
    """Add the demo briefs and initiative that are not there yet; says how many were added."""
    index = AdvocacyIndexPage.objects.filter(locale__language_code="en").first()
    cite = {
        page.external_id: page
        for page in PublicationPage.objects.filter(
            locale__language_code="en",
            external_id__in=[
                external_id(title)
                for title in (GATEKEEPING, FOSTER_STANDARDS, GROOMING, SAFER_SCHOOLS)
            ],
        )
    }
    cite = {
        title: cite.get(external_id(title))
        for title in (GATEKEEPING, FOSTER_STANDARDS, GROOMING, SAFER_SCHOOLS)
    }
    if index is None or None in cite.values():
        return "no advocacy index or demo publications: nothing added"
    added = 0
    existing = PolicyBriefPage.objects.child_of(index)
    family = existing.filter(slug=FAMILY_BRIEF["slug"]).first()
    if family is None:
        text = FAMILY_BRIEF["en"]
        family = add_page(
            index,
            PolicyBriefPage,
            FAMILY_BRIEF["slug"],
            {
                "title": text["title"],
                "summary": text["summary"],
                "date": FAMILY_BRIEF["date"],
                "authors": FAMILY_BRIEF["authors"],
                "organisations": FAMILY_BRIEF["organisations"],
                "body": family_brief_body(text, cite),
            },
            FAMILY_BRIEF["topics"],
            FAMILY_BRIEF["countries"],
        )
        added += 1
    ro = FAMILY_BRIEF["ro"]
    translate_page(
        family,
        Locale.objects.get(language_code="ro"),
        {"title": ro["title"], "summary": ro["summary"], "body": family_brief_body(ro, cite)},
    )
    online = existing.filter(slug=ONLINE_BRIEF["slug"]).first()
    if online is None:
        add_page(
            index,
            PolicyBriefPage,
            ONLINE_BRIEF["slug"],
            {
                "title": ONLINE_BRIEF["title"],
                "summary": ONLINE_BRIEF["summary"],
                "date": ONLINE_BRIEF["date"],
                "authors": ONLINE_BRIEF["authors"],
                "organisations": ONLINE_BRIEF["organisations"],
                "body": online_brief_body(cite),
            },
            ONLINE_BRIEF["topics"],
            ONLINE_BRIEF["countries"],
        )
        added += 1
    if not AdvocacyInitiativePage.objects.child_of(index).filter(slug=INITIATIVE["slug"]).exists():
        fields = {
            name: INITIATIVE[name]
            for name in (
                "title",
                "summary",
                "goal",
                "status",
                "date",
                "supporters",
                "organisations",
            )
        }
        initiative = AdvocacyInitiativePage(slug=INITIATIVE["slug"], locale=index.locale, **fields)
        initiative.milestones = [
            InitiativeMilestone(date=day, stage=stage, description=text)
            for day, stage, text in INITIATIVE["milestones"]
        ]
        index.add_child(instance=initiative)
        initiative.topics.set(terms(Topic, index.locale, INITIATIVE["topics"]))
        initiative.countries.set(terms(Country, index.locale, INITIATIVE["countries"]))
        initiative.related_briefs.set([family])
        initiative.related_publications.set([cite[GATEKEEPING], cite[FOSTER_STANDARDS]])
        initiative.save_revision().publish()
        added += 1
    return f"{added} demo briefs and initiatives added"
