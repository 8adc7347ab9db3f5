"""What a bulk import prints: Wagtail's per-page log lines held back for the run, and what
the document reader logs about a file collected as that file's warnings."""

import logging
from contextlib import contextmanager

# Wagtail logs one INFO line for each page it creates, each revision, each publish and each
# alias ("Page created", "Page edited", "Page published", "Page alias created").
PER_PAGE_LOGGERS = ["wagtail"]
# pypdf reports a fault it worked around (a broken cross-reference table, a duplicated key …)
# as a warning on its own logger, without saying which file it was reading; so does the
# thumbnail of the first page when PDFium cannot draw it.
READER_LOGGERS = ["pypdf", "library.thumbnails"]
# Distinct reader warnings reported for one file; a badly damaged file can give hundreds.
MAX_READER_WARNINGS = 5


@contextmanager
def quiet_page_logging():
    """Raise Wagtail's loggers to WARNING for the block: its warnings and errors still show,
    its per-page lines do not."""
    loggers = [logging.getLogger(name) for name in PER_PAGE_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(logging.WARNING, logger.getEffectiveLevel()))
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        message = " ".join(record.getMessage().split())
        if message not in self.messages:
            self.messages.append(message)


@contextmanager
def reader_warnings():
    """The distinct messages the document reader logs in the block (WARNING and above), as a
    list filled in while the block runs; they are not passed on to the console."""
    collector = _Collector()
    loggers = [logging.getLogger(name) for name in READER_LOGGERS]
    propagate = [logger.propagate for logger in loggers]
    for logger in loggers:
        logger.addHandler(collector)
        logger.propagate = False
    try:
        yield collector.messages
    finally:
        for logger, value in zip(loggers, propagate, strict=True):
            logger.removeHandler(collector)
            logger.propagate = value


def describe_reader_warnings(name, messages):
    """Report lines for the reader's warnings about the file ``name``."""
    lines = [f"file “{name}”: reader warning: {message}" for message in messages]
    if len(lines) > MAX_READER_WARNINGS:
        rest = len(lines) - MAX_READER_WARNINGS
        lines = lines[:MAX_READER_WARNINGS] + [f"file “{name}”: {rest} more reader warnings"]
    return lines
