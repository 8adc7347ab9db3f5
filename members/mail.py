"""E-mails to members: rendered in the recipient's preferred language (subject, plain text
and HTML from ``<prefix>_subject.txt``, ``_message.txt`` and ``_message.html``), sent from a
background task (``members.tasks.send_email``)."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import translation

from .tasks import send_email

SUBJECT_PREFIX = "ChildHub: "


def language_of(user=None, email=None):
    """The preferred language of ``user`` (or of the account with address ``email``); the
    visitor's current language when there is no such member (yet)."""
    from django.contrib.auth import get_user_model

    from .models import Profile

    if user is None and email:
        user = get_user_model().objects.filter(email__iexact=email).first()
    if user is not None and user.pk:
        language = (
            Profile.objects.filter(user=user).values_list("preferred_language", flat=True).first()
        )
        if language:
            return language
    current = translation.get_language() or settings.LANGUAGE_CODE
    return current if current in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def localised_url(url, language):
    """``url`` (absolute or a path under /<lang>/) in ``language``."""
    return translate_url(url, language) if url else url


def render_mail(template_prefix, context, language):
    with translation.override(language):
        context = {**context, "language": language}
        subject = render_to_string(f"{template_prefix}_subject.txt", context)
        subject = SUBJECT_PREFIX + " ".join(subject.splitlines()).strip()
        text = render_to_string(f"{template_prefix}_message.txt", context).strip()
        html = render_to_string(f"{template_prefix}_message.html", context).strip()
    return subject, text, html


def send_mail(template_prefix, to, context, language, reply_to=None):
    subject, text, html = render_mail(template_prefix, context, language)
    send_email.enqueue(subject, text, html, [to], reply_to=[reply_to] if reply_to else None)
