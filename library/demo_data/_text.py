"""How the demo data is written: one paragraph per line, "## " starts a heading."""

import datetime

from library.pdfs import Heading


def blocks(text):
    """The headings and paragraphs of a text written one paragraph per line."""
    result = []
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("## "):
            result.append(Heading(line[3:]))
        elif line:
            result.append(line)
    return result


def publication(
    title, summary, kind, topics, countries, audiences, date, organisations, authors="", **editions
):
    """A publication; each keyword named after a language is an edition: its text, or
    (its own title, its text) when the edition's title differs from the publication's."""
    return {
        "title": title,
        "summary": summary,
        "resource_type": kind,
        "topics": topics,
        "countries": countries,
        "audiences": audiences,
        "date": datetime.date.fromisoformat(date),
        "organisations": organisations,
        "authors": authors,
        "editions": {
            code: (value if isinstance(value, tuple) else (title, value))
            for code, value in editions.items()
        },
    }
