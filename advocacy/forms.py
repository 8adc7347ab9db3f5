"""The admin form of briefs and initiatives: terms and pages of the page's own language, and
no citation of a publication of another language."""

from django.forms.utils import ErrorList
from django.utils.translation import gettext as _
from wagtail.blocks.stream_block import StreamBlockValidationError

from home.choosers import LocalisedPageForm


class PolicyBriefForm(LocalisedPageForm):
    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("body")
        if body is None:
            return cleaned
        from .citations import CITING_BLOCKS

        foreign = []
        for block in body:
            field = CITING_BLOCKS.get(block.block_type)
            page = block.value.get(field) if field else None
            if page is not None and page.locale_id != self.instance.locale_id:
                foreign.append(f"“{page.title}” ({page.locale.get_display_name()})")
        if foreign:
            self.add_error(
                "body",
                StreamBlockValidationError(
                    non_block_errors=ErrorList(
                        [
                            _("Cite the publications of this language (%(language)s): %(pages)s.")
                            % {
                                "language": self.instance.locale.get_display_name(),
                                "pages": ", ".join(foreign),
                            }
                        ]
                    )
                ),
            )
        return cleaned
