"""VersionedCache: derived data is computed once per version and dropped when rows change."""

from django.core.cache import cache
from django.test import TestCase

from home.caching import VersionedCache


class VersionedCacheTests(TestCase):
    def setUp(self):
        self.cached = VersionedCache("test-data", 60)
        self.computed = 0

    def read(self):
        def compute():
            self.computed += 1
            return f"value {self.computed}"

        return self.cached.get_or_compute("key", compute)

    def test_a_value_is_computed_once_until_a_bump(self):
        self.assertEqual(self.read(), "value 1")
        self.assertEqual(self.read(), "value 1")
        self.cached.bump()
        self.assertEqual(self.read(), "value 2")

    def test_a_bump_in_a_transaction_is_repeated_when_it_commits(self):
        # A request that reads between the change and the commit caches what it saw under the
        # first new version; the commit retires that version too.
        with self.captureOnCommitCallbacks(execute=True):
            self.cached.bump()
            self.assertEqual(self.read(), "value 1")
        self.assertEqual(self.read(), "value 2")

    def test_a_cleared_cache_never_brings_back_an_old_value(self):
        self.assertEqual(self.read(), "value 1")
        cache.clear()  # e.g. a restarted cache server; the process memo outlives it
        self.assertEqual(self.read(), "value 2")

    def test_a_transaction_registers_one_commit_callback_however_many_bumps(self):
        from django.db import transaction

        with self.captureOnCommitCallbacks() as callbacks:
            for _ in range(100):
                with transaction.atomic():  # a row of an import, in its savepoint
                    self.cached.bump()
        self.assertEqual(len(callbacks), 1)

    def test_a_rolled_back_savepoint_does_not_lose_the_commit_bump(self):
        from django.db import transaction

        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            try:
                with transaction.atomic():
                    self.cached.bump()
                    raise ValueError("a bad row")
            except ValueError:
                pass
            self.cached.bump()
            self.assertEqual(self.read(), "value 1")
        self.assertEqual(len(callbacks), 1)
        self.assertEqual(self.read(), "value 2")

    def test_a_cache_no_page_shows_is_read_with_the_others_but_leaves_pages_alone(self):
        from home.caching import request_tokens, token_signature

        private = VersionedCache("test-private-data", 60, in_pages=False)
        private.version()
        self.cached.version()
        with request_tokens() as found:
            self.assertIn(private.version_key, found)  # the request's one round trip
            before = token_signature()
            private.bump()
            self.assertEqual(token_signature(), before)
            self.cached.bump()
            self.assertNotEqual(token_signature(), before)
