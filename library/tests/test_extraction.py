import pytest

from library.extraction import ExtractionError, check, detect_language, extract

from .helpers import (
    ALBANIAN,
    ENGLISH,
    RUSSIAN,
    SERBIAN,
    docx_bytes,
    encrypted_pdf_bytes,
    pdf_bytes,
)


def test_pdf_text_pages_and_language_are_extracted():
    result = extract(pdf_bytes(RUSSIAN, title="Руководство", pages=3))
    assert "Защита детей от насилия" in result.text
    assert result.page_count >= 2
    assert result.language == "ru"


def test_docx_text_including_tables_is_extracted():
    result = extract(docx_bytes(ALBANIAN))
    assert "Mbrojtja e fëmijëve" in result.text
    assert "Case conference checklist" in result.text
    assert result.language == "sq"


@pytest.mark.parametrize(
    ("text", "language"), [(ENGLISH, "en"), (ALBANIAN, "sq"), (RUSSIAN, "ru"), (SERBIAN, "sh")]
)
def test_language_is_one_of_the_site_languages(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        # Croatian
        "Djeca imaju pravo na zaštitu od svih oblika nasilja, zlostavljanja i zanemarivanja.",
        # Bosnian
        "Centar za socijalni rad u Sarajevu pruža pomoć djeci bez roditeljskog staranja i "
        "njihovim hraniteljskim porodicama, uz savjetovanje i praćenje svakog slučaja.",
        # Serbian in Cyrillic
        "Деца имају право на заштиту од свих облика насиља, злостављања и занемаривања у "
        "породици, школи и заједници.",
    ],
)
def test_serbian_croatian_and_bosnian_count_as_sh(text):
    assert detect_language(text) == "sh"


def test_too_little_text_has_no_language():
    assert detect_language("  12 ") == ""


def test_encrypted_pdf_is_refused_with_a_clear_message():
    with pytest.raises(ExtractionError, match="password-protected"):
        check(encrypted_pdf_bytes())


def test_truncated_pdf_is_refused_as_damaged():
    with pytest.raises(ExtractionError, match="damaged"):
        check(pdf_bytes()[:400])


def test_a_zip_that_is_not_a_word_document_is_refused():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(ExtractionError, match="not a Word"):
        check(buffer.getvalue())


def test_other_file_types_are_refused_whatever_their_name():
    with pytest.raises(ExtractionError, match="Only PDF and Word"):
        check(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
