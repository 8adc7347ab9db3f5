from django.utils.translation import gettext_lazy as _

from home.models import SectionIndexPage


class AdvocacyIndexPage(SectionIndexPage):
    """Policy briefs and campaigns of one locale."""

    subpage_types = []
    template = "home/section_index_page.html"

    class Meta:
        verbose_name = _("advocacy")
