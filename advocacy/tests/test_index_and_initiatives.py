"""The advocacy index lists the locale's briefs and initiatives in a constant number of
queries; an initiative shows its milestones in date order."""

import datetime

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from advocacy.factories import AdvocacyInitiativePageFactory, PolicyBriefPageFactory
from advocacy.models import InitiativeMilestone

from .helpers import advocacy_site


class IndexTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = advocacy_site(publications=1)

    def queries(self):
        self.client.get(self.site.advocacy.url)  # caches emptied by the new pages filled again
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(self.site.advocacy.url)
        self.assertEqual(response.status_code, 200)
        return len(queries), response

    def test_briefs_and_initiatives_listed_in_constant_queries(self):
        PolicyBriefPageFactory(parent=self.site.advocacy, title="Brief A")
        AdvocacyInitiativePageFactory(parent=self.site.advocacy, title="Foster care law")
        few, response = self.queries()
        self.assertContains(response, "Brief A")
        self.assertContains(response, "Foster care law")
        for _ in range(10):
            PolicyBriefPageFactory(parent=self.site.advocacy)
            AdvocacyInitiativePageFactory(parent=self.site.advocacy)
        many, response = self.queries()
        self.assertEqual(few, many)
        self.assertContains(response, 'class="card__title"', count=20)  # a page
        self.assertContains(response, 'rel="next"')

    def test_an_initiative_timeline_in_date_order_with_sources(self):
        initiative = AdvocacyInitiativePageFactory(
            parent=self.site.advocacy, title="Foster care law"
        )
        for day, stage, text in (
            (datetime.date(2025, 6, 1), "adopted", "Parliament adopted the law."),
            (datetime.date(2024, 3, 1), "consultation", "Public consultation opened."),
            (datetime.date(2024, 11, 5), "draft-submitted", "Draft sent to parliament."),
        ):
            InitiativeMilestone.objects.create(
                page=initiative,
                date=day,
                stage=stage,
                description=text,
                source_url="https://example.org/record",
            )
        initiative.supporters = "Ministry of Labour\nUNICEF"
        initiative.related_publications.set(self.site.publications)
        initiative.save_revision().publish()
        html = self.client.get(initiative.url).content.decode()
        order = [
            html.index("Public consultation opened."),
            html.index("Draft sent to parliament."),
            html.index("Parliament adopted the law."),
        ]
        self.assertEqual(order, sorted(order))
        self.assertIn("<strong>Draft submitted</strong>", html)
        self.assertIn('href="https://example.org/record"', html)
        self.assertIn("UNICEF", html)
        self.assertIn(self.site.publications[0].title, html)
