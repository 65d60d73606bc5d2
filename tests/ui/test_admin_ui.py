"""The administrator's and supervisor's remaining screens, clicked through: accounts, targets,
holidays, the street stamp and reassignment."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from casedesk.core.db.models import AuditEvent, Case, UserAccount
from casedesk.core.domain.enums import Role, Stage
from casedesk.core.services import admin
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case, get_case
from casedesk.core.services.users import authenticate
from casedesk.core.workflow.stages import CHECKLISTS
from casedesk.demo import generate_demo
from casedesk.ui.main_window import MainWindow

SUPERVISOR = Actor(None, "zhao", Role.SUPERVISOR, "赵主任")


def _admin_window(qtbot, database, actor, sync_runner) -> MainWindow:
    window = MainWindow(database, actor, sync_runner)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.page_keys.index("settings"))
    return window


def test_admin_creates_a_clerk_for_a_community(qtbot, database, actor, sync_runner) -> None:
    generate_demo(database.session_factory, actor, units=20, seed=3, today=date(2026, 11, 25))
    window = _admin_window(qtbot, database, actor, sync_runner)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.users_tab)
    tab = page.users_tab
    assert tab.table.rowCount() == 0  # the demo made no accounts here; `system` is never listed

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.username.setText("zhou")
    dialog.display_name.setText("周社工")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CLERK))
    dialog.communities.item(0).setCheckState(Qt.CheckState.Checked)
    community = dialog.communities.item(0).text()
    dialog.accept()

    assert tab.table.rowCount() == 1 and tab.table.item(0, 4).text() == community
    text = tab.password_box.text()
    password = text.split("：", 1)[1].split("\n", 1)[0]
    clerk = authenticate(database.session_factory, "zhou", password)
    assert clerk.role is Role.CLERK and len(clerk.community_ids or ()) >= 1


def test_admin_sets_a_target_and_a_holiday(qtbot, database, actor, sync_runner) -> None:
    generate_demo(database.session_factory, actor, units=20, seed=3, today=date(2026, 11, 25))
    window = _admin_window(qtbot, database, actor, sync_runner)
    page = window.settings_page

    page.tabs.setCurrentWidget(page.targets_tab)
    targets = page.targets_tab
    targets.year.setValue(2027)
    row = next(i for i, r in enumerate(targets.rows) if r.street)
    targets.table.item(row, 2).setText("15")
    targets.table.item(row, 3).setText("9")
    qtbot.mouseClick(targets.save_button, Qt.MouseButton.LeftButton)
    assert "1" in targets.status.text()
    saved = next(
        r
        for r in admin.list_targets(database.session_factory, actor, 2027)
        if r.street == targets.rows[row].street
    )
    assert (saved.starts, saved.acceptances) == (15, 9)
    targets.table.item(row, 2).setText("十五")
    qtbot.mouseClick(targets.save_button, Qt.MouseButton.LeftButton)
    assert "不是整数" in targets.status.text()

    page.tabs.setCurrentWidget(page.holidays_tab)
    holidays = page.holidays_tab
    holidays.first.setDate(QDate(2027, 2, 20))
    holidays.last.setDate(QDate(2027, 2, 20))
    holidays.kind.setCurrentIndex(holidays.kind.findData("workday"))
    holidays.name.setText("春节调休")
    qtbot.mouseClick(holidays.add_button, Qt.MouseButton.LeftButton)
    assert holidays.year.value() == 2027
    days = {holidays.table.item(i, 0).text(): i for i in range(holidays.table.rowCount())}
    i = days["2027-02-20"]
    assert holidays.table.item(i, 1).text() == "调休上班" and holidays.table.item(i, 3).text() == "本办事处"
    # A built-in day cannot be deleted; the service's message shows in the tab.
    holidays.table.selectRow(days["2027-01-01"])
    qtbot.mouseClick(holidays.remove_button, Qt.MouseButton.LeftButton)
    assert "内置" in holidays.status.text()


def test_supervisor_stamps_a_case_and_reassigns_it(qtbot, database, actor, sync_runner) -> None:
    sf = database.session_factory
    case_no = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6))
    admin.add_user(sf, actor, "zhou", "周社工", Role.CLERK, [])
    entered = date.today() - timedelta(days=3)
    with sf.begin() as s:
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        case.stage, case.stage_entered_on = Stage.STREET_REVIEW.value, entered
    for item in CHECKLISTS[Stage.STREET_REVIEW]:
        if item.required:
            wf.mark_checklist_item(sf, actor, case_no, item.code, on=entered)
    assert wf.check_advance(sf, SUPERVISOR, case_no, date.today()) == []

    window = MainWindow(database, SUPERVISOR, sync_runner)
    qtbot.addWidget(window)
    window.open_case(case_no)
    case_window = window.case_windows[case_no]
    qtbot.addWidget(case_window)
    menu = case_window.supervisor_menu
    menu.stamp_action.trigger()
    dialog = menu.last_dialog
    assert "同意" in dialog.reason.toPlainText()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_case(sf, SUPERVISOR, case_no).summary.stage is Stage.PLANNING
    menu.stamp_action.trigger()  # not in 街道审核 any more: no second stamp
    assert "街道审核" in case_window.message_box.text()
    menu._update_actions()
    assert not menu.stamp_action.isEnabled()

    menu.reassign_action.trigger()
    dialog = menu.last_dialog
    dialog.choice.setCurrentIndex(dialog.choice.findData("zhou"))
    dialog.reason.setPlainText("李社工调岗")
    dialog.ok_button.click()
    with sf() as s:
        zhou = s.scalar(select(UserAccount.id).where(UserAccount.username == "zhou"))
        assert s.scalar(select(Case.clerk_id).where(Case.case_no == case_no)) == zhou
        summaries = list(s.scalars(select(AuditEvent.summary).where(AuditEvent.case_id.is_not(None))))
    assert any("街道盖章" in x for x in summaries) and any("李社工调岗" in x for x in summaries)


def test_supervisor_reassigns_a_dispute_from_the_mediation_queue(qtbot, database, actor, sync_runner) -> None:
    sf = database.session_factory
    generate_demo(sf, actor, units=30, seed=5, today=date(2026, 11, 25))
    admin.add_user(sf, actor, "wu", "吴调解员", Role.MEDIATOR, [])
    window = MainWindow(database, SUPERVISOR, sync_runner)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(window.page_keys.index("mediation"))
    page = window.mediation_page
    assert page.reassign_button.isVisibleTo(page)
    page.view.setCurrentIndex(page.view.findData("all"))
    page.queue.selectRow(0)
    number = page.panel.dispute_no
    assert number
    qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    dialog = page.reassign_dialog
    dialog.choice.setCurrentIndex(dialog.choice.findData("wu"))
    dialog.reason.setPlainText("原调解员与当事人系亲属，回避")
    dialog.ok_button.click()
    with sf() as s:
        from casedesk.core.db.models import Dispute

        wu = s.scalar(select(UserAccount.id).where(UserAccount.username == "wu"))
        assert s.scalar(select(Dispute.mediator_id).where(Dispute.dispute_no == number)) == wu
