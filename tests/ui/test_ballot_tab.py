"""住户与表决 from the keyboard: 1/2/3 with the 不同意 reason typed inline, Delete withdraws one
opinion after a confirmation, and the live tally says what it left out, in words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from casedesk.core.db.models import Case as CaseRow
from casedesk.core.db.models import Community
from casedesk.core.domain.enums import Role, Vote
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.consent import ballot_sheet
from casedesk.core.services.roster_import import import_roster
from casedesk.core.services.users import create_user
from casedesk.ui.case_detail import CaseWindow
from tests.shared_paths import SAMPLES

# The sample roster, in the grid's order (floor, room, owner): 0 = 101 王建国 (不同意), 1 = 102 (弃权),
# 2 = 201 张伟 (同意), 3 = 202 刘芳 (no opinion), 4/5 = 301 陈明/赵丽 (同意), ..., 12 = 602 (developer, none).


CASE = NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "1", "1", 6)


@pytest.fixture
def clerk(database, actor) -> Actor:
    sf = database.session_factory
    create_case(sf, actor, CASE)
    with sf.begin() as s:
        community = s.scalar(select(Community.id))
        user = create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse", (community,))
        return Actor(user.id, "li", Role.CLERK, "李社工", frozenset({community}))


def _open(qtbot, database, clerk: Actor, sync_runner, roster: Path = SAMPLES / "roster-sample.csv"):
    with database.session_factory() as s:
        case_no = s.scalar(select(CaseRow.case_no))
    import_roster(database.session_factory, clerk, case_no, roster, today=date(2026, 3, 20))
    window = CaseWindow(database.session_factory, clerk, sync_runner, case_no)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):  # the keyboard goes where the clerk types: the window is active
        window.activateWindow()
    window.tabs.setCurrentWidget(window.ballots)
    return window, case_no


def _sheet(database, clerk: Actor, case_no: str):
    return ballot_sheet(database.session_factory, clerk, case_no)


def test_one_two_three_with_the_reason_typed_inline(qtbot, database, clerk, sync_runner) -> None:
    window, case_no = _open(qtbot, database, clerk, sync_runner)
    ballots = window.ballots
    ballots.signed_on.setDate(date(2026, 3, 8))
    ballots.table.setFocus()
    ballots.table.selectRow(3)
    assert not ballots.reason_row.isVisible()

    qtbot.keyClick(ballots.table, Qt.Key.Key_1)  # 202 agrees, the cursor moves to 301 陈明
    assert ballots.table.currentIndex().row() == 4
    qtbot.keyClick(ballots.table, Qt.Key.Key_2)  # 陈明 disagrees: the reason line takes the keyboard
    assert ballots.reason_row.isVisible() and ballots.reason.hasFocus()
    assert "301" in ballots.reason_label.text() and "陈明" in ballots.reason_label.text()
    assert _sheet(database, clerk, case_no)[4].vote is Vote.AGREE  # nothing recorded before Enter
    ballots.reason.setText("担心电梯井挡住卧室采光")  # QTest types ASCII only
    qtbot.keyClick(ballots.reason, Qt.Key.Key_Return)
    assert not ballots.reason_row.isVisible() and ballots.table.hasFocus()
    assert ballots.table.currentIndex().row() == 5
    qtbot.keyClick(ballots.table, Qt.Key.Key_3)  # 赵丽 abstains

    rows = _sheet(database, clerk, case_no)
    assert (rows[3].room, rows[3].vote, rows[3].reason) == ("202", Vote.AGREE, None)
    assert (rows[4].owner, rows[4].vote, rows[4].reason) == ("陈明", Vote.DISAGREE, "担心电梯井挡住卧室采光")
    assert (rows[5].owner, rows[5].vote) == ("赵丽", Vote.ABSTAIN)
    assert rows[4].signed_on == date(2026, 3, 8)
    # the grid shows the reason in its 理由 column, and the opinion in words
    model = ballots.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    reason_col, vote_col = headers.index("理由"), headers.index("意见")
    assert model.index(4, reason_col).data() == "担心电梯井挡住卧室采光"
    assert model.index(4, vote_col).data() == "不同意" and model.index(5, vote_col).data() == "弃权"
    assert model.index(0, reason_col).data() == "担心采光和噪音"  # the roster's own reason


def test_escape_after_two_records_nothing(qtbot, database, clerk, sync_runner) -> None:
    window, case_no = _open(qtbot, database, clerk, sync_runner)
    ballots = window.ballots
    before = _sheet(database, clerk, case_no)
    ballots.table.setFocus()
    ballots.table.selectRow(3)  # 202, no opinion yet
    qtbot.keyClick(ballots.table, Qt.Key.Key_2)
    ballots.reason.setText("还没想好")
    qtbot.keyClick(ballots.reason, Qt.Key.Key_Escape)
    assert not ballots.reason_row.isVisible()
    assert _sheet(database, clerk, case_no) == before
    assert "未记录" in ballots.status.text()
    # the keyboard is back in the grid, on the same owner
    assert ballots.table.hasFocus() and ballots.table.currentIndex().row() == 3
    qtbot.keyClick(ballots.table, Qt.Key.Key_1)
    assert _sheet(database, clerk, case_no)[3].vote is Vote.AGREE


def test_delete_withdraws_that_ballot_only_after_confirmation(qtbot, database, clerk, sync_runner) -> None:
    window, case_no = _open(qtbot, database, clerk, sync_runner)
    ballots = window.ballots
    before = _sheet(database, clerk, case_no)
    agree_before = ballots.last_tally.persons_agree
    ballots.table.setFocus()

    # a row without an opinion: Delete does nothing, asks nothing
    ballots.table.selectRow(3)
    qtbot.keyClick(ballots.table, Qt.Key.Key_Delete)
    assert ballots.confirm is None

    # 201 张伟 agreed; answering 不撤回 keeps it
    ballots.table.selectRow(2)
    qtbot.keyClick(ballots.table, Qt.Key.Key_Delete)
    assert (
        ballots.confirm.isVisible() and "201" in ballots.confirm.text() and "张伟" in ballots.confirm.text()
    )
    qtbot.mouseClick(ballots.confirm.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert _sheet(database, clerk, case_no) == before

    qtbot.keyClick(ballots.table, Qt.Key.Key_Delete)
    qtbot.mouseClick(ballots.confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    after = _sheet(database, clerk, case_no)
    assert after[2].vote is None and after[2].signed_on is None
    assert [r for i, r in enumerate(after) if i != 2] == [r for i, r in enumerate(before) if i != 2]
    assert ballots.model.rows[2].vote is None and "已撤回" in ballots.status.text()
    assert ballots.last_tally.persons_agree == agree_before - 1

    # the same from the row's context menu: 撤回意见…, on 101 王建国's 不同意
    ballots.table.selectRow(0)
    ballots.withdraw_action.trigger()
    qtbot.mouseClick(ballots.confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert _sheet(database, clerk, case_no)[0].vote is None
    assert _sheet(database, clerk, case_no)[1].vote is Vote.ABSTAIN


def test_live_tally_says_what_it_left_out_and_names_the_rule(
    qtbot, database, clerk, sync_runner, tmp_path
) -> None:
    # 601 冯涛 without an ID number: the engine counts him alone and says so
    text = (SAMPLES / "roster-sample.csv").read_text(encoding="utf-8-sig").replace("370102196505050000", "")
    roster = tmp_path / "roster-no-id.csv"
    roster.write_text(text, encoding="utf-8")
    window, _case_no = _open(qtbot, database, clerk, sync_runner, roster)
    shown = window.ballots.tally_view.toPlainText()
    assert window.ballots.last_tally.warnings
    for warning in window.ballots.last_tally.warnings:
        assert warning in shown
    assert "冯涛（601 室）未登记证件号码" in shown
    assert "济南市既有住宅增设电梯办法（2021年起）" in shown
    assert "jinan-2021" not in shown and "2021.1" not in shown


def test_live_tally_shows_late_ballots_and_every_remark_of_the_explanation(
    qtbot, database, clerk, sync_runner
) -> None:
    """The panel renders the core's explanation whole: with the cut-off moved before some
    signing days, the late ballots are named on screen as on the tally sheet."""
    window, _case_no = _open(qtbot, database, clerk, sync_runner)
    ballots = window.ballots
    ballots.as_of.setDate(date(2026, 3, 3))  # the ballots of 03-04 and 03-05 come after it
    qtbot.waitUntil(lambda: bool(ballots.last_tally and ballots.last_tally.late_ballots))
    shown = ballots.tally_view.toPlainText()
    late = ballots.last_tally.late_ballots
    assert len(late) == 6
    assert "截止日期后签署、未计入" in shown and all(room in shown for room in late)
    from casedesk.core.consent.explanation import explain

    for remark in explain(ballots.last_tally, "").remarks:
        assert remark.title in shown and remark.text in shown
    for clause in ballots.last_tally.clauses:
        assert clause.label in shown and clause.margin in shown
