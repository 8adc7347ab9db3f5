"""Consent, data export and account deletion (GDPR)."""

from .models import MembersSettings


def terms_page(request):
    """The terms and privacy page in the visitor's language (its translation, else itself)."""
    try:
        page = MembersSettings.for_request(request).terms_page
    except MembersSettings.DoesNotExist:  # no Wagtail site answers this host
        return None
    if page is None:
        return None
    page = page.specific_deferred
    return (page.get_translation_or_none(_active_locale()) or page) if page.live else None


def _active_locale():
    from wagtail.models import Locale

    return Locale.get_active()


def terms_revision(request):
    page = terms_page(request)
    return page.live_revision if page is not None else None


def export_data(user):
    """Everything the site holds about ``user``, as JSON-ready data."""
    from allauth.account.models import EmailAddress

    from .models import ContactMessage, SavedPublication, profile_of

    profile = profile_of(user)
    return {
        "account": {
            "email": user.email,
            "joined": user.date_joined.isoformat(),
            "last_sign_in": user.last_login.isoformat() if user.last_login else None,
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in EmailAddress.objects.filter(user=user)
            ],
        },
        "profile": {
            "name": profile.name,
            "profession": profile.profession.name if profile.profession else None,
            "organisation": profile.organisation,
            "country": profile.country.name if profile.country else None,
            "languages": profile.languages,
            "topics": [topic.name for topic in profile.topics.all()],
            "bio": profile.bio,
            "photo": profile.photo.url if profile.photo else None,
            "visibility": profile.visibility,
            "preferred_language": profile.preferred_language,
            "accepts_messages": profile.accepts_messages,
            "terms_revision": profile.terms_revision_id,
            "consented_at": profile.consented_at.isoformat() if profile.consented_at else None,
        },
        "saved_publications": [
            {
                "title": saved.page.title,
                "url": saved.page.full_url,
                "saved": saved.saved_at.isoformat(),
            }
            for saved in SavedPublication.objects.filter(user=user).select_related("page")
        ],
        "messages_sent": [
            {
                "to": message.recipient.profile.name
                if hasattr(message.recipient, "profile")
                else None,
                "body": message.body,
                "sent": message.sent_at.isoformat(),
            }
            for message in ContactMessage.objects.filter(sender=user).select_related(
                "recipient__profile"
            )
        ],
        "messages_received": [
            {"body": message.body, "sent": message.sent_at.isoformat()}
            for message in ContactMessage.objects.filter(recipient=user)
        ],
    }


def delete_member(user):
    """Remove the member's personal data: the account, profile, photo, e-mail addresses,
    saved publications and received messages go; the messages they sent stay for their
    recipients (and any abuse report), with no sender; the sign-in records of their address
    go too."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.db import transaction

    from .models import Profile

    with transaction.atomic():
        profile = Profile.objects.filter(user=user).first()
        if profile is not None and profile.photo:
            profile.photo.delete(save=False)
        addresses = [user.email, *user.emailaddress_set.values_list("email", flat=True)]
        names = {address.casefold() for address in addresses if address}
        for model in (AccessAttempt, AccessFailureLog, AccessLog):
            model.objects.filter(username__in=names).delete()
        user.sent_messages.update(sender=None)
        user.delete()
