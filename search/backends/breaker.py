"""A circuit breaker in front of Elasticsearch for what visitors wait on (the search page, the
suggestions): after a request that Elasticsearch did not answer, searches go straight to the
database for a cool-off period, instead of each waiting for a timeout of its own.

The state is kept in Django's cache, so with a shared cache (``REDIS_URL``) one worker's
failure spares every worker. Two keys: ``open`` lives for the cool-off (while it is there
Elasticsearch is not asked), ``tripped`` from the failure until Elasticsearch answers again.
When the cool-off ends, the next search asks Elasticsearch: an answer closes the breaker, a
failure opens it for another cool-off. A line is logged when the breaker opens and when it
closes, not for each request meanwhile."""

import logging

from django.core.cache import cache

logger = logging.getLogger("search.backends")


def describe(error):
    """An error on one line (a transport error's text nests its causes)."""
    return " ".join(f"{type(error).__name__}: {error}".split())[:300]


class Breaker:
    def __init__(self, name, cooloff, errors):
        self.open_key = f"search-breaker:{name}:open"
        self.tripped_key = f"search-breaker:{name}:tripped"
        self.cooloff = cooloff
        self.errors = errors  # what "Elasticsearch did not answer" means

    def call(self, function, *args):
        """``function(*args)``, or None when the breaker is open or Elasticsearch does not
        answer (one of ``errors``)."""
        state = cache.get_many([self.open_key, self.tripped_key])
        if self.open_key in state:
            return None
        try:
            answer = function(*args)
        except self.errors as error:
            self.trip(error)
            return None
        if self.tripped_key in state:
            self.close()
        return answer

    def trip(self, error):
        cache.set(self.open_key, True, self.cooloff)
        if cache.add(self.tripped_key, True, None):
            logger.warning(
                "Elasticsearch did not answer (%s): searching the database for %g s, then "
                "asking Elasticsearch again.",
                describe(error),
                self.cooloff,
            )

    def close(self):
        if cache.delete(self.tripped_key):
            logger.warning("Elasticsearch answers again: searching it again.")
