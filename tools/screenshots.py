"""Render the screens to PNG (offscreen) for the README and for checking 100 %/150 % layouts.

A small demo city, plus one case walked with the services from 受理登记 to 补贴拨付 (a notice with
its photo and two objections, a street stamp, a procedure, an obstruction, acceptance, a saved
cost share, the subsidy steps and a payment) and one fresh case still at 受理登记 with its roster,
so every tab of the case window has something to show.

Usage: QT_QPA_PLATFORM=offscreen [QT_SCALE_FACTOR=1.5] .venv/bin/python tools/screenshots.py OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from casedesk import paths
from casedesk.core.db.database import open_database
from casedesk.core.db.location import sqlite_url
from casedesk.core.domain.enums import Role, Stage
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import SYSTEM_ACTOR, Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.roster_import import import_roster
from casedesk.core.services.users import actor_for_username
from casedesk.core.workflow.stages import CHECKLISTS, MAIN_LINE
from casedesk.demo import DemoAccount, generate_demo
from casedesk.ui.fonts import install_app_font
from casedesk.ui.i18n import install_translator
from casedesk.ui.main_window import MainWindow
from casedesk.ui.tasks import SyncTaskRunner

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "roster-sample.csv"
WINDOW = (1100, 700)  # modest PNGs; the layouts must hold at this size anyway
DEMO_ACCOUNTS = (
    DemoAccount("mediator", "演示调解员", Role.MEDIATOR, "shots-password-1"),
    DemoAccount("supervisor", "演示街道主管", Role.SUPERVISOR, "shots-password-2"),
)


class Shots:
    """Where the PNGs go and how they are named (name@1.5x.png at 150 %)."""

    def __init__(self, app: QApplication, out: Path, suffix: str):
        self.app, self.out, self.suffix = app, out, suffix

    def grab(self, widget: QWidget, name: str) -> None:
        for _ in range(3):  # layouts settle over a few passes (rows re-measured after resizes)
            self.app.processEvents()
        # Quality 0 is zlib's strongest compression for PNG: the same pixels, smaller files.
        widget.grab().save(str(self.out / f"{name}{self.suffix}.png"), "PNG", 0)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    suffix = "" if scale in ("1", "1.0") else f"@{scale}x"
    app = QApplication(sys.argv[:1])
    install_app_font(app)
    install_translator(app)
    with tempfile.TemporaryDirectory(prefix="casedesk-demo-") as tmp_name:
        tmp = Path(tmp_name)
        # Window geometry and column widths come from a fresh settings file, not the user's own.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
        db = open_database(sqlite_url(tmp / "shots.sqlite3"))
        sf = db.session_factory
        documents = paths.documents_dir_for(db.file)
        generate_demo(sf, SYSTEM_ACTOR, units=40, seed=1, today=date(2026, 11, 25), accounts=DEMO_ACCOUNTS)
        walked = None
        if SAMPLE.exists():
            walked = walk_case(sf, SYSTEM_ACTOR, tmp, documents)
            # A case waiting for the street's stamp: the supervisor's 待我审核.
            walk_case(sf, SYSTEM_ACTOR, tmp, documents, until=Stage.STREET_REVIEW, building="8")
        fresh = create_case(
            sf, SYSTEM_ACTOR, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "5", "1", 6)
        )
        if SAMPLE.exists():
            import_roster(sf, SYSTEM_ACTOR, fresh, SAMPLE, today=date.today())
        shots = Shots(app, out, suffix)
        runner = SyncTaskRunner()
        window = MainWindow(db, SYSTEM_ACTOR, runner, "济南市历下区文东街道办事处")
        window.resize(*WINDOW)
        window.show()
        window.nav.setCurrentRow(window.page_keys.index("cases"))
        shots.grab(window, "cases")
        _fresh_case(shots, window, fresh)
        if walked is not None:
            _walked_case(shots, window, walked)
        window.nav.setCurrentRow(window.page_keys.index("reports"))
        shots.grab(window, "dashboard")
        _new_case_dialog(shots, window)
        _settings_tabs(shots, window, db)
        if SAMPLE.exists():
            _roster_preview(shots, window, db, tmp)
        for case_window in window.case_windows.values():
            case_window.close()
        window.close()
        _supervisor_queue(shots, db, runner, walked)
        _mediator(shots, db, runner, walked)
        db.dispose()


def _image(path: Path, text: str) -> Path:
    """A stand-in scan or photo: a light page with a title, small enough to keep the store tidy."""
    image = QImage(480, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1e8"))
    painter = QPainter(image)
    painter.setFont(QFont(QApplication.font().family(), 28))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    image.save(str(path))
    return path


def walk_case(
    sf, actor: Actor, tmp: Path, documents: Path, *, until: Stage = Stage.SUBSIDY, building: str = "3"
) -> str:
    """A case moved with the services from 受理登记 to *until*, as a clerk would have done it in
    the tabs (the same guards apply); dates are counted back from today so none lies ahead."""
    day = date.today() - timedelta(days=250)  # after the sample roster's signatures
    case_no = create_case(
        sf,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", building, "2", 6, opened_on=day),
    )
    wf.set_intake_facts(
        sf,
        actor,
        case_no,
        state_owned_land=True,
        in_expropriation_plan=False,
        representatives=["王建国", "李秀兰"],
        implementer=f"山大北路小区{building}号楼2单元业主委员会",
    )
    import_roster(sf, actor, case_no, SAMPLE, today=day)
    scan = _image(tmp / "申请书.png", "增设电梯申请书")
    current = Stage.INTAKE
    while current is not until:
        day += timedelta(days=1)
        for item in CHECKLISTS.get(current, ()):
            if item.required and item.code != "notice_photo":  # the posting brings its photo
                file = scan if item.code == "application" else None
                wf.mark_checklist_item(
                    sf, actor, case_no, item.code, on=day, file=file, documents_dir=documents
                )
        if current is Stage.NOTICE:
            ends = _notice(sf, actor, case_no, day, tmp, documents)
            day = ends + timedelta(days=1)
        if current is Stage.STREET_REVIEW:
            wf.record_procedure(sf, actor, case_no, "design", on=day, number="济历规设〔2026〕18号")
        if current is Stage.CONSTRUCTION:
            from casedesk.core.services.disputes import log_obstruction

            for dispute_no in log_obstruction(
                sf, actor, case_no, on=day, description="一层住户在施工围挡处阻拦，要求先谈采光补偿"
            ):
                _agree(sf, actor, dispute_no, day + timedelta(days=4))
            day += timedelta(days=5)
        following = MAIN_LINE[MAIN_LINE.index(current) + 1]
        note = "街道盖章：同意增设电梯" if current is Stage.STREET_REVIEW else None
        wf.advance(sf, actor, case_no, following, on=day, note=note)
        current = following
    if until is Stage.SUBSIDY:
        _money(sf, actor, case_no, day)
    return case_no


def _notice(sf, actor: Actor, case_no: str, day: date, tmp: Path, documents: Path) -> date:
    """A notice with its photo, a written objection (its dispute arises by itself) and an oral one,
    both answered before the period ends."""
    photo = _image(tmp / "公示照片.png", "公示")
    ends = wf.post_notice(
        sf,
        actor,
        case_no,
        posted_on=day,
        places="单元门口公告栏、小区东门宣传栏",
        witness="刘红（社区网格员）",
        photo=photo,
        documents_dir=documents,
    )
    written = wf.add_objection(
        sf,
        actor,
        case_no,
        objector="赵明",
        received_on=day + timedelta(days=2),
        detail="电梯井道挡住一层卧室采光，要求调整位置",
        contact="138****2211",
        address="3号楼2单元101",
    )
    oral = wf.add_objection(
        sf,
        actor,
        case_no,
        objector="孙桂芝",
        received_on=day + timedelta(days=3),
        detail="询问施工期间噪音安排",
        written=False,
    )
    wf.resolve_objection(
        sf, actor, oral, response="已说明施工时间为工作日 8:00–18:00", on=day + timedelta(days=4)
    )
    wf.resolve_objection(
        sf,
        actor,
        written,
        response="设计单位已将井道外移 0.6 米，转人民调解",
        on=day + timedelta(days=6),
    )
    return ends


def _agree(sf, actor: Actor, dispute_no: str, on: date) -> None:
    """The mediator's agreement that lets a blocked case go on."""
    from casedesk.core.services.disputes import add_agreement

    add_agreement(
        sf,
        actor,
        dispute_no,
        terms="施工单位在一层窗外加装透光板，施工期间每日 18:00 后停工",
        signed_on=on,
        parties="赵明；山大北路小区3号楼2单元业主代表王建国",
        facts="施工围挡遮挡一层住户出入，住户阻拦施工",
        matters="采光与施工时间",
        performance_method="施工单位按协议调整施工方案",
        performance_deadline=on + timedelta(days=30),
    )


