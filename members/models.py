"""Members: a site user's profile (what colleagues see in the directory), the publications
they saved, the messages colleagues sent them through the platform and reports of abuse.

A member is a Django user without any Wagtail permission: the admin is closed to them. The
account itself (e-mail addresses, passwords, confirmation) is django-allauth's."""

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone can see my profile")
    MEMBERS = "members", _("Members only: signed-in colleagues can see my profile")
    HIDDEN = "hidden", _("Hidden: nobody sees my profile, and I am not in the directory")


def photo_path(profile, filename):
    return f"members/photos/{uuid.uuid4().hex}.jpg"


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="profile",
        verbose_name=_("user"),
    )
    # The profile's address: not the user's id, which would let anyone count and walk members.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=150)
    profession = models.ForeignKey(
        "home.Audience",
        verbose_name=_("profession"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = models.ForeignKey(
        "home.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    languages = ArrayField(
        models.CharField(max_length=8),
        verbose_name=_("languages spoken"),
        default=list,
        blank=True,
    )
    topics = models.ManyToManyField(
        "home.Topic", verbose_name=_("areas of expertise"), blank=True, related_name="+"
    )
    bio = models.TextField(_("short bio"), max_length=1500, blank=True)
    photo = models.ImageField(_("photo"), upload_to=photo_path, blank=True)
    visibility = models.CharField(
        _("who can see my profile"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The site opens in it after you sign in, and e-mails to you are in it."),
    )
    accepts_messages = models.BooleanField(
        _("colleagues may send me messages"),
        default=True,
        help_text=_("Their messages reach you by e-mail; your address stays private."),
    )
    suspended = models.BooleanField(
        _("suspended"),
        default=False,
        help_text=_("A suspended member cannot sign in and is shown to nobody."),
    )
    terms_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("terms accepted (revision)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consented_at = models.DateTimeField(_("terms accepted on"), null=True, blank=True)
    created_at = models.DateTimeField(_("joined"), default=timezone.now)

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["name"]
        indexes = [
            models.Index(fields=["visibility", "name"], name="profile_listed"),
            models.Index(fields=["country", "name"], name="profile_country"),
            models.Index(fields=["profession", "name"], name="profile_profession"),
            GinIndex(fields=["languages"], name="profile_languages"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Suspension closes the account itself: no sign-in, no password reset.
        active = not self.suspended
        if self.user.is_active != active and not self.user.is_staff:
            self.user.is_active = active
            self.user.save(update_fields=["is_active"])

    def visible_to(self, user):
        """Whether ``user`` (maybe anonymous) may see this profile."""
        if self.user_id == getattr(user, "pk", None):
            return True
        if self.suspended or not self.user.is_active:
            return False
        if self.visibility == Visibility.PUBLIC:
            return True
        return self.visibility == Visibility.MEMBERS and user.is_authenticated


class SavedPublication(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_publications"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    saved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("saved publication")
        verbose_name_plural = _("saved publications")
        ordering = ["-saved_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "page"], name="unique_saved_publication")
        ]

    def __str__(self):
        return self.page.title


class ContactMessage(models.Model):
    """A message from one member to another, relayed by e-mail without the sender's address;
    the recipient answers through ``reply_token``'s page, which gives the sender theirs."""

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sender"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="sent_messages",
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="received_messages",
    )
    body = models.TextField(_("message"), max_length=3000)
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    replied_at = models.DateTimeField(_("replied"), null=True, blank=True)

    class Meta:
        verbose_name = _("message between members")
        verbose_name_plural = _("messages between members")
        ordering = ["-sent_at"]

    def __str__(self):
        return self.body[:60]


class AbuseReport(models.Model):
    message = models.ForeignKey(
        ContactMessage,
        verbose_name=_("message"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    reason = models.TextField(_("what is wrong with this message"), max_length=2000)
    reported_at = models.DateTimeField(_("reported"), default=timezone.now)
    resolved = models.BooleanField(_("resolved"), default=False)

    class Meta:
        verbose_name = _("abuse report")
        verbose_name_plural = _("abuse reports")
        ordering = ["resolved", "-reported_at"]

    def __str__(self):
        return str(_("Report of %(date)s") % {"date": self.reported_at.date().isoformat()})


def profile_of(user):
    """The member's profile, made on first use for an account that has none (an editor)."""
    profile, _created = Profile.objects.get_or_create(
        user=user, defaults={"name": user.get_full_name() or user.email.split("@")[0]}
    )
    return profile


@register_setting(icon="user")
class MembersSettings(BaseSiteSetting):
    """Which page holds the terms of use and privacy notice members accept when they join."""

    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("terms of use and privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Sign-up links to this page in the visitor's language and records its revision."
        ),
    )

    panels = [FieldPanel("terms_page")]

    class Meta:
        verbose_name = _("members")
