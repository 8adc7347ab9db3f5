"""The admin sign-in throttle, through Wagtail's real sign-in page: failures lock the account and
the address for a cool-off, whatever password comes next; everyone else signs in."""

import datetime

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.test import TestCase, override_settings
from django.utils import timezone
from freezegun import freeze_time

LOGIN = "/admin/login/"
LOCKED = "Too many failed sign-in attempts for this account or from this address."


@override_settings(AXES_FAILURE_LIMIT=3, AXES_COOLOFF_TIME=datetime.timedelta(minutes=15))
class LoginThrottleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        users = get_user_model().objects
        users.create_superuser("admin", "admin@example.org", "right-password")
        users.create_user("editor-sq", password="editor-password")

    def sign_in(self, username, password, address="192.0.2.1", **headers):
        return self.client_class().post(
            LOGIN,
            {"username": username, "password": password, "next": "/admin/"},
            REMOTE_ADDR=address,
            **headers,
        )

    def assertSignedIn(self, response):
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/admin/")

    def assertLockedOut(self, response):
        self.assertContains(response, LOCKED, status_code=429)
        self.assertContains(response, "Try again in 15 minutes.", status_code=429)
        self.assertContains(response, 'name="password"', status_code=429)  # the form again

    def fail(self, times, username="admin", address="192.0.2.1"):
        """Wrong passwords; the one reaching the limit is answered with the lockout."""
        for _ in range(times):
            self.assertIn(self.sign_in(username, "wrong", address).status_code, (200, 429))

    def test_failures_lock_the_account_even_with_the_right_password(self):
        for _ in range(2):
            self.assertContains(self.sign_in("admin", "wrong"), "Please try again.")
        self.assertLockedOut(self.sign_in("admin", "wrong"))  # the third
        self.assertLockedOut(self.sign_in("admin", "right-password"))
        # From elsewhere too: the account is locked, not only the address.
        self.assertLockedOut(self.sign_in("admin", "right-password", "198.51.100.7"))
        # And the address is locked, for any account.
        self.assertLockedOut(self.sign_in("editor-sq", "editor-password"))
        # Audit: each failure recorded, with its address.
        failures = AccessFailureLog.objects.filter(username="admin")
        self.assertGreaterEqual(failures.count(), 3)
        self.assertEqual(failures.order_by("attempt_time").first().ip_address, "192.0.2.1")
        self.assertTrue(AccessAttempt.objects.filter(username="admin").exists())

    def test_another_account_from_another_address_is_unaffected(self):
        self.fail(3)
        self.assertSignedIn(self.sign_in("editor-sq", "editor-password", "198.51.100.7"))
        self.assertTrue(AccessLog.objects.filter(username="editor-sq").exists())

    def test_the_lock_ends_after_the_cool_off(self):
        self.fail(3)
        self.assertLockedOut(self.sign_in("admin", "right-password"))
        with freeze_time(timezone.now() + datetime.timedelta(minutes=14)):
            self.assertLockedOut(self.sign_in("admin", "right-password", "198.51.100.7"))
        # A refused attempt during the lock starts the cool-off again.
        with freeze_time(timezone.now() + datetime.timedelta(minutes=31)):
            self.assertSignedIn(self.sign_in("admin", "right-password"))

    def test_failures_below_the_limit_do_not_lock(self):
        self.fail(2)
        self.assertSignedIn(self.sign_in("admin", "right-password"))
        # A success clears the count: two more failures still do not lock.
        self.fail(2)
        self.assertSignedIn(self.sign_in("admin", "right-password"))

    def test_the_message_is_in_the_visitors_language(self):
        self.fail(3)
        response = self.sign_in("admin", "right-password", HTTP_ACCEPT_LANGUAGE="sq")
        self.assertNotContains(response, LOCKED, status_code=429)
        self.assertContains(response, "15 minuta", status_code=429)

    @override_settings(LOGIN_TRUSTED_PROXIES=1)
    def test_behind_a_proxy_the_address_it_received_the_request_from_counts(self):
        for client in ("203.0.113.5", "203.0.113.6"):
            forwarded = f"10.9.9.9, {client}"  # the first one the visitor wrote themselves
            for _ in range(2):
                self.sign_in("nobody", "wrong", "127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
        self.assertEqual(
            sorted(AccessAttempt.objects.values_list("ip_address", flat=True).distinct()),
            ["203.0.113.5", "203.0.113.6"],
        )
        self.assertSignedIn(self.sign_in("admin", "right-password", "127.0.0.1"))

    def test_the_django_admin_is_gone(self):
        self.assertEqual(self.client.get("/django-admin/", follow=True).status_code, 404)
        self.assertEqual(self.client.get("/django-admin/login/", follow=True).status_code, 404)

    def test_a_sign_in_without_a_request_is_not_throttled(self):
        """The test client's login() (and scripts) call authenticate() without a request."""
        self.fail(3)
        self.assertTrue(self.client.login(username="admin", password="right-password"))
        self.assertFalse(self.client.login(username="admin", password="wrong"))
