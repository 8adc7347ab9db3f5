"""Title suggestions for the search box, and the search box itself on every page."""

from .corpus import CorpusTestCase


class SuggestionTests(CorpusTestCase):
    def suggest(self, text, language="en"):
        response = self.client.get(f"/{language}/search/suggest/", {"q": text})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json")
        return response.json()

    def test_titles_that_start_with_what_was_typed(self):
        data = self.suggest("helpl")
        self.assertEqual(
            data["suggestions"],
            [{"title": "Helplines for every child", "url": self.corpus.helpline.url}],
        )
        titles = [item["title"] for item in self.suggest("Serbia ad")["suggestions"]]
        self.assertEqual(titles, ["Serbia adopts a strategy against online abuse"])

    def test_suggestions_stay_in_the_visitors_language(self):
        titles = [item["title"] for item in self.suggest("serbia", "sq")["suggestions"]]
        self.assertEqual(titles, ["Serbia miraton një strategji kundër abuzimit në internet"])
        urls = [item["url"] for item in self.suggest("risk", "sq")["suggestions"]]
        self.assertEqual(len(urls), 1)
        self.assertTrue(urls[0].startswith("/sq/"))  # the publication's page in the Albanian tree

    def test_diacritics_do_not_matter(self):
        titles = [item["title"] for item in self.suggest("srbija usv", "sh")["suggestions"]]
        self.assertEqual(titles, ["Srbija usvojila strategiju protiv zlostavljanja na internetu"])
        titles = [item["title"] for item in self.suggest("adopta", "ro")["suggestions"]]
        self.assertEqual(titles, ["Serbia adoptă o strategie împotriva abuzului online"])

    def test_too_little_or_nothing_useful_typed(self):
        self.assertEqual(self.suggest("h")["suggestions"], [])
        self.assertEqual(self.suggest("")["suggestions"], [])
        self.assertEqual(self.suggest("!!!")["suggestions"], [])
        self.assertEqual(self.suggest("zzzz")["suggestions"], [])
        self.assertEqual(self.suggest("x" * 3000)["suggestions"], [])

    def test_every_page_has_a_labelled_search_box_that_works_without_javascript(self):
        response = self.client.get("/sq/")
        self.assertContains(
            response,
            '<form class="site-search" method="get" action="/sq/search/" role="search">',
            html=False,
        )
        self.assertContains(response, '<label for="site-search-q" class="visually-hidden">')
        self.assertContains(response, 'data-suggest-url="/sq/search/suggest/"')
        self.assertContains(response, "js/search.js")