def _money(sf, actor: Actor, case_no: str, day: date) -> None:
    """费用与补贴: a saved cost share, the subsidy steps and one payment."""
    from casedesk.core.services.costshare import compute_cost_share, fund_view, record_fund_use
    from casedesk.core.services.subsidy import pay_subsidy, record_subsidy_step

    compute_cost_share(
        sf, actor, case_no, total_fen=58_000_000, method="floor", exempt_floors=(1,), save=True
    )
    for offset, step in enumerate(("applied", "reviewed", "approved")):
        record_subsidy_step(sf, actor, case_no, step, on=day + timedelta(days=offset + 1))
    pay_subsidy(
        sf,
        actor,
        case_no,
        amount_fen=12_000_000,
        paid_on=day + timedelta(days=10),
        voucher_no="历财拨〔2026〕0417",
    )
    passing = [t for t in fund_view(sf, actor, case_no).tallies if t.passed]
    if passing:  # a use rests on a passing vote under the fund's own rule, when the case has one
        record_fund_use(
            sf,
            actor,
            case_no,
            tally_id=passing[0].id,
            amount_fen=8_000_000,
            drawn_on=day + timedelta(days=12),
            note="按表决结果支取专项维修资金",
        )


def _fresh_case(shots: Shots, window: MainWindow, case_no: str) -> None:
    """The case just registered: ballots with the 不同意 reason line open, 进度 with its doors."""
    window.open_case(case_no)
    case_window = window.case_windows[case_no]
    case_window.resize(*WINDOW)
    case_window.tabs.setCurrentWidget(case_window.ballots)
    ballots = case_window.ballots
    ballots.table.selectRow(3)
    ballots.ask_reason(3)
    ballots.reason.setText("担心噪音影响休息")
    shots.grab(case_window, "ballots")
    ballots.cancel_reason()
    case_window.tabs.setCurrentWidget(case_window.progress)
    case_window.progress.check()
    shots.grab(case_window, "progress")
    case_window.progress.edit_intake()  # the door of the first three conditions
    _dialog(shots, case_window.progress.dialog, "dialog-intake")


