"""“Did you mean …?” when a query finds nothing."""

from .corpus import CorpusTestCase


class DidYouMeanTests(CorpusTestCase):
    def suggestion(self, query_string, language="en"):
        response = self.client.get(f"/{language}/search/?{query_string}")
        self.assertEqual(response.status_code, 200)
        return response.context["did_you_mean"]

    def test_a_misspelt_word_is_corrected_and_the_suggestion_finds_something(self):
        self.assertEqual(self.suggestion("q=helpine"), "helpline")
        response = self.client.get("/en/search/?q=helpine")
        self.assertContains(response, '<a href="?q=helpline">helpline</a>', html=True)
        self.assertEqual(self.client.get("/en/search/?q=helpline").context["result"].total, 1)

    def test_only_the_words_that_match_nothing_are_corrected_phrases_and_exclusions_kept(self):
        self.assertEqual(
            self.suggestion('q="conference+practise"+-albania'),
            '"conference practice" -albania',
        )

    def test_diacritics_are_restored_in_the_visitors_language(self):
        self.assertEqual(self.suggestion("q=femjet", "sq"), "fëmijët")

    def test_no_suggestion_when_there_are_results_or_nothing_is_close(self):
        self.assertIsNone(self.suggestion("q=helpline"))
        self.assertIsNone(self.suggestion("q=qqqzzzxx"))
        self.assertIsNone(self.suggestion("q=!!!"))
