"""A mediator's day through real widgets: queue, notes with a draft that survives closing the
program, a signed agreement, a follow-up visit."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from casedesk.core.db.models import Agreement, Community
from casedesk.core.domain.enums import DisputeStatus, PartyRole, Role
from casedesk.core.services import disputes as ds
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.roster_import import import_roster
from casedesk.core.services.users import create_user
from casedesk.ui.main_window import MainWindow
from casedesk.ui.mediation import MediationPage, draft_file
from tests.shared_paths import SAMPLES


def _office(database, actor):
    sf = database.session_factory
    case_no = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6))
    import_roster(sf, actor, case_no, SAMPLES / "roster-sample.csv", today=date(2026, 3, 20))
    with sf.begin() as s:
        community = s.scalar(select(Community.id))
        user = create_user(s, actor, "zhao", "赵调解员", Role.MEDIATOR, "password-2", (community,))
        mediator = Actor(user.id, "zhao", Role.MEDIATOR, "赵调解员", frozenset({community}))
    number = ds.open_dispute(
        sf,
        actor,
        case_no,
        title="101室要求补偿采光损失",
        opened_on=date.today(),
        parties=[ds.PartyInput("王建国", PartyRole.OBJECTOR, "101", 1)],
        mediator_id=mediator.user_id,
    )
    return case_no, mediator, number


def _page(qtbot, database, mediator, sync_runner) -> MediationPage:
    window = MainWindow(database, mediator, sync_runner)
    qtbot.addWidget(window)
    window.show()
    assert window.page_keys[0] == "mediation"
    page = window.mediation_page
    qtbot.waitUntil(lambda: page.queue.rowCount() > 0)  # the first page loads once the window is up
    return page


def _numbers(page: MediationPage) -> list[str]:
    return [page.queue.item(r, 0).text() for r in range(page.queue.rowCount())]


def _select(page: MediationPage, number: str) -> None:
    """Select the dispute's row (the roster import may have raised other disputes by itself)."""
    page.queue.selectRow(_numbers(page).index(number))


def test_mediator_from_queue_to_agreement_and_follow_up(qtbot, database, actor, sync_runner) -> None:
    case_no, mediator, number = _office(database, actor)
    page = _page(qtbot, database, mediator, sync_runner)
    assert number in _numbers(page)
    _select(page, number)
    panel = page.panel
    assert number in panel.detail_view.toPlainText() and "王建国" in panel.detail_view.toPlainText()

    # notes from the template; the draft is written to disk while typing
    editor = panel.meeting
    editor.place.setText("社区议事厅")
    qtbot.mouseClick(editor.template_button, Qt.MouseButton.LeftButton)
    editor.notes.appendPlainText("王建国：担心一楼采光。")
    editor.write_draft()  # what the autosave timer does after a pause in typing
    assert "担心一楼采光" in draft_file(number).read_text(encoding="utf-8")

    # "close the program": a new window starts from scratch and finds the draft
    page2 = _page(qtbot, database, mediator, sync_runner)
    _select(page2, number)
    restored = page2.panel.meeting
    assert "担心一楼采光" in restored.notes.toPlainText()
    assert restored.place.text() == "社区议事厅" and "已恢复" in restored.status.text()
    qtbot.mouseClick(restored.save_button, Qt.MouseButton.LeftButton)
    assert not draft_file(number).exists()
    assert "笔录已保存" in restored.status.text()
    detail = ds.dispute_detail(database.session_factory, mediator, number)
    assert len(detail.meetings) == 1 and "担心一楼采光" in (detail.meetings[0].notes or "")
    assert detail.summary.status is DisputeStatus.IN_MEDIATION

    # the agreement (art. 29 contents), then a follow-up visit
    agreement = page2.panel.agreement
    agreement.parties.setText("王建国；三号楼二单元加装电梯业主代表张伟")
    agreement.facts.setPlainText("加装电梯影响一楼采光。")
    agreement.matters.setPlainText("采光补偿。")
    agreement.terms.setPlainText("高层业主一次性补偿一楼住户 8000 元。")
    agreement.responsibilities.setPlainText("出资业主按期付款；一楼业主配合施工。")
    agreement.performance_method.setText("银行转账")
    agreement.performance_deadline.setDate(QDate.currentDate().addDays(20))
    qtbot.mouseClick(agreement.save_button, Qt.MouseButton.LeftButton)
    assert "协议已保存" in agreement.status.text()
    with database.session_factory() as s:
        assert s.scalar(select(Agreement.responsibilities)) == "出资业主按期付款；一楼业主配合施工。"
    assert (
        ds.dispute_detail(database.session_factory, mediator, number).summary.status is DisputeStatus.AGREED
    )

    page2.view.setCurrentIndex(page2.view.findData("follow_up"))
    assert page2.queue.rowCount() == 1
    visit = page2.panel.visit
    visit.findings.setPlainText("补偿款已到账，双方无异议。")
    visit.performed.setChecked(True)
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    detail = ds.dispute_detail(database.session_factory, mediator, number)
    assert detail.summary.status is DisputeStatus.PERFORMED and len(detail.visits) == 1
    assert "补偿款已到账" in page2.panel.detail_view.toPlainText()
    assert case_no in page2.panel.detail_view.toPlainText()


