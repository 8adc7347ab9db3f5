"""The filter panel's markup (components/facet_panel.html): collapsible groups with counts, the
first values in view and the rest behind "Show more", chosen values always in view; and the
pattern-library samples of the library's and the search's components."""

from django.template.loader import render_to_string
from django.test import RequestFactory, SimpleTestCase, TestCase

from library import patterns as library_patterns
from library.facet_panel import groups
from library.listing import Facet, Option
from search import patterns as search_patterns

YEARS = [str(year) for year in range(2025, 2017, -1)]  # eight values


def facets(chosen=()):
    years = [Option(year, year, 10 - index, year in chosen) for index, year in enumerate(YEARS)]
    topics = [
        Option("violence", "Violence against children", 9, False),
        *[Option(f"narrower-{n}", f"Narrower {n}", 2, False, parent="violence") for n in range(4)],
        *[Option(f"broad-{n}", f"Broad {n}", 1, False) for n in range(5)],
        Option("online", "Online abuse", 1, False, lang="en"),
    ]
    return [Facet("year", "Year", years), Facet("topic", "Topic", topics), Facet("type", "Type")]


class GroupTests(SimpleTestCase):
    def test_five_values_in_view_and_a_chosen_one_never_hidden(self):
        year, topic = groups(facets(chosen=["2019"]))
        self.assertEqual([option.value for option in year.shown], [*YEARS[:5], "2019"])
        self.assertEqual([option.value for option in year.more], ["2020", "2018"])
        self.assertEqual((year.selected, year.is_open), (1, True))

    def test_a_broader_topic_counts_once_with_its_narrower_topics(self):
        _year, topic = groups(facets())
        self.assertEqual(len(topic.shown), 9)  # the broad topic, its four narrower, four more
        self.assertEqual([option.value for option in topic.more], ["broad-4", "online"])

    def test_the_first_group_is_open_and_a_facet_without_values_has_none(self):
        year, topic = groups(facets())
        self.assertEqual((year.is_open, topic.is_open), (True, False))


class PanelMarkupTests(SimpleTestCase):
    def render(self, **context):
        return render_to_string(
            "components/facet_panel.html",
            {"facets": facets(**context), "LANGUAGE_CODE": "sq", "prefix": ""},
        )

    def test_groups_are_disclosures_of_labelled_checkboxes_with_their_counts(self):
        html = self.render(chosen=["2018"])
        self.assertInHTML(
            '<summary class="facet-group__summary"><span class="facet-group__label">Year</span> '
            '<span class="facet-group__selected">1 selected</span></summary>',
            html,
        )
        self.assertInHTML('<legend class="visually-hidden">Year</legend>', html)
        self.assertInHTML(
            '<li class="facet-option"><input type="checkbox" id="year-2018" name="year" '
            'value="2018" checked><label for="year-2018"><span>2018</span> '
            '<span class="facet-option__count">(3)</span></label></li>',
            html,
        )
        self.assertIn('<details class="facet-group__more">', html)
        self.assertInHTML(
            '<summary><span class="facet-group__show">Show 2 more</span>'
            '<span class="facet-group__hide">Show fewer</span></summary>',
            html,
        )
        # A term not translated yet is marked as English; a narrower topic is indented.
        self.assertIn('<span lang="en">Online abuse</span>', html)
        self.assertIn('<li class="facet-option facet-option--narrower">', html)
        # Outside English, the switch that adds the English resources.
        self.assertIn('<input type="checkbox" id="english" name="english" value="1">', html)


class PatternTests(TestCase):
    def test_every_pattern_renders_in_both_scripts_without_the_database(self):
        request = RequestFactory().get("/en/patterns/")
        for pattern in library_patterns.PATTERNS + search_patterns.PATTERNS:
            for script in ("latin", "cyrillic"):
                with self.subTest(pattern=pattern["name"], script=script):
                    context = {**pattern["context"](script), "LANGUAGE_CODE": "en"}
                    with self.assertNumQueries(0):
                        html = render_to_string(pattern["template"], context, request=request)
                    self.assertTrue(html.strip())
        card = render_to_string(
            "components/publication_card.html",
            library_patterns.PATTERNS[0]["context"]("cyrillic"),
            request=request,
        )
        self.assertIn('lang="bg"><a href="#">Насоки за работа', card)
