"""The advocacy index filters briefs and initiatives by kind, topic, country and status, counts
what each filter value would list, pages with shareable addresses, offers an Atom feed of what
it shows and an overview by country, in a number of queries that does not grow with the items."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from advocacy.factories import AdvocacyInitiativePageFactory, PolicyBriefPageFactory
from home.factories import CountryFactory, TopicFactory

from .helpers import advocacy_site


class FilterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = advocacy_site(publications=1)
        cls.care = TopicFactory(name="Alternative care", slug="alternative-care")
        cls.foster = TopicFactory(name="Foster care", slug="foster-care", parent=cls.care)
        cls.online = TopicFactory(name="Online abuse", slug="online-abuse")
        cls.albania = CountryFactory(name="Albania", slug="albania")
        cls.serbia = CountryFactory(name="Serbia", slug="serbia")
        index = cls.site.advocacy
        cls.brief_al = PolicyBriefPageFactory(
            parent=index, title="Grooming brief", topics=[cls.online], countries=[cls.albania]
        )
        cls.brief_rs = PolicyBriefPageFactory(
            parent=index, title="Kinship brief", topics=[cls.foster], countries=[cls.serbia]
        )
        cls.law_rs = AdvocacyInitiativePageFactory(
            parent=index,
            title="Foster care law",
            status="achieved",
            topics=[cls.foster],
            countries=[cls.serbia],
        )
        cls.plan_al = AdvocacyInitiativePageFactory(
            parent=index, title="Helpline plan", status="planned", countries=[cls.albania]
        )

    def titles(self, query=""):
        response = self.client.get(f"/en/advocacy/{query}")
        self.assertEqual(response.status_code, 200)
        return response, {item.title for item in response.context["items"].object_list}

    def test_country_filter_and_counts_of_the_other_values(self):
        response, titles = self.titles("?country=serbia")
        self.assertEqual(titles, {"Kinship brief", "Foster care law"})
        self.assertContains(response, '<option value="brief">Policy briefs (1)</option>')
        self.assertContains(response, '<option value="initiative">Initiatives (1)</option>')
        # a country's count ignores the country chosen, so that switching is informed
        self.assertContains(response, '<option value="albania">Albania (2)</option>')
        self.assertContains(response, '<option value="serbia" selected>Serbia (2)</option>')
        self.assertContains(response, '<option value="achieved">Achieved (1)</option>')
        self.assertContains(response, '<option value="planned">Planned (0)</option>')
        self.assertContains(response, "2 briefs and initiatives")

    def test_status_lists_initiatives_only_and_kind_filters(self):
        _response, titles = self.titles("?status=planned")
        self.assertEqual(titles, {"Helpline plan"})
        _response, titles = self.titles("?type=brief&country=albania")
        self.assertEqual(titles, {"Grooming brief"})
        _response, titles = self.titles("?type=brief&type=initiative&country=albania")
        self.assertEqual(titles, {"Grooming brief", "Helpline plan"})

    def test_a_broader_topic_lists_and_counts_its_narrower_topics(self):
        response, titles = self.titles("?topic=alternative-care")
        self.assertEqual(titles, {"Kinship brief", "Foster care law"})
        self.assertContains(
            response, '<option value="alternative-care" selected>Alternative care (2)</option>'
        )

    def test_unknown_or_hostile_values_are_ignored(self):
        _response, everything = self.titles()
        for query in ("?country=atlantis", "?status=%00", "?type=podcast", "?page=x&topic="):
            response, titles = self.titles(query)
            self.assertEqual(titles, everything)
            self.assertNotContains(response, "Clear filters")

    def test_nothing_matching_says_so_with_a_way_back(self):
        response, titles = self.titles("?status=stalled")
        self.assertEqual(titles, set())
        self.assertContains(response, "Nothing matches these filters")
        self.assertContains(response, 'class="button button--secondary" href="/en/advocacy/"')

    def test_pages_keep_the_filters_in_their_address(self):
        for _ in range(21):
            PolicyBriefPageFactory(parent=self.site.advocacy, countries=[self.serbia])
        response = self.client.get("/en/advocacy/?country=serbia")
        self.assertContains(response, 'rel="next" href="?country=serbia&amp;page=2"')
        response = self.client.get("/en/advocacy/?country=serbia&page=2")
        self.assertEqual(len(response.context["items"].object_list), 3)
        response = self.client.get("/en/advocacy/?country=serbia&page=99")
        self.assertEqual(response.context["items"].number, 2)

    def test_feed_honours_the_filters(self):
        response = self.client.get("/en/advocacy/?country=albania")
        self.assertContains(
            response,
            '<link rel="alternate" type="application/atom+xml" title="Advocacy" '
            'href="/en/advocacy/feed/?country=albania">',
        )
        response = self.client.get("/en/advocacy/feed/?country=albania")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/atom+xml; charset=utf-8")
        body = response.content.decode()
        self.assertIn("<title>Grooming brief</title>", body)
        self.assertIn("<title>Helpline plan</title>", body)
        self.assertNotIn("Kinship brief", body)
        self.assertIn("http://localhost/en/advocacy/grooming-brief/", body)

    def test_country_overview_counts_and_links(self):
        response = self.client.get("/en/advocacy/?type=initiative")
        html = response.content.decode()
        overview = html[html.index('<table class="country-overview">') :]
        self.assertIn('<a href="/en/advocacy/?country=albania">Albania</a>', overview)
        self.assertIn(
            '<a href="/en/advocacy/?country=serbia&amp;type=brief">1</a>', overview
        )  # the overview ignores the filters
        self.assertIn('<a href="/en/advocacy/?country=serbia&amp;type=initiative">1</a>', overview)

    def test_query_count_constant_with_filters_and_terms(self):
        def count(query):
            self.client.get(f"/en/advocacy/{query}")
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(f"/en/advocacy/{query}")
            self.assertEqual(response.status_code, 200)
            return len(queries), response

        few = [count(query)[0] for query in ("", "?country=serbia&topic=alternative-care")]
        for _ in range(9):
            PolicyBriefPageFactory(
                parent=self.site.advocacy,
                topics=[self.foster, self.online],
                countries=[self.serbia, self.albania],
            )
            AdvocacyInitiativePageFactory(
                parent=self.site.advocacy,
                status="achieved",
                topics=[self.foster],
                countries=[self.serbia],
            )
        many, response = count("")
        self.assertContains(response, "22 briefs and initiatives")
        self.assertEqual(few[0], many)
        many, response = count("?country=serbia&topic=alternative-care")
        self.assertContains(response, "20 briefs and initiatives")
        self.assertEqual(few[1], many)
