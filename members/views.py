"""The members' pages: My ChildHub, the profile, saved publications, the directory of
colleagues, messages between members, data export and account deletion."""

import datetime
import json

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from home.models.taxonomy import Audience, Country, Topic, localized_terms, terms_for_locale

from . import directory, mail
from .models import AbuseReport, ContactMessage, Profile, SavedPublication, profile_of
from .profile_form import ProfileForm


def never_cached(response):
    response["Cache-Control"] = "private, no-store"
    return response


def not_found(request, message):
    """A 404 that says, in the visitor's language, what was not found."""
    return never_cached(render(request, "members/not_found.html", {"message": message}, status=404))


def locked_out_login(request, message):
    """The members' sign-in page while axes refuses this account or address (HTTP 429)."""
    from .forms import LoginForm

    form = LoginForm(request=request)
    form.data = {}
    response = render(
        request,
        "account/login.html",
        {"form": form, "locked_out": message, "redirect_field_name": "next"},
        status=429,
    )
    return never_cached(response)


def local_terms(profile):
    """The profile's country, profession and topics in the visitor's language."""
    country, profession = (
        localized_terms([term])[0] if term else None
        for term in (profile.country, profile.profession)
    )
    lookup = terms_for_locale(Topic)
    topics = sorted(
        localized_terms(list(profile.topics.all()), lookup=lookup), key=lambda term: term.name
    )
    return {"country": country, "profession": profession, "topics": topics}


@login_required
def dashboard(request):
    profile = profile_of(request.user)
    saved = SavedPublication.objects.filter(user=request.user).select_related("page")
    return never_cached(
        render(
            request,
            "members/dashboard.html",
            {"profile": profile, "terms": local_terms(profile), "saved": saved},
        )
    )


