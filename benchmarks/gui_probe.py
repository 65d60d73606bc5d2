"""GUI measurements that need their own process: `make bench` starts this and reads its last line.

    gui_probe.py bare-memory            a bare PySide6 window: prints RSS in bytes
    gui_probe.py memory DB              CaseDesk's main window on DB, case list shown, one case open
    gui_probe.py block DB               longest GUI-thread stall (s) while the case list searches

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


def main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "bare-memory":
        bare_memory()
    elif mode == "memory":
        memory(argv[1])
    elif mode == "block":
        block(argv[1], argv[2:])
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
