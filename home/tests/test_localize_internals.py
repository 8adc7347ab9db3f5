"""What home/localize_internals.py relies on in wagtail-localize: its segment extractor splits
a page into strings with content paths as the TranslationSource stores them (a plain field by
its name, a StreamField block by field and block id)."""

from django.test import TestCase
from wagtail.rich_text import RichText
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.factories import NewsPageFactory
from home.localize_internals import translated_strings
from tests.builders import build_site


class LocalizeInternalsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = build_site()
        cls.article = NewsPageFactory(
            parent=site.news,
            title="Helplines",
            summary="Helplines answer children.",
            body=[("paragraph", RichText("<p>First.</p>")), ("paragraph", RichText("<p>Two.</p>"))],
        )

    def test_the_extractor_yields_string_values_with_their_content_paths(self):
        values = [v for v in extract_segments(self.article) if isinstance(v, StringSegmentValue)]
        paths = [value.path for value in values]
        self.assertIn("title", paths)
        self.assertIn("summary", paths)
        block_ids = [block.id for block in self.article.body]
        self.assertEqual(
            [p for p in paths if p.startswith("body.")], [f"body.{i}" for i in block_ids]
        )
        self.assertEqual(values[paths.index("summary")].string.data, "Helplines answer children.")

    def test_translated_strings_pair_each_source_string_with_its_translation(self):
        source, _ = TranslationSource.get_or_create_from_instance(self.article)
        fields = {
            "summary": "Linjat ndihmëse u përgjigjen fëmijëve.",
            "body": [
                ("paragraph", RichText("<p>E para.</p>")),
                ("paragraph", RichText("<p>Dy.</p>")),
            ],
        }
        pairs = {
            (segment.context.path.split(".")[0], segment.string.data): text
            for segment, text in translated_strings(source, self.article, fields)
        }
        self.assertEqual(
            pairs,
            {
                ("summary", "Helplines answer children."): "Linjat ndihmëse u përgjigjen fëmijëve.",
                ("body", "First."): "E para.",
                ("body", "Two."): "Dy.",
            },
        )
