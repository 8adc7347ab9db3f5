"""Sample data for the pattern library (home/pattern_library.py): the site-wide components.
Nothing here writes to the database; pages are unsaved instances."""

import datetime
from types import SimpleNamespace

from django import forms
from django.core.paginator import Paginator
from wagtail.models import Locale

from home.locales import locale_codes
from home.models import NewsPage

TEXT = {
    "latin": {
        "language": "sq",
        "title": "Kujdestaria familjare për fëmijët e vegjël në Shqipëri",
        "summary": "Një vështrim i shërbimeve të kujdestarisë familjare dhe i mbështetjes që "
        "marrin familjet kujdestare në çdo qark.",
        "topics": ["Kujdesi alternativ", "Fëmijëria e hershme", "Dhuna në familje"],
        "name": "Emri juaj",
        "email": "Adresa e postës elektronike",
        "email_hint": "Do t’ju shkruajmë vetëm për pyetjen tuaj.",
        "role": "Profesioni",
        "roles": ["Punonjës social", "Polic", "Mësues"],
        "agree": "Pranoj që pyetja ime të publikohet pa emrin tim.",
        "notice": "Pyetja juaj u dërgua. Një ekspert do t’ju përgjigjet brenda pesë ditësh.",
        "crumbs": ["Biblioteka", "Kujdestaria familjare"],
    },
    "cyrillic": {
        "language": "bg",
        "title": "Приемна грижа за малки деца в България: преглед на услугите",
        "summary": "Преглед на услугите за приемна грижа и подкрепата, която приемните "
        "семейства получават във всяка област.",
        "topics": ["Алтернативна грижа", "Ранно детство", "Насилие в семейството"],
        "name": "Вашето име",
        "email": "Електронна поща",
        "email_hint": "Ще ви пишем само във връзка с вашия въпрос.",
        "role": "Професия",
        "roles": ["Социален работник", "Полицай", "Учител"],
        "agree": "Съгласен съм въпросът ми да бъде публикуван без името ми.",
        "notice": "Въпросът ви е изпратен. Експерт ще ви отговори до пет дни.",
        "crumbs": ["Библиотека", "Приемна грижа"],
    },
}


def locale_of(language):
    """The Locale's id (read, never created): the sample content is in that language."""
    by_code = {code: pk for pk, code in locale_codes().items()}
    return by_code.get(language) or Locale.objects.get(language_code=language).pk


def sample_page(model, **fields):
    """An unsaved page that links to ``#`` (Wagtail's {% pageurl %} wants a Page)."""
    page = model(**fields)
    page.get_url = lambda request=None, current_site=None: "#"
    return page


def terms(names):
    return [SimpleNamespace(name=name, slug=f"sample-{n}") for n, name in enumerate(names)]


class SampleForm(forms.Form):
    def __init__(self, script, *args, **kwargs):
        text = TEXT[script]
        super().__init__(*args, auto_id=f"{script}-%s", **kwargs)
        self.fields["name"] = forms.CharField(label=text["name"], max_length=50)
        self.fields["email"] = forms.EmailField(label=text["email"], help_text=text["email_hint"])
        self.fields["role"] = forms.ChoiceField(
            label=text["role"],
            choices=list(enumerate(text["roles"])),
            widget=forms.RadioSelect,
        )
        self.fields["agree"] = forms.BooleanField(label=text["agree"], required=False)


def bound_form(script):
    form = SampleForm(script, data={"name": "", "email": "ana@", "role": "1"})
    form.is_valid()
    return form


def news_card(script):
    text = TEXT[script]
    article = sample_page(
        NewsPage,
        title=text["title"],
        summary=text["summary"],
        date=datetime.date(2026, 10, 14),
        locale_id=locale_of(text["language"]),
    )
    return {"article": article, "heading_level": 3}


def download_block(script):
    def edition(language, extension, size, pages):
        document = SimpleNamespace(
            url="#", file_extension=extension, get_file_size=size, page_count=pages
        )
        return SimpleNamespace(language=language, document=document)

    return {
        "editions": [
            edition(TEXT[script]["language"], "pdf", 1_480_000, 64),
            edition("en", "docx", 212_000, 0),
        ],
        "external_url": "#",
        "heading_id": f"download-{script}",
    }


