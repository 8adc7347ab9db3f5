"""Demo members for ``manage.py load_demo_content`` (idempotent: found by e-mail address)."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from home.demo.users import DEMO_PASSWORD
from home.models.taxonomy import Audience, Country, Topic

from .models import Profile, Visibility

DEMO_MEMBERS = [
    # e-mail, name, country, profession, languages, topics, visibility, language
    (
        "drita@example.org",
        "Drita Hoxha",
        "albania",
        "social-workers",
        ["sq", "en"],
        ["foster-care", "case-management"],
        Visibility.PUBLIC,
        "sq",
    ),
    (
        "ion@example.org",
        "Ion Rusu",
        "moldova",
        "justice",
        ["ro", "ru"],
        ["justice-for-children"],
        Visibility.MEMBERS,
        "ro",
    ),
    (
        "milica@example.org",
        "Milica Jovanović",
        "serbia",
        "police",
        ["sh", "en"],
        ["online-abuse"],
        Visibility.MEMBERS,
        "sh",
    ),
    (
        "elena@example.org",
        "Elena Petrova",
        "bulgaria",
        "health",
        ["bg"],
        ["early-childhood", "deinstitutionalisation"],
        Visibility.PUBLIC,
        "bg",
    ),
    (
        "anna@example.org",
        "Kovács Anna",
        "hungary",
        "education",
        ["hu", "en"],
        ["violence-in-schools"],
        Visibility.MEMBERS,
        "hu",
    ),
    (
        "olena@example.org",
        "Olena Shevchenko",
        "ukraine",
        "ngos",
        ["uk", "ru", "en"],
        ["children-on-the-move", "unaccompanied-minors"],
        Visibility.HIDDEN,
        "uk",
    ),
]


def load_demo(stdout=None, password=DEMO_PASSWORD):
    en = Locale.objects.get(language_code="en")
    made = 0
    for email, name, country, profession, languages, topics, visibility, language in DEMO_MEMBERS:
        user, created = get_user_model().objects.get_or_create(
            email=email, defaults={"username": f"member-{email.split('@')[0]}", "first_name": name}
        )
        if not created:
            continue
        user.set_password(password)
        user.save()
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        profile = Profile.objects.create(
            user=user,
            name=name,
            country=Country.objects.filter(locale=en, slug=country).first(),
            profession=Audience.objects.filter(locale=en, slug=profession).first(),
            organisation="ChildHub demo",
            languages=languages,
            visibility=visibility,
            preferred_language=language,
        )
        profile.topics.set(Topic.objects.filter(locale=en, slug__in=topics))
        made += 1
    return f"{made} demo members (password {password!r}), {len(DEMO_MEMBERS) - made} already there"
