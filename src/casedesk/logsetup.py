"""Logging to a rotating file in the per-user log folder (Qt-free; the GUI adds Qt's messages)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from casedesk import paths

LOG_FILENAME = "casedesk.log"
_configured: Path | None = None


class RedactingFormatter(logging.Formatter):
    """Hides database passwords in every line, tracebacks included: an error deep in the driver
    or the logged command line (`--db postgresql+psycopg://u:PW@…`) must not put PW in the file
    that is mailed to support."""

    def format(self, record: logging.LogRecord) -> str:
        from casedesk.core.db.location import redact

        return redact(super().format(record))


def setup_logging(level: int = logging.INFO) -> Path:
    """Configure the root logger once; returns the log file path (shown in error dialogs)."""
    global _configured
    if _configured is not None:
        return _configured
    log_file = paths.log_dir() / LOG_FILENAME
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = log_file
    return log_file
