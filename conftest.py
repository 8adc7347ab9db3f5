import pytest


@pytest.fixture(autouse=True)
def _empty_cache():
    """Caches outlive the per-test database rollback; start every test with an empty one."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _default_language():
    """A request through the test client leaves its language active in the thread; start
    every test in the default language, so that no test depends on the one before."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
