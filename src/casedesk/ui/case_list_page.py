"""The case list page: search, filters, the paged table, and the list exported or printed as
filtered on screen."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.consent.rules import RULE_SETS
from casedesk.core.domain.enums import Stage
from casedesk.core.domain.views import CaseFilter
from casedesk.ui.i18n import core_tr
from casedesk.ui.models.case_table import COL_CASE_NO, PAGE_SIZE, CaseTableModel
from casedesk.ui.operations import OpContext

SEARCH_DELAY_MS = 300  # wait for the clerk to stop typing before querying
SIZE_COLUMNS_BY_ROWS = 40


class CaseListPage(QWidget):
    """Search, stage filter, the paged table and page navigation; 导出 Excel… and 打印列表 take
    exactly the cases the filters select (all pages), in the list's order."""

    def __init__(self, model: CaseTableModel, ops: OpContext | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.ops = ops
        self.search = QLineEdit(placeholderText=self.tr("搜索：案件编号、地址、业主姓名、电话、证件号后四位"))
        self.search.setClearButtonEnabled(True)
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("全部阶段"), None)
        for stage in Stage:
            self.stage_filter.addItem(core_tr(stage.label), stage.value)  # Qt turns StrEnums into str
        self.community_filter = QComboBox()
        self.community_filter.addItem(self.tr("全部社区"), None)
        self.rule_filter = QComboBox()
        self.rule_filter.addItem(self.tr("全部表决规则"), None)
        for code, rule in RULE_SETS.items():
            # The rule's name on screen, its code only as the item's data.
            self.rule_filter.addItem(core_tr(rule.name), code)
            self.rule_filter.setItemData(
                self.rule_filter.count() - 1, core_tr(rule.basis), Qt.ItemDataRole.ToolTipRole
            )
        self.rule_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule_filter.setMinimumContentsLength(8)  # long names are elided, not widening the page
        self.overdue_only = QCheckBox(self.tr("只看逾期"))
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Interactive, so a clerk's column widths can be kept; sized to the contents once at first.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Size columns by the first rows only: measuring all 200 rows of a page (every cell a
        # call into Python) was a visible part of start-up, and later rows are alike.
        header.setResizeContentsPrecision(SIZE_COLUMNS_BY_ROWS)
        # Qt moves the sort arrow to any clicked column; the database sorts only some (层数 and
        # 户数 not), so a click there puts the arrow back where the order really comes from.
        self._sorted_by = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        # Columns whose width neither the rows nor the clerk has set yet: all of them at first.
        self.columns_sized = False
        self._columns_to_fit: set[int] = set(range(model.columnCount()))
        self._fitting = False  # sizing by program, not by the clerk's hand
        header.sectionResized.connect(self._section_resized)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("登记新案件…"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setToolTip(self.tr("把当前筛选出的全部案件（不只是这一页）导出为 Excel 表格"))
        self.print_button = QPushButton(self.tr("打印列表"))
        self.print_button.setToolTip(self.tr("把当前筛选出的全部案件生成 PDF 以便打印"))
        self.result = QLabel()  # what the last export or print did (whole in its tooltip)
        self.result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prev_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.stage_filter, 1)
        top.addWidget(self.community_filter, 1)
        top.addWidget(self.rule_filter, 1)
        top.addWidget(self.overdue_only)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.print_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        self.banner = QLabel()
        self.banner.setStyleSheet("background:#fff6d5; padding:4px")
        self.clear_banner = QPushButton(self.tr("清除筛选"))
        self.figure_title: str | None = None  # the dashboard figure the list shows, if any
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.clear_banner)
        self.banner.hide()
        self.clear_banner.hide()
        self.clear_banner.clicked.connect(self._filters_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(banner_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        for combo in (self.stage_filter, self.community_filter, self.rule_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.overdue_only.toggled.connect(self._filters_changed)
        self.prev_button.clicked.connect(lambda: model.set_page(model.offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: model.set_page(model.offset + PAGE_SIZE))
        self.export_button.clicked.connect(self.export_excel)
        self.print_button.clicked.connect(self.print_list)
        self.export_button.setEnabled(ops is not None)
        self.print_button.setEnabled(ops is not None)
        model.page_loaded.connect(self._page_loaded)
        self._page_loaded(0)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())

    def set_communities(self, names: list[str]) -> None:
        """Fill the filter anew (it is refilled when a community is set up), keeping the choice."""
        combo = self.community_filter
        chosen = combo.currentData()
        combo.blockSignals(True)  # the same filter again: no reload of the list
        while combo.count() > 1:  # item 0 is 全部社区
            combo.removeItem(1)
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    def show_figure(self, title: str, case_filter: CaseFilter) -> None:
        """The cases behind a dashboard figure, with a banner saying which figure they are."""
        self.banner.setText(self.tr("正在查看：{t}").format(t=title))
        self.banner.show()
        self.clear_banner.show()
        self.figure_title = title
        self.model.set_filter(case_filter)

    def _filters_changed(self, *_args: object) -> None:
        self.banner.hide()
        self.clear_banner.hide()
        self.figure_title = None
        code = self.stage_filter.currentData()
        self.model.set_filter(
            CaseFilter(
                stages=(Stage(code),) if code else (),
                community=self.community_filter.currentData(),
                rule_set=self.rule_filter.currentData(),
                overdue_on=date.today() if self.overdue_only.isChecked() else None,
                text=self.search.text().strip() or None,
            )
        )

    def _page_loaded(self, total: int) -> None:
        # Not while restoring: the restored sort order reloads the page before the widths are in.
        if total and not self._fitting and (self._columns_to_fit or not self.columns_sized):
            self._fit_columns()
        first = self.model.offset + 1 if total else 0
        last = self.model.offset + self.model.rowCount()
        self.count_label.setText(
            self.tr("共 {total} 件，第 {first}–{last} 件").format(total=total, first=first, last=last)
        )
        self.prev_button.setEnabled(self.model.offset > 0)
        self.next_button.setEnabled(last < total)

    # --- columns: sort arrows and widths -----------------------------------------------------------

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.is_sortable(column):
            self._sorted_by = (column, order)
            return
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(*self._sorted_by)
        header.blockSignals(blocked)

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._columns_to_fit.discard(column)  # the clerk chose this width: keep it

    def _fit_columns(self) -> None:
        """Size to the rows the columns whose width nobody chose yet (all, the first time).
        The case number is the clerk's key to a case: its column always shows it whole."""
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            if len(self._columns_to_fit) == header.count():
                self.table.resizeColumnsToContents()
            else:
                for column in sorted(self._columns_to_fit):
                    self.table.resizeColumnToContents(column)
            needed = self.table.sizeHintForColumn(COL_CASE_NO)
            if header.sectionSize(COL_CASE_NO) < needed:
                header.resizeSection(COL_CASE_NO, needed)
        finally:
            self._fitting = False
        self._columns_to_fit.clear()
        self.columns_sized = True

    def column_state(self) -> tuple[QByteArray, str]:
        """The header's state to keep, and which columns still wait to be sized to rows (comma
        separated): widths saved while the list was empty are only the titles' widths."""
        waiting = ",".join(str(c) for c in sorted(self._columns_to_fit))
        return self.table.horizontalHeader().saveState(), waiting

    def restore_columns(self, state: object, waiting: object = None) -> None:
        """Restore the clerk's column widths and order, keeping only sane widths: a column saved
        before any row was shown, hidden, or narrower than its own title is sized to its
        contents when the rows arrive."""
        header = self.table.horizontalHeader()
        if not isinstance(state, QByteArray | bytes):
            return
        self._fitting = True
        try:
            if not header.restoreState(QByteArray(state)):
                return
            last = header.count() - 1
            squeezed = {
                c
                for c in range(header.count())
                if header.isSectionHidden(c)
                or (c != last and header.sectionSize(c) < header.sectionSizeHint(c))
            }
            for column in squeezed:
                header.showSection(column)
            if not self.model.is_sortable(header.sortIndicatorSection()):
                header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        finally:
            self._fitting = False
        saved = {int(c) for c in str(waiting or "").split(",") if c.strip().isdigit()}
        self._columns_to_fit = {c for c in squeezed | saved if c < header.count()}
        self.columns_sized = not self._columns_to_fit
        if self.model.rowCount():
            self._fit_columns()

    # --- export and print ----------------------------------------------------------------------

    def export_excel(self) -> None:
        """导出 Excel…: every case of the current filter, in the list's order, to a chosen file."""
        if self.ops is None:
            return
        suggested = str(Path.home() / self.tr("案件列表-{d}.xlsx").format(d=date.today().strftime("%Y%m%d")))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出 Excel"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not chosen:
            return
        out = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        case_filter, (sort, descending) = self.model.case_filter, self.model.sort_key

        def work(sf, actor) -> int:
            from casedesk.core.export import export_case_list

            return export_case_list(
                sf, actor, case_filter, out, today=date.today(), sort=sort, descending=descending
            )

        self._say(self.tr("正在导出……"))
        self.ops.query(
            work,
            lambda n: self._say(self.tr("已导出 {n} 件：{path}").format(n=n, path=out)),
            self._failed,
        )

    def print_list(self) -> None:
        """打印列表: a PDF of every case of the current filter, opened in the PDF viewer."""
        if self.ops is None:
            return
        from casedesk.ui.pdf_files import pdf_output_dir

        out = pdf_output_dir() / self.tr("案件列表-{t}.pdf").format(
            t=datetime.now().strftime("%Y%m%d-%H%M%S")
        )
        case_filter, (sort, descending), heading = (
            self.model.case_filter,
            self.model.sort_key,
            self.figure_title,
        )

        def work(sf, actor) -> Path:
            from casedesk.core.export import print_case_list

            return print_case_list(
                sf,
                actor,
                case_filter,
                out,
                today=date.today(),
                sort=sort,
                descending=descending,
                heading=heading,
            )

        self._say(self.tr("正在生成 PDF……"))
        self.ops.query(work, self._printed, self._failed)

    def _printed(self, path: Path) -> None:
        from casedesk.ui.pdf_files import open_pdf

        self.last_pdf = path
        self._say(self.tr("已生成：{path}").format(path=path))
        open_pdf(self, path)

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setToolTip(text)

    def _failed(self, error: BaseException) -> None:
        self._say("")
        if self.ops is not None:
            self.ops.show_error(error)
