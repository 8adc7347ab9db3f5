"""Citations of a publication: APA-style text, BibTeX and RIS, from its structured data."""

import re

from django.utils.text import slugify

BIBTEX_TYPES = {"report": "techreport", "research": "techreport", "law-or-standard": "misc"}
RIS_TYPES = {
    "report": "RPRT",
    "research": "RPRT",
    "policy-paper": "RPRT",
    "guideline": "RPRT",
    "law-or-standard": "STAT",
    "video": "VIDEO",
    "podcast": "SOUND",
}


def _creators(publication):
    return publication.author_list() or publication.organisation_list()


def _url(publication, request):
    if publication.doi:
        return f"https://doi.org/{publication.doi}"
    return publication.full_url if request is None else request.build_absolute_uri(publication.url)


def _apa_name(name):
    """“Ana Maria Popescu” → “Popescu, A. M.”; organisations stay as they are."""
    parts = name.split()
    if len(parts) < 2 or "," in name:
        return name
    initials = " ".join(f"{part[0]}." for part in parts[:-1])
    return f"{parts[-1]}, {initials}"


def apa(publication, request=None):
    creators = [_apa_name(name) for name in publication.author_list()]
    creators = creators or publication.organisation_list()
    if len(creators) > 1:
        authors = ", ".join(creators[:-1]) + ", & " + creators[-1]
    else:
        authors = creators[0] if creators else ""
    publisher = ", ".join(publication.organisation_list()) if publication.author_list() else ""
    parts = [f"{authors} ({publication.publication_date.year})." if authors else ""]
    parts.append(f"{publication.title}.")
    if publisher:
        parts.append(f"{publisher}.")
    parts.append(_url(publication, request))
    return " ".join(part for part in parts if part)


def _bibtex_escape(value):
    return re.sub(r"([{}%&$#_])", r"\\\1", value)


def bibtex(publication, request=None):
    slug = publication.resource_type.slug if publication.resource_type else ""
    entry_type = BIBTEX_TYPES.get(slug, "misc")
    key = slugify(
        f"{(_creators(publication) or ['childhub'])[0].split()[-1]}"
        f"{publication.publication_date.year}{publication.title.split()[0]}"
    )
    fields = {
        "title": publication.title,
        "author": " and ".join(_creators(publication)),
        "year": str(publication.publication_date.year),
        "month": str(publication.publication_date.month),
        "institution" if entry_type == "techreport" else "publisher": ", ".join(
            publication.organisation_list()
        ),
        "doi": publication.doi,
        "isbn": publication.isbn,
        "url": _url(publication, request),
        "abstract": publication.summary,
        "language": publication.locale.language_code,
    }
    body = ",\n".join(
        f"  {name} = {{{_bibtex_escape(value)}}}" for name, value in fields.items() if value
    )
    return f"@{entry_type}{{{key.replace('-', '')},\n{body}\n}}\n"


def ris(publication, request=None):
    slug = publication.resource_type.slug if publication.resource_type else ""
    lines = [("TY", RIS_TYPES.get(slug, "GEN")), ("TI", publication.title)]
    lines += [("AU", name) for name in publication.author_list()]
    lines += [("PB", name) for name in publication.organisation_list()]
    date = publication.publication_date
    lines += [("PY", str(date.year)), ("DA", f"{date.year}/{date.month:02d}/{date.day:02d}")]
    lines += [("AB", publication.summary), ("LA", publication.locale.language_code)]
    if publication.doi:
        lines.append(("DO", publication.doi))
    if publication.isbn:
        lines.append(("SN", publication.isbn))
    lines += [("UR", _url(publication, request)), ("ER", "")]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)
