"""进度: every unmet condition is a door, driven through the widgets of the case window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select, update

from casedesk.core.db.models import Case, Community
from casedesk.core.domain.enums import PartyRole, Role, SideState, Stage
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.disputes import PartyInput, open_dispute
from casedesk.core.services.progress import progress_view
from casedesk.core.services.users import create_user
from casedesk.ui.case_detail import CaseWindow
from casedesk.ui.case_progress_dialogs import IntakeDialog, ProcedureDialog
from casedesk.ui.reason_dialog import ReasonDialog

LEFT = Qt.MouseButton.LeftButton


@dataclass(frozen=True)
class Office:
    clerk: Actor
    supervisor: Actor
    case_no: str


@pytest.fixture
def office(database, actor) -> Office:
    sf = database.session_factory
    case_no = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6))
    with sf.begin() as s:
        community = s.scalar(select(Community.id))
        clerk = create_user(s, actor, "li", "李社工", Role.CLERK, "password-1", (community,))
        boss = create_user(s, actor, "zhu", "街道主管", Role.SUPERVISOR, "password-2")
        return Office(
            Actor(clerk.id, "li", Role.CLERK, "李社工", frozenset({community})),
            Actor(boss.id, "zhu", Role.SUPERVISOR, "街道主管"),
            case_no,
        )


def open_window(qtbot, database, who, case_no, sync_runner, tmp_path, navigator=None) -> CaseWindow:
    window = CaseWindow(
        database.session_factory,
        who,
        sync_runner,
        case_no,
        documents_dir=tmp_path / "documents",
        navigator=navigator,
    )
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.progress)
    return window


def shown_conditions(tab) -> list[str]:
    return [tab.reasons.item(i).text() for i in range(tab.reasons.count())]


def condition_button(tab, words: str):
    texts = shown_conditions(tab)
    index = next(i for i, t in enumerate(texts) if words in t)
    return tab.condition_buttons[index]


def click_ok(dialog) -> None:
    qtbot_click = dialog.ok_button
    qtbot_click.click()


def scan(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(f"%PDF-1.4 {name}".encode())
    return path


def drop_file(table, row: int, path: Path) -> None:
    """Drag a file over the row's cell and drop it: real events, delivered to the table's viewport
    in the order a mouse drag sends them (Qt delivers a drop only after an accepted enter)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(table.visualItemRect(table.item(row, 0)).center())
    args = (Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    for event in (
        QDragEnterEvent(where.toPoint(), *args),
        QDragMoveEvent(where.toPoint(), *args),
        QDropEvent(where, *args),
    ):
        QApplication.sendEvent(table.viewport(), event)
        assert event.isAccepted(), event


def test_a_new_case_leaves_intake_through_the_doors(
    qtbot, database, office, sync_runner, tmp_path, monkeypatch
) -> None:
    sf = database.session_factory
    window = open_window(qtbot, database, office.clerk, office.case_no, sync_runner, tmp_path)
    tab = window.progress
    assert tab.stage is Stage.INTAKE
    assert any("国有土地" in t for t in shown_conditions(tab))
    assert sum("缺少材料" in t for t in shown_conditions(tab)) == 3
    assert all(button is not None for button in tab.condition_buttons)
    assert tab.waive_buttons == {}  # a clerk cannot waive

    # 受理条件: the door beside 国有土地 opens the dialog; six representatives are refused in it
    qtbot.mouseClick(condition_button(tab, "国有土地"), LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, IntakeDialog) and dialog.isVisible()
    dialog.state_owned_land.setCurrentIndex(dialog.state_owned_land.findData(True))
    dialog.not_in_plan.setCurrentIndex(dialog.not_in_plan.findData(True))
    dialog.representatives.setPlainText("\n".join("甲乙丙丁戊己"))
    click_ok(dialog)
    assert "5 人" in dialog.message.text() and dialog.isVisible()
    assert progress_view(sf, office.clerk, office.case_no, date.today()).intake.representatives == ()
    dialog.representatives.setPlainText("王建国\n李秀英\n")
    click_ok(dialog)
    assert not dialog.isVisible()
    intake = progress_view(sf, office.clerk, office.case_no, date.today()).intake
    assert intake.state_owned_land is True and intake.in_expropriation_plan is False
    assert intake.representatives == ("王建国", "李秀英")
    assert not any("国有土地" in t or "未登记业主代表" in t for t in shown_conditions(tab))

    # two documents through the file dialog (one from its condition's door, one from its row) …
    files = iter([scan(tmp_path, "申请书.pdf"), scan(tmp_path, "不动产权证.jpg")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(next(files)), "")))
    qtbot.mouseClick(condition_button(tab, "增设电梯申请书"), LEFT)
    qtbot.mouseClick(tab.attach_buttons["title_proof"], LEFT)
    # … and the third dropped on its row
    row = next(r for r in range(tab.checklist.rowCount()) if "推选书" in tab.checklist.item(r, 0).text())
    text_file = tmp_path / "名单.txt"
    text_file.write_text("x")
    with pytest.raises(AssertionError):  # neither a scan nor a photo: the row does not take it
        drop_file(tab.checklist, row, text_file)
    drop_file(tab.checklist, row, scan(tmp_path, "推选书.png"))

    names = [tab.checklist.item(r, 3).text() for r in range(tab.checklist.rowCount())]
    assert names == ["申请书.pdf", "不动产权证.jpg", "推选书.png"]
    assert {tab.checklist.item(r, 2).text() for r in range(3)} == {"已交"}
    assert shown_conditions(tab) == ["条件均已满足，可以推进"] and tab.condition_buttons == []
    assert "可以推进到“意见征询”" in tab.state_line.text()
    rows = {r.code: r for r in progress_view(sf, office.clerk, office.case_no, date.today()).checklist}
    assert rows["representatives"].file_name == "推选书.png" and rows["representatives"].status == "present"

    # a document is opened again: the viewer gets a copy under its own name
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    qtbot.mouseClick(tab.open_buttons["application"], LEFT)
    assert Path(opened[0].toLocalFile()).name == "申请书.pdf"
    assert Path(opened[0].toLocalFile()).read_bytes() == b"%PDF-1.4 \xe7\x94\xb3\xe8\xaf\xb7\xe4\xb9\xa6.pdf"

    qtbot.mouseClick(tab.advance_button, LEFT)
    assert progress_view(sf, office.clerk, office.case_no, date.today()).stage is Stage.CONSENT
    assert tab.stage is Stage.CONSENT and "意见征询" in tab.stage_label.text()
    assert any("表决统计" in t for t in shown_conditions(tab))
    # the tally's door leads to the ballots tab
    qtbot.mouseClick(condition_button(tab, "表决统计"), LEFT)
    assert window.tabs.currentWidget() is window.ballots


