"""Page translations made in code (the demo loader, tests) rather than in wagtail-localize."""


def translate_page(source, locale, fields):
    """The page in ``locale``: copied from ``source`` with ``fields`` set and published. An
    alias (wagtail-localize's stand-in for an untranslated page) becomes a real translation;
    a translation that already exists is left as editors made it."""
    page = source.get_translation_or_none(locale)
    if page is not None and page.alias_of_id is None:
        return page.specific
    if page is None:
        page = source.copy_for_translation(locale, copy_parents=True)
    page = page.specific
    page.alias_of = None
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page
