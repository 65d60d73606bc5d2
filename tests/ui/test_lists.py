"""What clerks expect of lists, clicked through: the filtered case list exported to Excel and
printed, the work queue saying how overdue a case is and why, a supervisor's 待我审核, lists
that follow a change made in a case window, and the review's fixes (column widths, sort arrows,
a 报表 page that fits 1366×768)."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from casedesk.core.db.queries import CaseFilter
from casedesk.core.domain.enums import Role, Stage
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import get_case, list_cases
from casedesk.core.services.workflow import mark_checklist_item
from casedesk.core.workflow.stages import CHECKLISTS, STAGE_LIMIT_DAYS
from casedesk.demo import generate_demo
from casedesk.ui.main_window import MainWindow
from casedesk.ui.models.case_table import COL_CASE_NO, COL_COMMUNITY, COL_FLOORS
from tests.workflow.test_queue import ENTERED_REVIEW, case_in_street_review

CLERK = Actor(None, "li", Role.CLERK, "李社工")
SUPERVISOR = Actor(None, "zhu", Role.SUPERVISOR, "街道主管")
ID_NUMBER = re.compile(r"\d{17}[\dXx]")


def _window(qtbot, database, actor, runner) -> MainWindow:
    window = MainWindow(database, actor, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.change_watcher.timer.stop()  # only this program's own changes move these lists
    return window


def _cases_page(window: MainWindow):
    window.nav.setCurrentRow(window.page_keys.index("cases"))
    return window.case_page


def test_export_the_filtered_list_to_excel(
    qtbot, database, actor, sync_runner, tmp_path, monkeypatch
) -> None:
    import casedesk.core.export as export

    generate_demo(database.session_factory, actor, units=60, seed=4, today=date.today())
    monkeypatch.setattr(export, "_LIST_BATCH", 7)  # the export reads every page, not the first
    window = _window(qtbot, database, CLERK, sync_runner)
    page = _cases_page(window)
    page.stage_filter.setCurrentIndex(page.stage_filter.findText("意见征询"))
    expected = list_cases(database.session_factory, CLERK, CaseFilter(stages=(Stage.CONSENT,)), limit=500)
    assert 7 < expected.total < 60  # several batches, and not every case
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kw: asked.append(args) or (str(tmp_path / "征询中的案件"), "Excel 工作簿 (*.xlsx)"),
    )
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    assert asked  # the clerk was asked where to save
    out = tmp_path / "征询中的案件.xlsx"
    assert f"已导出 {expected.total} 件" in page.result.text() and str(out) in page.result.text()
    sheet = openpyxl.load_workbook(out).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header, body = rows[0], rows[1:]
    assert header[:5] == ["案件编号", "区", "街道", "社区", "地址"] and "阶段" in header
    assert sheet.freeze_panes == "A2"
    assert [r[0] for r in body] == [c.case_no for c in expected.rows]  # only the filtered rows, in order
    stage = header.index("阶段")
    # the label (with a side state: 暂停（意见征询）), never the code "consent"
    assert all(r[stage] == "意见征询" or r[stage].endswith("（意见征询）") for r in body)
    cells = [str(v) for r in body for v in r if v is not None]
    assert not any(ID_NUMBER.search(v) for v in cells) and "consent" not in cells
    widest_case_no = max(len(c.case_no) for c in expected.rows)
    assert sheet.column_dimensions["A"].width >= widest_case_no
    assert sheet.column_dimensions["E"].width >= max(len(r[4]) * 2 for r in body)  # CJK: two columns each


def test_print_the_filtered_list(qtbot, database, actor, sync_runner, monkeypatch) -> None:
    generate_demo(database.session_factory, actor, units=40, seed=4, today=date.today())
    opened = []
    # No PDF viewer on this PC: the path and 打开文件夹 are shown instead of nothing.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) and False)
    window = _window(qtbot, database, CLERK, sync_runner)
    page = _cases_page(window)
    qtbot.mouseClick(page.overdue_only, Qt.MouseButton.LeftButton)
    overdue = list_cases(database.session_factory, CLERK, CaseFilter(overdue_on=date.today()), limit=500)
    others = list_cases(database.session_factory, CLERK, CaseFilter(), limit=500)
    assert 0 < overdue.total < others.total
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)

    pdf = page.last_pdf
    assert pdf.suffix == ".pdf" and opened == [str(pdf)]
    box = page._pdf_box
    assert isinstance(box, QMessageBox) and box.isVisible() and str(pdf) in box.text()
    assert any(b.text() == "打开文件夹" for b in box.buttons())
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "案件列表" in text and "筛选：逾期" in text and date.today().isoformat() in text
    assert f"共 {overdue.total} 件" in text
    printed = {c.case_no for c in others.rows if c.case_no in text}
    assert printed == {c.case_no for c in overdue.rows}
    assert "证件" not in text


def test_the_work_queue_says_how_overdue_and_why(qtbot, database, actor, sync_runner) -> None:
    case_no = case_in_street_review(database.session_factory, actor)
    due = ENTERED_REVIEW.toordinal() + STAGE_LIMIT_DAYS[Stage.STREET_REVIEW]
    days = date.today().toordinal() - due
    assert days > 0
    window = _window(qtbot, database, CLERK, sync_runner)
    page = window.queue_page
    qtbot.waitUntil(lambda: page.summary.text() != "")
    overdue = page.lists["overdue"]
    item = overdue.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == case_no
    assert f"超期 {days} 天：街道审核（期限 {date.fromordinal(due).isoformat()}）" in item.text()
    assert "缺少材料：" in item.text()  # what stops it, in words
    assert page.titles["overdue"].text() == "超期（1）"
    assert not page.sections["to_review"].isVisible()  # a clerk does not stamp


def test_a_supervisor_stamps_from_the_queue_and_the_lists_follow(qtbot, database, actor, sync_runner) -> None:
    sf = database.session_factory
    case_no = case_in_street_review(sf, actor)
    for item in CHECKLISTS[Stage.STREET_REVIEW]:  # the papers are in; only the stamp is missing
        mark_checklist_item(sf, actor, case_no, item.code, on=date.today())
    window = _window(qtbot, database, SUPERVISOR, sync_runner)
    page = window.queue_page
    qtbot.waitUntil(lambda: page.summary.text() != "")
    assert page.sections["to_review"].isVisible() and "待我审核 1 件" in page.summary.text()
    review = page.lists["to_review"]
    assert review.count() == 1 and review.item(0).data(Qt.ItemDataRole.UserRole) == case_no
    assert "街道审核" in review.item(0).text()
    rect = review.visualItemRect(review.item(0))
    qtbot.mouseClick(review.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(review.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    case_window = window.case_windows[case_no]
    qtbot.addWidget(case_window)
    assert window.case_model.case_at(0).stage is Stage.STREET_REVIEW

    qtbot.mouseClick(case_window.progress.advance_button, Qt.MouseButton.LeftButton)

    assert get_case(sf, SUPERVISOR, case_no).summary.stage is Stage.PLANNING
    # No F5: the list and the queue heard the change on the bus.
    assert window.case_model.case_at(0).stage is Stage.PLANNING
    assert review.count() == 0 and "待我审核 0 件" in page.summary.text()


def test_column_widths_saved_from_an_empty_list_are_not_kept(qtbot, database, actor, sync_runner) -> None:
    empty = _window(qtbot, database, CLERK, sync_runner)
    assert empty.case_model.rowCount() == 0
    empty.close()  # saves the header as an empty list sized it
    generate_demo(database.session_factory, actor, units=12, seed=3, today=date.today())
    window = _window(qtbot, database, CLERK, sync_runner)
    table = window.case_page.table
    header = table.horizontalHeader()
    assert window.case_model.rowCount() == 12
    assert header.sectionSize(COL_CASE_NO) >= table.sizeHintForColumn(COL_CASE_NO)
    for column in range(header.count() - 1):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column

    # A column squeezed shut by hand comes back sized to its contents; a sane width is kept.
    header.resizeSection(COL_COMMUNITY, 3)
    header.resizeSection(COL_FLOORS, 150)
    window.close()
    again = _window(qtbot, database, CLERK, sync_runner)
    header = again.case_page.table.horizontalHeader()
    assert header.sectionSize(COL_COMMUNITY) >= again.case_page.table.sizeHintForColumn(COL_COMMUNITY) > 3
    assert header.sectionSize(COL_FLOORS) == 150


def _click_header(qtbot, header, column: int) -> None:
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_only_sortable_columns_take_the_sort_arrow(qtbot, database, actor, sync_runner) -> None:
    generate_demo(database.session_factory, actor, units=12, seed=3, today=date.today())
    window = _window(qtbot, database, CLERK, sync_runner)
    page = _cases_page(window)
    header = page.table.horizontalHeader()
    before = [page.model.case_at(r).case_no for r in range(page.model.rowCount())]
    _click_header(qtbot, header, COL_FLOORS)  # 层数: the database does not sort by it
    assert header.sortIndicatorSection() == COL_CASE_NO
    assert [page.model.case_at(r).case_no for r in range(page.model.rowCount())] == before
    assert page.model.headerData(COL_FLOORS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)

    _click_header(qtbot, header, COL_COMMUNITY)
    assert header.sortIndicatorSection() == COL_COMMUNITY
    communities = [page.model.case_at(r).community for r in range(page.model.rowCount())]
    assert communities == sorted(communities)


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.ADMIN])
def test_the_reports_page_fits_a_1366_by_768_screen(qtbot, database, actor, sync_runner, role) -> None:
    from casedesk.ui.fonts import install_app_font

    install_app_font(QApplication.instance())
    generate_demo(database.session_factory, actor, units=20, seed=5, today=date.today())
    window = _window(qtbot, database, Actor(None, "boss", role, "街道主管"), sync_runner)
    window.nav.setCurrentRow(window.page_keys.index("reports"))
    qtbot.waitUntil(lambda: window.reports_page.dashboard.dashboard is not None)
    assert window.devicePixelRatioF() == 1
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.width() <= 1366
    # 768 less a taskbar and the window's title bar
    assert smallest.height() <= 690, smallest
