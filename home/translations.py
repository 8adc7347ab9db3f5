"""Page translations through wagtail-localize: made in code (the demo loader, tests), kept in
step with their source after every publish, and their slugs following their titles.

Everything here goes through wagtail-localize's models (TranslationSource, Translation,
StringTranslation), so a translation made in code opens in the translation editor and is
synced like one an editor made."""

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext, gettext_noop, override
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from .localize_internals import translated_strings

# Stored on a pre-filled string (wagtail-localize shows a string translation's field error next
# to it in the editor, and counts the string as not translated until someone saves it).
NEEDS_REVIEW = gettext_noop(
    "The English text changed: this is the previous translation, check it and save it."
)
# The tool name of a slug made from the translated title (shown as "Translated with …").
SLUG_FROM_TITLE = "ChildHub: slug from the title"


def translate_page(source, locale, fields):
    """The page in ``locale``: a wagtail-localize translation of ``source`` whose strings are
    ``fields``' values (as the translator would type them), published. An alias (the stand-in
    for an untranslated page) becomes the translation; a translation that already exists is
    left as editors made it."""
    page = source.get_translation_or_none(locale)
    if page is not None and page.alias_of_id is None:
        return page.specific
    source = source.specific
    fields = {"slug": source.slug, **fields}  # URLs stay as they are unless given a slug
    translation_source, _ = TranslationSource.update_or_create_from_instance(source)
    translation, _ = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale
    )
    for segment, text in translated_strings(translation_source, source, fields):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": "",
                "has_error": False,
                "field_error": "",
            },
        )
    # save_target(publish=True) publishes once the transaction commits; the loader and the tests
    # need the page published now.
    translation.save_target(publish=False)
    page = source.get_translation(locale)
    page.get_latest_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def sync_source(source):
    """What "Sync translated pages" does: the TranslationSource takes the source page's live
    content. Then every string that changed is pre-filled, in each target locale, with the
    previous translation of the same field, flagged for review."""
    with transaction.atomic():
        source.update_from_db()
        for translation in source.translations.filter(enabled=True):
            prefill_changed_strings(source, translation.target_locale_id)


def prefill_changed_strings(source, locale_id):
    """For each string of ``source`` with no translation into the locale, the latest earlier
    translation made in the same field (context), marked as needing review. A field holding
    several strings (a rich-text paragraph with several sentences split out) is left empty:
    which old string matches which new one cannot be told."""
    segments = source.stringsegment_set.select_related("string")
    # The note is read by that locale's team: it is stored in their language.
    with override(Locale.objects.get(pk=locale_id).language_code):
        note = gettext(NEEDS_REVIEW)
    per_context = {}
    for segment in segments:
        per_context.setdefault(segment.context_id, []).append(segment)
    for context_id, in_context in per_context.items():
        if len(in_context) != 1:
            continue
        segment = in_context[0]
        translations = StringTranslation.objects.filter(context_id=context_id, locale_id=locale_id)
        if translations.filter(translation_of_id=segment.string_id).exists():
            continue
        previous = translations.order_by("has_error", "-updated_at").first()
        if previous is None:
            continue
        StringTranslation.objects.create(
            translation_of_id=segment.string_id,
            locale_id=locale_id,
            context_id=context_id,
            data=previous.data,
            translation_type=previous.translation_type,
            tool_name=previous.tool_name,
            last_translated_by=previous.last_translated_by,
            has_error=True,
            field_error=note,
        )


def slug_follows_title(sender, instance, **kwargs):
    """``post_save`` receiver of StringTranslation."""
    slug_from_title(instance)


def slug_from_title(title_translation):
    """After the title of a page is translated, its slug follows the translated title, unless
    someone translated the slug by hand. Titles in another script than Latin keep the source's
    slug (wagtail-localize keeps slugs ASCII)."""
    context = title_translation.context
    if context is None or context.path != "title" or title_translation.has_error:
        return
    segment = (
        StringSegment.objects.filter(
            context__object_id=context.object_id,
            context__path="slug",
            source__translations__target_locale_id=title_translation.locale_id,
        )
        .select_related("string")
        .first()
    )
    if segment is None:
        return
    existing = StringTranslation.objects.filter(
        translation_of_id=segment.string_id,
        locale_id=title_translation.locale_id,
        context_id=segment.context_id,
    ).first()
    if existing is not None and existing.tool_name != SLUG_FROM_TITLE:
        return
    slug = slugify(title_translation.data)
    if len(slug) < len(title_translation.data) / 2:
        slug = segment.string.data
    StringTranslation.objects.update_or_create(
        translation_of_id=segment.string_id,
        locale_id=title_translation.locale_id,
        context_id=segment.context_id,
        defaults={
            "data": slug,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
            "tool_name": SLUG_FROM_TITLE,
            "has_error": False,
            "field_error": "",
        },
    )
