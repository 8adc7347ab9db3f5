"""Text, page count, language and active content of an uploaded PDF or Word file — offline,
no services.

Files come from anyone who can upload or import, so they are read in a child process with a
memory cap and a time limit (library/sandbox.py), and a Word file's archive is measured before
anything in it is unpacked: more than ``MAX_UNPACKED_BYTES`` in all, or a part that unpacks to
over ``MAX_RATIO`` times its packed size, is refused as a zip bomb. pypdf's own limits stop a
PDF stream that inflates beyond 75 MB."""

import io
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .sandbox import ChildProcess, OutOfMemory, TimedOut
from .thumbnails import render_first_page

PDF = "pdf"
DOCX = "docx"
# Serbian, Croatian and Bosnian (and Montenegrin) are one language version on the site: "sh".
DETECTOR_CODES = {"sr": "sh", "hr": "sh", "bs": "sh"}
MAX_TEXT_CHARS = 2_000_000
# The language is told from a sample: a few pages of text are plenty, and the detector's time
# grows with the length it reads.
LANGUAGE_SAMPLE_CHARS = 4_000
# A Word file of the upload limit (50 MB) rarely holds more than a few hundred MB unpacked
# (its pictures are compressed already), and its XML packs some 5–20 times.
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 100
RATIO_FROM_BYTES = 1024 * 1024  # smaller parts may pack as tightly as they like


