"""Production logging: one JSON object a line on stderr (what journald, Docker and log
shippers read), server errors also mailed to settings.ADMINS through Django's e-mail backend."""

import json
import logging
from datetime import UTC, datetime

STANDARD_ATTRIBUTES = set(vars(logging.LogRecord("", 0, "", 0, "", (), None)))


class JsonFormatter(logging.Formatter):
    """A record as one line of JSON: time, level, logger, message, the request's method, path
    and status where Django gives them, and the traceback as one string."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["method"] = request.method
            entry["path"] = request.path
        if hasattr(record, "status_code"):
            entry["status"] = record.status_code
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def production_logging(level):
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "config.logs.JsonFormatter"}},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "json"},
            "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR"},
        },
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            # Django's own default sends these to mail_admins and a console handler; here they
            # go to mail_admins and, through the root logger, to stderr as JSON.
            "django": {"handlers": ["mail_admins"], "level": level},
            "django.db.backends": {"level": "WARNING"},
            # Failed background tasks are logged at ERROR by django-tasks and its worker.
            "django_tasks": {"handlers": ["mail_admins"], "level": "WARNING"},
            "django_tasks_db": {"handlers": ["mail_admins"], "level": "INFO"},
        },
    }
