"""Integration: a member's e-mail goes through Django's real SMTP backend to an SMTP server
(aiosmtpd) this test starts on a free loopback port, and arrives with both parts."""

import email
import email.policy
import socket

import pytest
from django.test import override_settings

from members import mail

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_email_through_a_real_smtp_server():
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=port,
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_TIMEOUT=5,
        ):
            mail.send_mail(
                "account/email/password_reset_key",
                "ana@example.org",
                {"password_reset_url": "http://testserver/bg/accounts/password/reset/key/x/"},
                "bg",
            )
    finally:
        controller.stop()
    [envelope] = inbox.messages
    assert envelope.rcpt_tos == ["ana@example.org"]
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert message["Subject"].strip() == "ChildHub: Изберете нова парола"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "http://testserver/bg/accounts/password/reset/key/x/" in text
    assert '<a href="http://testserver/bg/accounts/password/reset/key/x/">' in html
    assert 'lang="bg"' in html


def test_email_url_configures_smtp():
    from config.settings.base import email_settings

    found = email_settings({"EMAIL_URL": "smtp://ana%40relay:s3cret@mail.example.org:587?tls=1"})
    assert found["EMAIL_HOST"] == "mail.example.org"
    assert found["EMAIL_PORT"] == 587
    assert found["EMAIL_HOST_USER"] == "ana@relay"
    assert found["EMAIL_HOST_PASSWORD"] == "s3cret"
    assert found["EMAIL_USE_TLS"] is True and found["EMAIL_USE_SSL"] is False
    ssl = email_settings({"EMAIL_URL": "smtps://mail.example.org"})
    assert ssl["EMAIL_PORT"] == 465 and ssl["EMAIL_USE_SSL"] is True
    console = email_settings({"EMAIL_URL": "console://"})
    assert console["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    plain = email_settings({"EMAIL_HOST": "relay", "EMAIL_PORT": "2525"})
    assert (plain["EMAIL_HOST"], plain["EMAIL_PORT"]) == ("relay", 2525)
    with pytest.raises(ValueError):
        email_settings({"EMAIL_URL": "pop3://mail.example.org"})
