from .pages import (
    ChildHubPage,
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
    cached_term,
    localized_terms,
    page_terms,
    terms_for_locale,
)

__all__ = [
    "Audience",
    "ChildHubPage",
    "Country",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "ResourceType",
    "SectionIndexPage",
    "SiteSettings",
    "StandardPage",
    "Topic",
    "cached_term",
    "localized_terms",
    "page_terms",
    "paginate",
    "terms_for_locale",
]
