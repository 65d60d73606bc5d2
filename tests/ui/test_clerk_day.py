"""The clerk's day, clicked through real widgets (with the synchronous task runner)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from casedesk.core.db.models import Community
from casedesk.core.domain.enums import Role, Stage, Vote
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.users import create_user
from casedesk.core.workflow.stages import CHECKLISTS
from casedesk.ui.login import FirstRunWizard, LoginDialog
from casedesk.ui.main_window import MainWindow, NewCaseDialog
from tests.shared_paths import SAMPLES


def test_first_run_wizard_creates_the_office_and_admin(qtbot, database, sync_runner) -> None:
    wizard = FirstRunWizard(database.session_factory, sync_runner)
    qtbot.addWidget(wizard)
    wizard.office.setText("济南市历下区文东街道办事处")  # QTest can only type ASCII
    qtbot.keyClicks(wizard.password, "secret-123")
    qtbot.keyClicks(wizard.password_again, "secret-999")
    ok = wizard.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "不一致" in wizard.message.text() and wizard.actor is None
    wizard.password_again.clear()
    qtbot.keyClicks(wizard.password_again, "secret-123")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert wizard.actor is not None and wizard.actor.role is Role.ADMIN


def test_login_refuses_a_wrong_password(qtbot, database, actor, sync_runner) -> None:
    with database.session_factory.begin() as s:
        create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse")
    dialog = LoginDialog(database.session_factory, sync_runner, "文东街道办事处")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, "li")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.message.text() == "用户名或密码不正确" and dialog.actor is None
    qtbot.keyClicks(dialog.password, "correct-horse")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "li"


def _fill_new_case_dialog() -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewCaseDialog)
    for name, text in (
        ("district", "历下区"),
        ("street", "文东街道"),
        ("community", "青龙街社区"),
        ("compound", "山大北路小区"),
        ("building", "3"),
        ("unit", "2"),
    ):
        dialog.fields[name].setText(text)
    dialog.floors.setValue(6)
    dialog.accept()


def test_clerks_day(qtbot, database, actor, sync_runner) -> None:
    sf = database.session_factory
    create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "1", "1", 6))
    with sf.begin() as s:
        community = s.scalar(select(Community.id))
        user = create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse", (community,))
        clerk = Actor(user.id, "li", Role.CLERK, "李社工", frozenset({community}))
    window = MainWindow(database, clerk, sync_runner, "文东街道办事处")
    qtbot.addWidget(window)
    window.show()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["工作台", "案件"]

    # create a case through the dialog, which opens the case window
    qtbot.mouseClick(window.case_page.new_button, Qt.MouseButton.LeftButton)  # opens, non-blocking
    _fill_new_case_dialog()
    case_no = next(iter(window.case_windows))
    case_window = window.case_windows[case_no]
    qtbot.addWidget(case_window)
    assert case_no.startswith("LX-WD-")

    # import the sample roster; the grid fills and the tally appears
    ballots = case_window.ballots
    case_window.tabs.setCurrentWidget(ballots)
    ballots.import_roster(SAMPLES / "roster-sample.csv")
    assert ballots.model.rowCount() == 13
    assert ballots.last_tally is not None and ballots.last_tally.persons_agree == 7
    before = ballots.tally_view.toPlainText()

    # keyboard entry: 202 (row 3, not yet voted) agrees, then 101 changes to agree
    ballots.signed_on.setDate(date(2026, 3, 8))
    ballots.table.setFocus()
    ballots.table.selectRow(3)
    qtbot.keyClick(ballots.table, Qt.Key.Key_1)
    assert ballots.model.rows[3].vote is Vote.AGREE and ballots.table.currentIndex().row() == 4
    ballots.table.selectRow(0)
    qtbot.keyClick(ballots.table, Qt.Key.Key_1)
    assert ballots.model.rows[0].vote is Vote.AGREE
    assert ballots.last_tally.persons_agree == 9 and ballots.tally_view.toPlainText() != before
    ballots.table.selectRow(0)
    qtbot.keyClick(ballots.table, Qt.Key.Key_2)  # 不同意 asks for its reason first; Enter records
    qtbot.keyClick(ballots.reason, Qt.Key.Key_Return)
    assert ballots.model.rows[0].vote is Vote.DISAGREE and ballots.last_tally.persons_agree == 8

    qtbot.mouseClick(ballots.save_button, Qt.MouseButton.LeftButton)
    assert "已保存统计" in ballots.status.text()

    # try to advance: the reasons are shown; once the guards hold, the case moves
    progress = case_window.progress
    qtbot.mouseClick(progress.advance_button, Qt.MouseButton.LeftButton)
    shown = [progress.reasons.item(i).text() for i in range(progress.reasons.count())]
    assert any("国有土地" in r for r in shown) and any("缺少材料" in r for r in shown)
    wf.set_intake_facts(
        sf, clerk, case_no, state_owned_land=True, in_expropriation_plan=False, representatives=["王建国"]
    )
    for item in CHECKLISTS[Stage.INTAKE]:
        wf.mark_checklist_item(sf, clerk, case_no, item.code, on=date.today())
    qtbot.mouseClick(progress.advance_button, Qt.MouseButton.LeftButton)
    assert "意见征询" in progress.stage_label.text()

    # the log tab shows every change, in words and by the clerk's name (no codes, no logins)
    case_window.tabs.setCurrentWidget(case_window.log)
    actions = [case_window.log.item(r, 2).text() for r in range(case_window.log.rowCount())]
    assert {
        "登记案件",
        "导入业主名册",
        "登记表决意见",
        "修改表决意见",
        "保存表决统计",
        "进入下一阶段",
    } <= set(actions)
    assert not any("." in action for action in actions)
    assert case_window.log.item(0, 1).text() == "李社工"


def test_case_window_shows_notice_disputes_and_money(qtbot, database, actor, sync_runner) -> None:
    from casedesk.core.services.disputes import flag_disputes, list_disputes
    from casedesk.core.services.roster_import import import_roster
    from casedesk.ui.case_detail import CaseWindow

    sf = database.session_factory
    case_no = create_case(
        sf,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=date(2026, 1, 5)),
    )
    import_roster(sf, actor, case_no, SAMPLES / "roster-sample.csv", today=date(2026, 3, 20))
    wf.post_notice(sf, actor, case_no, posted_on=date(2026, 3, 10))
    wf.add_objection(sf, actor, case_no, objector="邻楼业主", received_on=date(2026, 3, 12), detail="挡光")
    flag_disputes(sf, actor, case_no, today=date(2026, 3, 20))  # a re-scan: the objection may have raised it
    [number] = [d.dispute_no for d in list_disputes(sf, actor, case_no=case_no) if "邻楼业主" in d.title]
    window = CaseWindow(sf, actor, sync_runner, case_no)
    qtbot.addWidget(window)
    assert "2026-03-25" in window.notice.summary.text()
    assert window.notice.objections.item(0, 0).text() == "邻楼业主"
    table = window.disputes.table
    assert number in [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "可得补贴 ¥200,000.00" in window.money.subsidy_summary.text()


def test_print_all_opinion_forms_opens_the_pdf(qtbot, database, actor, sync_runner, monkeypatch) -> None:
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    from casedesk.core.services.roster_import import import_roster
    from casedesk.ui.case_detail import CaseWindow

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    sf = database.session_factory
    case_no = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6))
    import_roster(sf, actor, case_no, SAMPLES / "roster-sample.csv", today=date(2026, 3, 20))
    window = CaseWindow(sf, actor, sync_runner, case_no)
    qtbot.addWidget(window)
    qtbot.mouseClick(window.print_all_ballots, Qt.MouseButton.LeftButton)
    assert opened and opened[0].endswith(f"{case_no}-ballot.pdf")
    assert len(PdfReader(opened[0]).pages) == 12
    tally_action = next(a for a in window.print_menu.actions() if a.data() == "tally")
    tally_action.trigger()
    assert opened[-1].endswith(f"{case_no}-tally.pdf")
