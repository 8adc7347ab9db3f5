"""Size of the public site's CSS and JavaScript, raw and compressed as WhiteNoise serves them
(gzip level 9, brotli), against the design system's budget of 100 KB compressed; the fonts
apart (woff2 is compressed already, and a browser downloads only the subsets a page uses).

    .venv/bin/python bench/assets.py

The files counted are those the public templates link with {% static %} (admin templates
aside); the script exits non-zero when the total is over budget."""

import gzip
import re
import sys
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "site" / "static"
BUDGET = 100 * 1024
TEMPLATE_FOLDERS = ["site", "home", "library", "search", "academy", "advocacy", "members"]
ADMIN_TEMPLATES = ("wagtailadmin", "wagtail_localize", "wagtaildocs", "/admin/", "widgets")
LINK = re.compile(r"""{%\s*static\s+['"]((?:css|js)/[^'"]+)['"]\s*%}""")


def public_assets():
    found = set()
    for folder in TEMPLATE_FOLDERS:
        for template in (ROOT / folder).glob("**/templates/**/*.html"):
            if any(part in str(template) for part in ADMIN_TEMPLATES):
                continue
            found.update(LINK.findall(template.read_text(encoding="utf-8")))
    return sorted(path for path in found if (STATIC / path).exists())


def sizes(data):
    return len(data), len(gzip.compress(data, 9)), len(brotli.compress(data))


def table(rows):
    print(f"{'file':<52}{'raw':>10}{'gzip':>10}{'brotli':>10}")
    totals = [0, 0, 0]
    for name, values in rows:
        print(f"{name:<52}" + "".join(f"{value / 1024:>9.1f}K" for value in values))
        totals = [total + value for total, value in zip(totals, values, strict=True)]
    print(f"{'total':<52}" + "".join(f"{value / 1024:>9.1f}K" for value in totals))
    return totals


def main():
    print("CSS and JavaScript of the public pages")
    totals = table([(path, sizes((STATIC / path).read_bytes())) for path in public_assets()])
    verdict = "within" if totals[1] <= BUDGET else "OVER"
    print(f"budget: {BUDGET / 1024:.0f}K compressed (gzip) — {verdict}")
    print()
    print("Fonts (woff2: not compressed again; each page loads only the subsets its text needs)")
    fonts = sorted((STATIC / "fonts").glob("*.woff2"))
    table([(str(font.relative_to(STATIC)), (font.stat().st_size,) * 3) for font in fonts])
    return 0 if totals[1] <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
