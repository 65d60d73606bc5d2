"""The import wizard's column step, the row as it will be stored, errors kept apart from warnings,
and the blank template (issue 22), driven through the dialog's widgets."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.roster_import import office_mapping
from casedesk.ui.case_detail import CaseWindow
from casedesk.ui.roster_dialog import STORED_COLUMN
from tests.shared_paths import SAMPLES


def _window(qtbot, database, actor, sync_runner, building: str = "3") -> CaseWindow:
    sf = database.session_factory
    case_no = create_case(
        sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", building, "2", 6)
    )
    window = CaseWindow(sf, actor, sync_runner, case_no)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.ballots)  # 住户与表决, where the roster is imported
    return window


def _own_headers(tmp_path: Path) -> Path:
    """The sample as an office keeps it: its own words for the room and the owner, an extra column."""
    text = (SAMPLES / "roster-sample.csv").read_text(encoding="utf-8-sig")
    text = (
        text.replace("房号,", "门牌,", 1).replace("业主姓名", "权属人", 1).replace("意见理由", "房屋坐落", 1)
    )
    path = tmp_path / "own.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_clerk_assigns_unknown_columns_and_the_office_remembers(
    qtbot, database, actor, sync_runner, tmp_path
) -> None:
    window = _window(qtbot, database, actor, sync_runner)
    window.ballots.preview_roster(_own_headers(tmp_path))
    dialog = window.ballots.preview_dialog
    assert not dialog.import_button.isEnabled()
    assert dialog.columns_box.isVisible() and set(dialog.column_boxes) == {"门牌", "权属人", "房屋坐落"}
    assert dialog.error_list.isVisible() and "缺少必填列" in dialog.error_list.item(0).text()

    for header, field in (("门牌", "room"), ("权属人", "owner"), ("房屋坐落", "")):
        box = dialog.column_boxes[header]
        box.setCurrentIndex(box.findData(field))
    qtbot.mouseClick(dialog.recheck_button, Qt.MouseButton.LeftButton)

    assert dialog.import_button.isEnabled() and not dialog.error_list.isVisible()
    assert not dialog.columns_box.isVisible()
    assert "新增 12 户" in dialog.summary.text()
    first = dialog.table.item(0, STORED_COLUMN).text()
    assert "101室" in first and "1层" in first and "78.36㎡" in first and "王建国" in first
    assert "1234" in first and "195803121234" not in first  # the number is shown masked
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.ballots.model.rowCount() == 13
    with database.session_factory() as s:
        assert office_mapping(s) == {"门牌": "room", "权属人": "owner", "房屋坐落": ""}

    # The office's next file in the same layout needs no column step.
    other = _window(qtbot, database, actor, sync_runner, "4")
    other.ballots.preview_roster(_own_headers(tmp_path))
    again = other.ballots.preview_dialog
    assert not again.columns_box.isVisible() and again.import_button.isEnabled()


def test_errors_are_listed_apart_from_warnings(qtbot, database, actor, sync_runner, tmp_path) -> None:
    text = (SAMPLES / "roster-sample.csv").read_text(encoding="utf-8-sig")
    text = text.replace("101,1,78.36,", '101,1,"85,5",').replace("370102196505050000", "")
    path = tmp_path / "mixed.csv"
    path.write_text(text, encoding="utf-8")
    window = _window(qtbot, database, actor, sync_runner)
    window.ballots.preview_roster(path)
    dialog = window.ballots.preview_dialog
    errors = [dialog.error_list.item(i).text() for i in range(dialog.error_list.count())]
    warnings = [dialog.warning_list.item(i).text() for i in range(dialog.warning_list.count())]
    assert errors == [e for e in errors if "第 2 行" in e] and len(errors) == 1 and "逗号" in errors[0]
    assert any("第 13 行" in w and "未填证件号码" in w for w in warnings)
    assert "必须改正" in dialog.error_title.text() and "不妨碍导入" in dialog.warning_title.text()
    assert not dialog.import_button.isEnabled()


def test_blank_template_from_the_wizard(qtbot, database, actor, sync_runner, tmp_path) -> None:
    window = _window(qtbot, database, actor, sync_runner)
    window.ballots.preview_roster(SAMPLES / "roster-sample.csv")
    dialog = window.ballots.preview_dialog
    assert dialog.template_button.isVisible()
    target = tmp_path / "模板.xlsx"
    dialog.save_template(target)
    assert target.exists() and "模板" in dialog.status.text()
    ws = openpyxl.load_workbook(target).worksheets[0]
    assert "山大北路小区3号楼2单元" in ws["A1"].value
