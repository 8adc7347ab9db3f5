"""Choosers of terms and related pages in the admin forms: the language of the page (or term)
being edited, nothing else.

Each of the eight languages has its own terms and its own pages. A form lists only those of
its object's language, topics under their broader topic, in a list with a filter box; a choice
from another language posted anyway is refused by name. A term or page of another language
already attached (a page copied from English keeps the English terms) is shown as its
translation when there is one, so saving the form attaches that translation; one without a
translation stays listed, marked with its language, so that saving loses nothing."""

from django import forms
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.pages import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


class FilterableCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes under a filter box: typing narrows the list to the labels that contain
    what is typed; the chosen ones stay in view (site/static/js/filterable-checkboxes.js)."""

    template_name = "home/widgets/filterable_checkboxes.html"

    class Media:
        js = ["js/filterable-checkboxes.js"]
        css = {"all": ["css/filterable-checkboxes.css"]}

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["filter_label"] = gettext_lazy("Filter the list")
        return context

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if getattr(getattr(value, "instance", None), "parent_id", None):
            option["narrower"] = True
        return option


class LocalChoiceMixin:
    """Refuses, by name, a choice of another language (or one that does not exist)."""

    def __init__(self, *args, locale, **kwargs):
        self.locale = locale
        super().__init__(*args, **kwargs)

    def refuse_other_languages(self, values):
        ids = [value for value in values if str(value).isdigit()]
        model = self.queryset.model
        foreign = (
            model.objects.filter(pk__in=ids)
            .exclude(locale=self.locale)
            .exclude(pk__in=self.queryset.values("pk"))
        )
        names = [f"“{item}” ({item.locale.get_display_name()})" for item in foreign]
        if names:
            raise forms.ValidationError(
                _("Not in this language (%(language)s): %(choices)s.")
                % {"language": self.locale.get_display_name(), "choices": ", ".join(names)},
                code="other_language",
            )


class LocalMultipleChoiceField(LocalChoiceMixin, forms.ModelMultipleChoiceField):
    def clean(self, value):
        self.refuse_other_languages(value or [])
        return super().clean(value)


class LocalChoiceField(LocalChoiceMixin, forms.ModelChoiceField):
    def clean(self, value):
        self.refuse_other_languages([value] if value not in self.empty_values else [])
        return super().clean(value)


def in_language_order(queryset):
    """Alphabetical; topics grouped under their broader topic."""
    if any(field.name == "parent" for field in queryset.model._meta.get_fields()):
        return queryset.select_related("parent").order_by(
            Coalesce("parent__name", "name"), F("parent").asc(nulls_first=True), "name"
        )
    if issubclass(queryset.model, Page):
        return queryset.order_by("title")
    return queryset.order_by("name")


def localise_choices(form, locale):
    """Make every choice of a translatable model in ``form`` a chooser of ``locale``'s own."""
    for name, field in list(form.fields.items()):
        if not isinstance(field, forms.ModelChoiceField):
            continue
        model = field.queryset.model
        if not issubclass(model, TranslatableMixin):
            continue
        multiple = isinstance(field, forms.ModelMultipleChoiceField)
        current = form.initial.get(name)
        current = list(current or []) if multiple else [current] if current else []
        current = list(model.objects.filter(pk__in=[getattr(c, "pk", c) for c in current]))
        local = model.objects.filter(locale=locale).complex_filter(field.get_limit_choices_to())
        if form.instance.pk and isinstance(form.instance, model):
            local = local.exclude(pk=form.instance.pk)  # not itself
        translations = {
            item.translation_key: item
            for item in local.filter(translation_key__in=[c.translation_key for c in current])
        }
        chosen = [
            item if item.locale_id == locale.pk else translations.get(item.translation_key, item)
            for item in current
        ]
        kept = [item.pk for item in chosen if item.locale_id != locale.pk]
        queryset = in_language_order(
            model.objects.filter(Q(pk__in=local.values("pk")) | Q(pk__in=kept))
        )
        field_class, widget = (
            (LocalMultipleChoiceField, FilterableCheckboxes)
            if multiple
            else (LocalChoiceField, forms.Select)
        )
        form.fields[name] = field_class(
            queryset=queryset,
            locale=locale,
            required=field.required,
            label=field.label,
            help_text=field.help_text,
            widget=widget,
        )
        form.fields[name].label_from_instance = labeller(locale)
        ids = [item.pk for item in chosen]
        form.initial[name] = ids if multiple else (ids[0] if ids else None)


def labeller(locale):
    def label(item):
        text = item.title if isinstance(item, Page) else str(item)
        if item.locale_id != locale.pk:
            return f"{text} ({item.locale.get_display_name()})"
        return text

    return label


class LocalisedPageForm(WagtailAdminPageForm):
    """A page form whose terms and related pages are those of the page's language (set by
    Wagtail from the parent page on creation)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        localise_choices(self, self.instance.locale)


class LocalisedSnippetForm(WagtailAdminModelForm):
    """A snippet form whose choices of translatable snippets are of the snippet's language
    (``?locale=`` of the create view, or the snippet's own)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        localise_choices(self, self.instance.locale)
