from django.utils.translation import gettext_lazy as _

from home.models import SectionIndexPage


class CourseIndexPage(SectionIndexPage):
    """The academy of one locale: free self-paced courses and webinars."""

    subpage_types = []
    template = "home/section_index_page.html"

    class Meta:
        verbose_name = _("academy")
