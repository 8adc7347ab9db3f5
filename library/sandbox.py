"""A function run in a child process with a memory cap and a time limit, so that input built
to hurt (a zip bomb, a PDF with a huge compressed stream, a reader stuck in a loop) costs that
child, never the web or task worker that received it (see library/extraction.py).

The child is forked once and reused for every call (an import reads thousands of files): it
answers one call at a time over a pipe. It may grow by ``memory`` bytes beyond the size it was
forked at (``RLIMIT_AS``). A call that runs out of memory or kills the child raises
``OutOfMemory``, one that takes longer than ``timeout`` seconds ``TimedOut``; the next call then
gets a fresh child. What the function logs at WARNING and above in the child is logged again in
the caller's process, by the same logger, as if the function had run there."""

import logging
import multiprocessing
import resource
import threading


class OutOfMemory(Exception):
    pass


class TimedOut(Exception):
    pass


class ChildProcess:
    """Calls ``function`` in a reusable child process; thread-safe (one call at a time).
    The function's arguments, result and exceptions cross the pipe pickled."""

    def __init__(self, function):
        self.function = function
        self.lock = threading.Lock()
        self.process = None
        self.connection = None

    def call(self, *args, timeout, memory):
        with self.lock:
            self.start(memory)
            try:
                self.connection.send(args)
                if not self.connection.poll(timeout):
                    self.stop()
                    raise TimedOut(f"{timeout:g} s")
                outcome, value, records = self.connection.recv()
            except (EOFError, OSError) as error:  # the child died: killed, or out of memory
                exit_code = self.process.exitcode if self.process else None
                self.stop()
                raise OutOfMemory(f"the reader stopped (exit code {exit_code})") from error
            if outcome == "memory":
                self.stop()
                raise OutOfMemory(f"more than {memory // 2**20} MB needed")
        for record in records:
            logging.getLogger(record.name).handle(record)
        if outcome == "raised":
            raise value
        return value

    def start(self, memory):
        if self.process is not None and self.process.is_alive():
            return
        self.stop()
        # Forked, not spawned: the child starts at once, with the code already imported, and
        # never touches what it inherits (database connections, open files).
        context = multiprocessing.get_context("fork")
        self.connection, child_end = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child_end, self.function, memory), daemon=True
        )
        self.process.start()
        child_end.close()

    def stop(self):
        if self.process is not None:
            self.process.kill()
            self.process.join()
        if self.connection is not None:
            self.connection.close()
        self.process = self.connection = None


class _Records(logging.Handler):
    """The child's only log handler: what a call logs goes back to the caller with its result."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        record.msg, record.args, record.exc_info = record.getMessage(), None, None
        self.records.append(record)

    def take(self):
        records, self.records = self.records, []
        return records


def _serve(connection, function, memory):
    """The child's loop: one call for each message, until the pipe closes."""
    _limit_memory(memory)
    records = _Records()
    # The child may be forked while the caller collects some loggers' records itself (the
    # importer does): here every record goes to the root, whose one handler sends it back.
    for logger in logging.root.manager.loggerDict.values():
        if isinstance(logger, logging.Logger):
            logger.handlers, logger.propagate = [], True
    logging.getLogger().handlers = [records]
    while True:
        try:
            args = connection.recv()
        except (EOFError, OSError):
            return
        try:
            connection.send(("ok", function(*args), records.take()))
        except MemoryError:
            connection.send(("memory", None, []))
            return  # what the function held is garbage now: a fresh child is cleaner
        except Exception as error:
            try:
                connection.send(("raised", error, records.take()))
            except Exception:  # an exception that cannot be pickled: its words, then
                error = RuntimeError(f"{type(error).__name__}: {error}")
                connection.send(("raised", error, records.take()))


def _limit_memory(memory):
    with open("/proc/self/statm") as handle:
        size = int(handle.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (size + memory, size + memory))
