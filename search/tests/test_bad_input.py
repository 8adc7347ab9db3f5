"""Nothing a visitor types or edits in the URL gives an error page."""

from urllib.parse import urlencode

from django.test import TestCase

from search.text import MAX_CHARS, MAX_TERMS, parse

from .corpus import CorpusTestCase


class QueryParsingTests(TestCase):
    def test_words_phrases_and_exclusions(self):
        query = parse('  "foster   care" children -albania ')
        self.assertEqual(
            [(term.words, term.excluded) for term in query.terms],
            [(("foster", "care"), False), (("children",), False), (("albania",), True)],
        )
        self.assertEqual(
            query.to_tsquery(), "('foster' <-> 'care') & ('child' | 'children') & !'albania'"
        )

    def test_punctuation_alone_is_no_query(self):
        for text in ("", "   ", "!!!", "- -", '""', "... ;;; ()"):
            self.assertFalse(parse(text), text)

    def test_only_exclusions_is_no_query(self):
        self.assertFalse(parse("-violence"))

    def test_quotes_and_backslashes_cannot_break_out_of_a_word(self):
        query = parse("O'Brien's back\\slash'); DROP TABLE x; --")
        self.assertEqual(
            query.to_tsquery(), "'o''brien''s' & 'back\\\\slash' & 'drop' & 'table' & 'x'"
        )

    def test_a_long_query_is_shortened_and_says_so(self):
        query = parse("word " * 1000)
        self.assertTrue(query.shortened)
        self.assertLessEqual(len(query.text), MAX_CHARS)
        query = parse(" ".join(f"w{index}" for index in range(40)))
        self.assertEqual(len(query.terms), MAX_TERMS)
        self.assertTrue(query.shortened)

    def test_elasticsearch_operators_inside_words_are_escaped(self):
        self.assertEqual(
            parse('child-friendly C++ "foster care" -albania').to_simple_query_string(),
            'child\\-friendly C\\+\\+ "foster care" -albania',
        )


class BadInputPageTests(CorpusTestCase):
    def get(self, tree="en", **params):
        response = self.client.get(f"/{tree}/search/?{urlencode(params, doseq=True)}")
        self.assertEqual(response.status_code, 200, params)
        return response

    def test_no_query_shows_the_search_form(self):
        response = self.get()
        self.assertContains(response, 'id="search-q"')
        self.assertEqual(response.context["hits"], [])

    def test_punctuation_only_says_what_to_do(self):
        response = self.get(q="?!%*")
        self.assertEqual(response.context["result"].total, 0)
        self.assertContains(response, "punctuation alone finds nothing")

    def test_a_2000_character_query_is_searched_shortened(self):
        response = self.get(q="helpline " + "x" * 1991)
        self.assertContains(response, "only its beginning was searched")
        response = self.get(q="helpline " * 250)
        self.assertEqual(
            [hit.source.title for hit in response.context["hits"]], ["Helplines for every child"]
        )

    def test_sql_looking_queries_are_just_words(self):
        for text in ("'; DROP TABLE wagtailcore_page; --", "1 OR 1=1", "\\'); SELECT 1; --"):
            self.assertEqual(self.get(q=text).context["result"].total, 0)
        self.assertTrue(self.corpus.library.__class__.objects.exists())

    def test_tsquery_syntax_is_not_interpreted(self):
        for text in ("child & | !", "child:*", "<-> child", "(child", "child)"):
            self.get(q=text)

    def test_mixed_scripts_and_languages(self):
        response = self.get("sq", q="dhuna violence насилие", english="1")
        self.assertEqual(response.context["result"].total, 0)
        self.get("ru", q="中文 العربية 😀")

    def test_invalid_facet_values_and_parameters_are_ignored(self):
        response = self.get(
            q="child",
            topic=["no-such-topic", "<script>"],
            year=["20x4", "99999"],
            language="xx",
            kind="spaceship",
            sort="sideways",
            english="yes",
        )
        self.assertEqual(response.context["search"].filters, {})
        self.assertEqual(response.context["result"].total, 4)
        self.assertNotContains(response, "<script>")

    def test_a_page_number_out_of_range_lands_on_the_last_page(self):
        for page in ("99", "-3", "abc", "0", "1e9"):
            response = self.get(q="child", page=page)
            self.assertEqual(response.context["result"].page, 1)
            self.assertEqual(len(response.context["hits"]), 4)