def _walked_case(shots: Shots, window: MainWindow, case_no: str) -> None:
    window.open_case(case_no)
    case_window = window.case_windows[case_no]
    case_window.resize(*WINDOW)
    for name, tab in (
        ("case-overview", case_window.overview),
        ("case-notice", case_window.notice),
        ("case-disputes", case_window.disputes),
        ("case-money", case_window.money),
        ("case-log", case_window.log),
    ):
        case_window.tabs.setCurrentWidget(tab)
        shots.grab(case_window, name)
        if name == "case-notice":
            case_window.notice.open_post()
            _dialog(shots, case_window.notice.dialog, "dialog-notice")
            case_window.notice.open_add_objection()
            _dialog(shots, case_window.notice.dialog, "dialog-objection")
        if name == "case-disputes":
            case_window.disputes.new_dispute()
            case_window.disputes.dialog.title.setText("302 室反映施工噪音")
            _dialog(shots, case_window.disputes.dialog, "dialog-dispute")
        if name == "case-money":
            case_window.money.open_cost_share()
            dialog = case_window.money.dialog
            dialog.total.setText("580000")
            dialog.run_preview()
            _dialog(
                shots, dialog, "dialog-cost-share"
            )  # the subsidy steps, the payment and the fund below the share table
            scroll = case_window.money.findChild(QScrollArea)
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            shots.grab(case_window, "case-subsidy")


def _dialog(shots: Shots, dialog: QWidget, name: str) -> None:
    """A dialog as it opens (non-blocking), then closed without saving."""
    shots.grab(dialog, name)
    dialog.reject()


