"""The one place that uses wagtail-localize internals (its segment extractor, which is not
part of its documented API). home/tests/test_localize_internals.py fails if an upgrade changes
what this relies on."""

from wagtail.fields import StreamField
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def translated_strings(translation_source, source, fields):
    """(StringSegment of ``translation_source``, translated text) for the strings of the
    fields named in ``fields``, whose values are the translated content: the source page with
    ``fields`` set is split into strings as wagtail-localize splits the source, and each string
    is paired with the source's string at the same place (StreamField blocks are matched by
    position)."""
    target = translation_source.as_instance()
    for name, value in fields.items():
        setattr(target, name, value)
        if isinstance(type(target)._meta.get_field(name), StreamField):
            for block, source_block in zip(
                getattr(target, name), getattr(source, name), strict=False
            ):
                block.id = source_block.id
    translated = {}
    for value in extract_segments(target):
        if isinstance(value, StringSegmentValue) and value.path.split(".")[0] in fields:
            translated.setdefault(value.path, []).append(value.string.data)
    segments = translation_source.stringsegment_set.select_related("string", "context")
    by_path = {}
    for segment in segments.order_by("order"):
        by_path.setdefault(segment.context.path, []).append(segment)
    for path, texts in translated.items():
        yield from zip(by_path.get(path, []), texts, strict=False)
