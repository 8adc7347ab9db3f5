"""How text in each site language is searched, for both search backends.

PostgreSQL: every language gets a text-search configuration ``childhub_<code>`` (created by
``search.configurations`` after each ``migrate``): the language's own stemmer where PostgreSQL
ships one, otherwise ``simple``, always behind ``unaccent`` so that a query typed without
diacritics (``femije``, ``zastita``, ``protectiei``) finds the words written with them
(``unaccent`` leaves Cyrillic alone but for ё → е).

Elasticsearch: every language gets an analyzer ``childhub_<code>`` declared in the index
settings, built from Elasticsearch's own token filters in the same order (fold accents, then
stem), plus the irregular forms below as synonyms.

Adding a language to ``settings.LANGUAGES`` needs nothing here: an unknown language is searched
with ``simple`` + ``unaccent`` and a lowercase, accent-folding analyzer. Add an entry only to
give it a stemmer."""

from dataclasses import dataclass, field

from django.conf import settings


@dataclass(frozen=True)
class SearchLanguage:
    postgres_base: str = "simple"  # a PostgreSQL text-search configuration to copy
    es_stopwords: str = ""  # an Elasticsearch predefined stop-word list, e.g. "_english_"
    es_stemmer: str = ""  # an Elasticsearch `stemmer` token filter language
    es_normalization: str = ""  # an Elasticsearch normalization token filter
    # Forms a stemmer cannot relate (irregular plurals …): each group is searched as one word.
    forms: tuple = field(default_factory=tuple)


LANGUAGES = {
    "en": SearchLanguage(
        postgres_base="english",
        es_stopwords="_english_",
        es_stemmer="english",
        forms=(
            ("child", "children"),
            ("woman", "women"),
            ("man", "men"),
            ("person", "people"),
            ("family", "families"),
        ),
    ),
    "sq": SearchLanguage(),
    "bg": SearchLanguage(es_stopwords="_bulgarian_", es_stemmer="bulgarian"),
    "hu": SearchLanguage(
        postgres_base="hungarian", es_stopwords="_hungarian_", es_stemmer="hungarian"
    ),
    "ro": SearchLanguage(
        postgres_base="romanian",
        es_stopwords="_romanian_",
        es_stemmer="romanian",
        forms=(("copil", "copii", "copiii", "copiilor", "copilului"),),
    ),
    # Serbo-Croat-Bosnian: PostgreSQL's Serbian stemmer reads Latin and Cyrillic script;
    # Elasticsearch has no Serbian stemmer, only the normalisation of both scripts to Latin.
    "sh": SearchLanguage(postgres_base="serbian", es_normalization="serbian_normalization"),
    "ru": SearchLanguage(postgres_base="russian", es_stopwords="_russian_", es_stemmer="russian"),
    "uk": SearchLanguage(),
    # Languages the platform may add next: the settings change is enough, this gives stemming.
    "el": SearchLanguage(postgres_base="greek", es_stopwords="_greek_", es_stemmer="greek"),
    "fr": SearchLanguage(
        postgres_base="french", es_stopwords="_french_", es_stemmer="light_french"
    ),
}
DEFAULT = SearchLanguage()
AUTOCOMPLETE_CONFIG = "childhub_simple"


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


def search_language(code):
    return LANGUAGES.get(code, DEFAULT)


def config_name(code):
    """The PostgreSQL text-search configuration of a language (``childhub_sq``)."""
    code = code if code in site_languages() else settings.LANGUAGE_CODE
    return f"childhub_{code.replace('-', '_')}"


def analyzer_name(code):
    """The Elasticsearch analyzer of a language (``childhub_sq``)."""
    return config_name(code)


def object_language(obj, locales):
    """The language an object is indexed in: a page's (or translated snippet's) locale, a
    document's detected language, else the site's first language. ``locales`` maps locale
    ids to language codes (one query for a whole batch)."""
    if getattr(obj, "locale_id", None) in locales:
        return locales[obj.locale_id]
    detected = getattr(obj, "detected_language", "")
    return detected if detected in site_languages() else site_languages()[0]


def word_forms(word):
    """Every form related to ``word`` in any site language's irregular forms (lowercase)."""
    word = word.lower()
    forms = {word}
    for code in site_languages():
        for group in search_language(code).forms:
            if word in group:
                forms.update(group)
    return sorted(forms)
