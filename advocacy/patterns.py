"""Sample data for the pattern library (home/pattern_library.py): the body of a policy brief,
as the page and the PDF show it. Nothing here touches the database: blocks, references and
publications are plain objects."""

from types import SimpleNamespace

from wagtail.rich_text import RichText

TEXT = {
    "latin": {
        "language": "ro",
        "messages": [
            "Asistența maternală costă mai puțin decât îngrijirea rezidențială.",
            "Fiecare plasament trece mai întâi printr-o comisie multidisciplinară.",
        ],
        "problem": "Prea mulți copii ajung în instituții pentru că familiile lor sunt sărace.",
        "finding": "Municipiile cu o comisie de plasament au redus intrările noi în doi ani.",
        "figure": "1 din 3",
        "label": "plasamente redirecționate către sprijinul familiei",
        "audience": "Guvernul național",
        "recommendation": "Faceți din comisia de filtrare o condiție legală a plasamentului.",
        "call_title": "Aduceți comisia în municipiul dumneavoastră",
        "call_text": "Direcțiile de asistență socială pot adopta modelul încă de anul acesta.",
        "contact": "Elena Ionescu",
        "reference": "Popescu, A. (2024). Filtrarea intrărilor în îngrijirea alternativă. "
        "Terre des hommes.",
    },
    "cyrillic": {
        "language": "bg",
        "messages": [
            "Приемната грижа струва по-малко от институционалната.",
            "Всяко настаняване минава първо през мултидисциплинарна комисия.",
        ],
        "problem": "Твърде много деца попадат в институции, защото семействата им са бедни.",
        "finding": "Общините с комисия по настаняване намалиха новите постъпления за две години.",
        "figure": "1 от 3",
        "label": "настанявания, пренасочени към подкрепа за семейството",
        "audience": "Националното правителство",
        "recommendation": "Направете комисията законово условие за всяко настаняване.",
        "call_title": "Въведете комисията във вашата община",
        "call_text": "Дирекциите за социално подпомагане могат да приемат модела още тази година.",
        "contact": "Мария Петрова",
        "reference": "Петрова, М. (2024). Превенция на раздялата на детето със семейството. "
        "УНИЦЕФ.",
    },
}


def brief_body(script):
    text = TEXT[script]
    publication = SimpleNamespace(
        full_url="#", locale=SimpleNamespace(language_code=text["language"])
    )
    reference = SimpleNamespace(
        number=1,
        anchor=f"pattern-{script}-ref-1",
        available=True,
        text=text["reference"],
        publication=publication,
    )
    block = SimpleNamespace
    return {
        "page": None,
        "id_prefix": f"pattern-{script}-",  # two samples on one page: their ids must differ
        "absolute": True,  # links from full_url: the sample publication is not a page
        "key_messages": text["messages"],
        "flow": [
            (block(block_type="problem", value=RichText(f"<p>{text['problem']}</p>")), None),
            (
                block(
                    block_type="evidence",
                    value={"finding": text["finding"], "quotation": False, "pages": "12"},
                ),
                reference,
            ),
            (
                block(
                    block_type="statistic",
                    value={"figure": text["figure"], "label": text["label"]},
                ),
                reference,
            ),
        ],
        "recommendations": [(text["audience"], [text["recommendation"]])],
        "calls_to_action": [
            {
                "title": text["call_title"],
                "text": text["call_text"],
                "contact_name": text["contact"],
                "contact_email": "advocacy@example.org",
            }
        ],
        "bibliography": [reference],
    }


PATTERNS = [
    {
        "name": "Policy brief body",
        "template": "advocacy/includes/brief_body.html",
        "doc": "A brief as readers get it, on the page and in the PDF: key messages, the "
        "argument with numbered citations, recommendations by decision-maker level, calls to "
        "action, the bibliography.",
        "context": brief_body,
    },
]
