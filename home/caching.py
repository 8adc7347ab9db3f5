"""Caches of data derived from the database (never of rendered pages), each invalidated by a
version token that a signal replaces when the underlying rows change.

The token is random, not a counter, so a cleared cache never brings back an old key. It is
replaced at once (later reads in the same transaction see the change) and again when the
transaction commits: a request that read the old rows between the change and the commit
cached them under the first new token, which the second one retires.

Values are also memoised in the process for the cache timeout, so that a large value (the
library's id lists) is not unpickled on every request. With a shared cache (``REDIS_URL``) a
change reaches every process at once; with the local-memory cache, other processes see it
when their entry times out.

Every token a request needs is read in one round trip (``request_tokens``, which
``home.page_cache.PageCacheMiddleware`` opens around each request): with Redis, reading each
token on its own cost a round trip per cached value, a dozen on a library page."""

import logging
import threading
import time
import uuid
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)
LOCAL_ENTRIES = 256  # a view of the library reads up to a dozen entries

# The version key of every VersionedCache, in creation order.
VERSION_KEYS = []
# Those of the caches that no cached page is made from (``VersionedCache(in_pages=False)``):
# they are read with the others, but their changes do not retire the page cache.
NOT_IN_PAGES = set()
# The tokens read at the start of the current request ({version key: token or None}).
_request_tokens = ContextVar("request_tokens", default=None)


@contextmanager
def request_tokens(*extra_keys):
    """Read every version token, and ``extra_keys``, in one cache round trip; while the block
    runs, ``VersionedCache.version()`` answers from what was read. Yields the values found."""
    try:
        found = cache.get_many([*VERSION_KEYS, *extra_keys])
    except Exception as error:  # a cache that is down must not take every response with it
        logger.warning("The cache did not answer (%s): reading without it.", error)
        yield {}
        return
    reset = _request_tokens.set({key: found.get(key) for key in VERSION_KEYS})
    try:
        yield found
    finally:
        _request_tokens.reset(reset)


def token_signature():
    """The tokens the current request sees of the data pages are made from, in a fixed order:
    equal signatures mean that no such data has changed (None stands for a token nobody has
    created yet)."""
    keys = [key for key in VERSION_KEYS if key not in NOT_IN_PAGES]
    tokens = _request_tokens.get()
    if tokens is None:
        tokens = cache.get_many(keys)
    return tuple(tokens.get(key) for key in keys)


class VersionedCache:
    """``in_pages=False``: no page the page cache stores shows this data (the members'
    directory, which only signed-in members see), so its changes leave cached pages alone."""

    def __init__(self, name, timeout, in_pages=True):
        self.name = name
        self.timeout = timeout
        self.version_key = f"{name}-version"
        self._local = {}
        self._lock = threading.Lock()
        self._registered = threading.local()
        if self.version_key not in VERSION_KEYS:
            VERSION_KEYS.append(self.version_key)
        if not in_pages:
            NOT_IN_PAGES.add(self.version_key)

    def version(self):
        tokens = _request_tokens.get()
        if tokens is None:
            return cache.get_or_set(self.version_key, self._new_token, None)
        if tokens.get(self.version_key) is None:
            tokens[self.version_key] = cache.get_or_set(self.version_key, self._new_token, None)
        return tokens[self.version_key]

    def _new_token(self):
        return uuid.uuid4().hex

    def _replace_token(self):
        token = self._new_token()
        cache.set(self.version_key, token, None)
        tokens = _request_tokens.get()
        if tokens is not None:
            tokens[self.version_key] = token

    def bump(self, **kwargs):
        """Signal receiver: the cached data is out of date."""
        self._replace_token()
        connection = transaction.get_connection()
        if not connection.in_atomic_block:
            return  # autocommit: the change is committed already
        # Once per transaction: an import saves thousands of rows in one, and a callback per
        # save would grow without bound. Django replaces its list of commit callbacks when a
        # transaction commits or rolls back and when a savepoint rolls back (which may have
        # dropped ours), so a list we have not registered in needs a registration.
        callbacks = connection.run_on_commit
        if getattr(self._registered, "callbacks", None) is not callbacks:
            transaction.on_commit(self._replace_token)
            self._registered.callbacks = callbacks

    def get_or_compute(self, key, compute):
        full_key = self._full_key(key)
        value = self._get(full_key)
        if value is None:
            value = compute()
            self._set(full_key, value)
        return value

    def get(self, key):
        """The value stored under ``key`` with the current token, or None."""
        return self._get(self._full_key(key))

    def set(self, key, value):
        self._set(self._full_key(key), value)

    def _full_key(self, key):
        return f"{self.name}:{self.version()}:{key}"

    def _get(self, full_key):
        now = time.monotonic()
        with self._lock:
            entry = self._local.get(full_key)
        if entry is not None and entry[0] > now:
            return entry[1]
        value = cache.get(full_key)
        if value is not None:
            self._remember(full_key, value, now)
        return value

    def _set(self, full_key, value):
        cache.set(full_key, value, self.timeout)
        self._remember(full_key, value, time.monotonic())

    def _remember(self, full_key, value, now):
        with self._lock:
            if len(self._local) >= LOCAL_ENTRIES:
                self._local = {k: v for k, v in self._local.items() if v[0] > now}
                while len(self._local) >= LOCAL_ENTRIES:
                    self._local.pop(next(iter(self._local)))
            self._local[full_key] = (now + self.timeout, value)
