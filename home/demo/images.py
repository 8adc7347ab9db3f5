"""Generated illustrations for the demo content (no files to ship): abstract compositions in
the site's palette — a sky, hills and a sheltering arc over two figures, the motif of the
logotype — each varied by the title it illustrates. They are decorative (the headline beside
them says what the article is about), so their description, the alt text, stays empty."""

import hashlib
import random
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw

# (sky, hills, accent) from the design tokens' palette
PALETTES = [
    ("#e4eff6", "#0b5c8c", "#ffbf47"),
    ("#e5f3e9", "#2f7d4f", "#ffbf47"),
    ("#fbeee4", "#a4551d", "#0b5c8c"),
    ("#eeeaf6", "#5b3f8c", "#ffbf47"),
    ("#e2f3f4", "#0b7c8c", "#b3261e"),
    ("#f6e8ef", "#8c0b4f", "#ffbf47"),
]
WIDTH, HEIGHT = 1280, 720


def blend(colour, other, amount):
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))


def compose(title):
    """The PNG bytes of the illustration of ``title``."""
    seed = int(hashlib.sha1(title.encode()).hexdigest(), 16)
    rng = random.Random(seed)
    sky, hills, accent = PALETTES[seed % len(PALETTES)]
    canvas = PILImage.new("RGB", (WIDTH, HEIGHT), sky)
    draw = ImageDraw.Draw(canvas, "RGBA")
    # sun
    sun_x, sun_y, sun_r = rng.randint(760, 1120), rng.randint(110, 230), rng.randint(70, 110)
    draw.ellipse((sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r), fill=accent)
    # three layers of hills, lighter far away
    for layer, (lightness, base) in enumerate(((0.7, 430), (0.45, 500), (0.0, 585))):
        colour = blend(hills, "#ffffff", lightness)
        points = [(0, HEIGHT)]
        x, y = 0, base + rng.randint(-40, 40)
        while x <= WIDTH:
            points.append((x, y))
            x += rng.randint(140, 260)
            y = base + rng.randint(-60, 50) - layer * 10
        points += [(WIDTH, y), (WIDTH, HEIGHT)]
        draw.polygon(points, fill=colour)
    # the sheltering arc and two figures, the grown-up and the child
    cx = rng.randint(300, 560)
    ground = 600
    draw.arc((cx - 190, ground - 330, cx + 190, ground + 50), 180, 360, fill="#ffffff", width=34)
    draw.ellipse((cx - 95, ground - 250, cx - 35, ground - 190), fill="#ffffff")
    draw.rounded_rectangle((cx - 105, ground - 180, cx - 25, ground), radius=36, fill="#ffffff")
    draw.ellipse((cx + 30, ground - 150, cx + 76, ground - 104), fill=accent)
    draw.rounded_rectangle((cx + 22, ground - 96, cx + 84, ground), radius=28, fill=accent)
    buffer = BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def illustration(title):
    """A Wagtail image for ``title``, created once and reused."""
    model = get_image_model_lazily()
    existing = model.objects.filter(title=title).first()
    if existing:
        return existing
    slug = hashlib.sha1(title.encode()).hexdigest()[:10]
    image = ImageFile(BytesIO(compose(title)), name=f"demo-{slug}.png")
    return model.objects.create(title=title, file=image, description="")


def get_image_model_lazily():
    from wagtail.images import get_image_model

    return get_image_model()
