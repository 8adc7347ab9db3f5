"""Factories for advocacy tests (and the benches)."""

import datetime

import factory
import wagtail_factories

from .models import AdvocacyIndexPage, AdvocacyInitiativePage, PolicyBriefPage


class AdvocacyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Advocacy"
    slug = "advocacy"
    intro = "Policy briefs and campaigns."

    class Meta:
        model = AdvocacyIndexPage


class PolicyBriefPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Policy brief {n}")
    summary = "What the brief asks decision makers to do."
    authors = "Elena Ionescu"
    organisations = "Terre des hommes"
    date = factory.Sequence(lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        model = PolicyBriefPage


class AdvocacyInitiativePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Initiative {n}")
    summary = "A campaign for a law."
    goal = "A law on foster care."
    status = "active"

    class Meta:
        model = AdvocacyInitiativePage


def evidence(publication, finding="A finding.", pages="", quotation=False):
    return (
        "evidence",
        {"publication": publication, "finding": finding, "pages": pages, "quotation": quotation},
    )


def statistic(figure, label, source=None):
    return ("statistic", {"figure": figure, "label": label, "source": source})


def recommendation(audience, text):
    return ("recommendation", {"audience": audience, "text": text})


def key_messages(*messages):
    return ("key_messages", {"messages": list(messages)})
