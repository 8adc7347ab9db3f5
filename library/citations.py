"""Citations of a publication: APA-style text, BibTeX and RIS, from its structured data."""

import re

from django.utils.text import slugify

from home.locales import language_code_of

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


def _ascii(words):
    return slugify(" ".join(words)).replace("-", "")


def _language(publication):
    """The language the page is written in: an alias's is its source's."""
    source = publication.alias_of if publication.alias_of_id else publication
    return language_code_of(source.locale_id)


def _url(publication, request):
    if publication.doi:
        return f"https://doi.org/{publication.doi}"
    if request is None:
        return publication.full_url
    # With the request, Wagtail reads the sites' root paths once per request, not once a URL.
    return request.build_absolute_uri(publication.get_url(request))


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
    resource_type = getattr(publication, "resource_type", None)  # a brief has none
    slug = resource_type.slug if resource_type else ""
    entry_type = getattr(publication, "bibtex_type", None) or BIBTEX_TYPES.get(slug, "misc")
    # An ASCII key, "popescu2025foster", as reference managers expect; a name or a title in
    # another script gives no ASCII letters, so the page's id keeps the key unique.
    creator = _ascii((_creators(publication) or [""])[0].split()[-1:])
    word = _ascii(publication.title.split()[:1])
    key = f"{creator or 'childhub'}{publication.publication_date.year}{word or publication.pk}"
    # An organisation as author is braced, or BibTeX would read it as a person's name.
    authors = [_bibtex_escape(name) for name in publication.author_list()]
    authors = authors or [f"{{{_bibtex_escape(name)}}}" for name in publication.organisation_list()]
    fields = {
        "title": publication.title,
        "year": str(publication.publication_date.year),
        "month": str(publication.publication_date.month),
        "institution" if entry_type == "techreport" else "publisher": ", ".join(
            publication.organisation_list()
        ),
        "doi": publication.doi,
        "isbn": publication.isbn,
        "url": _url(publication, request),
        "abstract": publication.summary,
        "language": _language(publication),
    }
    fields = {name: _bibtex_escape(value) for name, value in fields.items() if value}
    if authors:
        fields = {"author": " and ".join(authors), **fields}
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
    return f"@{entry_type}{{{key},\n{body}\n}}\n"


def ris(publication, request=None):
    resource_type = getattr(publication, "resource_type", None)  # a brief has none
    slug = resource_type.slug if resource_type else ""
    ris_type = getattr(publication, "ris_type", None) or RIS_TYPES.get(slug, "GEN")
    lines = [("TY", ris_type), ("TI", publication.title)]
    lines += [("AU", name) for name in publication.author_list()]
    lines += [("PB", name) for name in publication.organisation_list()]
    date = publication.publication_date
    lines += [("PY", str(date.year)), ("DA", f"{date.year}/{date.month:02d}/{date.day:02d}")]
    lines += [("AB", publication.summary), ("LA", _language(publication))]
    if publication.doi:
        lines.append(("DO", publication.doi))
    if publication.isbn:
        lines.append(("SN", publication.isbn))
    lines += [("UR", _url(publication, request)), ("ER", "")]
    # A RIS field is one line: line breaks (a summary's paragraphs) become spaces.
    return "".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in lines)
