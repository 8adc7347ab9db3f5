"""Simple generated illustrations for the demo content (no files to ship)."""

import hashlib
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

PALETTE = ["#0b5c8c", "#2f7d4f", "#8c3b0b", "#5b3f8c", "#0b7c8c", "#8c0b4f"]


def illustration(title):
    """A Wagtail image for ``title``, created once and reused."""
    model = get_image_model()
    existing = model.objects.filter(title=title).first()
    if existing:
        return existing
    seed = int(hashlib.sha1(title.encode()).hexdigest(), 16)
    colour = PALETTE[seed % len(PALETTE)]
    canvas = PILImage.new("RGB", (1280, 720), colour)
    draw = ImageDraw.Draw(canvas)
    for index in range(6):
        radius = 60 + (seed >> (index * 4)) % 180
        x = (seed >> (index * 7)) % 1280
        y = (seed >> (index * 5)) % 720
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill="#ffffff22")
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    slug = hashlib.sha1(title.encode()).hexdigest()[:10]
    return model.objects.create(title=title, file=ImageFile(buffer, name=f"demo-{slug}.png"))
