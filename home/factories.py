"""Factories for tests (wagtail-factories / factory_boy)."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from .models import Country, HomePage, NewsIndexPage, NewsPage, StandardPage, Topic


class LocaleMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))

    class Meta:
        abstract = True


class TopicFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = Topic


class CountryFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Country {n}")
    slug = factory.Sequence(lambda n: f"country-{n}")

    class Meta:
        model = Country


class HomePageFactory(wagtail_factories.PageFactory):
    title = "ChildHub"
    hero_title = "Knowledge for child protection"
    hero_intro = "Publications, courses and news for professionals."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "An introduction."

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    show_in_menus = True

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News article {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    summary = "A short summary of the article."

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)  # a parental relation: kept in memory until saved
            self.save()

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            self.countries.set(extracted)
            self.save()
