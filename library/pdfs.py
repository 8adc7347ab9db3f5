"""Real PDF files made in code (reportlab), for the demo content, the tests and the benches.
DejaVu Sans covers Latin, Cyrillic and every diacritic of the site's languages."""

import io
from functools import cache
from pathlib import Path

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]


class FontMissing(RuntimeError):
    pass


class Heading(str):
    """A paragraph of ``make_pdf`` that is a section heading."""


@cache
def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for folder in FONT_DIRS:
        path = folder / "DejaVuSans.ttf"
        if path.exists():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(path)))
            return "DejaVuSans"
    raise FontMissing(
        "DejaVu Sans is needed to write PDFs in Cyrillic: apt-get install fonts-dejavu-core"
    )


def make_pdf(title, paragraphs, author="ChildHub"):
    """A small A4 PDF with a title and paragraphs (a ``Heading`` among them starts a section);
    returns its bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = _font()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=title, author=author)
    heading = ParagraphStyle("heading", fontName=font, fontSize=18, leading=24, spaceAfter=12)
    section = ParagraphStyle(
        "section", fontName=font, fontSize=13, leading=18, spaceBefore=8, spaceAfter=6
    )
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=16, spaceAfter=8)
    story = [Paragraph(_escape(title), heading), Spacer(1, 12)]
    story += [
        Paragraph(_escape(text), section if isinstance(text, Heading) else body)
        for text in paragraphs
    ]
    document.build(story)
    return buffer.getvalue()


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