@login_required
def edit_profile(request):
    profile = profile_of(request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("members:dashboard")
    return never_cached(render(request, "members/profile_form.html", {"form": form}))


def safe_next(request, fallback):
    target = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return fallback


@login_required
@require_POST
def save_publication(request, page_id):
    from library.models import PublicationPage

    page = PublicationPage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        return not_found(request, _("This publication does not exist."))
    if request.POST.get("action") == "remove":
        SavedPublication.objects.filter(
            user=request.user, page__translation_key=page.translation_key
        ).delete()
        messages.success(request, _("Removed from your saved publications."))
    else:
        SavedPublication.objects.get_or_create(user=request.user, page=page)
        messages.success(request, _("Saved. You find it again in My ChildHub."))
    return redirect(safe_next(request, page.url))


@login_required
def directory_view(request):
    selected, profiles = directory.search(request.GET)
    page_obj = Paginator(profiles, directory.PER_PAGE).get_page(request.GET.get("page"))
    lookup = {model: terms_for_locale(model) for model in (Country, Audience)}
    for profile in page_obj.object_list:
        for name, model in (("country", Country), ("profession", Audience)):
            term = getattr(profile, name)
            setattr(
                profile,
                f"local_{name}",
                lookup[model].get(term.translation_key, term) if term else None,
            )
    return never_cached(
        render(
            request,
            "members/directory.html",
            {
                "page_obj": page_obj,
                "facets": directory.facets(selected),
                "selected": selected,
                "facet_labels": FACET_LABELS,
            },
        )
    )


FACET_LABELS = {
    "country": gettext_lazy("Country"),
    "profession": gettext_lazy("Profession"),
    "topic": gettext_lazy("Area of expertise"),
    "language": gettext_lazy("Language"),
}


def visible_profile(request, public_id):
    profile = (
        Profile.objects.select_related("user", "country", "profession")
        .filter(public_id=public_id)
        .first()
    )
    if profile is None or not profile.visible_to(request.user):
        return None
    return profile


NO_PROFILE = gettext_lazy("There is no such profile, or it is not shown to you.")


def profile_view(request, public_id):
    profile = visible_profile(request, public_id)
    if profile is None:
        return not_found(request, NO_PROFILE)
    response = render(
        request,
        "members/profile.html",
        {"profile": profile, "terms": local_terms(profile), "contact_form": ContactForm()},
    )
    return never_cached(response) if request.user.is_authenticated else response


class ContactForm(forms.Form):
    body = forms.CharField(
        label=gettext_lazy("Your message"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


def contact_limit_reached(user):
    since = timezone.now() - datetime.timedelta(hours=settings.MEMBERS_CONTACT_PERIOD_HOURS)
    sent = ContactMessage.objects.filter(sender=user, sent_at__gte=since).count()
    return sent >= settings.MEMBERS_CONTACT_LIMIT


@login_required
def contact(request, public_id):
    profile = visible_profile(request, public_id)
    if profile is None:
        return not_found(request, NO_PROFILE)
    recipient = profile.user
    if recipient == request.user:
        return not_found(request, _("You cannot write to yourself."))
    form = ContactForm(request.POST or None)
    refusal = None
    if not profile.accepts_messages:
        refusal = _("This member does not receive messages.")
    elif contact_limit_reached(request.user):
        refusal = _(
            "You have sent as many messages as one member may in %(hours)d hours. Try again later."
        ) % {"hours": settings.MEMBERS_CONTACT_PERIOD_HOURS}
    if request.method == "POST" and refusal is None and form.is_valid():
        message = ContactMessage.objects.create(
            sender=request.user, recipient=recipient, body=form.cleaned_data["body"]
        )
        language = mail.language_of(user=recipient)
        mail.send_mail(
            "members/email/contact",
            recipient.email,
            {
                "sender_name": profile_of(request.user).name,
                "sender_profile": request.build_absolute_uri(
                    mail.localised_url(
                        reverse("members:profile", args=[profile_of(request.user).public_id]),
                        language,
                    )
                ),
                "body": message.body,
                "reply_url": request.build_absolute_uri(
                    mail.localised_url(reverse("members:reply", args=[message.token]), language)
                ),
                "report_url": request.build_absolute_uri(
                    mail.localised_url(reverse("members:report", args=[message.token]), language)
                ),
            },
            language,
        )
        messages.success(
            request,
            _("Your message was sent. Your e-mail address is shared only if %(name)s replies.")
            % {"name": profile.name},
        )
        return redirect("members:profile", public_id=profile.public_id)
    status = 429 if refusal and request.method == "POST" else 200
    return never_cached(
        render(
            request,
            "members/contact.html",
            {"profile": profile, "form": form, "refusal": refusal},
            status=status,
        )
    )


def message_for(request, token):
    message = (
        ContactMessage.objects.select_related("sender__profile", "recipient")
        .filter(token=token)
        .first()
    )
    if message is None or message.recipient != request.user:
        return None
    return message


NO_MESSAGE = gettext_lazy("This message does not exist, or it was not sent to you.")


@login_required
def reply(request, token):
    message = message_for(request, token)
    if message is None:
        return not_found(request, NO_MESSAGE)
    if message.sender is None:
        return never_cached(
            render(request, "members/message_gone.html", {"message": message}, status=410)
        )
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        sender_profile = profile_of(request.user)
        mail.send_mail(
            "members/email/reply",
            message.sender.email,
            {
                "replier_name": sender_profile.name,
                "replier_email": request.user.email,
                "body": form.cleaned_data["body"],
                "original": message.body,
            },
            mail.language_of(user=message.sender),
            reply_to=request.user.email,
        )
        message.replied_at = timezone.now()
        message.save(update_fields=["replied_at"])
        messages.success(
            request, _("Your reply was sent, with your e-mail address so that you can go on.")
        )
        return redirect("members:dashboard")
    return never_cached(render(request, "members/reply.html", {"message": message, "form": form}))


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("What is wrong with this message?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


@login_required
def report(request, token):
    message = message_for(request, token)
    if message is None:
        return not_found(request, NO_MESSAGE)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        AbuseReport.objects.create(message=message, reason=form.cleaned_data["reason"])
        notify_moderators(request)
        messages.success(request, _("Thank you. The site's moderators will look at it."))
        return redirect("members:dashboard")
    return never_cached(render(request, "members/report.html", {"message": message, "form": form}))


def notify_moderators(request):
    """Every moderator (who may change members) is told, in their own language."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    moderators = (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__codename="change_abusereport")
            | Q(user_permissions__codename="change_abusereport")
        )
        .exclude(email="")
        .distinct()
    )
    url = request.build_absolute_uri(reverse("wagtailsnippets_members_abusereport:list"))
    for moderator in moderators:
        mail.send_mail(
            "members/email/abuse_report",
            moderator.email,
            {"reports_url": url},
            mail.language_of(user=moderator),
        )


@login_required
def export(request):
    from .privacy import export_data

    response = HttpResponse(
        json.dumps(export_data(request.user), ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="childhub-my-data.json"'
    return never_cached(response)


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password, to confirm"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        if not self.user.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError(_("The password is not right."))
        return self.cleaned_data["password"]


@login_required
def delete_account(request):
    from .privacy import delete_member

    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        delete_member(user)
        messages.success(request, _("Your account and your personal data are deleted."))
        return redirect("/")
    return never_cached(render(request, "members/delete.html", {"form": form}))


def saved_page_ids(request):
    """Translation keys of the publications the signed-in member saved (one query a request)."""
    if not hasattr(request, "_members_saved"):
        request._members_saved = set(
            SavedPublication.objects.filter(user=request.user).values_list(
                "page__translation_key", flat=True
            )
        )
    return request._members_saved
