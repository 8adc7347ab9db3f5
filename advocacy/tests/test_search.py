"""Briefs in the site search: found by their words, labelled "Policy brief", a content type
of their own."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from advocacy.factories import PolicyBriefPageFactory

from .helpers import advocacy_site


class BriefSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            site = advocacy_site(publications=1)
            PolicyBriefPageFactory(
                parent=site.advocacy,
                title="Deinstitutionalisation now",
                summary="Kinship placements before residential institutions.",
            )
        call_command("update_index", stdout=StringIO())

    def test_a_brief_is_found_and_labelled_policy_brief(self):
        response = self.client.get("/en/search/?q=kinship")
        hits = response.context["hits"]
        self.assertEqual([hit.source.title for hit in hits], ["Deinstitutionalisation now"])
        self.assertEqual(hits[0].kind_label, "Policy brief")
        self.assertContains(response, "Policy brief ·")
        kinds = next(f for f in response.context["facets"] if f.param == "kind")
        self.assertEqual({o.value: o.count for o in kinds.options}, {"brief": 1})
        self.assertEqual(
            [
                h.source.title
                for h in self.client.get("/en/search/?q=kinship&kind=news").context["hits"]
            ],
            [],
        )
