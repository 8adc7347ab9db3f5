"""The advocacy patterns render the brief body in Latin and Cyrillic without the database."""

from django.template.loader import render_to_string
from django.test import RequestFactory, TestCase

from advocacy.patterns import PATTERNS, TEXT


class PatternTests(TestCase):
    def test_the_brief_body_renders_in_both_scripts_without_queries(self):
        request = RequestFactory().get("/en/patterns/")
        for pattern in PATTERNS:
            for script in ("latin", "cyrillic"):
                with self.subTest(pattern=pattern["name"], script=script):
                    with self.assertNumQueries(0):
                        html = render_to_string(
                            pattern["template"], pattern["context"](script), request=request
                        )
                    self.assertIn(TEXT[script]["messages"][0], html)
                    self.assertIn(TEXT[script]["recommendation"], html)
                    self.assertIn(f'href="#pattern-{script}-ref-1"', html)  # the numbered citation
                    self.assertIn(f'<span lang="{TEXT[script]["language"]}">', html)
