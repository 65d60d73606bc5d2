"""Run database and PDF work off the GUI thread and hand results back to it (Anki's QueryOp).

One worker thread serialises all database work (SQLite has one writer, and sessions are never
shared between threads). Results travel back through a queued Qt signal, so callbacks always run
on the GUI thread and may touch widgets; the worker never does.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

GUI_SWITCH_INTERVAL = 0.001  # seconds

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Bridge(QObject):
    done = Signal(object, object, object)  # callback, value, error


class TaskRunner(QObject):
    """`run(fn, on_ok, on_err)`: fn() on the worker; on_ok(result) or on_err(exc) on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, on_unhandled: Failure | None = None):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casedesk-db")
        # While the worker computes, the GUI thread asks for the interpreter at every Python call
        # Qt makes (a timer, a slot, a Python widget's event handler) and waits up to the switch
        # interval each time: 1 ms instead of Python's 5 keeps the window answering while a tally
        # or a ballot is worked out (make bench: the GUI-thread stall while typing).
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)
        self._bridge = _Bridge()
        self._bridge.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pending = 0
        self._on_unhandled = on_unhandled

    def run(
        self, fn: Callable[[], Any], on_ok: Success | None = None, on_err: Failure | None = None
    ) -> Future:
        self._set_pending(+1)
        future = self._executor.submit(fn)

        def finished(f: Future) -> None:
            error = f.exception()
            if error is not None:
                error = _user_facing(error)
            self._bridge.done.emit((on_ok, on_err), None if error else f.result(), error)

        future.add_done_callback(finished)
        return future

    def _deliver(self, callbacks: tuple[Success | None, Failure | None], value: Any, error: Any) -> None:
        self._set_pending(-1)
        on_ok, on_err = callbacks
        if error is not None:
            if on_err is not None:
                on_err(error)
            elif self._on_unhandled is not None:
                self._on_unhandled(error)
            else:
                log.error("background task failed", exc_info=error)
        elif on_ok is not None:
            on_ok(value)

    def _set_pending(self, delta: int) -> None:
        before = self._pending > 0
        self._pending += delta
        if (self._pending > 0) != before:
            self.busy_changed.emit(self._pending > 0)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


class ProgressRelay(QObject):
    """Progress reported by work on the worker, delivered on the GUI thread.

    Pass `relay.report` to the work as its progress callback; connect `progressed` in the GUI.
    The relay lives on the GUI thread, so a signal emitted on the worker is queued to it (Qt's
    automatic connection), and a widget is never touched from the worker."""

    progressed = Signal(int, int)  # done, total

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


class SyncTaskRunner(TaskRunner):
    """Runs tasks immediately on the calling thread: deterministic widget tests (Picard's fake)."""

    def run(
        self, fn: Callable[[], Any], on_ok: Success | None = None, on_err: Failure | None = None
    ) -> Future:
        future: Future = Future()
        try:
            value = fn()
        except Exception as raw:  # delivered like the real runner does
            exc = _user_facing(raw)
            future.set_exception(exc)
            if on_err is not None:
                on_err(exc)
            elif self._on_unhandled is not None:
                self._on_unhandled(exc)
            else:
                raise
        else:
            future.set_result(value)
            if on_ok is not None:
                on_ok(value)
        return future


def _user_facing(error: BaseException) -> BaseException:
    # Imported here: the database layer loads on the worker while the first window is painted.
    from casedesk.core.db.dialect import user_facing_error

    return user_facing_error(error)
