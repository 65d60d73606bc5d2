"""The main window: navigation bar and the case list (the clerk's desktop grows from here)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk import __version__
from casedesk.core.db.database import Database
from casedesk.core.db.queries import CaseFilter
from casedesk.core.domain.enums import Stage
from casedesk.core.services.actor import Actor
from casedesk.ui.models.case_table import PAGE_SIZE, CaseTableModel
from casedesk.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 300  # wait for the clerk to stop typing before querying


class CaseListPage(QWidget):
    """Search, stage filter, the paged table and page navigation."""

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit(placeholderText=self.tr("搜索：案件编号、地址、业主姓名、电话、证件号后四位"))
        self.search.setClearButtonEnabled(True)
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("全部阶段"), None)
        for stage in Stage:
            self.stage_filter.addItem(stage.label, stage.value)  # Qt turns StrEnums into str
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        self.prev_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.stage_filter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.stage_filter.currentIndexChanged.connect(self._stage_changed)
        self.prev_button.clicked.connect(lambda: model.set_page(model.offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: model.set_page(model.offset + PAGE_SIZE))
        model.page_loaded.connect(self._page_loaded)
        self._page_loaded(0)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())

    def _stage_changed(self, _index: int) -> None:
        code = self.stage_filter.currentData()
        stages = (Stage(code),) if code else ()
        self.model.set_filter(CaseFilter(stages=stages, text=self.search.text() or None))

    def _page_loaded(self, total: int) -> None:
        first = self.model.offset + 1 if total else 0
        last = self.model.offset + self.model.rowCount()
        self.count_label.setText(
            self.tr("共 {total} 件，第 {first}–{last} 件").format(total=total, first=first, last=last)
        )
        self.prev_button.setEnabled(self.model.offset > 0)
        self.next_button.setEnabled(last < total)


class MainWindow(QMainWindow):
    def __init__(self, database: Database, actor: Actor, runner: TaskRunner, office_name: str = ""):
        super().__init__()
        self.database = database
        self.actor = actor
        self.runner = runner
        self.setWindowTitle(
            self.tr("CaseDesk 加装电梯案件管理") + (f" — {office_name}" if office_name else "")
        )
        self.resize(1200, 760)

        self.nav = QListWidget()
        self.nav.addItems([self.tr("案件")])
        self.nav.setFixedWidth(120)
        self.nav.setCurrentRow(0)
        self.case_model = CaseTableModel(runner, database.session_factory, actor, self)
        self.case_page = CaseListPage(self.case_model)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.case_page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        where = str(database.file) if database.file else database.url
        self.statusBar().showMessage(
            self.tr("用户：{user}    数据库：{db}    版本 {ver}").format(
                user=actor.name, db=where, ver=__version__
            )
        )
        if database.location_warning:
            self.statusBar().showMessage(database.location_warning)
        runner.busy_changed.connect(self._busy)
        self.case_model.reload()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
