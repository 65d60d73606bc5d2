"""Render the main screens to PNG (offscreen) for the README and for checking 100 %/150 % layouts.

Usage: QT_QPA_PLATFORM=offscreen [QT_SCALE_FACTOR=1.5] .venv/bin/python tools/screenshots.py OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from casedesk.core.db.database import open_database  # noqa: E402
from casedesk.core.db.location import sqlite_url  # noqa: E402
from casedesk.core.services.actor import SYSTEM_ACTOR  # noqa: E402
from casedesk.core.services.cases import NewCase, create_case  # noqa: E402
from casedesk.core.services.demo import generate_demo  # noqa: E402
from casedesk.core.services.roster_import import import_roster  # noqa: E402
from casedesk.ui.fonts import install_app_font  # noqa: E402
from casedesk.ui.i18n import install_translator  # noqa: E402
from casedesk.core.domain.enums import Role  # noqa: E402
from casedesk.ui.main_window import MainWindow  # noqa: E402
from casedesk.ui.tasks import SyncTaskRunner  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "roster-sample.csv"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    suffix = "" if scale in ("1", "1.0") else f"@{scale}x"
    app = QApplication(sys.argv[:1])
    install_app_font(app)
    install_translator(app)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(sqlite_url(Path(tmp) / "shots.sqlite3"))
        generate_demo(db.session_factory, SYSTEM_ACTOR, units=120, seed=1, today=date(2026, 11, 25))
        case_no = create_case(
            db.session_factory,
            SYSTEM_ACTOR,
            NewCase(
                "历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=date(2026, 3, 1)
            ),
        )
        if SAMPLE.exists():
            import_roster(db.session_factory, SYSTEM_ACTOR, case_no, SAMPLE, today=date(2026, 3, 20))
        runner = SyncTaskRunner()
        window = MainWindow(db, SYSTEM_ACTOR, runner, "济南市历下区文东街道办事处")
        window.show()
        app.processEvents()
        window.grab().save(str(out / f"queue{suffix}.png"))
        window.nav.setCurrentRow(1)
        app.processEvents()
        window.grab().save(str(out / f"cases{suffix}.png"))
        window.open_case(case_no)
        case_window = window.case_windows[case_no]
        case_window.tabs.setCurrentIndex(1)
        case_window.ballots.table.selectRow(3)
        app.processEvents()
        case_window.grab().save(str(out / f"ballots{suffix}.png"))
        case_window.tabs.setCurrentIndex(2)
        case_window.progress.check()
        app.processEvents()
        case_window.grab().save(str(out / f"progress{suffix}.png"))
        window.nav.setCurrentRow(window.page_keys.index("reports"))
        app.processEvents()
        window.grab().save(str(out / f"dashboard{suffix}.png"))
        window.nav.setCurrentRow(window.page_keys.index("mediation"))
        window.mediation_page.queue.selectRow(0)
        window.mediation_page.panel.setCurrentIndex(1)
        window.mediation_page.panel.meeting.insert_template()
        app.processEvents()
        window.grab().save(str(out / f"mediation{suffix}.png"))
        _settings_tabs(app, window, db, out, suffix)
        if SAMPLE.exists():
            _roster_preview(app, window, db, out / f"roster-preview{suffix}.png", Path(tmp))
        db.dispose()


def _settings_tabs(app: QApplication, window: MainWindow, db, out: Path, suffix: str) -> None:
    """设置: the office form, accounts, targets, holidays (with an office entry) and rule sets."""
    from casedesk.core.services import admin

    admin.add_user(db.session_factory, SYSTEM_ACTOR, "li", "李社工", Role.CLERK, admin.all_communities(db.session_factory)[:2])
    admin.add_user(db.session_factory, SYSTEM_ACTOR, "wu", "吴调解员", Role.MEDIATOR, [])
    admin.set_holiday(db.session_factory, SYSTEM_ACTOR, date(2027, 2, 20), None, "workday", "春节调休")
    window.nav.setCurrentRow(window.page_keys.index("settings"))
    page = window.settings_page
    for index, name in enumerate(("settings", "users", "targets", "holidays", "rules")):
        page.tabs.setCurrentIndex(index)
        if name == "holidays":
            page.holidays_tab.year.setValue(2027)
        app.processEvents()
        window.grab().save(str(out / f"{name}{suffix}.png"))


def _roster_preview(app: QApplication, window: MainWindow, db, target: Path, tmp: Path) -> None:
    """The import wizard on a roster with a typed-out area and a missing one."""
    lines = SAMPLE.read_text(encoding="utf-8-sig").splitlines()
    for index, value in ((2, "八十"), (5, "")):
        cells = lines[index].split(",")
        cells[2] = value
        lines[index] = ",".join(cells)
    broken = tmp / "名册-有错.csv"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    case_no = create_case(
        db.session_factory, SYSTEM_ACTOR, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "4", "1", 6)
    )
    window.open_case(case_no)
    ballots = window.case_windows[case_no].ballots
    ballots.preview_roster(broken)
    ballots.preview_dialog.only_problems.setChecked(False)
    app.processEvents()
    ballots.preview_dialog.grab().save(str(target))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
