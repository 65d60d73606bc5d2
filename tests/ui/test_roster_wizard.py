"""The roster import wizard: a preview with bad rows highlighted, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casedesk.core.services.cases import NewCase, create_case
from casedesk.ui.case_detail import CaseWindow
from casedesk.ui.roster_dialog import ERROR_BRUSH, PROBLEM_COLUMN, RosterPreviewDialog
from tests.shared_paths import SAMPLES


def _window(qtbot, database, actor, sync_runner) -> CaseWindow:
    sf = database.session_factory
    case_no = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6))
    window = CaseWindow(sf, actor, sync_runner, case_no)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.ballots)  # 住户与表决, where the roster is imported
    return window


def _broken_copy(tmp_path: Path) -> Path:
    """The sample roster with two rows spoiled the way clerks' sheets go wrong."""
    lines = (SAMPLES / "roster-sample.csv").read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    area = header.index(next(h for h in header if "面积" in h))
    row = lines[2].split(",")
    row[area] = "八十"
    lines[2] = ",".join(row)
    row = lines[5].split(",")
    row[area] = ""
    lines[5] = ",".join(row)
    path = tmp_path / "broken.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bad_rows_are_highlighted_and_nothing_can_be_imported(
    qtbot, database, actor, sync_runner, tmp_path
) -> None:
    window = _window(qtbot, database, actor, sync_runner)
    window.ballots.preview_roster(_broken_copy(tmp_path))
    dialog = window.ballots.preview_dialog
    assert isinstance(dialog, RosterPreviewDialog)
    assert not dialog.import_button.isEnabled()
    assert "错误" in dialog.summary.text() and "不会写入" in dialog.summary.text()
    assert dialog.error_rows == {3, 6}  # spreadsheet rows: header is row 1
    problem_column = PROBLEM_COLUMN
    red = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).background() == ERROR_BRUSH]
    assert [dialog.table.item(r, 0).text() for r in red] == ["3", "6"]
    assert "面积" in dialog.table.item(red[0], problem_column).text()
    # only the rows with problems are shown until the clerk unticks the box
    visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert visible == red
    dialog.only_problems.setChecked(False)
    assert not any(dialog.table.isRowHidden(r) for r in range(dialog.table.rowCount()))
    dialog.reject()
    assert window.ballots.model.rowCount() == 0


def test_a_clean_roster_previews_then_imports(qtbot, database, actor, sync_runner) -> None:
    window = _window(qtbot, database, actor, sync_runner)
    window.ballots.preview_roster(SAMPLES / "roster-sample.csv")
    dialog = window.ballots.preview_dialog
    assert dialog.import_button.isEnabled()
    assert dialog.table.rowCount() == 13 and "新增 12 户" in dialog.summary.text()
    assert window.ballots.model.rowCount() == 0  # the preview wrote nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.ballots.model.rowCount() == 13
    assert "已导入 13 行" in window.ballots.status.text()


def test_keyboard_shortcuts_save_the_tally_and_switch_tabs(qtbot, database, actor, sync_runner) -> None:
    window = _window(qtbot, database, actor, sync_runner)
    window.ballots.import_roster(SAMPLES / "roster-sample.csv")
    # Shortcuts need the active window; offscreen Qt activates only on request.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.ballots.table.setFocus()
    qtbot.keyClick(window.ballots.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "已保存统计" in window.ballots.status.text()
    qtbot.keyClick(window.ballots.table, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.progress
