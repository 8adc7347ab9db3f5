"""The blocks of a policy brief's body: key messages, the problem, evidence and statistics
that cite library publications, case studies, recommendations to a decision-maker level, and a
call to action."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES


class Audience(models.TextChoices):
    """The decision-maker levels a recommendation is addressed to, in the order a brief
    lists them."""

    NATIONAL = "national", _("National government")
    PARLIAMENT = "parliament", _("Parliament")
    LOCAL = "local", _("Local authorities")
    INTERNATIONAL = "international", _("Regional and international bodies")
    PRACTITIONERS = "practitioners", _("Practitioners")


class PublicationChooserBlock(blocks.PageChooserBlock):
    """A library publication. The brief's form refuses one of another language
    (``advocacy.forms.PolicyBriefForm``)."""

    def __init__(self, **kwargs):
        super().__init__(page_type="library.PublicationPage", **kwargs)

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        kwargs.pop("page_type", None)
        return "advocacy.blocks.PublicationChooserBlock", args, kwargs


class KeyMessagesBlock(blocks.StructBlock):
    messages = blocks.ListBlock(blocks.TextBlock(label=_("Message")), label=_("Messages"))

    class Meta:
        icon = "list-ul"
        label = _("Key messages")
        description = _("The brief in a few sentences; shown first")


class EvidenceBlock(blocks.StructBlock):
    publication = PublicationChooserBlock(label=_("Publication"))
    finding = blocks.TextBlock(label=_("Finding or quotation"))
    quotation = blocks.BooleanBlock(
        required=False, label=_("Word-for-word quotation"), help_text=_("Shown in quotes.")
    )
    pages = blocks.CharBlock(required=False, max_length=20, label=_("Page(s)"))

    class Meta:
        icon = "doc-full"
        label = _("Evidence")
        description = _("A finding from a library publication, cited and numbered")


class StatisticBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=30, label=_("Figure"))
    label = blocks.CharBlock(max_length=200, label=_("What it counts"))
    source = PublicationChooserBlock(required=False, label=_("Source publication"))

    class Meta:
        icon = "table"
        label = _("Statistic")
        description = _("A figure set apart, with its source")


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    place = blocks.CharBlock(required=False, label=_("Place"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "user"
        label = _("Case study")


class RecommendationBlock(blocks.StructBlock):
    audience = blocks.ChoiceBlock(choices=Audience.choices, label=_("Addressed to"))
    text = blocks.TextBlock(label=_("Recommendation"))

    class Meta:
        icon = "tick"
        label = _("Recommendation")
        description = _("What one decision-maker level should do; grouped by level")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"))
    contact_name = blocks.CharBlock(required=False, label=_("Contact person"))
    contact_email = blocks.EmailBlock(required=False, label=_("Contact e-mail"))

    class Meta:
        icon = "mail"
        label = _("Call to action")


class BriefBodyBlock(blocks.StreamBlock):
    key_messages = KeyMessagesBlock()
    problem = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="warning",
        label=_("The problem"),
        description=_("What is wrong, for whom, and why it matters now"),
    )
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Text"),
        description=_("Formatted text"),
    )
    evidence = EvidenceBlock()
    statistic = StatisticBlock()
    case_study = CaseStudyBlock()
    recommendation = RecommendationBlock()
    call_to_action = CallToActionBlock()
