import io

import docx
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from library.pdfs import make_pdf

ALBANIAN = (
    "Mbrojtja e fëmijëve nga dhuna është përgjegjësi e përbashkët e familjes, shkollës dhe "
    "shërbimeve sociale. Punonjësit socialë duhet të vlerësojnë rrezikun dhe të hartojnë një "
    "plan mbështetjeje për çdo fëmijë."
)
RUSSIAN = (
    "Защита детей от насилия является общей ответственностью семьи, школы и социальных "
    "служб. Социальные работники должны оценивать риск и составлять план поддержки."
)
SERBIAN = (
    "Zaštita djece od nasilja zajednička je odgovornost porodice, škole i socijalnih službi. "
    "Socijalni radnici treba da procijene rizik i izrade plan podrške za svako dijete."
)
ENGLISH = (
    "Protecting children from violence is a shared responsibility of families, schools and "
    "social services. Social workers should assess the risk and draw up a support plan."
)


def pdf_bytes(text=ENGLISH, title="Guidance for practitioners", pages=1):
    return make_pdf(title, [text] * (40 * (pages - 1) + 1))


def docx_bytes(text=ENGLISH):
    document = docx.Document()
    document.add_heading("Guidance for practitioners", level=1)
    document.add_paragraph(text)
    table = document.add_table(rows=1, cols=1)
    table.rows[0].cells[0].text = "Case conference checklist"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def encrypted_pdf_bytes():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


ADD_URL = "/admin/documents/add/"


class AdminUploadMixin:
    """A TestCase mixin: signed in as a superuser, upload a file through the admin's document
    form, running what is queued on commit (extraction)."""

    @classmethod
    def setUpTestData(cls):
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")

    def setUp(self):
        self.client.force_login(self.admin)

    def upload(self, name, content, title="Guidance"):
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(
                ADD_URL,
                {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
            )
