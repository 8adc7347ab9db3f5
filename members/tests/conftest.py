"""Fixtures of the members' tests."""

import pytest
from wagtail.models import Locale

from home.factories import CountryFactory
from home.models.taxonomy import Audience, Topic


@pytest.fixture
def terms():
    en, sq = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="sq")
    albania = CountryFactory(name="Albania", slug="albania", locale=en)
    albania_sq = albania.copy_for_translation(sq)
    albania_sq.name = "Shqipëria"
    albania_sq.save()
    serbia = CountryFactory(name="Serbia", slug="serbia", locale=en)
    social = Audience.objects.create(name="Social workers", slug="social-workers", locale=en)
    police = Audience.objects.create(name="Police", slug="police", locale=en)
    abuse = Topic.objects.create(name="Online abuse", slug="online-abuse", locale=en)
    return dict(
        albania=albania,
        albania_sq=albania_sq,
        serbia=serbia,
        social=social,
        police=police,
        abuse=abuse,
    )
