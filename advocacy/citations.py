"""A brief's citations: numbered in order of first appearance, one number per publication
however often it is cited, and the bibliography of those publications in APA style (the
library's ``library.citations.apa``).

Numbers come from the body's stored data (the chosen pages' ids), not from the pages
themselves, so that a publication deleted since still has its number and a "no longer
available" entry. Each cited publication is shown as it stands in the brief's language (its
translation or alias in that tree), and two choices that are the same publication in two
languages share one number."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from library.citations import apa
from library.models import PublicationPage

# The blocks that cite, and the field that holds the publication.
CITING_BLOCKS = {"evidence": "publication", "statistic": "source"}


@dataclass
class Reference:
    number: int
    publication: PublicationPage | None  # None: no longer available
    text: str
    title: str = ""

    @property
    def available(self):
        return self.publication is not None

    @property
    def anchor(self):
        return f"ref-{self.number}"


def cited_ids(body):
    """The ids of the cited pages, in order of first appearance."""
    ids = []
    for item in body.raw_data:
        field = CITING_BLOCKS.get(item["type"])
        value = item.get("value") or {}
        page_id = value.get(field) if field and isinstance(value, dict) else None
        if isinstance(page_id, int) and page_id not in ids:
            ids.append(page_id)
    return ids


def references(brief, request=None):
    """{cited page id: Reference} (several ids may share a Reference), and the bibliography,
    a list of References in number order; three queries whatever the number of citations."""
    ids = cited_ids(brief.body)
    if not ids:
        return {}, []
    found = {page.pk: page for page in PublicationPage.objects.filter(pk__in=ids)}
    local = {
        page.translation_key: page
        for page in PublicationPage.objects.live().filter(
            locale_id=brief.locale_id,
            translation_key__in=[page.translation_key for page in found.values()],
        )
    }
    by_id, by_key, bibliography = {}, {}, []
    for page_id in ids:
        page = found.get(page_id)
        key = page.translation_key if page else page_id
        if key not in by_key:
            shown = local.get(page.translation_key) if page else None
            if shown is None and page is not None and page.live:
                shown = page
            number = len(bibliography) + 1
            if shown is not None:
                reference = Reference(number, shown, apa(shown, request), shown.title)
            elif page is not None:  # unpublished
                reference = Reference(
                    number,
                    None,
                    _("%(title)s. This publication is no longer available in the library.")
                    % {"title": page.title},
                    page.title,
                )
            else:  # deleted
                reference = Reference(
                    number, None, _("A cited publication is no longer available in the library.")
                )
            by_key[key] = reference
            bibliography.append(reference)
        by_id[page_id] = by_key[key]
    return by_id, bibliography
