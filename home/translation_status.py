"""Where a page stands as a translation, for the admin: an alias of the source page, a
wagtail-localize translation that is complete or out of date (the source changed and strings
wait for review) or still being translated, or a page of its own made in this locale."""

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .locales import SOURCE_LANGUAGE, language_code_of

ALIAS = "alias"
TRANSLATED = "translated"
OUT_OF_DATE = "out-of-date"
IN_TRANSLATION = "in-translation"
OWN_PAGE = "own-page"

LABELS = {
    ALIAS: _("Alias: not translated"),
    TRANSLATED: _("Translation up to date"),
    OUT_OF_DATE: _("Translation out of date"),
    IN_TRANSLATION: _("Translation in progress"),
    OWN_PAGE: _("Own page, not a translation"),
}


def _segments_of_translation():
    """The source strings of the enabled translation into the (outer) page's locale."""
    return StringSegment.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__translations__target_locale_id=OuterRef("locale_id"),
        source__translations__enabled=True,
    )


def _translation_of_segment(**filters):
    return StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("locale_id")),
        **filters,
    )


def annotate_translation_status(pages):
    """``pages`` with what ``translation_status`` needs, in three subqueries (constant
    whatever the number of pages)."""
    segments = _segments_of_translation()
    return pages.annotate(
        localize_translation=Exists(
            Translation.objects.filter(
                source__object_id=OuterRef("translation_key"),
                target_locale_id=OuterRef("locale_id"),
                enabled=True,
            )
        ),
        localize_missing=Exists(segments.filter(~Exists(_translation_of_segment(has_error=False)))),
        localize_flagged=Exists(segments.filter(Exists(_translation_of_segment(has_error=True)))),
    )


def translation_status(page):
    """One of the statuses above, or None for a page of the source language."""
    if page.alias_of_id is not None:
        return ALIAS
    if not hasattr(page, "localize_translation"):
        page = annotate_translation_status(type(page).objects.filter(pk=page.pk)).get()
    if page.localize_translation:
        if not page.localize_missing:
            return TRANSLATED
        return OUT_OF_DATE if page.localize_flagged else IN_TRANSLATION
    if language_code_of(page.locale_id) == SOURCE_LANGUAGE:
        return None
    return OWN_PAGE
