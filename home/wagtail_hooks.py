from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import translation_admin  # noqa: F401  (its hooks register on import)
from .models import Audience, Country, ResourceType, Topic


class TermViewSet(SnippetViewSet):
    # No ``list_filter = ["locale"]``: Wagtail adds its own locale filter to a translatable
    # model's listing, by language code, the ``?locale=`` its locale switcher uses; a model
    # field filter by that name would send locale ids instead, answered with a 404.
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]
    ordering = ["name"]


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "parent", "slug", "locale"]


class CountryViewSet(TermViewSet):
    model = Country
    icon = "site"
    list_display = ["name", "iso_code", "slug", "locale"]


class ResourceTypeViewSet(TermViewSet):
    model = ResourceType
    icon = "doc-full"


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (TopicViewSet, CountryViewSet, ResourceTypeViewSet, AudienceViewSet)


register_snippet(TaxonomyGroup)
