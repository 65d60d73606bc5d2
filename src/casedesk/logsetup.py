"""Logging to a file in the per-user log folder, rotated at start (Qt-free; the GUI adds Qt's
messages)."""

from __future__ import annotations

import logging
from pathlib import Path

from casedesk import paths

LOG_FILENAME = "casedesk.log"
MAX_BYTES = 2_000_000  # a file a clerk can mail to support
KEEP = 5  # casedesk.log.1 … casedesk.log.5
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
    rotate_if_full(log_file)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = log_file
    return log_file


def rotate_if_full(log_file: Path) -> None:
    """A log of MAX_BYTES or more moves to .1 (.1 to .2, and so on; the KEEP-th is dropped).

    Once a start rather than line by line: logging.handlers' RotatingFileHandler costs every
    start of the program and of each command about 12 ms to import, and a day's session writes
    far less than MAX_BYTES. A file another running CaseDesk holds open (Windows) is left as it
    is: the log goes on growing there until a start that can move it."""
    try:
        if log_file.stat().st_size < MAX_BYTES:
            return
        for n in range(KEEP - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{n}")
            if older.exists():
                older.replace(log_file.with_name(f"{log_file.name}.{n + 1}"))
        log_file.replace(log_file.with_name(f"{log_file.name}.1"))
    except OSError:
        return
