"""Language names as visitors read them, the same in the library, the search and the
publication cards: every site language named in full, in the visitor's language (the names of
``settings.LANGUAGES``, translated in the catalogues): "Albanian" in English, "Shqip" in
Albanian, "Албански" in Bulgarian. Never a code ("SQ"), never a name only in a tooltip."""

from functools import lru_cache

from django.conf import settings
from django.utils.translation import get_language


def language_name(code):
    """The site language ``code`` named in the active language ('' for none, the code itself
    for a language the site does not have)."""
    if not code:
        return ""
    return _names(get_language()).get(code, code)


def sorted_by_name(codes):
    """``codes`` ordered by their names in the active language."""
    return sorted(codes, key=lambda code: language_name(code).casefold())


@lru_cache(maxsize=32)
def _names(active_language):
    # Keyed by the active language, which the lazy names are translated into.
    return {code: str(name) for code, name in settings.LANGUAGES}
