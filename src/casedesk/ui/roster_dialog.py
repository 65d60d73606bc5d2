"""The roster import wizard's preview: every row as read, bad rows highlighted and explained.

The dialog only shows a dry-run report computed off the GUI thread; importing is all or nothing,
so the import button stays disabled while a single error remains.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.roster.parse import RowIssue
from casedesk.core.services.roster_import import RosterPreview

ERROR_BRUSH = QBrush(QColor("#f8d0d0"))
WARNING_BRUSH = QBrush(QColor("#fff1c2"))
PROBLEM_COLUMN = 1


class RosterPreviewDialog(QDialog):
    def __init__(self, preview: RosterPreview, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        report = preview.report
        self.setWindowTitle(self.tr("导入业主名册 — {file}").format(file=file_name))
        self.resize(980, 620)

        errors_by_row: dict[int, list[RowIssue]] = defaultdict(list)
        warnings_by_row: dict[int, list[RowIssue]] = defaultdict(list)
        for issue in report.errors:
            errors_by_row[issue.row].append(issue)
        for issue in report.warnings:
            warnings_by_row[issue.row].append(issue)
        self.error_rows = set(errors_by_row) - {0}
        # With errors present the clerk must fix those first; warnings alone are worth a look too.
        self.focus_rows = self.error_rows or (set(warnings_by_row) - {0})
        self.row_numbers = [number for number, _cells in preview.rows]

        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        header_problems = errors_by_row.get(0, []) + warnings_by_row.get(0, [])
        self.header_label = QLabel("\n".join(str(i) for i in header_problems))
        self.header_label.setStyleSheet("color:#a00")
        self.header_label.setWordWrap(True)
        self.header_label.setVisible(bool(header_problems))

        # The problems come right after the row number, wrapped, so no explanation is cut off.
        self.table = QTableWidget(len(preview.rows), len(preview.headers) + 2)
        self.table.setHorizontalHeaderLabels([self.tr("行号"), self.tr("问题"), *preview.headers])
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, (number, cells) in enumerate(preview.rows):
            problems = errors_by_row.get(number, []) + warnings_by_row.get(number, [])
            brush = ERROR_BRUSH if number in errors_by_row else WARNING_BRUSH if problems else None
            text = "；".join(f"[{i.column}] {i.message}" if i.column else i.message for i in problems)
            values = [str(number), text, *cells, *[""] * (len(preview.headers) - len(cells))]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if brush is not None:
                    item.setBackground(brush)
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROBLEM_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(PROBLEM_COLUMN, self.fontMetrics().horizontalAdvance("字") * 22)
        self.table.resizeRowsToContents()

        self.only_problems = QCheckBox(
            self.tr("只显示有错误的行") if self.error_rows else self.tr("只显示有提醒的行")
        )
        self.only_problems.toggled.connect(self._filter_rows)
        self.only_problems.setChecked(bool(self.error_rows))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("全部导入"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(report.ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.header_label)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _summary_text(self) -> str:
        report, preview = self.preview.report, self.preview
        if not report.ok:
            text = self.tr(
                "共 {rows} 行，发现 {errors} 处错误、{warnings} 处提醒。名册按“全部或全不”导入："
                "请在原表格中改正标红的行后重新选择文件，本次不会写入任何数据。"
            ).format(rows=preview.total_rows, errors=len(report.errors), warnings=len(report.warnings))
        else:
            text = self.tr(
                "共 {rows} 行，检查通过（{warnings} 处提醒，标黄）。导入后：新增 {created} 户、"
                "更新 {updated} 户、新增产权人 {owners} 人、记录意见 {ballots} 份。"
            ).format(
                rows=preview.total_rows,
                warnings=len(report.warnings),
                created=report.flats_created,
                updated=report.flats_updated,
                owners=report.owners_added,
                ballots=report.ballots_recorded,
            )
        if preview.total_rows > len(preview.rows):
            text += self.tr("（仅预览前 {n} 行）").format(n=len(preview.rows))
        return text

    def _filter_rows(self, only_problems: bool) -> None:
        for r, number in enumerate(self.row_numbers):
            self.table.setRowHidden(r, only_problems and number not in self.focus_rows)