def _new_case_dialog(shots: Shots, window: MainWindow) -> None:
    window.new_case()
    dialog = window.new_case_dialog
    # The lists offer the office's places; a clerk picks them (or types, with completion).
    for box, name in (
        (dialog.district, "历下区"),
        (dialog.street, "文东街道"),
        (dialog.community, "青龙街社区"),
    ):
        box.setCurrentText(name)
    dialog.compound.setText("山大北路小区")
    dialog.building.setText("7")
    dialog.unit.setText("1")
    shots.grab(dialog, "new-case")
    dialog.reject()


def _settings_tabs(shots: Shots, window: MainWindow, db) -> None:
    """设置: the office form, places, accounts, targets, holidays (with an office entry) and rule sets."""
    from casedesk.core.services import admin

    sf = db.session_factory
    admin.add_user(sf, SYSTEM_ACTOR, "li", "李社工", Role.CLERK, admin.all_communities(sf)[:2])
    admin.set_holiday(sf, SYSTEM_ACTOR, date(2027, 2, 20), None, "workday", "春节调休")
    window.nav.setCurrentRow(window.page_keys.index("settings"))
    page = window.settings_page
    for index, name in enumerate(("settings", "places", "users", "targets", "holidays", "rules")):
        page.tabs.setCurrentIndex(index)
        if name == "holidays":
            page.holidays_tab.year.setValue(2027)
        if name == "places":
            page.places_tab.tree.expandAll()
        shots.grab(window, name)


def _roster_preview(shots: Shots, window: MainWindow, db, tmp: Path) -> None:
    """The import wizard on a roster with a typed-out area and a missing one."""
    lines = SAMPLE.read_text(encoding="utf-8-sig").splitlines()
    for index, value in ((2, "八十"), (5, "")):
        cells = lines[index].split(",")
        cells[2] = value
        lines[index] = ",".join(cells)
    broken = tmp / "名册-有错.csv"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    case_no = create_case(
        db.session_factory,
        SYSTEM_ACTOR,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "4", "1", 6),
    )
    window.open_case(case_no)
    ballots = window.case_windows[case_no].ballots
    ballots.preview_roster(broken)
    ballots.preview_dialog.only_problems.setChecked(False)
    shots.grab(ballots.preview_dialog, "roster-preview")


def _supervisor_queue(shots: Shots, db, runner: SyncTaskRunner, walked: str | None) -> None:
    """工作台 of a street supervisor: 待我审核 on top, then overdue, due soon, blocked, to verify."""
    actor = actor_for_username(db.session_factory, "supervisor")
    window = MainWindow(db, actor, runner, "济南市历下区文东街道办事处")
    window.resize(*WINDOW)
    window.show()
    window.nav.setCurrentRow(window.page_keys.index("queue"))
    window.queue_page.reload()
    shots.grab(window, "queue")
    window.change_password()
    shots.grab(window.password_dialog, "password")
    window.password_dialog.reject()
    window.close()


def _mediator(shots: Shots, db, runner: SyncTaskRunner, walked: str | None) -> None:
    """调解 as the demo mediator, with the walked case's objection dispute selected."""
    from casedesk.core.services.admin import reassign_dispute
    from casedesk.core.services.disputes import list_disputes

    wanted = None
    if walked is not None:
        rows = list_disputes(db.session_factory, SYSTEM_ACTOR, case_no=walked)
        if rows:  # the written objection's dispute, raised by itself
            wanted = next((d for d in rows if "异议" in d.title), rows[0]).dispute_no
            reassign_dispute(db.session_factory, SYSTEM_ACTOR, wanted, "mediator", reason="本社区调解员")
    actor = actor_for_username(db.session_factory, "mediator")
    window = MainWindow(db, actor, runner, "济南市历下区文东街道办事处")
    window.resize(*WINDOW)
    window.show()
    page = window.mediation_page
    window.nav.setCurrentRow(window.page_keys.index("mediation"))
    app = QApplication.instance()
    app.processEvents()  # the page loads its queue first, as it does for the mediator
    if wanted is not None:
        page.show_dispute(wanted)
    elif page.queue.rowCount():
        page.queue.selectRow(0)
    shots.grab(window, "mediation")
    page.panel.tabs.setCurrentIndex(1)
    page.panel.meeting.insert_template()
    shots.grab(window, "mediation-meeting")
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
