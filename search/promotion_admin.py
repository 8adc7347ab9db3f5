"""Settings → Promoted search results, per language: Wagtail's views
(``wagtail.contrib.search_promotions.views``) showing each editor only the promotions of the
pages of their languages (``search.access``), so that they list, edit and delete only those;
a promotion of another language's page or of an external link (which shows in every language)
is refused unless the user is a site administrator. "Choose from popular search terms" offers
what visitors searched in the editor's languages. ``search.wagtail_hooks`` serves these views
at Wagtail's own addresses, ahead of Wagtail's."""

import re
from types import SimpleNamespace

from django.core.exceptions import PermissionDenied
from django.core.paginator import InvalidPage, Paginator
from django.db import transaction
from django.db.models import Prefetch, Sum, functions
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelsearch.utils import normalise_query_string
from wagtail.admin.forms.search import SearchForm
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.contrib.search_promotions import forms, views
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.log_actions import log

from .access import editor_languages, is_site_administrator
from .models import DailyQuery


def visible_promotions(user):
    promotions = SearchPromotion.objects.all()
    if is_site_administrator(user):
        return promotions
    return promotions.filter(page__locale__language_code__in=editor_languages(user))


def visible_queries(user):
    return Query.objects.filter(pk__in=visible_promotions(user).values("query_id"))


class LocalePromotionsFormSet(forms.SearchPromotionsFormSet):
    """Wagtail's formset of one query's promotions, limited to what ``user`` may see and
    refusing pages of other languages and, but for site administrators, external links."""

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, queryset=visible_promotions(user), **kwargs)

    def clean(self):
        super().clean()
        languages = editor_languages(self.user)
        administrator = is_site_administrator(self.user)
        for form in self.forms:
            if self._should_delete_form(form) or not hasattr(form, "cleaned_data"):
                continue
            page = form.cleaned_data.get("page")
            if page is not None and page.locale.language_code not in languages:
                form.add_error("page", _("You can only promote pages in the languages you edit."))
            elif page is None and form.cleaned_data.get("external_link_url"):
                if not administrator:
                    form.add_error(
                        "external_link_url",
                        _(
                            "An external link shows in every language: only site "
                            "administrators can promote one."
                        ),
                    )


class LocalePromotionsMixin:
    def get_queryset(self):
        return visible_queries(self.request.user)

    @cached_property
    def searchpicks_formset(self):
        data = self.request.POST if self.request.method == "POST" else None
        return LocalePromotionsFormSet(data, instance=self.object, user=self.request.user)

    def is_valid(self, form):
        """A promotion of another language's page (its id forged into the form) is refused."""
        prefix = re.escape(LocalePromotionsFormSet.get_default_prefix())
        ids = {
            value
            for key, value in self.request.POST.items()
            if re.fullmatch(rf"{prefix}-\d+-id", key)
        }
        allowed = visible_promotions(self.request.user).values_list("pk", flat=True)
        if ids - {str(pk) for pk in allowed} - {""}:
            raise PermissionDenied
        return super().is_valid(form)


class IndexView(views.IndexView):
    def get_base_queryset(self):
        shown = visible_promotions(self.request.user).select_related("page")
        return (
            visible_queries(self.request.user)
            .annotate(views=functions.Coalesce(Sum("daily_hits__hits"), 0))
            .prefetch_related(Prefetch("editors_picks", queryset=shown))
        )


class CreateView(LocalePromotionsMixin, views.CreateView):
    pass


class EditView(LocalePromotionsMixin, views.EditView):
    pass


class DeleteView(views.DeleteView):
    def get_queryset(self):
        return visible_queries(self.request.user)

    def delete_action(self):
        """Deletes this user's promotions for the query; other languages' stay."""
        promotions = visible_promotions(self.request.user).filter(query=self.object)
        with transaction.atomic():
            for promotion in promotions:
                log(promotion, "wagtail.delete")
            promotions.delete()


def popular_terms(user, text=""):
    """The queries visitors searched in the languages ``user`` edits (all for the site
    administrators), most searched first, containing ``text``: {"query", "hits"} each.

    Wagtail's ``Query``/``QueryDailyHits``, which its chooser lists, count a query for all
    languages together; the per-language counts (``DailyQuery``, fed by the same flush,
    ``search.analytics``) tell whose searches they were."""
    rows = DailyQuery.objects.all()
    if not is_site_administrator(user):
        rows = rows.filter(locale__language_code__in=editor_languages(user))
    if text:
        rows = rows.filter(query__icontains=normalise_query_string(text))
    return rows.values("query").annotate(hits=Sum("searches")).order_by("-hits", "query")


def chooser(request, get_results=False):
    """Wagtail's "Popular search terms" chooser (its templates, its address), listing
    ``popular_terms``."""
    if not request.user.has_perm(
        "wagtailsearchpromotions.add_searchpromotion"
    ) and not request.user.has_perm("wagtailsearchpromotions.change_searchpromotion"):
        raise PermissionDenied
    searchform = SearchForm(request.GET if "q" in request.GET else None)
    text = searchform.cleaned_data["q"] if searchform.is_valid() else ""
    paginator = Paginator(popular_terms(request.user, text), per_page=10)
    try:
        queries = paginator.page(request.GET.get("p", 1))
    except InvalidPage as error:
        raise Http404 from error
    ids = dict(
        Query.objects.filter(query_string__in=[row["query"] for row in queries]).values_list(
            "query_string", "pk"
        )
    )
    queries.object_list = [
        SimpleNamespace(id=ids.get(row["query"]), query_string=row["query"], hits=row["hits"])
        for row in queries
    ]
    if get_results:
        return TemplateResponse(
            request, "wagtailsearchpromotions/queries/chooser/results.html", {"queries": queries}
        )
    return render_modal_workflow(
        request,
        "wagtailsearchpromotions/queries/chooser/chooser.html",
        None,
        {"queries": queries, "searchform": searchform},
        json_data={"step": "chooser"},
    )


def chooser_results(request):
    return chooser(request, get_results=True)


REPLACED = {"index", "index_results", "add", "edit", "delete", "chooser", "chooserresults"}


def urlpatterns():
    """At the addresses of Wagtail's listing, create, edit and delete views and popular-terms
    chooser, which Wagtail's own URL names lead to (``test_promotions`` fails if Wagtail renames
    or moves them)."""
    return [
        path("", IndexView.as_view(), name="index"),
        path("results/", IndexView.as_view(results_only=True), name="index_results"),
        path("add/", CreateView.as_view(), name="add"),
        path("<int:query_id>/", EditView.as_view(), name="edit"),
        path("<int:query_id>/delete/", DeleteView.as_view(), name="delete"),
        path("queries/chooser/", chooser, name="chooser"),
        path("queries/chooser/results/", chooser_results, name="chooserresults"),
    ]
