"""Text, page count and language of an uploaded PDF or Word file — offline, no services."""

import io
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

PDF = "pdf"
DOCX = "docx"
# Serbian, Croatian and Bosnian (and Montenegrin) are one language version on the site: "sh".
DETECTOR_CODES = {"sr": "sh", "hr": "sh", "bs": "sh"}
MAX_TEXT_CHARS = 2_000_000
# The language is told from a sample: a few pages of text are plenty, and the detector's time
# grows with the length it reads.
LANGUAGE_SAMPLE_CHARS = 4_000


# Why a file cannot be read. A background extraction stores the code (and the detail), not
# the message, so that the reason is shown in the language of the editor who reads it.
NOT_A_DOCUMENT = "not-a-document"
NOT_DOCX = "not-docx"
ENCRYPTED = "encrypted"
DAMAGED = "damaged"
UNREADABLE = "unreadable"
MESSAGES = {
    NOT_A_DOCUMENT: _("Only PDF and Word (.docx) documents can be added to the library."),
    NOT_DOCX: _("This archive is not a Word (.docx) document."),
    ENCRYPTED: _("This PDF is password-protected. Upload a copy without a password."),
    DAMAGED: _("This document is damaged and cannot be read (%(error)s)."),
    UNREADABLE: _("The file could not be read from storage (%(error)s)."),
}


def failure_message(code, detail=""):
    """The editor's message for a failure code, in the active language; ``detail`` is the
    reader's or the storage's own (untranslated) account of the fault."""
    if code not in MESSAGES:
        return detail
    return MESSAGES[code] % {"error": detail}


class ExtractionError(Exception):
    """The file is not a readable document: ``code`` says why (a key of MESSAGES), ``detail``
    is the underlying error, if any. ``str()`` is the message meant for the editor."""

    def __init__(self, code, detail=""):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self):
        return str(failure_message(self.code, self.detail))


@dataclass
class Extraction:
    text: str
    page_count: int | None
    language: str


def sniff_kind(head):
    """'pdf' or 'docx' from the file's first bytes (never from its name), or None."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return DOCX
    return None


def check(data):
    """Quick structural check, fit for a request: the kind of document and an opened reader.
    Raises ExtractionError for anything that is not a readable, unencrypted PDF or DOCX."""
    kind = sniff_kind(data[:8])
    if kind == PDF:
        return kind, _open_pdf(data)
    if kind == DOCX:
        return kind, _open_docx(data)
    raise ExtractionError(NOT_A_DOCUMENT)


def extract(data):
    """Text, page count and language of a PDF or DOCX file. Raises ExtractionError."""
    kind, reader = check(data)
    if kind == PDF:
        try:
            pages = [page.extract_text() or "" for page in reader.pages]
        except Exception as error:  # pypdf raises many kinds on damaged content streams
            raise _damaged(error) from error
        text, page_count = "\n".join(pages), len(pages)
    else:
        paragraphs = [paragraph.text for paragraph in reader.paragraphs]
        for table in reader.tables:
            paragraphs += [cell.text for row in table.rows for cell in row.cells]
        text, page_count = "\n".join(paragraphs), None  # .docx stores no reliable page count
    text = " ".join(text.split())[:MAX_TEXT_CHARS]
    return Extraction(text=text, page_count=page_count, language=detect_language(text))


def _damaged(error):
    return ExtractionError(DAMAGED, str(error))


def _open_pdf(data):
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
        if not encrypted:
            len(reader.pages)  # parses the page tree: fails on a truncated or damaged file
    except Exception as error:  # pypdf raises many kinds on damaged files
        raise _damaged(error) from error
    if encrypted:
        raise ExtractionError(ENCRYPTED)
    return reader


def _open_docx(data):
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise ExtractionError(NOT_DOCX)
        return docx.Document(io.BytesIO(data))
    except ExtractionError:
        raise
    except Exception as error:  # zipfile and lxml raise many kinds on damaged files
        raise _damaged(error) from error


_identifier = None


def detect_language(text):
    """The site language the text is written in ('' when there is too little text)."""
    global _identifier
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if len(sample.strip()) < 20:
        return ""
    if _identifier is None:
        from py3langid.langid import _load_identifier

        site_codes = {code for code, _name in settings.LANGUAGES}
        detector_codes = {code for code in site_codes if code != "sh"} | set(DETECTOR_CODES)
        _identifier = _load_identifier()
        _identifier.set_languages(
            [code for code in _identifier.nb_classes if code in detector_codes]
        )
    code, _score = _identifier.classify(sample)
    return DETECTOR_CODES.get(code, code)
