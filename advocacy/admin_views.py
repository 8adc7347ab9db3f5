"""Admin: a draft brief from selected publications (the library's and the search's
checkboxes, or the page explorer's bulk action)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .selection import advocacy_index, create_draft_brief, publications_for_brief


class NewBriefForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title of the brief"), max_length=255)
    summary = forms.CharField(
        label=gettext_lazy("Summary"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("What the brief asks decision makers to do, in two sentences."),
    )


def new_brief_from_publications(request):
    ids = request.POST.getlist("publication") or request.GET.getlist("publication")
    publications, locale = publications_for_brief(ids)
    if not publications:
        messages.error(
            request,
            _("None of the selected publications exists any longer: no brief was created."),
        )
        return redirect("wagtailadmin_home")
    index = advocacy_index(locale)
    if index is None or not index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    form = NewBriefForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        brief = create_draft_brief(
            index,
            publications,
            form.cleaned_data["title"],
            form.cleaned_data["summary"],
            request.user,
        )
        messages.success(
            request,
            _("Draft brief “%(title)s” created with %(count)d evidence blocks.")
            % {"title": brief.title, "count": len(publications)},
        )
        return redirect("wagtailadmin_pages:edit", brief.pk)
    missing = len({value for value in ids if value}) - len(publications)
    return TemplateResponse(
        request,
        "advocacy/admin/new_brief.html",
        {
            "form": form,
            "publications": publications,
            "locale": locale,
            "index": index,
            "missing": max(missing, 0),
            "action": reverse("advocacy_new_brief"),
        },
    )