PATTERNS = [
    {
        "name": "Button",
        "template": "components/button.html",
        "doc": "The main action of a page or form; .button--secondary for the others.",
        "context": lambda script: {"label": TEXT[script]["crumbs"][0], "url": "#"},
    },
    {
        "name": "Secondary button",
        "template": "components/button.html",
        "doc": "An action beside the main one.",
        "context": lambda script: {
            "label": TEXT[script]["crumbs"][1],
            "variant": "secondary",
            "type": "button",
        },
    },
    {
        "name": "Search box",
        "template": "components/search_box.html",
        "doc": "The site search, in the header and (large) on the home page.",
        "context": lambda script: {
            "box_id": f"sample-search-{script}",
            "large": True,
            "label": TEXT[script]["crumbs"][0],
            "query": TEXT[script]["topics"][0],
        },
    },
    {
        "name": "Notice",
        "template": "components/notice.html",
        "doc": "Information in the flow of the page; success, warning and error variants.",
        "context": lambda script: {"level": "success", "message": TEXT[script]["notice"]},
    },
    {
        "name": "Warning notice",
        "template": "components/notice.html",
        "doc": "Something the reader must know before going on.",
        "context": lambda script: {
            "level": "warning",
            "title": TEXT[script]["crumbs"][1],
            "message": TEXT[script]["summary"],
        },
    },
    {
        "name": "Breadcrumbs",
        "template": "components/breadcrumbs.html",
        "doc": "Where a page sits; from the page itself or a list of (title, url).",
        "context": lambda script: {
            "crumbs": [
                ("ChildHub", "#"),
                (TEXT[script]["crumbs"][0], "#"),
                (TEXT[script]["title"], ""),
            ]
        },
    },
    {
        "name": "Tags",
        "template": "components/tags.html",
        "doc": "Topics or countries, each a link to the listing filtered by it.",
        "context": lambda script: {
            "terms": terms(TEXT[script]["topics"]),
            "url": "#",
            "param": "topic",
        },
    },
    {
        "name": "News card",
        "template": "components/news_card.html",
        "doc": "One news article in a listing (in a ul.cards).",
        "list": True,
        "context": news_card,
    },
    {
        "name": "Page card",
        "template": "components/page_card.html",
        "doc": "A section, course, event or brief without a card of its own.",
        "list": True,
        "context": lambda script: {
            "title": TEXT[script]["crumbs"][1],
            "url": "#",
            "summary": TEXT[script]["summary"],
            "date": datetime.date(2026, 10, 14),
            "feature": True,
        },
    },
    {
        "name": "Download block",
        "template": "components/download_block.html",
        "doc": "A publication's main action: one download per language edition.",
        "context": download_block,
    },
    {
        "name": "Pagination",
        "template": "components/pagination.html",
        "doc": "Previous and next pages of a listing, keeping its filters.",
        "context": lambda script: {
            "page_obj": Paginator(range(95), 10).page(4),
            "querystring": "topic=foster-care",
        },
    },
    {
        "name": "Empty state",
        "template": "components/empty_state.html",
        "doc": "What a listing says when it has nothing to show, and a way on.",
        "context": lambda script: {
            "title": TEXT[script]["crumbs"][1],
            "message": TEXT[script]["summary"],
            "action_url": "#",
            "action_label": TEXT[script]["crumbs"][0],
        },
    },
    {
        "name": "Error summary",
        "template": "components/form_errors.html",
        "doc": "At the top of a form that did not validate; focused on load, links to the fields.",
        "context": lambda script: {"form": bound_form(script), "errors_id": f"errors-{script}"},
    },
    {
        "name": "Text field with hint and error",
        "template": "components/form_field.html",
        "doc": "Label, hint, error and control, linked by aria-describedby.",
        "context": lambda script: {"field": bound_form(script)["email"]},
    },
    {
        "name": "Radio buttons",
        "template": "components/form_field.html",
        "doc": "A choice of one: a fieldset with a legend.",
        "context": lambda script: {"field": bound_form(script)["role"]},
    },
    {
        "name": "Checkbox",
        "template": "components/form_field.html",
        "doc": "A single yes/no, its label after the box.",
        "context": lambda script: {"field": bound_form(script)["agree"]},
    },
]
