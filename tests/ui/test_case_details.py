"""概况: the case's facts in words, and 修改案件信息… that saves through the dialog, refuses a stale
copy without losing what was typed, and names the edited fields in the log."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from casedesk.core.db.models import Community
from casedesk.core.domain.enums import Role
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case, get_case
from casedesk.core.services.users import create_user
from casedesk.ui.case_detail import CaseWindow


@pytest.fixture
def office(database, actor) -> tuple[Actor, Actor, str]:
    """Two clerks of one community and a case with its intake facts and a representative."""
    sf = database.session_factory
    case_no = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6))
    with sf.begin() as s:
        community = s.scalar(select(Community.id))
        li = create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse", (community,))
        wang = create_user(s, actor, "wang", "王社工", Role.CLERK, "battery-staple", (community,))
        clerks = [
            Actor(u.id, u.username, Role.CLERK, u.display_name, frozenset({community})) for u in (li, wang)
        ]
    wf.set_intake_facts(sf, actor, case_no, state_owned_land=True, representatives=["王建国"])
    return clerks[0], clerks[1], case_no


def _window(qtbot, database, clerk: Actor, sync_runner, case_no: str) -> CaseWindow:
    window = CaseWindow(database.session_factory, clerk, sync_runner, case_no)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _ok(dialog) -> None:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_overview_shows_the_intake_facts_in_words(qtbot, database, office, sync_runner) -> None:
    li, _wang, case_no = office
    window = _window(qtbot, database, li, sync_runner, case_no)
    text = window.overview.view.toPlainText()
    assert "山大北路小区3号楼2单元" in text and "6 层" in text
    assert "国有土地" in text and "列入征收计划" in text and "王建国" in text
    assert "按表决日期与区自动确定" in text  # the rule in words, no rule-set code
    assert window.overview.edit_button.isEnabled()


def test_edit_floors_and_notes_through_the_dialog(qtbot, database, office, sync_runner) -> None:
    li, _wang, case_no = office
    window = _window(qtbot, database, li, sync_runner, case_no)
    overview = window.overview
    qtbot.mouseClick(overview.edit_button, Qt.MouseButton.LeftButton)
    dialog = overview.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.floors.value() == 6 and dialog.state_owned_land.currentText() == "是"
    dialog.floors.setValue(7)
    dialog.notes.setPlainText("北侧有燃气管道，需先改线")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    detail = get_case(database.session_factory, li, case_no)
    assert (detail.summary.floors, detail.notes, detail.state_owned_land) == (
        7,
        "北侧有燃气管道，需先改线",
        True,
    )
    text = overview.view.toPlainText()
    assert "7 层" in text and "北侧有燃气管道，需先改线" in text
    window.tabs.setCurrentWidget(window.log)  # the clerk opens 日志: it reloads as it is shown
    log = [window.log.item(r, 3).text() for r in range(window.log.rowCount())]
    assert "修改案件信息：楼层数、备注" in log


def test_a_stale_copy_is_refused_and_what_was_typed_stays(qtbot, database, office, sync_runner) -> None:
    li, wang, case_no = office
    mine = _window(qtbot, database, li, sync_runner, case_no)
    theirs = _window(qtbot, database, wang, sync_runner, case_no)
    qtbot.mouseClick(mine.overview.edit_button, Qt.MouseButton.LeftButton)
    dialog = mine.overview.dialog
    dialog.notes.setPlainText("李社工的备注")

    # meanwhile 王社工 saves the floors from his own window
    qtbot.mouseClick(theirs.overview.edit_button, Qt.MouseButton.LeftButton)
    theirs.overview.dialog.floors.setValue(8)
    qtbot.mouseClick(_ok(theirs.overview.dialog), Qt.MouseButton.LeftButton)

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "王社工" in dialog.message.text() or "wang" in dialog.message.text()
    assert "未保存任何内容" in dialog.message.text()
    assert dialog.notes.toPlainText() == "李社工的备注"  # kept
    detail = get_case(database.session_factory, li, case_no)
    assert (detail.summary.floors, detail.notes) == (8, None)
    assert "8 层" in mine.overview.view.toPlainText()  # 概况 shows the colleague's version
    assert dialog.floors.value() == 8  # a field this clerk left alone takes the colleague's value

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)  # checked against the new version
    assert not dialog.isVisible()
    detail = get_case(database.session_factory, li, case_no)
    assert (detail.summary.floors, detail.notes) == (8, "李社工的备注")


def test_full_id_numbers_are_shown_only_after_the_look_is_logged(
    qtbot, database, office, sync_runner
) -> None:
    from casedesk.core.services.roster_import import import_roster
    from tests.shared_paths import SAMPLES

    li, _wang, case_no = office
    import_roster(database.session_factory, li, case_no, SAMPLES / "roster-sample.csv", today=date.today())
    window = _window(qtbot, database, li, sync_runner, case_no)
    before = [e.action for e in wf.case_timeline(database.session_factory, li, case_no)]
    assert "case.view_personal_data" not in before
    qtbot.mouseClick(window.overview.reveal_button, Qt.MouseButton.LeftButton)
    dialog = window.overview.personal_dialog
    assert dialog is not None and dialog.isVisible()
    ids = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert ids and all("*" not in i for i in ids if i) and any(len(i) == 18 for i in ids)
    after = wf.case_timeline(database.session_factory, li, case_no)
    assert [e for e in after if e.action == "case.view_personal_data" and e.user == "li"]
    log_texts = [window.log.item(r, 2).text() for r in range(window.log.rowCount())]
    assert "case.view_personal_data" not in log_texts  # the log tab shows it in words
