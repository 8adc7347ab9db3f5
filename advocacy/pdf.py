"""A policy brief as a print-quality PDF (WeasyPrint): A4, a cover with the title, country
and date, the running title and page numbers on every other page, the bibliography, working
links; in the brief's language, in DejaVu Sans (Latin with every diacritic of the site's
languages, and Cyrillic), which ``bin/system-deps.sh`` installs with Pango."""

from django.template.loader import render_to_string
from django.utils import translation

from home.locales import language_code_of
from home.models import localized_terms, page_terms


def brief_html(brief):
    language = language_code_of(brief.locale_id)
    with translation.override(language):
        terms = page_terms(brief, ("countries",)) if brief.pk else {"countries": []}
        locale_terms = (
            localized_terms(terms["countries"], brief.locale) if terms["countries"] else []
        )
        return render_to_string(
            "advocacy/policy_brief_pdf.html",
            {
                "page": brief,
                "language": language,
                "countries": locale_terms,
                "url": brief.full_url,
                **brief.reading(),
            },
        )


def render_pdf(brief):
    """The PDF's bytes."""
    from weasyprint import HTML

    return HTML(string=brief_html(brief), base_url=brief.full_url).write_pdf()
