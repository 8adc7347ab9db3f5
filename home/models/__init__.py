from .pages import (
    HomePage,
    NewsIndexPage,
    NewsPage,
    SectionIndexPage,
    StandardPage,
    paginate,
)
from .settings import SiteSettings
from .taxonomy import (
    Audience,
    Country,
    ResourceType,
    Topic,
    localized_terms,
    terms_for_locale,
)

__all__ = [
    "Audience",
    "Country",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "ResourceType",
    "SectionIndexPage",
    "SiteSettings",
    "StandardPage",
    "Topic",
    "localized_terms",
    "paginate",
    "terms_for_locale",
]
