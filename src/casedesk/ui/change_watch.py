"""Other clients' changes appear without a restart: a cheap poll of the audit feed, off the GUI
thread, every few seconds (core/services/changes.py says why polling rather than LISTEN)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from casedesk.core.db.engine import SessionFactory
from casedesk.core.services.changes import ChangeBatch, ChangeCursor, poll_changes, start_cursor
from casedesk.ui.tasks import TaskRunner

POLL_INTERVAL_MS = 5_000


class ChangeWatcher(QObject):
    """Emits `changed(batch)` when users other than *username* changed something."""

    changed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        session_factory: SessionFactory,
        username: str,
        parent: QObject | None = None,
        interval_ms: int = POLL_INTERVAL_MS,
    ):
        super().__init__(parent)
        self._runner, self._sf, self._username = runner, session_factory, username
        self._cursor: ChangeCursor | None = None
        self._in_flight = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        sf = self._sf
        self._in_flight = True
        self._runner.run(lambda: start_cursor(sf), self._started, self._failed)
        self.timer.start()

    def _started(self, cursor: ChangeCursor) -> None:
        self._in_flight = False
        self._cursor = cursor

    def poll(self) -> None:
        # One poll at a time; a slow server must not pile polls up behind the clerk's own work.
        if self._in_flight or self._cursor is None:
            return
        self._in_flight = True
        sf, cursor, me = self._sf, self._cursor, self._username
        self._runner.run(lambda: poll_changes(sf, cursor, me), self._polled, self._failed)

    def _polled(self, batch: ChangeBatch) -> None:
        self._in_flight = False
        self._cursor = batch.cursor
        if batch.by_others:
            self.changed.emit(batch)

    def _failed(self, _error: BaseException) -> None:
        # A server that is briefly unreachable must not raise a dialog every five seconds; the
        # next poll tries again and the clerk's own actions report real failures.
        self._in_flight = False
