"""GUI measurements that need their own process: `make bench` starts this and reads its last line.

    gui_probe.py bare-memory            a bare PySide6 window: prints RSS in bytes
    gui_probe.py memory DB              CaseDesk's main window on DB, case list shown, one case open
    gui_probe.py block DB TEXT...       longest GUI-thread stall (s) while the case list searches
    gui_probe.py startup DB             CaseDesk started as `casedesk` starts it, signed in as
                                        system: prints "WINDOW <time>" when the first window is
                                        painted and "PAINTED <time>" when the first page of cases is
    gui_probe.py ballots DB CASE N      longest GUI-thread stall (s) while a clerk types N ballots
                                        into CASE's ballot grid with the live tally beside it

Resident size is read from /proc/self/statm after the event loop settles (Linux only, like CI).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_bytes() -> int:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def settle(app, seconds: float = 0.3) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def bare_memory() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableWidget(50, 8))
    window.resize(1200, 760)
    window.show()
    settle(app)
    print(rss_bytes())


def _casedesk_window(db: str):
    from PySide6.QtWidgets import QApplication

    from casedesk.core.db.database import open_database
    from casedesk.core.db.location import sqlite_url
    from casedesk.core.services.actor import SYSTEM_ACTOR
    from casedesk.ui.fonts import install_app_font
    from casedesk.ui.main_window import MainWindow
    from casedesk.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    install_app_font(app)
    database = open_database(sqlite_url(Path(db)))
    runner = TaskRunner(app)
    window = MainWindow(database, SYSTEM_ACTOR, runner)
    window.nav.setCurrentRow(window.page_keys.index("cases"))
    window.show()
    wait_idle(app, runner)
    return app, runner, window


def wait_idle(app, runner, timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while runner._pending and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


def memory(db: str) -> None:
    app, runner, window = _casedesk_window(db)
    first = window.case_model.case_at(0).case_no
    window.open_case(first)
    wait_idle(app, runner)
    settle(app)
    print(rss_bytes())
    runner.shutdown()


def block(db: str, texts: list[str]) -> None:
    """Type each search text the way a clerk does and record the longest gap between 2 ms ticks."""
    from PySide6.QtCore import QTimer

    app, runner, window = _casedesk_window(db)
    page = window.case_page
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=2)
    timer.timeout.connect(tick)
    timer.start()
    for text in texts:
        page.search.clear()
        for i in range(1, len(text) + 1):
            page.search.setText(text[:i])
            settle(app, 0.05)
        page._search_now()
        settle(app, 0.05)
        wait_idle(app, runner)
    timer.stop()
    print(f"{max(gaps):.6f}")
    runner.shutdown()


def _print_time(what: str, widget) -> None:
    """Paint *widget* now, synchronously, and print the wall-clock time (run.py subtracts the
    time it started this process)."""
    widget.repaint()
    print(f"{what} {time.time():.6f}", flush=True)


def startup(db: str) -> None:
    """The GUI's start, step for step as casedesk.app.run_gui takes it (log-in form or splash
    painted first, the database opened on the worker behind it), signed in automatically
    (CASEDESK_AUTOLOGIN=system); quits once the first page of cases is painted."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from casedesk.app import _new_database, _open
    from casedesk.logsetup import setup_logging
    from casedesk.ui.errors import install_excepthook, route_qt_messages_to_log
    from casedesk.ui.fonts import install_app_font
    from casedesk.ui.i18n import install_translator
    from casedesk.ui.startup import Startup
    from casedesk.ui.tasks import TaskRunner

    log_file = setup_logging()
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("CaseDesk")
    QCoreApplication.setOrganizationName("CaseDesk")
    install_app_font(app)
    install_translator(app)
    install_excepthook(log_file)
    route_qt_messages_to_log()
    runner = TaskRunner(app)
    probe = Startup(runner, lambda: _open(db), new_database=_new_database(db), log_file=log_file)
    windows: list = []

    def signed_in(database, actor, office_name: str) -> None:
        from casedesk.ui.main_window import MainWindow

        window = MainWindow(database, actor, runner, office_name)
        windows.append(window)
        window.show()
        window.nav.setCurrentRow(window.page_keys.index("cases"))

        def painted(_total: int) -> None:
            _print_time("PAINTED", window)
            app.exit(0)

        window.case_model.page_loaded.connect(painted)

    probe.signed_in.connect(signed_in)
    probe.finished.connect(app.exit)
    probe.show()
    _print_time("WINDOW", probe.first_window)
    probe.open()
    app.exec()
    runner.shutdown()
    for window in windows:
        window.database.dispose()


def ballots(db: str, case_no: str, count: int) -> None:
    """A clerk types *count* opinions from the paper forms (1 agree, 3 abstain, in turns, about
    three a second) into the case's ballot grid; each one is recorded and the live tally redrawn
    on the worker while the next is typed. Prints the longest gap between 2 ms heartbeat ticks
    of the GUI thread's event loop."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from casedesk.core.db.database import open_database
    from casedesk.core.db.location import sqlite_url
    from casedesk.core.services.actor import SYSTEM_ACTOR
    from casedesk.ui.case_detail import CaseWindow
    from casedesk.ui.fonts import install_app_font
    from casedesk.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    install_app_font(app)
    database = open_database(sqlite_url(Path(db)))
    runner = TaskRunner(app)
    window = CaseWindow(database.session_factory, SYSTEM_ACTOR, runner, case_no)
    window.resize(1200, 760)
    window.show()
    window.tabs.setCurrentWidget(window.ballots)
    wait_idle(app, runner)
    table = window.ballots.table
    rows = window.ballots.model.rowCount()
    if rows == 0:
        raise SystemExit(f"{case_no} has no owners to vote")
    table.setFocus()
    table.selectRow(0)
    gaps: list[tuple[float, float]] = []  # (wall seconds, GUI-thread CPU seconds) between ticks
    last = [time.perf_counter(), time.thread_time()]

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gaps.append((now - last[0], cpu - last[1]))
        last[0], last[1] = now, cpu

    timer = QTimer(interval=2)
    timer.timeout.connect(tick)
    timer.start()
    for typed in range(count):
        if table.currentIndex().row() >= rows - 1 and typed:
            table.selectRow(0)  # the stack of forms starts again: second opinions replace the first
        QTest.keyClick(table, Qt.Key.Key_1 if typed % 4 else Qt.Key.Key_3)
        settle(app, 0.3)
    wait_idle(app, runner)
    settle(app, 0.1)
    timer.stop()
    # On a busy machine a gap can be time the GUI thread waited for a core, not work it did: the
    # thread's own CPU time in the longest gap tells the two apart (stderr, for the reader).
    wall, cpu = max(gaps)
    print(
        f"{count} ballots typed; longest gap {wall * 1000:.1f} ms, GUI thread busy {cpu * 1000:.1f} ms"
        f" of it; most GUI-thread CPU in one gap {max(c for _w, c in gaps) * 1000:.1f} ms",
        file=sys.stderr,
    )
    print(f"{wall:.6f}")
    runner.shutdown()
    database.dispose()


def main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "bare-memory":
        bare_memory()
    elif mode == "memory":
        memory(argv[1])
    elif mode == "block":
        block(argv[1], argv[2:])
    elif mode == "startup":
        startup(argv[1])
    elif mode == "ballots":
        ballots(argv[1], argv[2], int(argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
