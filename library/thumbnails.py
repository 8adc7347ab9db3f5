"""Cover thumbnails of PDF editions: the first page, rendered small with PDFium (pypdfium2).

Rendered with the text, in the child process that reads uploaded files (library/sandbox.py,
library/extraction.py), so a hostile file costs that child and never the web or task worker.
A page that cannot be rendered gives no thumbnail, never a failed extraction: the card then
shows its placeholder."""

import io
import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)

# Pixels: a cover shown 80 CSS pixels wide, sharp at twice the density.
WIDTH = 160
# A page taller than this (height / width) is cut at the top part: a poster or a scroll would
# make a needle of a thumbnail. A4 is 1.41, US Letter 1.29.
MAX_RATIO = 1.5
FORMAT, EXTENSION, QUALITY = "WEBP", "webp", 80


@dataclass
class Thumbnail:
    data: bytes
    width: int
    height: int


def render_first_page(data):
    """A Thumbnail of the first page of the PDF ``data``, or None (logged) when it has no
    page or PDFium cannot draw it."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except Exception as error:  # pypdfium2.PdfiumError and friends: not drawable
        logger.warning("No cover thumbnail: the first page cannot be drawn (%s)", error)
        return None
    try:
        if len(document) == 0:
            return None
        page = document[0]
        width, height = page.get_size()
        if width <= 0 or height <= 0:
            return None
        image = page.render(scale=WIDTH / width, draw_annots=False).to_pil().convert("RGB")
        if image.height > image.width * MAX_RATIO:
            image = image.crop((0, 0, image.width, round(image.width * MAX_RATIO)))
        buffer = io.BytesIO()
        image.save(buffer, FORMAT, quality=QUALITY, method=6)
        return Thumbnail(buffer.getvalue(), image.width, image.height)
    except Exception as error:  # a damaged page: the text may still have been read
        logger.warning("No cover thumbnail: the first page cannot be drawn (%s)", error)
        return None
    finally:
        document.close()