def test_print_buttons_make_the_mediation_forms(qtbot, database, actor, sync_runner, monkeypatch) -> None:
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    _case_no, mediator, number = _office(database, actor)
    page = _page(qtbot, database, mediator, sync_runner)
    _select(page, number)
    qtbot.mouseClick(page.panel.meeting.print_button, Qt.MouseButton.LeftButton)
    assert opened and opened[-1].endswith(f"{number}-mediation-record.pdf")
    assert "调解笔录" in PdfReader(opened[-1]).pages[0].extract_text()


def _ok(dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_mediator_extends_confirms_and_moves_the_selected_dispute(
    qtbot, database, actor, sync_runner
) -> None:
    from casedesk.core.domain.enums import DisputeCategory
    from casedesk.core.services.dispute_choices import dispute_categories

    sf = database.session_factory
    case_no, mediator, first = _office(database, actor)
    second = ds.open_dispute(
        sf,
        actor,
        case_no,
        title="601室不愿分摊费用",
        opened_on=date.today(),
        parties=[ds.PartyInput("周<强>", PartyRole.OBJECTOR, "601", 6)],
        mediator_id=mediator.user_id,
    )
    page = _page(qtbot, database, mediator, sync_runner)
    numbers = _numbers(page)
    assert {first, second} <= set(numbers)
    panel = page.panel
    assert not panel.status_button.isEnabled() and "选择" in panel.header.text()

    # selecting a row loads it, and the header says which dispute is being edited
    page.queue.selectRow(numbers.index(first))
    assert panel.dispute_no == first and first in panel.header.text()
    assert "101室要求补偿采光损失" in panel.header.text() and case_no in panel.header.text()
    panel.meeting.notes.setPlainText("第一件的草稿")
    page.queue.selectRow(numbers.index(second))
    assert panel.dispute_no == second and second in panel.header.text()
    assert "601室不愿分摊费用" in panel.header.text() and first not in panel.header.text()
    assert "周<强>" in panel.detail_view.toPlainText()  # typed text is not markup
    assert "第一件的草稿" in draft_file(first).read_text(encoding="utf-8")  # kept in its draft file
    assert panel.meeting.notes.toPlainText() == ""

    # extend the time limit: days and the parties' agreement
    before = ds.dispute_detail(sf, mediator, second).summary.due_on
    qtbot.mouseClick(panel.extend_button, Qt.MouseButton.LeftButton)
    dialog = panel.extend_dialog
    dialog.days.setValue(10)
    _ok(dialog)
    assert dialog.isVisible() and dialog.message.text()  # no reason: nothing written
    dialog.reason.setPlainText("双方同意延长十天")
    _ok(dialog)
    after = ds.dispute_detail(sf, mediator, second).summary.due_on
    assert (after - before).days == 10
    assert after.isoformat() in panel.header.text()
    assert after.isoformat() in [page.queue.item(r, 1).text()[:10] for r in range(page.queue.rowCount())]

    # confirm the categories: the suggested one comes ticked, the mediator adds one
    assert "费用分摊" in panel.header.text() and "待确认" in panel.header.text()
    qtbot.mouseClick(panel.categories_button, Qt.MouseButton.LeftButton)
    dialog = panel.categories_dialog
    ticked = {c for c, box in dialog.boxes.items() if box.isChecked()}
    assert ticked == {DisputeCategory.COST_SHARE}
    dialog.boxes[DisputeCategory.COMPENSATION].click()
    _ok(dialog)
    assert dispute_categories(sf, mediator, second) == [
        (DisputeCategory.COST_SHARE, True),
        (DisputeCategory.COMPENSATION, True),
    ]
    assert "补偿" in panel.header.text() and "待确认" not in panel.header.text()
    assert "COST_SHARE" not in panel.header.text()

    # change the status: only the moves the rules allow, by their labels
    qtbot.mouseClick(panel.status_button, Qt.MouseButton.LeftButton)
    dialog = panel.status_dialog
    assert [dialog.target.itemText(i) for i in range(dialog.target.count())] == ["调解中", "已终止"]
    dialog.target.setCurrentIndex(dialog.target.findText("已终止"))
    _ok(dialog)
    assert dialog.isVisible() and "原因" in dialog.message.text()  # terminating needs a reason
    dialog.target.setCurrentIndex(dialog.target.findText("调解中"))
    dialog.note.setPlainText("双方同意接受调解")
    _ok(dialog)
    assert ds.dispute_detail(sf, mediator, second).summary.status is DisputeStatus.IN_MEDIATION
    assert panel.dispute_no == second and "调解中" in panel.header.text()
    row = _numbers(page).index(second)
    assert page.queue.item(row, 2).text() == "调解中" and page.queue.currentRow() == row
    assert "双方同意接受调解" in panel.detail_view.toPlainText()


def test_the_dispute_opens_its_case(qtbot, database, actor, sync_runner) -> None:
    case_no, mediator, number = _office(database, actor)
    page = _page(qtbot, database, mediator, sync_runner)
    window = page.window()
    _select(page, number)
    qtbot.mouseClick(page.panel.case_button, Qt.MouseButton.LeftButton)
    case_window = window.case_windows[case_no]
    qtbot.addWidget(case_window)
    assert case_window.isVisible()
    table = case_window.disputes.table
    assert number in [table.item(r, 0).text() for r in range(table.rowCount())]


def test_a_refused_extension_reopens_the_dialog_as_typed(qtbot, database, actor, sync_runner) -> None:
    """The dispute is closed by someone else while the mediator types the extension: the service
    refuses, and the dialog comes back with the days and the reason as typed and the reason why."""
    _case_no, mediator, number = _office(database, actor)
    sf = database.session_factory
    page = _page(qtbot, database, mediator, sync_runner)
    _select(page, number)
    panel = page.panel
    due = ds.dispute_detail(sf, mediator, number).summary.due_on
    qtbot.mouseClick(panel.extend_button, Qt.MouseButton.LeftButton)
    dialog = panel.extend_dialog
    assert dialog.isVisible() and number in dialog.windowTitle()
    dialog.days.setValue(20)
    dialog.reason.setPlainText("双方同意延长二十天")
    assert dialog.new_due.text() == (due + timedelta(days=20)).isoformat()
    # meanwhile, at another desk
    ds.change_status(sf, actor, number, DisputeStatus.TERMINATED, on=date.today(), note="当事人撤回申请")
    _ok(dialog)
    assert dialog.isVisible() and "已结束" in dialog.message.text()
    assert dialog.days.value() == 20 and dialog.reason.toPlainText() == "双方同意延长二十天"
    assert ds.dispute_detail(sf, mediator, number).summary.due_on == due  # nothing written
    # cancelled: it stays closed and nothing else happens
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert ds.dispute_detail(sf, mediator, number).summary.due_on == due