def test_procedure_with_its_number(qtbot, database, office, sync_runner, tmp_path) -> None:
    window = open_window(qtbot, database, office.clerk, office.case_no, sync_runner, tmp_path)
    tab = window.progress
    qtbot.mouseClick(tab.procedure_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, ProcedureDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findText("管线踏勘"))
    qtbot.keyClicks(dialog.number, "GX-2026-015")
    dialog.note.setText("燃气管线需迁移")
    click_ok(dialog)
    assert not dialog.isVisible()
    view = progress_view(database.session_factory, office.clerk, office.case_no, date.today())
    assert [p.text for p in view.procedures] == ["管线踏勘：编号 GX-2026-015；燃气管线需迁移"]
    assert tab.procedures.rowCount() == 1
    assert tab.procedures.item(0, 1).text() == "管线踏勘：编号 GX-2026-015；燃气管线需迁移"
    assert tab.procedures.item(0, 2).text() == "李社工"


def test_supervisor_waives_with_a_reason(qtbot, database, office, sync_runner, tmp_path) -> None:
    window = open_window(qtbot, database, office.supervisor, office.case_no, sync_runner, tmp_path)
    tab = window.progress
    assert tab.reject_button.isVisible() and tab.reopen_button.isVisible()
    qtbot.mouseClick(tab.waive_buttons["title_proof"], LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, ReasonDialog)
    click_ok(dialog)  # no reason: refused in the dialog
    assert dialog.message.text() == "请填写原因" and dialog.isVisible()
    dialog.reason.setPlainText("竣工规划核实已在区住建局备案")
    click_ok(dialog)
    assert not dialog.isVisible()
    rows = {
        r.code: r
        for r in progress_view(
            database.session_factory, office.supervisor, office.case_no, date.today()
        ).checklist
    }
    assert rows["title_proof"].status == "waived"
    assert rows["title_proof"].waive_reason == "竣工规划核实已在区住建局备案"
    row = next(r for r in range(tab.checklist.rowCount()) if "权属" in tab.checklist.item(r, 0).text())
    assert tab.checklist.item(row, 2).text() == "免交"
    assert "竣工规划核实" in tab.checklist.item(row, 3).text()
    assert not any("权属证明" in t for t in shown_conditions(tab))
    assert "title_proof" not in tab.waive_buttons  # nothing left to waive on that row


