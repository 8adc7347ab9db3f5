"""The site search on the database backend: what a practitioner finds, in which order, in
which language, with which snippets and facets (corpus: search/tests/corpus.py)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from .corpus import CorpusTestCase


def titles(response):
    return [hit.source.title for hit in response.context["hits"]]


def counts(response, param):
    facet = next((f for f in response.context["facets"] if f.param == param), None)
    return {option.value: option.count for option in facet.options} if facet else {}


class SearchTestCase(CorpusTestCase):
    def search(self, query_string, language="en"):
        response = self.client.get(f"/{language}/search/?{query_string}")
        self.assertEqual(response.status_code, 200)
        return response


class RelevanceTests(SearchTestCase):
    def test_a_title_hit_ranks_above_a_hit_in_the_file_text(self):
        found = titles(self.search("q=participation"))
        self.assertEqual(
            found, ["Child participation in decision-making", "Case conference practice guide"]
        )

    def test_all_words_must_match(self):
        self.assertEqual(titles(self.search("q=participation+helpline")), [])

    def test_a_phrase_must_match_as_written_and_a_minus_excludes(self):
        self.assertEqual(titles(self.search("q=%22every+child%22")), ["Helplines for every child"])
        self.assertNotIn(
            "Child participation in decision-making", titles(self.search("q=child+-participation"))
        )

    def test_newest_first(self):
        found = titles(self.search("q=participation&sort=newest"))
        self.assertEqual(found[0], "Child participation in decision-making")  # 2025 before 2023
        self.assertEqual(
            titles(self.search("q=guide&sort=newest")),
            [
                "Child participation in decision-making",
                "Case conference practice guide",
                "Risk assessment guide for social workers",
            ],
        )


class LanguageTests(SearchTestCase):
    def test_english_children_finds_child(self):
        self.assertIn("Helplines for every child", titles(self.search("q=children")))

    def test_serbo_croat_inflected_form_finds_its_lemma(self):
        found = titles(self.search("q=nasilja", "sh"))
        self.assertEqual(found, ["Srbija usvojila strategiju protiv zlostavljanja na internetu"])

    def test_romanian_inflected_form_finds_its_lemma(self):
        found = titles(self.search("q=familiei", "ro"))
        self.assertEqual(found, ["Serbia adoptă o strategie împotriva abuzului online"])

    def test_albanian_is_found_with_or_without_diacritics(self):
        expected = ["Serbia miraton një strategji kundër abuzimit në internet"]
        self.assertEqual(titles(self.search("q=femijet", "sq")), expected)
        self.assertEqual(titles(self.search("q=fëmijët", "sq")), expected)

    def test_text_inside_a_pdf_is_found_with_a_highlighted_snippet(self):
        response = self.search("q=formulare", "sq")
        self.assertEqual(titles(response), ["Risk assessment guide for social workers"])
        hit = response.context["hits"][0]
        self.assertIn("<mark>formularë</mark>", hit.snippet.text)
        self.assertEqual(hit.snippet.document_language, "sq")
        self.assertContains(response, "PDF, Shqip")
        self.assertContains(response, hit.document.url)

    def test_a_match_in_the_summary_is_highlighted(self):
        response = self.search("q=counsellor")
        self.assertIn("<mark>counsellor</mark>", response.context["hits"][0].snippet.text)
        self.assertContains(response, "<mark>counsellor</mark>", html=False)
        self.assertIsNone(response.context["hits"][0].document)


class LocaleScopeTests(SearchTestCase):
    def test_a_locale_searches_its_own_tree_and_editions_in_its_language(self):
        found = titles(self.search("q=strategji", "sq"))
        self.assertEqual(found, ["Serbia miraton një strategji kundër abuzimit në internet"])
        # English-only pages are left out of the Albanian search…
        self.assertEqual(titles(self.search("q=helpline", "sq")), [])
        # …but an English publication with an Albanian edition belongs to it, and the hit
        # links to the page in the Albanian tree.
        response = self.search("q=social", "sq")
        self.assertEqual(titles(response), ["Risk assessment guide for social workers"])
        self.assertTrue(response.context["hits"][0].page.url.startswith("/sq/"))

    def test_include_english_adds_english_resources_after_the_local_ones(self):
        found = titles(self.search("q=serbia&english=1", "sq"))
        self.assertEqual(found[0], "Serbia miraton një strategji kundër abuzimit në internet")
        self.assertIn("Serbia adopts a strategy against online abuse", found)
        self.assertIn(
            "Helplines for every child", titles(self.search("q=helpline&english=1", "sq"))
        )

    def test_choosing_a_language_shows_that_language(self):
        found = titles(self.search("q=helpline&language=en", "sq"))
        self.assertEqual(found, ["Helplines for every child"])

    def test_aliases_are_not_results_of_their_own(self):
        found = titles(self.search("q=participation&english=1", "bg"))
        self.assertEqual(len(found), len(set(found)))
        self.assertEqual(len(found), 2)


class FacetTests(SearchTestCase):
    def test_counts_per_facet(self):
        response = self.search("q=child")
        self.assertEqual(counts(response, "kind"), {"publication": 3, "news": 1})
        self.assertEqual(counts(response, "type"), {"report": 2, "guideline": 1})
        self.assertEqual(counts(response, "country"), {"albania": 2, "serbia": 2})
        # A broader topic counts its narrower topics' publications.
        self.assertEqual(
            counts(response, "topic"), {"violence": 3, "online-abuse": 2, "foster-care": 1}
        )
        self.assertEqual(counts(response, "language"), {"en": 4, "sq": 1})
        self.assertEqual(counts(response, "year"), {"2026": 1, "2025": 1, "2024": 1, "2022": 1})

    def test_a_filter_applies_to_the_results_and_to_the_other_facets_not_its_own(self):
        response = self.search("q=child&country=serbia")
        self.assertEqual(
            sorted(titles(response)),
            ["Helplines for every child", "Serbia adopts a strategy against online abuse"],
        )
        self.assertEqual(counts(response, "country"), {"albania": 2, "serbia": 2})
        self.assertEqual(counts(response, "kind"), {"publication": 1, "news": 1})
        self.assertEqual(response.context["result"].total, 2)

    def test_a_broader_topic_finds_its_narrower_topics(self):
        found = titles(self.search("q=child&topic=violence"))
        self.assertEqual(
            sorted(found),
            [
                "Helplines for every child",
                "Risk assessment guide for social workers",
                "Serbia adopts a strategy against online abuse",
            ],
        )

    def test_alternatives_within_a_facet_and_every_state_is_a_link(self):
        response = self.search("q=child&kind=news&kind=publication&year=2024&year=2026")
        self.assertEqual(
            sorted(titles(response)),
            ["Helplines for every child", "Serbia adopts a strategy against online abuse"],
        )
        self.assertContains(response, 'value="2024" checked')
        # Each active filter links to the same search without it.
        self.assertContains(response, "?q=child&amp;kind=news&amp;kind=publication&amp;year=2026")

    def test_paging_keeps_the_query_and_filters(self):
        response = self.search("q=child&kind=publication&page=1")
        self.assertEqual(response.context["result"].total, 3)
        self.assertNotContains(response, 'rel="next"')


class QueryCountTests(SearchTestCase):
    def test_queries_do_not_grow_with_the_number_of_hits(self):
        def queries(query_string):
            self.search(query_string)  # warm caches that are not per request
            with CaptureQueriesContext(connection) as captured:
                response = self.search(query_string)
            return len(captured), len(response.context["hits"])

        few, one_hit = queries("q=counsellor&kind=publication")
        many, three_hits = queries("q=child&kind=publication")
        self.assertEqual((one_hit, three_hits), (1, 3))
        self.assertEqual(few, many)
