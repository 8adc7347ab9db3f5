"""When Elasticsearch hangs or refuses connections, visitors' searches and suggestions answer
from the database after one short timeout, then straight away while the circuit breaker is
open, and the log says so once.

These are tests of the fault path with real sockets on the loopback interface — a server that
accepts connections and never answers, and a port nothing listens on — reached by the real
Elasticsearch client. They test no Elasticsearch behaviour (test_elasticsearch_contract.py
does, against a real server)."""

import socket
import threading
import time

from django.core.cache import cache
from django.test import SimpleTestCase, override_settings

from config.settings.base import search_backends
from search.backends import backend
from search.backends.breaker import Breaker
from search.tests.corpus import OnePublicationTestCase

SEARCH_TIMEOUT = 1
INDEXING_TIMEOUT = 30  # what a visitor would wait without a timeout of their own


class HungServer:
    """Accepts connections on a loopback port, reads nothing and never answers; counts the
    connections."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.1)
        self.port = self.listener.getsockname()[1]
        self.accepted = 0
        self.connections = []
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while self.running:
            try:
                connection, _address = self.listener.accept()
            except TimeoutError:
                continue
            self.connections.append(connection)
            self.accepted += 1

    def stop(self):
        self.running = False
        self.thread.join()
        for connection in self.connections:
            connection.close()
        self.listener.close()


def refused_port():
    """A loopback port nothing listens on."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def elasticsearch_at(port):
    return search_backends(
        {
            "ELASTICSEARCH_URL": f"http://127.0.0.1:{port}",
            "ELASTICSEARCH_INDEX_PREFIX": "faults_",
            "ELASTICSEARCH_TIMEOUT": str(INDEXING_TIMEOUT),
            "ELASTICSEARCH_SEARCH_TIMEOUT": str(SEARCH_TIMEOUT),
            "ELASTICSEARCH_COOLOFF": "300",
        }
    )


class ElasticsearchFaultTests(OnePublicationTestCase):
    def assert_answered_from_the_database(self):
        response = self.client.get("/en/search/", {"q": "foster"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["result"].backend, "database")
        self.assertContains(response, 'href="/en/library/foster-care-review/"')
        suggestions = self.client.get("/en/search/suggest/", {"q": "Fost"})
        self.assertEqual(suggestions.status_code, 200)
        self.assertEqual(
            [item["title"] for item in suggestions.json()["suggestions"]], ["Foster care review"]
        )

    def assert_one_line_logged(self, logs):
        self.assertEqual(len(logs.records), 1, logs.output)
        [record] = logs.records
        self.assertIn("Elasticsearch did not answer", record.getMessage())
        self.assertIn("searching the database for 300 s", record.getMessage())
        self.assertNotIn("\n", record.getMessage())
        self.assertIsNone(record.exc_info)

    def test_a_hung_server_costs_one_short_timeout_then_nothing(self):
        server = HungServer()
        self.addCleanup(server.stop)
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=elasticsearch_at(server.port)),
            self.assertLogs(level="WARNING") as logs,
        ):
            started = time.monotonic()
            response = self.client.get("/en/search/", {"q": "foster"})
            first_search = time.monotonic() - started
            self.assertEqual(response.status_code, 200)
            self.assertEqual(response.context["result"].backend, "database")
            self.assertEqual(server.accepted, 1)  # asked once, not retried
            # The search's own timeout, not the indexing one, bounded the wait.
            self.assertLess(first_search, INDEXING_TIMEOUT / 2)
            # The breaker is open: neither searches nor suggestions reach the server now.
            self.assert_answered_from_the_database()
            self.assert_answered_from_the_database()
        self.assertEqual(server.accepted, 1)
        self.assert_one_line_logged(logs)

    def test_a_refused_connection_logs_one_line_without_traceback(self):
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=elasticsearch_at(refused_port())),
            self.assertLogs(level="WARNING") as logs,
        ):
            self.assert_answered_from_the_database()
            self.assert_answered_from_the_database()
        self.assert_one_line_logged(logs)
        self.assertIn("ConnectionError", logs.records[0].getMessage())

    def test_after_the_cooloff_elasticsearch_is_asked_again_without_a_second_line(self):
        server = HungServer()
        self.addCleanup(server.stop)
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=elasticsearch_at(server.port)),
            self.assertLogs(level="WARNING") as logs,
        ):
            self.assert_answered_from_the_database()
            cache.delete(backend().breaker.open_key)  # what the end of the cool-off does
            self.assert_answered_from_the_database()
        self.assertEqual(server.accepted, 2)
        self.assert_one_line_logged(logs)


class SearchTimeoutSettingsTests(SimpleTestCase):
    def test_the_environment_sets_the_timeouts_and_the_cooloff(self):
        config = elasticsearch_at(9200)["default"]
        self.assertEqual(config["TIMEOUT"], INDEXING_TIMEOUT)
        self.assertEqual(config["SEARCH_TIMEOUT"], SEARCH_TIMEOUT)
        self.assertEqual(config["COOLOFF"], 300)
        defaults = search_backends({"ELASTICSEARCH_URL": "http://127.0.0.1:9200"})["default"]
        self.assertEqual((defaults["SEARCH_TIMEOUT"], defaults["COOLOFF"]), (2, 30))


class BreakerTests(SimpleTestCase):
    """The breaker's states with plain functions in place of Elasticsearch requests."""

    def setUp(self):
        cache.clear()
        self.addCleanup(cache.clear)
        self.breaker = Breaker("unit", cooloff=300, errors=(ConnectionError,))

    def fail(self):
        raise ConnectionError("refused")

    def test_it_opens_on_a_failure_and_closes_on_the_next_answer_logging_each_once(self):
        with self.assertLogs("search.backends", level="WARNING") as logs:
            self.assertIsNone(self.breaker.call(self.fail))
            self.assertIsNone(self.breaker.call(lambda: "not asked"))  # open
            cache.delete(self.breaker.open_key)  # the cool-off is over
            self.assertIsNone(self.breaker.call(self.fail))  # still down: no new line
            cache.delete(self.breaker.open_key)
            self.assertEqual(self.breaker.call(lambda: "answer"), "answer")
            self.assertEqual(self.breaker.call(lambda: "answer"), "answer")
        self.assertEqual(len(logs.output), 2, logs.output)
        self.assertIn("Elasticsearch did not answer (ConnectionError: refused)", logs.output[0])
        self.assertIn("Elasticsearch answers again", logs.output[1])

    def test_other_errors_are_not_swallowed(self):
        def broken():
            raise ValueError("a bug")

        with self.assertRaises(ValueError):
            self.breaker.call(broken)
        self.assertEqual(self.breaker.call(lambda: "answer"), "answer")