def test_suspend_resume_and_withdraw(qtbot, database, office, sync_runner, tmp_path) -> None:
    sf = database.session_factory
    window = open_window(qtbot, database, office.clerk, office.case_no, sync_runner, tmp_path)
    tab = window.progress
    assert tab.suspend_button.isEnabled() and not tab.resume_button.isEnabled()
    qtbot.mouseClick(tab.suspend_button, LEFT)
    tab.dialog.reason.setPlainText("业主协商费用分摊")
    click_ok(tab.dialog)
    view = progress_view(sf, office.clerk, office.case_no, date.today())
    assert view.side_state is SideState.SUSPENDED and view.side_reason == "业主协商费用分摊"
    assert "已暂停（业主协商费用分摊）" in tab.state_line.text()
    assert not tab.advance_button.isEnabled() and tab.resume_button.isEnabled()

    qtbot.mouseClick(tab.resume_button, LEFT)
    click_ok(tab.dialog)  # a reason is optional for 恢复
    assert progress_view(sf, office.clerk, office.case_no, date.today()).side_state is SideState.ACTIVE
    assert tab.advance_button.isEnabled() and not tab.resume_button.isEnabled()

    qtbot.mouseClick(tab.withdraw_button, LEFT)
    tab.dialog.reason.setPlainText("业主撤回申请")
    click_ok(tab.dialog)
    assert progress_view(sf, office.clerk, office.case_no, date.today()).withdrawn
    assert "已撤回" in tab.state_line.text() and not tab.advance_button.isEnabled()
    assert shown_conditions(tab) == []  # nothing to meet: the line says why
    qtbot.mouseClick(tab.advance_button, LEFT)  # disabled: nothing happens
    tab.advance()  # nor from the keyboard shortcut
    assert progress_view(sf, office.clerk, office.case_no, date.today()).stage is Stage.INTAKE


def test_a_finished_case_says_so(qtbot, database, office, sync_runner, tmp_path) -> None:
    with database.session_factory.begin() as s:
        s.execute(update(Case).where(Case.case_no == office.case_no).values(stage=Stage.DONE.value))
    window = open_window(qtbot, database, office.clerk, office.case_no, sync_runner, tmp_path)
    tab = window.progress
    assert tab.stage is Stage.DONE
    assert "已完成" in tab.state_line.text() and not tab.advance_button.isEnabled()
    assert shown_conditions(tab) == [] and tab.checklist.rowCount() == 0


def test_a_blocking_dispute_opens_in_the_navigator(qtbot, database, office, sync_runner, tmp_path) -> None:
    no = open_dispute(
        database.session_factory,
        office.clerk,
        office.case_no,
        title="101室反对",
        opened_on=date.today(),
        parties=[PartyInput("张三", PartyRole.APPLICANT, room="101")],
        blocking=True,
    )

    class Navigator:
        def __init__(self) -> None:
            self.opened: list[str] = []

        def open_case(self, case_no: str) -> None: ...

        def open_dispute(self, dispute_no: str) -> None:
            self.opened.append(dispute_no)

    navigator = Navigator()
    window = open_window(qtbot, database, office.clerk, office.case_no, sync_runner, tmp_path, navigator)
    tab = window.progress
    qtbot.mouseClick(condition_button(tab, no), LEFT)
    assert navigator.opened == [no]


def test_a_refused_decision_opens_its_dialog_again_with_the_reason(
    qtbot, database, office, sync_runner, tmp_path
) -> None:
    """The supervisor's reason dialog is the house FormDialog: when the service refuses (an open
    case cannot be reopened), it opens again with the reason as typed and the refusal in red."""
    window = open_window(qtbot, database, office.supervisor, office.case_no, sync_runner, tmp_path)
    menu = window.supervisor_menu
    menu.reopen_action.trigger()
    dialog = menu.last_dialog
    assert isinstance(dialog, ReasonDialog) and dialog.isVisible()
    dialog.reason.setPlainText("业主要求继续办理")
    click_ok(dialog)
    assert dialog.isVisible() and "不能执行此操作" in dialog.message.text()
    assert dialog.reason.toPlainText() == "业主要求继续办理"
    assert getattr(window, "message_box", None) is None  # said in the dialog, not in a message box
    view = progress_view(database.session_factory, office.supervisor, office.case_no, date.today())
    assert view.side_state is SideState.ACTIVE
