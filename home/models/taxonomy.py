"""Taxonomy shared by every section: translatable snippets.

Pages refer to terms of any locale (a synced translation keeps the English term), so lists and
filters work on a term's ``translation_key`` and its ``slug``, which is the same in every locale;
the label shown is always the term in the visitor's locale (see ``localized_terms``)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.caching import VersionedCache
from home.choosers import LocalisedSnippetForm
from home.locales import active_locale, locale_codes


class Term(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("The same in every language: it is what filter URLs use."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    # Editors find a term in the admin by its name or its slug, as typed so far.
    search_fields = [
        index.FilterField("locale"),  # the admin's choosers filter by language, then search
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("slug"),
        index.AutocompleteField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(Term):
    """Topics have two levels, broader and narrower (a filter on a broader topic includes its
    narrower ones): the listings, the search facets and the admin's labels rely on it.

    A topic's broader topic is a term of the topic's own language. Translating a topic
    translates only its name: the broader topic is synchronised from the source, then replaced
    by its translation (``clean``), so wagtail-localize never submits, nor rewrites, the broader
    term itself. Until the broader topic is translated into that language, the translation keeps
    the source's; translating it later links its narrower topics to it (``save``)."""

    parent = models.ForeignKey(
        "self",
        verbose_name=_("broader topic"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
        help_text=_("Empty for a broad topic. A broader topic cannot have one itself."),
    )

    panels = [*Term.panels, FieldPanel("parent")]
    base_form_class = LocalisedSnippetForm  # broad topics of the topic's own language
    translatable_fields = [
        *Term.translatable_fields,
        SynchronizedField("parent", overridable=False),
    ]

    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return f"{self.parent.name} › {self.name}" if self.parent_id else self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.parent_id is None:
            Topic.objects.filter(
                locale_id=self.locale_id, parent__translation_key=self.translation_key
            ).exclude(parent=self).update(parent=self)

    def clean(self):
        super().clean()
        if not self.parent_id:
            return
        if self.parent.locale_id != self.locale_id:
            self.parent = self.parent.get_translation_or_none(self.locale) or self.parent
        if self.parent_id == self.pk:
            raise ValidationError({"parent": _("A topic cannot be its own broader topic.")})
        if self.pk and Topic.objects.filter(parent=self).exists():
            raise ValidationError(
                {"parent": _("This topic has narrower topics, so it cannot have a broader one.")}
            )


class Country(Term):
    iso_code = models.CharField(
        _("ISO code"), max_length=2, blank=True, help_text=_("Empty for “Regional”.")
    )

    panels = [*Term.panels, FieldPanel("iso_code")]
    translatable_fields = [*Term.translatable_fields, SynchronizedField("iso_code")]

    class Meta(Term.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_country_slug_per_locale"
            )
        ]


class ResourceType(Term):
    class Meta(Term.Meta):
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_resourcetype_slug_per_locale"
            )
        ]


class Audience(Term):
    class Meta(Term.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_audience_slug_per_locale"
            )
        ]


# The taxonomy is small (tens of terms per language) and read by every listing: it is cached
# until a term is saved or deleted (see home/apps.py).
TAXONOMY = VersionedCache("taxonomy", 600)
TERM_MODELS = (Topic, Country, ResourceType, Audience)


def all_terms(model):
    """Every term of ``model``, in every locale, ordered by name."""
    return TAXONOMY.get_or_compute(model._meta.label_lower, lambda: list(model.objects.all()))


def cached_term(model, pk):
    """The term of ``model`` with this id, from the cached taxonomy (None when there is none):
    a page's foreign key to a term without a query."""
    return next((term for term in all_terms(model) if term.pk == pk), None)


def terms_for_locale(model, locale=None):
    """The terms of ``model`` in ``locale`` (the active one by default), English where a term
    has no translation yet, keyed by translation_key."""
    locale = locale or active_locale()
    codes = locale_codes()
    wanted = {locale.language_code, "en"}
    by_key = {}
    for term in all_terms(model):
        if codes.get(term.locale_id) not in wanted:
            continue
        if term.translation_key not in by_key or term.locale_id == locale.pk:
            by_key[term.translation_key] = term
    return by_key


def page_terms(page, fields):
    """{field: [term, …]} for many-to-many taxonomy ``fields`` of a saved ``page``, ordered by
    name, read in one query (the terms themselves come from the cached taxonomy)."""
    links = []
    for position, name in enumerate(fields):
        field = page._meta.get_field(name)
        links.append(
            field.remote_field.through.objects.filter(**{field.m2m_field_name(): page.pk})
            .annotate(field_position=models.Value(position))
            .values_list("field_position", f"{field.m2m_reverse_field_name()}_id")
        )
    chosen = [set() for _ in fields]
    for position, term_id in links[0].union(*links[1:], all=True):
        chosen[position].add(term_id)
    return {
        name: [
            term
            for term in all_terms(page._meta.get_field(name).related_model)
            if term.pk in chosen[position]
        ]
        for position, name in enumerate(fields)
    }


def localized_terms(terms, locale=None, lookup=None):
    """Replace each term by its translation in ``locale``; ``lookup`` is a
    ``terms_for_locale`` result to reuse across a listing."""
    if lookup is None and terms:
        lookup = terms_for_locale(type(terms[0]), locale)
    return [lookup.get(term.translation_key, term) for term in terms]
