"""A change reloads the case window's showing tab at once and the hidden ones when they are shown:
a clerk typing a stack of ballots waits for the grid and its tally only, and every tab she opens
afterwards shows what she typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QWidget

from tests.ui.test_ballot_tab import _open, clerk  # noqa: F401  (clerk is a fixture)


def _show(qtbot, window, tab: QWidget) -> None:
    """Click the tab's title, as the clerk does."""
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(tab)).center())
    assert window.tabs.currentWidget() is tab


def _column(table: QTableWidget, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount()) if table.item(r, col)]


def _type_disagree_and_agree(qtbot, window) -> None:
    """202 刘芳 (row 3) disagrees with a reason, which raises a dispute; 301 陈明 agrees."""
    ballots = window.ballots
    ballots.table.setFocus()
    ballots.table.selectRow(3)
    qtbot.keyClick(ballots.table, Qt.Key.Key_2)
    ballots.reason.setText("担心噪音")
    qtbot.keyClick(ballots.reason, Qt.Key.Key_Return)
    qtbot.keyClick(ballots.table, Qt.Key.Key_1)
    assert [r.vote.label if r.vote else None for r in ballots.model.rows[3:5]] == ["不同意", "同意"]


def test_tabs_shown_after_typing_show_the_ballots(qtbot, database, clerk, sync_runner) -> None:  # noqa: F811
    window, _case_no = _open(qtbot, database, clerk, sync_runner)
    assert window.tabs.currentWidget() is window.ballots
    _type_disagree_and_agree(qtbot, window)

    _show(qtbot, window, window.disputes)
    titles = _column(window.disputes.table, 1)
    assert len(titles) == 2 and any("202" in t for t in titles)  # the roster's 101 and the typed 202
    assert "共 2 件纠纷" in window.disputes.count.text()

    _show(qtbot, window, window.log)
    actions = _column(window.log, 2)
    assert "登记表决意见" in actions or "修改表决意见" in actions
    assert any("202" in s for s in _column(window.log, 3)) and "李社工" in _column(window.log, 1)

    # back in the grid, which stayed as it was: the ballots typed and the cursor after them
    _show(qtbot, window, window.ballots)
    assert window.ballots.model.index(3, window.ballots.model.VOTE_COLUMN).data() == "不同意"
    assert window.ballots.table.currentIndex().row() == 5


def test_a_hidden_tab_reloads_when_shown_not_before(qtbot, database, clerk, sync_runner) -> None:  # noqa: F811
    window, _case_no = _open(qtbot, database, clerk, sync_runner)
    log_rows, disputes_rows = window.log.rowCount(), window.disputes.table.rowCount()
    _type_disagree_and_agree(qtbot, window)
    # typed with the grid showing: the hidden tabs were not read again yet ...
    assert (window.log.rowCount(), window.disputes.table.rowCount()) == (log_rows, disputes_rows)
    # ... and each is read as it is shown
    _show(qtbot, window, window.disputes)
    assert window.disputes.table.rowCount() == disputes_rows + 1
    assert window.log.rowCount() == log_rows
    _show(qtbot, window, window.log)
    assert window.log.rowCount() >= log_rows + 2  # 不同意 (and its dispute) and 同意


def test_typing_repaints_only_the_typed_row(qtbot, database, clerk, sync_runner) -> None:  # noqa: F811
    """The grid reloads after every opinion; with the same owners it changes the typed row's cells
    only (no reset: the view keeps its cursor and repaints one row)."""
    window, _case_no = _open(qtbot, database, clerk, sync_runner)
    model, table = window.ballots.model, window.ballots.table
    resets: list[str] = []
    changed_rows: set[int] = set()
    model.modelReset.connect(lambda: resets.append("reset"))
    model.rowsRemoved.connect(lambda *_a: resets.append("removed"))
    model.dataChanged.connect(
        lambda first, last, _roles: changed_rows.update(range(first.row(), last.row() + 1))
    )
    table.setFocus()
    table.selectRow(3)
    qtbot.keyClick(table, Qt.Key.Key_1)
    assert resets == [] and changed_rows == {3}
    assert model.index(3, model.VOTE_COLUMN).data() == "同意"
    assert model.index(3, model.PAPER_COLUMN).data() == "无纸质件"
    assert table.currentIndex().row() == 4
