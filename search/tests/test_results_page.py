"""What the search page says about its results: counts in the right number, each result's
type in the singular, language names as the library names them, the filter panel's markup,
the empty state, and what the search box's suggestions announce."""

from library.factories import PublicationPageFactory

from .corpus import CorpusTestCase


class ResultPageTests(CorpusTestCase):
    def search(self, query_string, language="en"):
        response = self.client.get(f"/{language}/search/?{query_string}")
        self.assertEqual(response.status_code, 200)
        return response

    def test_one_result_is_counted_and_labelled_in_the_singular(self):
        response = self.search("q=counsellor")
        # The heading keeps its role: the count is announced by a live region of its own.
        self.assertContains(
            response,
            '<h2 id="results-heading" class="finder__count" tabindex="-1">'
            "1 result for “counsellor”</h2>",
            html=True,
        )
        self.assertContains(
            response, '<div class="visually-hidden" role="status" id="results-status">'
        )
        self.assertContains(response, '<p class="card__meta">Publication · ')
        self.assertNotContains(response, "Publications · ")
        self.assertContains(self.search("q=child"), "4 results for “child”")

    def test_counts_and_labels_in_other_languages(self):
        response = self.search("q=social", "sq")
        self.assertContains(response, "1 rezultat për „social”")
        self.assertContains(response, '<p class="card__meta">Botimi · ')
        response = self.search("q=participation&english=1", "bg")
        self.assertContains(response, "2 резултата за „participation“")
        self.assertContains(response, '<p class="card__meta">Публикация · ')

    def test_languages_are_named_as_in_the_library(self):
        for language, english, albanian in (
            ("sq", "Anglisht", "Shqip"),
            ("bg", "Английски", "Албански"),
        ):
            with self.subTest(language=language):
                search = self.search("q=social&language=en&language=sq", language)
                library = self.client.get(f"/{language}/library/?english=1")
                for response in (search, library):
                    labels = {
                        option.value: option.label
                        for facet in response.context["facets"]
                        if facet.param == "language"
                        for option in facet.options
                    }
                    self.assertEqual((labels["en"], labels["sq"]), (english, albanian))
                self.assertContains(search, f"<span>{albanian}</span>")

    def test_the_filter_panel_groups_values_behind_disclosures(self):
        response = self.search("q=child&country=serbia")
        html = response.content.decode()
        # The first group is open, and a group with a chosen value; the others are closed.
        self.assertIn(
            '<details class="facet-group" open>\n  <summary class="facet-group__summary">'
            '<span class="facet-group__label">Content type</span></summary>',
            html,
        )
        self.assertIn(
            '<span class="facet-group__label">Country</span> '
            '<span class="facet-group__selected">1 selected</span>',
            html,
        )
        self.assertIn(
            '<details class="facet-group">\n  <summary class="facet-group__summary">'
            '<span class="facet-group__label">Topic</span></summary>',
            html,
        )
        self.assertInHTML(
            '<label for="country-serbia"><span>Serbia</span> '
            '<span class="facet-option__count">(2)</span></label>',
            html,
        )
        # Results first: the panel is a sidebar the script moves into a dialog on a phone,
        # behind a "Filters" button that says how many filters are on.
        self.assertContains(response, 'href="#results-heading">Skip to results</a>')
        self.assertInHTML(
            '<button type="button" class="button button--secondary finder__open" '
            'data-open-filters aria-haspopup="dialog" hidden>Filters '
            '<span class="finder__open-count">(1)</span></button>',
            html,
        )

    def test_with_no_results_an_empty_state_with_suggestions_and_no_filters(self):
        response = self.search("q=participation&country=albania&year=2023")
        self.assertContains(response, "0 results for “participation”")
        self.assertNotContains(response, "data-filter-panel")
        self.assertNotContains(response, 'id="sort"')
        self.assertContains(response, "Check the spelling, or try fewer or more general words.")
        self.assertContains(
            response, 'href="/en/search/?q=participation">Search without the filters'
        )
        self.assertContains(response, f'href="{self.corpus.library.url}">Browse the library')

    def test_the_header_search_box_gets_the_query(self):
        self.assertEqual(self.search("q=foster+care").context["search_query"], "foster care")


class SuggestionAnnouncementTests(CorpusTestCase):
    def test_the_list_is_named_and_its_number_announced_in_the_visitor_s_language(self):
        data = self.client.get("/en/search/suggest/", {"q": "helpl"}).json()
        self.assertEqual(data["label"], "Suggestions")
        self.assertEqual(
            data["status"],
            "1 suggestion. Use the up and down arrow keys to choose, Enter to open.",
        )
        with self.captureOnCommitCallbacks(execute=True):  # indexed when committed
            PublicationPageFactory(parent=self.corpus.library, title="Helplines in Moldova")
        data = self.client.get("/en/search/suggest/", {"q": "helpl"}).json()
        self.assertEqual(len(data["suggestions"]), 2)
        self.assertTrue(data["status"].startswith("2 suggestions. Use the up and down"))
        data = self.client.get("/bg/search/suggest/", {"q": "zzzz"}).json()
        self.assertEqual(
            (data["suggestions"], data["status"], data["label"]), ([], "", "Предложения")
        )