# Why a file cannot be read. A background extraction stores the code (and the detail), not
# the message, so that the reason is shown in the language of the editor who reads it.
NOT_A_DOCUMENT = "not-a-document"
NOT_DOCX = "not-docx"
ENCRYPTED = "encrypted"
DAMAGED = "damaged"
UNREADABLE = "unreadable"
TOO_BIG = "too-big-to-read"
TIMEOUT = "timeout"
MESSAGES = {
    NOT_A_DOCUMENT: _("Only PDF and Word (.docx) documents can be added to the library."),
    NOT_DOCX: _("This archive is not a Word (.docx) document."),
    ENCRYPTED: _("This PDF is password-protected. Upload a copy without a password."),
    DAMAGED: _("This document is damaged and cannot be read (%(error)s)."),
    UNREADABLE: _("The file could not be read from storage (%(error)s)."),
    TOO_BIG: _(
        "This document would take too much memory to open (%(error)s), as a “zip bomb” does. "
        "Upload a smaller or simpler copy."
    ),
    TIMEOUT: _(
        "Reading this document took longer than %(error)s and was stopped. Upload a smaller or "
        "simpler copy."
    ),
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
    active_content: list = field(default_factory=list)  # see ``active_content``
    thumbnail: object = None  # a PDF's first page (library.thumbnails.Thumbnail), or None


def check(data):
    """Quick structural check, fit for a request: 'pdf' or 'docx', and what active content
    the file holds. Raises ExtractionError for anything that is not a readable, unencrypted
    PDF or DOCX."""
    return _in_child(data, extract_text=False)


def extract(data):
    """Text, page count, language, active content and (for a PDF) a thumbnail of the first
    page of a PDF or DOCX file. Raises ExtractionError."""
    return _in_child(data, extract_text=True)


def _in_child(data, extract_text):
    try:
        return _READER.call(
            data,
            extract_text,
            timeout=settings.LIBRARY_EXTRACTION_TIMEOUT,
            memory=settings.LIBRARY_EXTRACTION_MEMORY_MB * 2**20,
        )
    except OutOfMemory as error:
        raise ExtractionError(TOO_BIG, str(error)) from error
    except TimedOut as error:
        raise ExtractionError(TIMEOUT, str(error)) from error


def read_document(data, extract_text):
    """What ``check`` (``extract_text`` false: the kind and active content) or ``extract``
    returns, computed in this process: the child process calls it."""
    kind, reader = _open(data)
    if not extract_text:
        return kind, active_content(kind, reader)
    if kind == PDF:
        from pypdf.errors import LimitReachedError

        try:
            pages = []
            for page in reader.pages:
                _inflate_contents(page)
                pages.append(page.extract_text() or "")
        except LimitReachedError as error:  # a content stream inflating beyond pypdf's limit
            raise ExtractionError(TOO_BIG, str(error)) from error
        except Exception as error:  # pypdf raises many kinds on damaged content streams
            raise _damaged(error) from error
        text, page_count = "\n".join(pages), len(pages)
        thumbnail = render_first_page(data)
    else:
        paragraphs = [paragraph.text for paragraph in reader.paragraphs]
        for table in reader.tables:
            paragraphs += [cell.text for row in table.rows for cell in row.cells]
        text, page_count = "\n".join(paragraphs), None  # .docx stores no reliable page count
        thumbnail = None  # nothing here lays a Word file out
    text = " ".join(text.split())[:MAX_TEXT_CHARS]
    return Extraction(
        text=text,
        page_count=page_count,
        language=detect_language(text),
        active_content=active_content(kind, reader),
        thumbnail=thumbnail,
    )


def _inflate_contents(page):
    """Decode the page's content streams (pypdf keeps them decoded for ``extract_text``), so
    that one inflating beyond pypdf's limit raises: ``extract_text`` would only log it."""
    from pypdf.generic import ArrayObject

    contents = page.get("/Contents")
    if contents is None:
        return
    contents = contents.get_object()
    for stream in contents if isinstance(contents, ArrayObject) else [contents]:
        stream.get_object().get_data()


def sniff_kind(head):
    """'pdf' or 'docx' from the file's first bytes (never from its name), or None."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return DOCX
    return None


def _open(data):
    """The kind of document and an opened reader."""
    kind = sniff_kind(data[:8])
    if kind == PDF:
        return kind, _open_pdf(data)
    if kind == DOCX:
        return kind, _open_docx(data)
    raise ExtractionError(NOT_A_DOCUMENT)


def _damaged(error):
    return ExtractionError(DAMAGED, str(error))


def _open_pdf(data):
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
        if not encrypted:
            len(reader.pages)  # parses the page tree: fails on a truncated or damaged file
    except LimitReachedError as error:
        raise ExtractionError(TOO_BIG, str(error)) from error
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
            _refuse_zip_bomb(archive.infolist())
        return docx.Document(io.BytesIO(data))
    except ExtractionError:
        raise
    except Exception as error:  # zipfile and lxml raise many kinds on damaged files
        raise _damaged(error) from error


def _refuse_zip_bomb(members):
    """Raise TOO_BIG when the archive's own table of contents says it unpacks to too much
    (a lying table of contents meets the child process's memory cap instead)."""
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ExtractionError(TOO_BIG, f"{filesizeformat(unpacked)} unpacked")
    for member in members:
        packed = max(member.compress_size, 1)
        if member.file_size > RATIO_FROM_BYTES and member.file_size / packed > MAX_RATIO:
            raise ExtractionError(
                TOO_BIG,
                f"{member.filename}: {filesizeformat(member.file_size)} "
                f"from {filesizeformat(member.compress_size)}",
            )


# Active content: what a PDF viewer or a word processor may run or open by itself. Such a
# file is served as a download, never shown in the browser (library.LibraryDocument).
JAVASCRIPT = "JavaScript"
LAUNCH = "Launch"
EMBEDDED_FILE = "EmbeddedFile"
RICH_MEDIA = "RichMedia"
XFA = "XFA"
SUBMIT_FORM = "SubmitForm"
_ACTIVE_KEYS = {
    "/JS": JAVASCRIPT,
    "/JavaScript": JAVASCRIPT,
    "/Launch": LAUNCH,
    "/EmbeddedFile": EMBEDDED_FILE,
    "/EmbeddedFiles": EMBEDDED_FILE,
    "/EF": EMBEDDED_FILE,
    "/RichMedia": RICH_MEDIA,
    "/RichMediaContent": RICH_MEDIA,
    "/XFA": XFA,
}
_ACTIVE_ACTIONS = {
    "/JavaScript": JAVASCRIPT,
    "/Launch": LAUNCH,
    "/SubmitForm": SUBMIT_FORM,
    "/ImportData": SUBMIT_FORM,
    "/RichMediaExecute": RICH_MEDIA,
}
# Word parts that hold programs or other files: macros, OLE objects, ActiveX controls.
_ACTIVE_PARTS = {
    "vbaProject.bin": "Macro",
    "embeddings/": EMBEDDED_FILE,
    "activeX/": "ActiveX",
}


def active_content(kind, reader):
    """The kinds of active content in a document (sorted names, empty when there is none)."""
    if kind == DOCX:
        names = [part.partname for part in reader.part.package.iter_parts()]
        return sorted(
            {label for marker, label in _ACTIVE_PARTS.items() for name in names if marker in name}
        )
    return sorted(_pdf_active_content(reader))


def _pdf_active_content(reader):
    """Walk every object reachable from the trailer (object streams included, stream data not
    decoded) for the keys and action types of active content — whatever the spelling in the
    file (``/J#53`` is ``/JS``), since the parser normalises names."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    found, seen, stack = set(), set(), [reader.trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            try:
                item = item.get_object()
            except Exception:  # a dangling or damaged reference hides nothing readable
                continue
        if isinstance(item, DictionaryObject):
            for key, value in item.items():
                if key in _ACTIVE_KEYS:
                    found.add(_ACTIVE_KEYS[key])
                if key == "/S" and value in _ACTIVE_ACTIONS:
                    found.add(_ACTIVE_ACTIONS[value])
                stack.append(value)
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return found


_identifier = None


def _site_identifier():
    """py3langid's identifier, limited to the site's languages (loaded once)."""
    global _identifier
    if _identifier is None:
        from py3langid.langid import _load_identifier

        site_codes = {code for code, _name in settings.LANGUAGES}
        detector_codes = {code for code in site_codes if code != "sh"} | set(DETECTOR_CODES)
        _identifier = _load_identifier()
        _identifier.set_languages(
            [code for code in _identifier.nb_classes if code in detector_codes]
        )
    return _identifier


def detect_language(text):
    """The site language the text is written in ('' when there is too little text)."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if len(sample.strip()) < 20:
        return ""
    code, _score = _site_identifier().classify(sample)
    return DETECTOR_CODES.get(code, code)


def detect_language_among(text, candidates):
    """The one of ``candidates`` (site language codes, most likely first) that ``text`` is
    written in: a short text (a title and a summary) is told apart reliably among the two or
    three languages it can be in, where a guess among all the site's would not be. With one
    candidate, or no letters to read, the first candidate ('' for none)."""
    candidates = [code for code in dict.fromkeys(candidates) if code]
    if len(candidates) < 2 or not any(character.isalpha() for character in text):
        return candidates[0] if candidates else ""
    for code, _score in _site_identifier().rank(text[:LANGUAGE_SAMPLE_CHARS]):
        code = DETECTOR_CODES.get(code, code)
        if code in candidates:
            return code
    return candidates[0]


# The one child process that reads documents for this process (library/sandbox.py).
_READER = ChildProcess(read_document)
