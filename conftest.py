import pytest


@pytest.fixture(autouse=True)
def _empty_cache():
    """Caches outlive the per-test database rollback; start every test with an empty one."""
    from django.core.cache import cache

    cache.clear()
    yield
