"""The PDF of a brief: made by a background task once per published revision, served from
its file, its text in the brief's language and script."""

import io
from unittest import mock

from django.test import TestCase
from pypdf import PdfReader
from wagtail.models import Locale

from advocacy import pdf as pdf_module
from advocacy.factories import PolicyBriefPageFactory, evidence, key_messages, recommendation
from advocacy.models import BriefPDF, PolicyBriefPage
from library.models import PublicationPage
from tests.builders import translate

from .helpers import advocacy_site


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    text = " ".join(page.extract_text() for page in reader.pages)
    return reader, " ".join(text.split())  # lines wrapped where the PDF wraps them


def body_of(response):
    return b"".join(response.streaming_content)


class PDFTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = advocacy_site()

    def publish_brief(self, parent=None, **kwargs):
        with self.captureOnCommitCallbacks(execute=True):
            brief = PolicyBriefPageFactory(
                parent=parent or self.site.advocacy, live=False, **kwargs
            )
            brief.save_revision().publish()
        return PolicyBriefPage.objects.get(pk=brief.pk)

    def english_brief(self, **kwargs):
        p1, p2, _p3 = self.site.publications
        return self.publish_brief(
            title="Family care for every child",
            body=[
                key_messages("Foster care costs less than institutions."),
                ("problem", "<p>Thousands of children still live in institutions.</p>"),
                evidence(p1, "Children in foster care do better at school.", pages="12"),
                evidence(p2, "Municipal services lack social workers."),
                recommendation("national", "Adopt the law on foster care."),
            ],
            **kwargs,
        )

    def test_the_pdf_has_the_title_key_messages_and_bibliography(self):
        brief = self.english_brief()
        response = self.client.get(f"{brief.url}pdf/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/pdf")
        self.assertIn("attachment", response["Content-Disposition"])
        reader, text = pdf_text(body_of(response))
        self.assertGreaterEqual(len(reader.pages), 2)  # the cover, then the brief
        self.assertEqual(reader.metadata.title, "Family care for every child")
        self.assertIn("Family care for every child", text)
        self.assertIn("Foster care costs less than institutions.", text)
        self.assertIn("Bibliography", text)
        self.assertIn("Popescu1, A.", text)  # APA, as the library formats it
        self.assertIn("Evidence report 2", text)
        self.assertIn("2 / ", reader.pages[1].extract_text())  # page numbers
        links = [
            annotation.get_object()["/A"]["/URI"]
            for page in reader.pages
            for annotation in page.get("/Annots", [])
            if "/URI" in annotation.get_object().get("/A", {})
        ]
        self.assertIn(self.site.publications[0].full_url, links)

    def test_a_bulgarian_brief_in_cyrillic(self):
        advocacy_bg = translate(
            self.site.advocacy, "bg", title="Застъпничество", slug="zastapnichestvo"
        )
        bg = Locale.objects.get(language_code="bg")
        source_bg = PublicationPage.objects.get(
            locale=bg, translation_key=self.site.publications[0].translation_key
        )
        brief = self.publish_brief(
            parent=advocacy_bg,
            title="Грижа в семейна среда за всяко дете",
            slug="semejna-grizha",
            summary="Кратко резюме.",
            body=[
                key_messages("Приемната грижа струва по-малко от институциите."),
                evidence(source_bg, "Децата в приемна грижа учат по-добре."),
            ],
        )
        response = self.client.get(f"{brief.url}pdf/")
        self.assertEqual(response.status_code, 200)
        _reader, text = pdf_text(body_of(response))
        self.assertIn("Грижа в семейна среда за всяко дете", text)
        self.assertIn("Приемната грижа струва по-малко от институциите.", text)
        self.assertIn("Библиография", text)  # the headings in the brief's language
        self.assertIn("Evidence report 1", text)

    def test_served_from_the_stored_file_and_made_again_on_publish(self):
        brief = self.english_brief()
        with mock.patch.object(pdf_module, "render_pdf", wraps=pdf_module.render_pdf) as render:
            first = body_of(self.client.get(f"{brief.url}pdf/"))
            second = body_of(self.client.get(f"{brief.url}pdf/"))
            self.assertEqual(render.call_count, 0)  # made on publish, never by a download
            self.assertEqual(first, second)
            self.assertEqual(BriefPDF.objects.filter(page=brief).count(), 1)
            brief.title = "Family care for every child, revised"
            with self.captureOnCommitCallbacks(execute=True):
                brief.save_revision().publish()
            self.assertEqual(render.call_count, 1)
        brief.refresh_from_db()
        _reader, text = pdf_text(body_of(self.client.get(f"{brief.url}pdf/")))
        self.assertIn("Family care for every child, revised", text)
        self.assertEqual(BriefPDF.objects.filter(page=brief).count(), 2)

    def test_one_revision_is_made_once(self):
        brief = self.english_brief()
        pdf = BriefPDF.objects.get(page=brief)
        from advocacy.tasks import make_brief_pdf, request_pdf

        with mock.patch.object(pdf_module, "render_pdf") as render:
            make_brief_pdf.call(pdf.pk)  # queued twice: the second finds it made
            with self.captureOnCommitCallbacks(execute=True):
                self.assertEqual(request_pdf(brief), pdf)
        render.assert_not_called()

    def test_while_it_is_being_made_the_reader_is_told_to_wait(self):
        brief = PolicyBriefPageFactory(parent=self.site.advocacy, live=False)
        brief.save_revision().publish()  # the task waits for a commit that never comes here
        response = self.client.get(f"{brief.url}pdf/")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response["Retry-After"], "10")
        self.assertContains(response, "The PDF is being prepared", status_code=503)
        self.assertContains(response, '<meta http-equiv="refresh" content="10">', status_code=503)

    def test_a_failure_is_logged_shown_and_retried_on_the_next_publish(self):
        with (
            mock.patch.object(pdf_module, "render_pdf", side_effect=OSError("no fonts")),
            self.assertLogs("advocacy.tasks", "ERROR") as logs,
        ):
            brief = self.english_brief()
        self.assertIn("The PDF of brief", logs.output[0])
        response = self.client.get(f"{brief.url}pdf/")
        self.assertContains(response, "The PDF could not be made", status_code=503)
        self.assertEqual(BriefPDF.objects.get(page=brief).error, "OSError: no fonts")
        with self.captureOnCommitCallbacks(execute=True):
            brief.save_revision().publish()
        self.assertEqual(self.client.get(f"{brief.url}pdf/").status_code, 200)

    def test_an_unpublished_brief_has_no_pdf(self):
        brief = self.english_brief()
        brief.unpublish()
        self.assertEqual(self.client.get(f"{brief.url}pdf/").status_code, 404)

    def test_a_wagtail_localize_translation_gets_its_own_pdf(self):
        english = self.english_brief()
        translate(self.site.advocacy, "ro", title="Advocacy", slug="advocacy")
        p1, p2, _p3 = self.site.publications
        with self.captureOnCommitCallbacks(execute=True):
            romanian = translate(
                english,
                "ro",
                title="Îngrijire în familie pentru fiecare copil",
                summary="Un rezumat scurt.",
                body=[
                    key_messages("Asistența maternală costă mai puțin decât instituțiile."),
                    ("problem", "<p>Mii de copii trăiesc încă în instituții.</p>"),
                    evidence(p1, "Copiii în asistență maternală învață mai bine.", pages="12"),
                    evidence(p2, "Serviciile municipale duc lipsă de asistenți sociali."),
                    recommendation("national", "Adoptați legea asistenței maternale."),
                ],
            )
        self.assertIsNone(romanian.alias_of_id)
        self.assertEqual(
            set(BriefPDF.objects.values_list("page_id", flat=True)), {english.pk, romanian.pk}
        )
        response = self.client.get(f"{romanian.url}pdf/")
        self.assertEqual(response.status_code, 200)
        reader, text = pdf_text(body_of(response))
        self.assertEqual(reader.metadata.title, "Îngrijire în familie pentru fiecare copil")
        self.assertIn("Copiii în asistență maternală învață mai bine.", text)
        self.assertIn("Adoptați legea asistenței maternale.", text)
        self.assertNotIn("Children in foster care do better at school.", text)
        _reader, english_text = pdf_text(body_of(self.client.get(f"{english.url}pdf/")))
        self.assertIn("Children in foster care do better at school.", english_text)
        self.assertNotIn("Copiii în asistență maternală", english_text)
