"""The policy brief page: citation numbers, bibliography, recommendations by audience,
metadata and citations of the brief itself."""

import json
import re

from django.test import TestCase

from advocacy.citations import references
from advocacy.factories import (
    PolicyBriefPageFactory,
    evidence,
    key_messages,
    recommendation,
    statistic,
)
from advocacy.models import PolicyBriefPage

from .helpers import advocacy_site


def bibliography_items(html):
    section = html.split('id="bibliography-heading"', 1)[1]
    return re.findall(r'<li id="ref-(\d+)" value="\d+">(.*?)</li>', section, re.S)


class CitationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = advocacy_site()
        cls.p1, cls.p2, cls.p3 = cls.site.publications

    def brief(self, body, **kwargs):
        return PolicyBriefPageFactory(parent=self.site.advocacy, body=body, **kwargs)

    def test_numbers_follow_first_appearance_and_a_repeated_source_keeps_its_number(self):
        brief = self.brief(
            [
                evidence(self.p2, "Second report first."),
                evidence(self.p1, "First report second."),
                statistic("42%", "of children in care", self.p2),
            ]
        )
        html = self.client.get(brief.url).content.decode()
        items = bibliography_items(html)
        self.assertEqual([number for number, _ in items], ["1", "2"])
        self.assertIn("Evidence report 2", items[0][1])
        self.assertIn("Evidence report 1", items[1][1])
        self.assertEqual(html.count('href="#ref-1"'), 2)  # cited twice, one number
        self.assertEqual(html.count('href="#ref-2"'), 1)
        self.assertIn(f'href="{self.p2.url}"', items[0][1])

    def test_moving_blocks_renumbers_the_bibliography(self):
        brief = self.brief([evidence(self.p1), evidence(self.p2), evidence(self.p3)])
        body = list(brief.body.raw_data)
        brief.body = PolicyBriefPage.body.field.to_python(json.dumps(list(reversed(body))))
        brief.save_revision().publish()
        brief = PolicyBriefPage.objects.get(pk=brief.pk)
        _by_id, bibliography = references(brief)
        self.assertEqual(
            [reference.title for reference in bibliography],
            ["Evidence report 3", "Evidence report 2", "Evidence report 1"],
        )
        html = self.client.get(brief.url).content.decode()
        self.assertIn("Evidence report 3", bibliography_items(html)[0][1])

    def test_unpublished_and_deleted_sources_are_listed_as_no_longer_available(self):
        brief = self.brief([evidence(self.p1), evidence(self.p2), evidence(self.p3)])
        self.p1.unpublish()
        self.p2.delete()
        response = self.client.get(brief.url)
        self.assertEqual(response.status_code, 200)
        items = bibliography_items(response.content.decode())
        self.assertEqual(len(items), 3)
        self.assertIn(
            "Evidence report 1. This publication is no longer available in the library.",
            items[0][1],
        )
        self.assertIn("A cited publication is no longer available in the library.", items[1][1])
        self.assertIn("Evidence report 3", items[2][1])
        self.assertNotIn("href", items[0][1])

    def test_a_brief_without_evidence_renders_without_bibliography(self):
        brief = self.brief([("problem", "<p>Too many children in institutions.</p>")])
        response = self.client.get(brief.url)
        self.assertContains(response, "Too many children in institutions.")
        self.assertNotContains(response, "bibliography-heading")

    def test_key_messages_first_and_recommendations_grouped_by_audience(self):
        brief = self.brief(
            [
                ("problem", "<p>The problem text.</p>"),
                recommendation("local", "Fund foster carers locally."),
                evidence(self.p1, "A finding."),
                recommendation("national", "Adopt the foster care law."),
                key_messages("Foster care works.", "Institutions harm."),
                recommendation("local", "Train municipal social workers."),
            ]
        )
        html = self.client.get(brief.url).content.decode()
        order = [
            html.index("Foster care works."),
            html.index("The problem text."),
            html.index("<h3>National government</h3>"),
            html.index("Adopt the foster care law."),
            html.index("<h3>Local authorities</h3>"),
            html.index("Fund foster carers locally."),
            html.index("Train municipal social workers."),
        ]
        self.assertEqual(order, sorted(order))
        self.assertEqual(html.count("<h3>Local authorities</h3>"), 1)

    def test_metadata_and_citations_of_the_brief(self):
        brief = self.brief(
            [evidence(self.p1)],
            title="Ending institutional care",
            authors="Elena Ionescu",
            organisations="Terre des hommes",
        )
        html = self.client.get(brief.url).content.decode()
        self.assertIn('<meta name="citation_title" content="Ending institutional care">', html)
        self.assertIn('<meta name="citation_author" content="Elena Ionescu">', html)
        self.assertIn(f'content="http://localhost{brief.url}pdf/"', html)
        data = json.loads(
            html.split('<script type="application/ld+json">')[1].split("</script>")[0]
        )
        self.assertEqual(data["@type"], "Report")
        self.assertEqual(data["name"], "Ending institutional care")
        bib = self.client.get(f"{brief.url}cite/bibtex/")
        self.assertEqual(bib["Content-Type"], "application/x-bibtex; charset=utf-8")
        self.assertTrue(bib.content.decode().startswith("@techreport{"))
        self.assertIn("Ending institutional care", bib.content.decode())
        ris = self.client.get(f"{brief.url}cite/ris/").content.decode()
        self.assertTrue(ris.startswith("TY  - RPRT\r\n"))
        self.assertIn("Ionescu, E. (", html)
