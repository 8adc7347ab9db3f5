"""PostgreSQL text-search configurations, one per site language (see ``search.languages``).

Run after every ``migrate`` (``SearchConfig.ready``), so a language added to the settings gets
its configuration with nothing else to do. Each configuration is dropped and created again, so
a change in ``search.languages`` takes effect at the next ``migrate``; nothing stored refers to
a configuration by name (index entries keep lexemes), but re-index afterwards
(``manage.py update_index``) so that stored entries follow the new rules."""

from django.db import connections, transaction

from .languages import AUTOCOMPLETE_CONFIG, config_name, search_language, site_languages

# Token types that may carry letters with diacritics (ASCII-only types need no unaccent).
ACCENTED_TOKENS = "word, hword, hword_part"


def _dictionary(base):
    return "simple" if base == "simple" else f"{base}_stem"


def configuration_sql(name, base):
    quoted = f'"{name}"'
    return [
        f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {quoted}",
        f"CREATE TEXT SEARCH CONFIGURATION {quoted} (COPY = pg_catalog.{base})",
        f"ALTER TEXT SEARCH CONFIGURATION {quoted} ALTER MAPPING FOR {ACCENTED_TOKENS} "
        f"WITH unaccent, {_dictionary(base)}",
    ]


def ensure_configurations(using="default", **kwargs):
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    statements = configuration_sql(AUTOCOMPLETE_CONFIG, "simple")
    for code in site_languages():
        statements += configuration_sql(config_name(code), search_language(code).postgres_base)
    with transaction.atomic(using=using), connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
