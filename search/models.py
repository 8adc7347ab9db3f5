from django.db import models
from django.utils.translation import gettext_lazy as _


def _keys():
    """A list of strings (JSON, so that the SQLite database of a first ``make run`` can
    create the table too; only PostgreSQL searches it)."""
    return models.JSONField(default=list, blank=True)


class PageFacets(models.Model):
    """What the site search filters and counts a page by, written by the database search
    backend together with the page's full-text entry (``search/backends/database.py``).

    Terms are stored by slug (the same in every language); a page's topics include their
    broader topics, so filtering on a broader topic finds the narrower ones too."""

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    # Copies of the page's, refreshed with every index update (publish, unpublish, move):
    # the search then needs no join with the page table.
    live = models.BooleanField(default=True)
    path = models.CharField(max_length=255)
    kind = models.CharField(max_length=20)
    date = models.DateField(null=True)
    types = _keys()
    topics = _keys()
    countries = _keys()
    audiences = _keys()
    languages = _keys()
    # What the page gives the spelling vocabulary (``search.vocabulary``): the words of its
    # title and summary, none while it is a draft, unpublished or private.
    words = _keys()

    class Meta:
        verbose_name = _("page facets")
        verbose_name_plural = _("page facets")

    def __str__(self):
        return f"{self.kind} {self.page_id}"


class DailyQuery(models.Model):
    """How often a query was searched in one language on one day, and how often it found
    nothing: what editors see under Reports → Search queries. No visitor is recorded."""

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    date = models.DateField(_("date"))
    query = models.CharField(_("query"), max_length=255)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "date", "query"], name="unique_daily_query_per_locale"
            )
        ]
        indexes = [models.Index(fields=["date", "locale"])]

    def __str__(self):
        return f"{self.query} ({self.date})"


class Word(models.Model):
    """A word of the titles and summaries of the public pages in one language, and how many
    pages have it: what "Did you mean" suggests from when a query finds nothing
    (``search.spelling``; kept by ``search.vocabulary``)."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=60)
    folded = models.CharField(max_length=60)  # without diacritics: what is compared
    frequency = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="unique_word_per_language")
        ]

    def __str__(self):
        return self.word
