"""Background work of the members app (django-tasks): every e-mail the site sends members."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def send_email(subject, text, html, to, reply_to=None):
    """One e-mail with a plain-text and an HTML part, through Django's e-mail backend."""
    message = EmailMultiAlternatives(
        subject, text, settings.DEFAULT_FROM_EMAIL, to, reply_to=reply_to or None
    )
    message.attach_alternative(html, "text/html")
    message.send()
