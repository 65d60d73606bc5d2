"""The roster import wizard: the columns, then every row as it will be stored, bad rows
highlighted and explained.

The dialog shows a dry-run report computed off the GUI thread; importing is all or nothing, so
the import button stays disabled while a single error remains. Errors (what must be fixed) and
warnings (worth a look, no obstacle) are listed apart above the rows. Columns the importer could
not place can be assigned here (the 列对应 step); the check then runs again with that assignment,
and a successful import makes the office remember it for its next files.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.domain.units import format_area
from casedesk.core.privacy import mask_id, mask_phone
from casedesk.core.roster.headers import HEADERS
from casedesk.core.roster.parse import LABEL, RosterRow, RowIssue
from casedesk.core.services.roster_import import RosterPreview, preview_roster, write_roster_template
from casedesk.ui.i18n import core_tr, sep
from casedesk.ui.screen_fit import resize_within_screen

ERROR_BRUSH = QBrush(QColor("#f8d0d0"))
WARNING_BRUSH = QBrush(QColor("#fff1c2"))
PROBLEM_COLUMN = 1
STORED_COLUMN = 2  # the row as it will be stored, after normalising


class RosterPreviewDialog(QDialog):
    """`ctx`, `case_no` and `path` let the dialog re-check the file with the clerk's column
    assignment and write a blank template; without them it only shows the preview."""

    def __init__(
        self,
        preview: RosterPreview,
        file_name: str,
        parent: QWidget | None = None,
        *,
        ctx: Any = None,
        case_no: str | None = None,
        path: Path | None = None,
        today: Any = None,
    ):
        super().__init__(parent)
        self.ctx, self.case_no, self.path, self.today = ctx, case_no, path, today
        self.file_name = file_name
        self.setWindowTitle(self.tr("导入业主名册 — {file}").format(file=file_name))
        resize_within_screen(self, 1040, 680)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        # 列对应: one drop-down per column the importer could not place.
        self.columns_box = QGroupBox(self.tr("列对应：以下列程序认不出，请指定它们对应的内容"))
        self.columns_form = QFormLayout()
        self.columns_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.column_boxes: dict[str, QComboBox] = {}
        self.recheck_button = QPushButton(self.tr("按此对应重新检查"))
        self.recheck_button.clicked.connect(self.recheck)
        columns_layout = QVBoxLayout(self.columns_box)
        columns_layout.addLayout(self.columns_form)
        recheck_row = QHBoxLayout()
        recheck_row.addWidget(self.recheck_button)
        recheck_row.addStretch(1)
        columns_layout.addLayout(recheck_row)

        self.error_title = QLabel()
        self.error_title.setStyleSheet("color:#a00; font-weight:bold")
        self.error_list = QListWidget()
        self.warning_title = QLabel()
        self.warning_title.setStyleSheet("color:#8a6d00; font-weight:bold")
        self.warning_list = QListWidget()

        # The problems come right after the row number, wrapped, so no explanation is cut off.
        self.table = QTableWidget()
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.only_problems = QCheckBox()
        self.only_problems.toggled.connect(self._filter_rows)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("全部导入"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.template_button = self.buttons.addButton(
            self.tr("下载空白名册模板…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.template_button.setToolTip(
            self.tr("证件号码已设为文本、表决意见为下拉框的空白名册，可发给社区照此填写")
        )
        self.template_button.setVisible(ctx is not None and case_no is not None)
        self.template_button.clicked.connect(self.choose_template_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        problems = QHBoxLayout()
        self.error_panel, self.warning_panel = QWidget(), QWidget()
        for panel, title, items in (
            (self.error_panel, self.error_title, self.error_list),
            (self.warning_panel, self.warning_title, self.warning_list),
        ):
            items.setWordWrap(True)
            items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            column = QVBoxLayout(panel)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(title)
            column.addWidget(items)
            problems.addWidget(panel, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns_box)
        layout.addLayout(problems)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.show_preview(preview)

    # --- what the dialog shows -----------------------------------------------------------------

    def show_preview(self, preview: RosterPreview) -> None:
        self.preview = preview
        report = preview.report
        # Only what the clerk chose here goes with the import; the office's remembered
        # assignments apply by themselves.
        self.mapping: dict[str, str] = getattr(self, "mapping", {})
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

        self.summary.setText(self._summary_text())
        self._fill_columns_box(preview)
        # Both lists as tall as the longer one (at most four lines), so they sit side by side evenly.
        lines = min(max(len(report.errors), len(report.warnings), 1), 4)
        self._fill_list(self.error_list, report.errors, lines)
        self._fill_list(self.warning_list, report.warnings, lines)
        self.error_title.setText(self.tr("必须改正才能导入（{n} 处）").format(n=len(report.errors)))
        self.warning_title.setText(self.tr("提醒，不妨碍导入（{n} 处）").format(n=len(report.warnings)))
        self.error_panel.setVisible(bool(report.errors))
        self.warning_panel.setVisible(bool(report.warnings))

        headers = [self.tr("行号"), self.tr("问题"), self.tr("将保存为"), *preview.headers]
        self.table.clear()
        self.table.setRowCount(len(preview.rows))
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for r, (number, cells) in enumerate(preview.rows):
            problems = errors_by_row.get(number, []) + warnings_by_row.get(number, [])
            brush = ERROR_BRUSH if number in errors_by_row else WARNING_BRUSH if problems else None
            text = sep("；").join(
                f"[{i.column}] {core_tr(i.message)}" if i.column else core_tr(i.message) for i in problems
            )
            stored = self._stored_text(preview.stored.get(number, []))
            values = [str(number), text, stored, *cells, *[""] * (len(preview.headers) - len(cells))]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if brush is not None:
                    item.setBackground(brush)
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        em = self.fontMetrics().horizontalAdvance("字")
        for column, width in ((PROBLEM_COLUMN, 22), (STORED_COLUMN, 20)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, em * width)
        self.table.resizeRowsToContents()

        self.only_problems.setText(
            self.tr("只显示有错误的行") if self.error_rows else self.tr("只显示有提醒的行")
        )
        self.only_problems.setChecked(bool(self.error_rows))
        self._filter_rows(self.only_problems.isChecked())
        self.import_button.setEnabled(report.ok)

    def issue_text(self, issue: RowIssue) -> str:
        """RowIssue.__str__ in the interface language ("第 3 行[面积]：…" / "Row 3 [面积]: …"); the
        column is the file's own heading, shown as written."""
        where = self.tr("第 {row} 行").format(row=issue.row) if issue.row else core_tr("表头")
        message = core_tr(issue.message)
        if issue.column:
            return self.tr("{where}[{column}]：{message}").format(
                where=where, column=issue.column, message=message
            )
        return self.tr("{where}：{message}").format(where=where, message=message)

    def _fill_list(self, widget: QListWidget, issues: list[RowIssue], lines: int) -> None:
        widget.clear()
        for issue in issues:
            widget.addItem(self.issue_text(issue))
        line = widget.sizeHintForRow(0) if issues else widget.fontMetrics().height() + 2
        widget.setFixedHeight(line * lines + 2 * widget.frameWidth() + 4)

    def _fill_columns_box(self, preview: RosterPreview) -> None:
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.column_boxes = {}
        unplaced = list(preview.unplaced)
        for header in unplaced:
            box = QComboBox()
            box.addItem(self.tr("（未指定：忽略并提醒）"), None)
            box.addItem(self.tr("不导入此列"), "")
            for name, words in HEADERS.items():
                label = (
                    self.tr("{word}（打勾列）").format(word=words[0])
                    if name.startswith("tick_")
                    else LABEL[name]
                )
                box.addItem(label, name)
            # Qt's own size hint cuts the last full-width character of the longest choice.
            metrics = box.fontMetrics()
            longest = max(metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count()))
            box.setMinimumWidth(longest + metrics.horizontalAdvance("字") * 3)
            chosen = self.mapping.get(header)
            if chosen is not None:
                box.setCurrentIndex(box.findData(chosen))
            self.column_boxes[header] = box
            self.columns_form.addRow(header, box)
        self.recheck_button.setEnabled(self.ctx is not None and self.path is not None)
        self.columns_box.setVisible(bool(unplaced))

    def _stored_text(self, rows: list[RosterRow]) -> str:
        if not rows:
            return ""
        first = rows[0]
        owners = " / ".join(
            " ".join(
                part
                for part in (
                    r.owner,
                    mask_id(r.id_number) or "",
                    mask_phone(r.phone) or "",
                )
                if part
            )
            for r in rows
        )
        parts = [
            self.tr("{room}室").format(room=first.room),
            self.tr("{floor}层").format(floor=first.floor),
            f"{format_area(first.area_centi)}㎡",
            owners,
        ]
        if first.vote is not None:
            parts.append(core_tr(first.vote.label))
        if first.signed_on is not None:
            parts.append(first.signed_on.isoformat())
        return "  ".join(parts)

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
        if preview.sheet:
            text += self.tr("（工作表：{sheet}）").format(sheet=preview.sheet)
        if preview.total_rows > len(preview.rows):
            text += self.tr("（仅预览前 {n} 行）").format(n=len(preview.rows))
        return text

    def _filter_rows(self, only_problems: bool) -> None:
        for r, number in enumerate(self.row_numbers):
            self.table.setRowHidden(r, only_problems and number not in self.focus_rows)

    # --- the column step and the template ------------------------------------------------------

    def chosen_mapping(self) -> dict[str, str]:
        return {h: box.currentData() for h, box in self.column_boxes.items() if box.currentData() is not None}

    def recheck(self) -> None:
        """Check the file again with the columns as assigned; the rows and problems refresh."""
        self.mapping = {**self.mapping, **self.chosen_mapping()}
        case_no, path, mapping, today = self.case_no, self.path, dict(self.mapping), self.today
        self.recheck_button.setEnabled(False)
        self.status.setText(self.tr("正在按新的列对应重新检查…"))
        self.ctx.query(
            lambda sf, actor: preview_roster(sf, actor, case_no, path, today=today, mapping=mapping),
            self._rechecked,
            self._recheck_failed,
        )

    def _rechecked(self, preview: RosterPreview) -> None:
        self.status.setText(self.tr("已按新的列对应重新检查"))
        self.show_preview(preview)

    def _recheck_failed(self, error: BaseException) -> None:
        self.status.setText("")
        self.recheck_button.setEnabled(True)
        self.ctx.show_error(error)

    def choose_template_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存空白名册模板"), self.tr("业主名册模板.xlsx"), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path:
            self.save_template(Path(path))

    def save_template(self, path: Path) -> None:
        case_no = self.case_no
        self.ctx.query(
            lambda sf, actor: write_roster_template(sf, actor, case_no, path),
            lambda written: self.status.setText(self.tr("已保存空白名册模板：{path}").format(path=written)),
        )
