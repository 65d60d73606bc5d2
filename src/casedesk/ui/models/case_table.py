"""The case list model: one page of CaseSummary rows fetched through the TaskRunner.

Filtering, sorting and paging run in SQL (casedesk.core.db.queries), not in a proxy model, so the
list stays instant on the city-scale database; the model only holds the visible page.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from casedesk.core.db.engine import SessionFactory
from casedesk.core.domain.views import CaseFilter, CaseSummary, Page
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import list_cases
from casedesk.ui.i18n import core_tr
from casedesk.ui.tasks import TaskRunner

COL_CASE_NO, COL_STAGE, COL_COMMUNITY, COL_ADDRESS, COL_FLOORS, COL_FLATS, COL_SINCE, COL_DUE = range(8)
SORT_KEY_BY_COLUMN = {
    COL_CASE_NO: "case_no",
    COL_STAGE: "stage",
    COL_COMMUNITY: "community",
    COL_ADDRESS: "address",
    COL_SINCE: "opened_on",
    COL_DUE: "stage_due_on",
}
PAGE_SIZE = 200

AnyIndex = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Signals:
    page_loaded(total): a new page arrived; `total` is the number of matching cases.
    """

    page_loaded = Signal(int)

    def __init__(
        self, runner: TaskRunner, session_factory: SessionFactory, actor: Actor, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._runner = runner
        self._session_factory = session_factory
        self._actor = actor
        self._rows: tuple[CaseSummary, ...] = ()
        self._total = 0
        self._filter = CaseFilter()
        self._sort = "case_no"
        self._descending = False
        self._offset = 0
        self._generation = 0  # answers to superseded requests are dropped
        self._today = date.today()
        self._headers = [
            self.tr("案件编号"),
            self.tr("阶段"),
            self.tr("社区"),
            self.tr("地址"),
            self.tr("层数"),
            self.tr("户数"),
            self.tr("受理日期"),
            self.tr("阶段期限"),
        ]

    # --- loading ---------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def offset(self) -> int:
        return self._offset

    @property
    def case_filter(self) -> CaseFilter:
        """The filter the list shows now (an export or print takes the same)."""
        return self._filter

    @property
    def sort_key(self) -> tuple[str, bool]:
        """The list's order: (sort key, descending)."""
        return self._sort, self._descending

    @staticmethod
    def is_sortable(column: int) -> bool:
        return column in SORT_KEY_BY_COLUMN

    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self._offset = 0
        self.reload()

    def set_search(self, text: str) -> None:
        self.set_filter(replace(self._filter, text=text.strip() or None))

    def set_page(self, offset: int) -> None:
        self._offset = max(0, offset)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        sf, actor, flt, sort, desc, off = (
            self._session_factory,
            self._actor,
            self._filter,
            self._sort,
            self._descending,
            self._offset,
        )

        def fetch() -> Page[CaseSummary] | None:
            if generation != self._generation:
                return None  # superseded while it waited in the queue (start-up asks several times)
            return list_cases(sf, actor, flt, sort=sort, descending=desc, offset=off, limit=PAGE_SIZE)

        self._runner.run(fetch, lambda page: self._apply(generation, page))

    def _apply(self, generation: int, page: Page[CaseSummary] | None) -> None:
        if page is None or generation != self._generation:
            return
        self.beginResetModel()
        self._rows = page.rows
        self._total = page.total
        self.endResetModel()
        self.page_loaded.emit(page.total)

    def case_at(self, row: int) -> CaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt model interface ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return None if self.is_sortable(section) else self.tr("此列不能排序")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        case = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, col)
        if role == Qt.ItemDataRole.UserRole:
            return case.case_no
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DUE and case.is_overdue(self._today):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_FLOORS, COL_FLATS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ADDRESS:
            return case.full_address
        return None

    def _display(self, case: CaseSummary, col: int) -> str:
        if col == COL_CASE_NO:
            return case.case_no
        if col == COL_STAGE:
            return core_tr(case.stage_text)
        if col == COL_COMMUNITY:
            return case.community
        if col == COL_ADDRESS:
            return case.address
        if col == COL_FLOORS:
            return str(case.floors)
        if col == COL_FLATS:
            return str(case.flat_count)
        if col == COL_SINCE:
            return case.opened_on.isoformat()
        if col == COL_DUE:
            if case.stage_due_on is None:
                return ""
            overdue = self.tr("（超期）") if case.is_overdue(self._today) else ""
            return case.stage_due_on.isoformat() + overdue
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEY_BY_COLUMN.get(column)
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._offset = 0
        self.reload()
