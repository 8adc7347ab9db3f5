"""Snippets in whole sentences: no names glued onto the text, no sentence shown from its
middle, the matches highlighted and everything else escaped."""

from django.test import SimpleTestCase

from search.snippets import MAX_CHARS, START, STOP, passage, sentences, to_html, visible_length

from .corpus import CorpusTestCase


def marked(text):
    """``[word]`` stands for a match: the markers the backends put around one."""
    return text.replace("[", START).replace("]", STOP)


def shown(text, **options):
    return to_html(passage(marked(text), **options))


class PassageTests(SimpleTestCase):
    def test_the_sentence_with_the_match_and_what_follows_it(self):
        text = (
            "The law was amended in 2024. It protects every [child] in care. "
            "Municipalities set up protection units. Courts hear children in person."
        )
        self.assertEqual(
            shown(text),
            "It protects every <mark>child</mark> in care. Municipalities set up protection "
            "units. Courts hear children in person.",
        )

    def test_names_on_lines_of_their_own_are_left_out(self):
        # A page's text: the summary, then its organisations, topics and countries.
        text = (
            "Social workers at border points will use shared forms, so that information "
            "follows the [child].\nTerre des hommes\nChildren on the move\nMoldova\nUkraine"
        )
        self.assertEqual(
            shown(text),
            "Social workers at border points will use shared forms, so that information "
            "follows the <mark>child</mark>.",
        )

    def test_a_match_only_in_a_name_gives_the_beginning_of_the_text(self):
        text = "A study of foster care in the region.\n[Terre] des hommes\nAlbania"
        self.assertEqual(shown(text), "A study of foster care in the region.")
        self.assertEqual(shown("[Terre] des hommes\nAlbania"), "")

    def test_a_window_cut_from_a_longer_text_starts_at_a_sentence(self):
        window = "ion of the services. The [helpline] answers day and night. It is fr"
        self.assertEqual(
            shown(window, clipped_start=True, clipped_end=True),
            "The <mark>helpline</mark> answers day and night.",
        )

    def test_a_later_match_follows_after_an_ellipsis_when_it_fits(self):
        text = (
            "[Foster] care is growing. Budgets are tight. Staff turnover is high. "
            "Training matters. Most [foster] families are relatives."
        )
        self.assertEqual(
            shown(text, limit=90),
            "<mark>Foster</mark> care is growing. … Most <mark>foster</mark> families are "
            "relatives.",
        )
        # Too long for both: the first, and the sentences after it that fit.
        self.assertEqual(
            shown(text, limit=60), "<mark>Foster</mark> care is growing. Budgets are tight."
        )

    def test_a_sentence_longer_than_the_limit_is_cut_around_its_match(self):
        words = " ".join(f"word{number}" for number in range(80))
        result = passage(marked(f"{words} [target] {words}."))
        self.assertLessEqual(visible_length(result), MAX_CHARS)
        self.assertTrue(result.startswith("… "))
        self.assertTrue(result.endswith(" …"))
        self.assertIn(f"{START}target{STOP}", result)

    def test_sentences_end_before_a_capital_in_any_script(self):
        self.assertEqual(
            sentences("Детето е в опасност. Социалният работник идва. ⟦Șeful⟧ decide."),
            ["Детето е в опасност.", "Социалният работник идва.", "⟦Șeful⟧ decide."],
        )
        # Not after an abbreviation followed by a small letter, or inside a number.
        self.assertEqual(
            sentences("See p. 12 and art. 3.5 of the law."), ["See p. 12 and art. 3.5 of the law."]
        )

    def test_the_text_is_escaped_and_only_the_matches_are_marked_up(self):
        html = shown('The <script>alert("x")</script> [child] & family.')
        self.assertEqual(
            html,
            "The &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>child</mark> &amp; "
            "family.",
        )
        self.assertEqual(to_html(f"a {START}b"), "a b")  # a stray marker is dropped


class SearchPageSnippetTests(CorpusTestCase):
    def test_a_publication_s_snippet_is_its_sentence_without_its_organisation_or_terms(self):
        response = self.client.get("/en/search/?q=helpline")
        hit = next(hit for hit in response.context["hits"] if hit.source == self.corpus.helpline)
        self.assertEqual(
            hit.snippet.text,
            "A child who calls a <mark>helpline</mark> is heard by a trained counsellor.",
        )
        self.assertContains(response, "is heard by a trained counsellor.</p>", html=False)

    def test_a_snippet_from_a_file_is_a_whole_sentence_in_the_file_s_language(self):
        response = self.client.get("/sq/search/?q=formulare")
        snippet = response.context["hits"][0].snippet
        self.assertEqual(
            snippet.text,
            "Punonjësit socialë vlerësojnë sigurinë e fëmijës dhe plotësojnë "
            "<mark>formularë</mark>.",
        )
        self.assertContains(response, 'class="card__summary" lang="sq"')
