"""A mediator's day through real widgets: queue, notes with a draft that survives closing the
program, a signed agreement, a follow-up visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from casedesk.core.db.models import Community
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


def test_mediator_from_queue_to_agreement_and_follow_up(qtbot, database, actor, sync_runner) -> None:
    case_no, mediator, number = _office(database, actor)
    page = _page(qtbot, database, mediator, sync_runner)
    assert [page.queue.item(r, 0).text() for r in range(page.queue.rowCount())] == [number]
    page.queue.selectRow(0)
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
    page2.queue.selectRow(0)
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
    agreement.performance_method.setText("银行转账")
    agreement.performance_deadline.setDate(QDate.currentDate().addDays(20))
    qtbot.mouseClick(agreement.save_button, Qt.MouseButton.LeftButton)
    assert "协议已保存" in agreement.status.text()
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
    page.queue.selectRow(0)
    qtbot.mouseClick(page.panel.meeting.print_button, Qt.MouseButton.LeftButton)
    assert opened and opened[-1].endswith(f"{number}-mediation-record.pdf")
    assert "调解笔录" in PdfReader(opened[-1]).pages[0].extract_text()
