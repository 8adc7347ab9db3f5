"""StreamField blocks shared by every section. Each block is small and describes itself."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(choices=[("h2", "H2"), ("h3", "H3")], default="h2", label=_("Level"))

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A section heading")
        preview_value = {"text": "Why children's participation matters", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quotation with its source")
        preview_value = {
            "text": "Every child has the right to be heard in matters that affect them.",
            "attribution": "UN Convention on the Rights of the Child, Article 12",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    link_text = blocks.CharBlock(required=False, label=_("Link text"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = _("A highlighted box that invites the reader to act")
        preview_value = {
            "title": "Ask an expert",
            "text": "Send your question to one of our child-protection resource persons.",
            "link_text": "Ask a question",
        }


class LatestNewsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    count = blocks.IntegerBlock(default=3, min_value=1, max_value=12, label=_("How many"))

    class Meta:
        icon = "list-ul"
        template = "blocks/latest_news_block.html"
        description = _("The newest news articles in this language")
        preview_value = {"heading": "Latest news", "count": 3}

    def get_context(self, value, parent_context=None):
        from home.home_sections import news_url
        from home.models import NewsPage

        context = super().get_context(value, parent_context)
        context["articles"] = NewsPage.latest(value["count"])
        context["news_url"] = news_url()
        return context


class FeaturedPublicationsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    publications = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="library.PublicationPage"),
        label=_("Publications"),
        max_num=6,
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/publications_block.html"
        description = _("Publications chosen by the editors, as they stand in each language")
        preview_value = {"heading": "Featured publications", "publications": []}

    def get_context(self, value, parent_context=None):
        from home.home_sections import publications_in_locale

        context = super().get_context(value, parent_context)
        chosen = [page for page in value["publications"] if page is not None]
        context["publications"] = publications_in_locale(chosen)
        return context


class NewestPublicationsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    count = blocks.IntegerBlock(default=4, min_value=1, max_value=12, label=_("How many"))

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/publications_block.html"
        description = _("The newest publications of this language's library")
        preview_value = {"heading": "New in the library", "count": 4}

    def get_context(self, value, parent_context=None):
        from home.home_sections import newest_publications

        context = super().get_context(value, parent_context)
        from home.home_sections import library_url

        context["publications"] = newest_publications(value["count"])
        context["show_library_link"] = True
        context["library_url"] = library_url()
        return context


class TopicsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))

    class Meta:
        icon = "tag"
        template = "blocks/topics_block.html"
        description = _("The broad topics, each leading to the library filtered by it")
        preview_value = {"heading": "Browse by topic"}

    def get_context(self, value, parent_context=None):
        from home.home_sections import broad_topics, library_url

        context = super().get_context(value, parent_context)
        context["topics"] = broad_topics()
        context["library_url"] = library_url()
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Formatted text"),
        preview_value="<p>Social workers across the region share their practice here.</p>",
    )
    image = ImageBlock(
        template="blocks/image_block.html", description=_("An image with alternative text")
    )
    quote = QuoteBlock()
    embed = EmbedBlock(
        icon="media",
        template="blocks/embed_block.html",
        description=_("A video or other media from an external site"),
    )
    call_to_action = CallToActionBlock()


class HomeSectionsBlock(blocks.StreamBlock):
    featured_publications = FeaturedPublicationsBlock()
    newest_publications = NewestPublicationsBlock()
    topics = TopicsBlock()
    latest_news = LatestNewsBlock()
    call_to_action = CallToActionBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Formatted text"),
    )
