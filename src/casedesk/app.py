"""Composition root of the GUI: logging, database, services, QApplication, main window.

The database is opened (and migrated, after a backup) on the worker thread while a small
start-up window is already on screen, so a slow disk never freezes the program.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from casedesk import paths
from casedesk.logsetup import setup_logging

if TYPE_CHECKING:
    from casedesk.core.db.database import Database
    from casedesk.ui.startup import OpenedDatabase

log = logging.getLogger(__name__)

# The frozen build's smoke test only (installer/smoke_test.sh, which has no Python to run a probe
# with): save a screenshot of the first page of cases to this file and quit. `make bench` times
# the start-up with its own probe (benchmarks/gui_probe.py), which builds the windows itself.
SCREENSHOT_ENV = "CASEDESK_SCREENSHOT"


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="casedesk", add_help=True)
    parser.add_argument("--db", metavar="PATH")
    return parser.parse_known_args(list(argv))[0]


def run_gui(argv: Sequence[str]) -> int:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from casedesk.ui.errors import install_excepthook, route_qt_messages_to_log
    from casedesk.ui.fonts import install_app_font
    from casedesk.ui.i18n import install_translator
    from casedesk.ui.startup import Startup
    from casedesk.ui.tasks import TaskRunner

    log_file = setup_logging()
    args = _parse(argv)
    # Qt 6 scales for 125 %/150 % itself; pass fractional factors through instead of rounding
    # them, which makes text blurry or oversized on office PCs (anchors.md §2.4).
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QCoreApplication.setApplicationName("CaseDesk")
    QCoreApplication.setOrganizationName("CaseDesk")
    install_app_font(app)
    install_translator(app)
    install_excepthook(log_file)
    route_qt_messages_to_log()

    runner = TaskRunner(app)
    startup = Startup(runner, lambda: _open(args.db), new_database=_new_database(args.db), log_file=log_file)
    windows: list = []

    def signed_in(database: Database, actor, office_name: str) -> None:
        from casedesk.ui.main_window import MainWindow

        window = MainWindow(database, actor, runner, office_name)
        windows.append(window)
        window.show()
        # Queued behind the window's first page: the clerk sees the cases before SQLite reads
        # every page of the file; problems only go to the log, as before.
        runner.run(lambda: _quick_check(database))
        shot = os.environ.get(SCREENSHOT_ENV)
        if shot:
            _screenshot_first_page(app, window, shot)

    startup.signed_in.connect(signed_in)
    startup.finished.connect(app.exit)
    startup.show()
    startup.open()
    code = app.exec()
    runner.shutdown()
    for window in windows:
        window.database.dispose()
    return code


def _new_database(db_option: str | None) -> bool:
    """Whether the database file does not exist yet (so the first-run wizard, not a log-in,
    follows), told without loading the database layer; a server URL is never new."""
    from casedesk.core.db.location import resolve_url

    url = resolve_url(db_option, paths.default_database_path())
    prefix = "sqlite:///"
    return url.startswith(prefix) and not Path(url[len(prefix) :]).exists()


def _screenshot_first_page(app, window, path: str) -> None:
    """Once the first page of cases has loaded, save the window to *path* and quit (`make dist-test`
    checks the frozen program draws its window, fonts and first page)."""

    window.nav.setCurrentRow(window.page_keys.index("cases"))

    def loaded(_total: int) -> None:
        window.grab().save(path)
        app.exit(0)

    window.case_model.page_loaded.connect(loaded)


def _open(db_option: str | None) -> OpenedDatabase:
    """On the worker thread, while the first window is already painted: load the database layer,
    migrate (backing up first), take the daily backup, and import the main window's modules."""
    from datetime import datetime

    from casedesk.core.backup import maybe_daily_backup
    from casedesk.core.db.database import open_database
    from casedesk.core.db.location import resolve_url
    from casedesk.core.errors import KnownError
    from casedesk.core.services.setup import needs_first_run
    from casedesk.core.settings import load_settings
    from casedesk.ui.startup import OpenedDatabase

    url = resolve_url(db_option, paths.default_database_path())

    database = open_database(url)
    with database.session_factory() as s:
        settings = load_settings(s)
    if database.file is not None:
        try:
            folder = paths.backup_dir_for(database.file, settings.backup_dir)
            maybe_daily_backup(database.file, folder, now=datetime.now())
        except KnownError:
            log.exception("daily backup failed")  # the program still opens; the log says why
    import casedesk.ui.main_window  # noqa: F401 - module loading only, no widgets: the GUI thread stays free

    return OpenedDatabase(database, settings.office_name, needs_first_run(database.session_factory))


def _quick_check(database: Database) -> None:
    """On the worker thread, once the window is up: SQLite's quick_check of the office file."""
    from casedesk.core.integrity import check_database

    if database.file is None:
        return
    report = check_database(database.engine, None, quick=True)
    if not report.ok:
        log.error("quick check found problems: %s", report.problems)


if __name__ == "__main__":
    raise SystemExit(run_gui(sys.argv[1:]))
