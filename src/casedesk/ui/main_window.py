"""The main window: navigation bar and the case list (the clerk's desktop grows from here)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk import __version__, paths
from casedesk.core.consent.rules import RULE_SETS
from casedesk.core.db.database import Database
from casedesk.core.db.queries import CaseFilter
from casedesk.core.domain.enums import Role, Stage
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case, visible_communities
from casedesk.core.services.workflow import work_queue
from casedesk.ui.models.case_table import PAGE_SIZE, CaseTableModel
from casedesk.ui.new_case import NewCaseDialog  # here too: tests and callers import it from here
from casedesk.ui.operations import Changed, OpContext
from casedesk.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 300  # wait for the clerk to stop typing before querying
BUSY_INDICATOR_DELAY_MS = 500  # quicker work would only flicker
SIZE_COLUMNS_BY_ROWS = 40


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
        self.community_filter = QComboBox()
        self.community_filter.addItem(self.tr("全部社区"), None)
        self.rule_filter = QComboBox()
        self.rule_filter.addItem(self.tr("全部表决规则"), None)
        for code, rule in RULE_SETS.items():
            self.rule_filter.addItem(code, code)
            self.rule_filter.setItemData(self.rule_filter.count() - 1, rule.name, Qt.ItemDataRole.ToolTipRole)
        self.overdue_only = QCheckBox(self.tr("只看逾期"))
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Interactive, so a clerk's column widths can be kept; sized to the contents once at first.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Size columns by the first rows only: measuring all 200 rows of a page (every cell a
        # call into Python) was a visible part of start-up, and later rows are alike.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_COLUMNS_BY_ROWS)
        self.columns_sized = False
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("登记新案件…"))
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
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        self.banner = QLabel()
        self.banner.setStyleSheet("background:#fff6d5; padding:4px")
        self.clear_banner = QPushButton(self.tr("清除筛选"))
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
        model.page_loaded.connect(self._page_loaded)
        self._page_loaded(0)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())

    def set_communities(self, names: list[str]) -> None:
        for name in names:
            self.community_filter.addItem(name, name)

    def show_figure(self, title: str, case_filter: CaseFilter) -> None:
        """The cases behind a dashboard figure, with a banner saying which figure they are."""
        self.banner.setText(self.tr("正在查看：{t}").format(t=title))
        self.banner.show()
        self.clear_banner.show()
        self.model.set_filter(case_filter)

    def _filters_changed(self, *_args: object) -> None:
        self.banner.hide()
        self.clear_banner.hide()
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
        if total and not self.columns_sized:
            self.table.resizeColumnsToContents()
            self.columns_sized = True
        first = self.model.offset + 1 if total else 0
        last = self.model.offset + self.model.rowCount()
        self.count_label.setText(
            self.tr("共 {total} 件，第 {first}–{last} 件").format(total=total, first=first, last=last)
        )
        self.prev_button.setEnabled(self.model.offset > 0)
        self.next_button.setEnabled(last < total)


class WorkQueuePage(QWidget):
    """工作台: overdue, due soon, blocked and needing verification, each with its count."""

    open_case = Signal(str)

    def __init__(self, runner: TaskRunner, database: Database, actor: Actor):
        super().__init__()
        self._runner, self._db, self._actor = runner, database, actor
        self.summary = QLabel()
        self.lists: dict[str, QListWidget] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        grid = QHBoxLayout()
        for key, title in (
            ("overdue", self.tr("超期")),
            ("due_soon", self.tr("7 日内到期")),
            ("blocked", self.tr("受阻")),
            ("needs_verification", self.tr("表决需核实")),
        ):
            box = QVBoxLayout()
            label = QLabel(title)
            label.setObjectName(f"title_{key}")
            box.addWidget(label)
            widget = QListWidget()
            widget.itemDoubleClicked.connect(
                lambda item: self.open_case.emit(item.data(Qt.ItemDataRole.UserRole))
            )
            box.addWidget(widget)
            self.lists[key] = widget
            grid.addLayout(box)
        layout.addLayout(grid, 1)

    def reload(self) -> None:
        sf, actor = self._db.session_factory, self._actor
        self._runner.run(lambda: work_queue(sf, actor, date.today()), self._show)

    def _show(self, queue) -> None:
        counts = []
        for key, widget in self.lists.items():
            page = getattr(queue, key)
            widget.clear()
            for case in page.rows:
                item = QListWidgetItem(f"{case.case_no}  {case.stage_text}\n{case.community}{case.address}")
                item.setData(Qt.ItemDataRole.UserRole, case.case_no)
                widget.addItem(item)
            title = self.findChild(QLabel, f"title_{key}")
            base = title.text().split("（")[0]
            title.setText(f"{base}（{page.total}）")
            counts.append(page.total)
        self.summary.setText(
            self.tr("超期 {a} 件，7 日内到期 {b} 件，受阻 {c} 件，需核实 {d} 件").format(
                a=counts[0], b=counts[1], c=counts[2], d=counts[3]
            )
        )


class ReportsPage(QWidget):
    """报表: the monthly report for a month and a street (or the whole city), opened in the viewer."""

    def __init__(self, runner: TaskRunner, database: Database, actor: Actor):
        super().__init__()
        self._runner, self._db, self._actor = runner, database, actor
        today = date.today()
        self.month = QComboBox()
        for back in range(24):
            year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
            self.month.addItem(f"{year:04d}-{month + 1:02d}")
        self.street = QLineEdit(placeholderText=self.tr("街道名称（留空为全部）"))
        self.refresh_button = QPushButton(self.tr("刷新概况"))
        self.button = QPushButton(self.tr("生成月度报表"))
        self.status = QLabel()
        self.last_pdf = None
        from casedesk.ui.dashboard import DashboardWidget

        self.dashboard = DashboardWidget()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("街道")))
        bar.addWidget(self.street, 1)
        bar.addWidget(self.refresh_button)
        bar.addSpacing(24)
        bar.addWidget(QLabel(self.tr("月份")))
        bar.addWidget(self.month)
        bar.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.dashboard, 1)
        self.button.clicked.connect(self.generate)
        self.refresh_button.clicked.connect(self.reload)
        self.street.returnPressed.connect(self.reload)

    def reload(self) -> None:
        from casedesk.core.services.dashboard import dashboard

        sf, actor, street = self._db.session_factory, self._actor, self.street.text().strip() or None
        self._runner.run(
            lambda: dashboard(sf, actor, today=date.today(), street=street),
            self.dashboard.show_dashboard,
            self._failed,
        )

    def generate(self) -> None:
        from casedesk.core.services.report_data import print_monthly
        from casedesk.ui.case_detail import pdf_output_dir

        month, street = self.month.currentText(), self.street.text().strip() or None
        out = pdf_output_dir() / f"月度报表-{month}{'-' + street if street else ''}.pdf"
        sf, actor = self._db.session_factory, self._actor
        self.status.setText(self.tr("正在生成……"))
        self._runner.run(
            lambda: print_monthly(sf, actor, month, out, street=street, today=date.today()),
            self._done,
            self._failed,
        )

    def _done(self, path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        self.last_pdf = path
        self.status.setText(self.tr("已生成：{p}").format(p=path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, error: BaseException) -> None:
        from casedesk.ui.errors import user_error_to_label

        user_error_to_label(self.status, error)


# Which pages each role sees, in order (SPEC §1).
PAGES_BY_ROLE = {
    Role.CLERK: ("queue", "cases"),
    Role.MEDIATOR: ("mediation", "cases"),
    Role.SUPERVISOR: ("queue", "cases", "mediation", "reports"),
    Role.ADMIN: ("queue", "cases", "mediation", "reports", "settings"),
}


class MainWindow(QMainWindow):
    def __init__(self, database: Database, actor: Actor, runner: TaskRunner, office_name: str = ""):
        super().__init__()
        self.database = database
        self.actor = actor
        self.runner = runner
        # Every screen of this window runs its work through one context and one change bus.
        self.ops = OpContext(runner, database.session_factory, actor, self.show_error)
        self.case_windows: dict[str, QWidget] = {}
        self.setWindowTitle(
            self.tr("CaseDesk 加装电梯案件管理") + (f" — {office_name}" if office_name else "")
        )
        self.resize(1200, 760)

        self.nav = QListWidget()
        self.nav.setMaximumWidth(140)
        self.pages = QStackedWidget()
        self.case_model = CaseTableModel(runner, database.session_factory, actor, self)
        self.case_page = CaseListPage(self.case_model)
        self.queue_page = WorkQueuePage(runner, database, actor)
        titles = {
            "queue": self.tr("工作台"),
            "cases": self.tr("案件"),
            "mediation": self.tr("调解"),
            "reports": self.tr("报表"),
            "settings": self.tr("设置"),
        }
        self.page_keys = list(PAGES_BY_ROLE[actor.role])
        # Pages other than the work queue and the case list are built when first needed: each
        # imports its own modules and widgets, which start-up need not pay for.
        self._built_pages: dict[str, QWidget] = {"queue": self.queue_page, "cases": self.case_page}
        for key in self.page_keys:
            self.nav.addItem(titles[key])
            self.pages.addWidget(self._built_pages.get(key) or QWidget())
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([130, 1070])
        self.setCentralWidget(splitter)

        account_menu = self.menuBar().addMenu(self.tr("账户"))
        self.password_action = account_menu.addAction(self.tr("修改密码…"))
        self.password_action.triggered.connect(self.change_password)
        self.password_action.setEnabled(actor.user_id is not None)  # the built-in account has none
        help_menu = self.menuBar().addMenu(self.tr("帮助"))
        self.about_action = help_menu.addAction(self.tr("关于 CaseDesk…"))
        self.about_action.triggered.connect(self.show_about)

        new_case = QAction(self.tr("登记新案件…"), self)
        new_case.setShortcut("Ctrl+N")
        new_case.triggered.connect(self.new_case)
        self.addAction(new_case)
        self.case_page.new_button.clicked.connect(self.new_case)
        self.case_page.table.doubleClicked.connect(
            lambda index: self.open_case(self.case_model.case_at(index.row()).case_no)
        )
        self.queue_page.open_case.connect(self.open_case)

        where = database.location_text
        self.statusBar().showMessage(
            self.tr("用户：{user}（{role}）    数据库：{db}    版本 {ver}").format(
                user=actor.name, role=actor.role.label, db=where, ver=__version__
            )
        )
        if database.location_warning:
            self.statusBar().showMessage(database.location_warning)
        # Anything that takes longer than half a second gets a visible, indeterminate progress bar.
        self.busy_bar = QProgressBar(maximumWidth=160, textVisible=False)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_INDICATOR_DELAY_MS)
        self._busy_timer.timeout.connect(self.busy_bar.show)
        runner.busy_changed.connect(self._busy)
        for key, slot in (
            ("Ctrl+F", self.focus_search),
            ("F5", self.refresh),
        ):
            QShortcut(QKeySequence(key), self, activated=slot)
        self._restore_state()
        self.case_model.reload()
        sf = database.session_factory
        runner.run(lambda: visible_communities(sf, actor), self.case_page.set_communities)
        # The other pages load when first shown, and the first of them once the event loop runs:
        # start-up pays only for what is on screen (whoever opens on the case list never waits
        # for the work queue's queries; a clerk's 工作台 loads a moment after the window).
        self._loaded_pages = {"cases"}
        self.nav.currentRowChanged.connect(self._page_shown)
        QTimer.singleShot(0, self, lambda: self._page_shown(self.nav.currentRow()))
        from casedesk.ui.change_watch import ChangeWatcher

        self.change_watcher = ChangeWatcher(runner, sf, actor.username, self)
        self.change_watcher.changed.connect(self.others_changed)
        self.change_watcher.start()

    def others_changed(self, batch) -> None:
        """Colleagues changed something: lists refresh themselves; an open case says so and waits for
        F5, because reloading under a clerk's half-entered ballots would throw their work away."""
        self.refresh()
        for case_no in batch.case_numbers:
            window = self.case_windows.get(case_no)
            if window is not None and window.isVisible():
                window.changed_elsewhere(batch.people)
        self.statusBar().showMessage(
            self.tr("{users} 刚刚修改了数据，列表已更新").format(users="、".join(batch.people)), 15_000
        )

    def _settings(self) -> QSettings:
        # Window state is per user and per PC, in an INI file (Picard's choice), not in the database.
        return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CaseDesk", "casedesk-ui")

    def _restore_state(self) -> None:
        settings = self._settings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        header = settings.value("main/case_columns")
        if header is not None and self.case_page.table.horizontalHeader().restoreState(header):
            self.case_page.columns_sized = True

    def closeEvent(self, event) -> None:  # Qt override
        settings = self._settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/case_columns", self.case_page.table.horizontalHeader().saveState())
        for window in self.case_windows.values():
            window.close()
        super().closeEvent(event)

    def show_error(self, error: BaseException) -> None:
        from casedesk.ui.errors import show_error

        show_error(self, error, None)

    def new_case(self) -> None:
        """登记新案件, non-blocking; it offers the places the user works in and closes only once
        the case exists (a refused case keeps what was typed)."""
        from casedesk.core.services.places import list_places

        dialog = getattr(self, "new_case_dialog", None)
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            return
        dialog = self.new_case_dialog = NewCaseDialog(self)
        dialog.submitted.connect(lambda new: self._create_case(dialog, new))
        self.ops.query(list_places, dialog.set_places)
        dialog.open()

    def _create_case(self, dialog: NewCaseDialog, new: NewCase) -> None:
        # OFFICE: a new case may bring a new community or compound with it.
        self.ops.change(
            lambda sf, actor: create_case(sf, actor, new),
            Changed.OFFICE,
            on_ok=lambda case_no: self._created(case_no, dialog),
            on_err=dialog.failed,
        )

    def _created(self, case_no: str, dialog: NewCaseDialog | None = None) -> None:
        if dialog is not None:
            dialog.created()
        self.case_model.reload()
        self.open_case(case_no)

    def open_case(self, case_no: str) -> None:
        from casedesk.ui.case_detail import CaseWindow

        window = self.case_windows.get(case_no)
        if window is None:
            window = CaseWindow(
                self.database.session_factory,
                self.actor,
                self.runner,
                case_no,
                self.show_error,
                bus=self.ops.bus,
                documents_dir=paths.documents_dir_for(self.database.file),
                navigator=self,
            )
            self.case_windows[case_no] = window
        window.show()
        window.raise_()

    def open_dispute(self, dispute_no: str) -> None:
        """Show one dispute: selected in the 调解 page for those who have it (the case window's 纠纷
        tab links here), else read-only in a window of its own (a clerk following their case)."""
        if "mediation" not in self.page_keys:
            from casedesk.ui.mediation import DisputeDetailDialog

            self.dispute_dialog = DisputeDetailDialog(self.ops, dispute_no, navigator=self, parent=self)
            self.dispute_dialog.show()  # a viewer: the case window stays usable beside it
            return
        self.nav.setCurrentRow(self.page_keys.index("mediation"))
        self.mediation_page.show_dispute(dispute_no)
        self.show()
        self.raise_()
        self.activateWindow()

    def _page_shown(self, row: int) -> None:
        key = self.page_keys[row] if 0 <= row < len(self.page_keys) else None
        if key is None or key in self._loaded_pages:
            return
        self._loaded_pages.add(key)
        self._page(key).reload()

    def _page(self, key: str) -> QWidget:
        """The page for *key*, built (in place of its placeholder) the first time it is asked for."""
        page = self._built_pages.get(key)
        if page is not None:
            return page
        runner, database, actor = self.runner, self.database, self.actor
        if key == "reports":
            page = ReportsPage(runner, database, actor)
            page.dashboard.show_cases.connect(self.show_figure_cases)
        elif key == "settings":
            from casedesk.ui.settings_page import SettingsPage

            page = SettingsPage(runner, database, actor, ops=self.ops)
        elif key == "mediation":
            from casedesk.ui.mediation import MediationPage

            page = MediationPage(self.ops)
            page.open_case.connect(self.open_case)
        else:
            raise KeyError(key)
        index = self.page_keys.index(key)
        placeholder = self.pages.widget(index)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        self._built_pages[key] = page
        return page

    @property
    def reports_page(self) -> ReportsPage:
        return self._page("reports")

    @property
    def settings_page(self):  # -> SettingsPage, imported only when first needed
        return self._page("settings")

    @property
    def mediation_page(self):  # -> MediationPage
        return self._page("mediation")

    def show_figure_cases(self, figure) -> None:
        self.nav.setCurrentRow(self.page_keys.index("cases"))
        self.case_page.show_figure(figure.label, figure.behind)

    def change_password(self) -> None:
        from casedesk.ui.password import PasswordDialog

        self.password_dialog = PasswordDialog(self.ops, self)
        self.password_dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("密码已修改，下次登录请使用新密码"), 15_000)
        )
        self.password_dialog.open()

    def show_about(self) -> None:
        from casedesk.ui.about import AboutDialog

        where = self.database.location_text
        self.about_dialog = AboutDialog(where, self)
        self.about_dialog.open()

    def focus_search(self) -> None:
        if "cases" in self.page_keys:
            self.nav.setCurrentRow(self.page_keys.index("cases"))
            self.case_page.search.setFocus()
            self.case_page.search.selectAll()

    def refresh(self) -> None:
        self.case_model.reload()
        if "queue" in self.page_keys:
            self.queue_page.reload()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()
            self.unsetCursor()
