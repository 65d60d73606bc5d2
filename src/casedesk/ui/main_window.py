"""The main window: navigation bar and the case list (the clerk's desktop grows from here)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QListWidget,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from casedesk import __version__, paths
from casedesk.core.db.database import Database
from casedesk.core.domain.enums import Role
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case, visible_communities
from casedesk.ui.case_list_page import CaseListPage
from casedesk.ui.i18n import core_tr, sep
from casedesk.ui.models.case_table import CaseTableModel
from casedesk.ui.new_case import NewCaseDialog  # here too: tests and callers import it from here
from casedesk.ui.operations import Change, Changed, OpContext
from casedesk.ui.reports_page import ReportsPage
from casedesk.ui.screen_fit import resize_within_screen
from casedesk.ui.tasks import TaskRunner
from casedesk.ui.work_queue_page import WorkQueuePage

BUSY_INDICATOR_DELAY_MS = 500  # quicker work would only flicker


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
        resize_within_screen(self, 1200, 760)

        self.nav = QListWidget()
        self.nav.setMaximumWidth(140)
        self.pages = QStackedWidget()
        self.case_model = CaseTableModel(runner, database.session_factory, actor, self)
        self.case_page = CaseListPage(self.case_model, self.ops)
        self.queue_page = WorkQueuePage(self.ops)
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
        # A change made in this program (a case window, a dialog) reloads the lists it touched.
        self.ops.bus.changed.connect(self._on_change)

        where = database.location_text
        self.statusBar().showMessage(
            self.tr("用户：{user}（{role}）    数据库：{db}    版本 {ver}").format(
                user=actor.name, role=core_tr(actor.role.label), db=where, ver=__version__
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
        self._load_communities()
        # The other pages load when first shown, and the first of them once the event loop runs:
        # start-up pays only for what is on screen (whoever opens on the case list never waits
        # for the work queue's queries; a clerk's 工作台 loads a moment after the window).
        self._loaded_pages = {"cases"}
        self.nav.currentRowChanged.connect(self._page_shown)
        QTimer.singleShot(0, self, lambda: self._page_shown(self.nav.currentRow()))
        from casedesk.ui.change_watch import ChangeWatcher

        self.change_watcher = ChangeWatcher(runner, database.session_factory, actor.username, self)
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
            self.tr("{users} 刚刚修改了数据，列表已更新").format(users=sep().join(batch.people)), 15_000
        )

    def _settings(self) -> QSettings:
        # Window state is per user and per PC, in an INI file (Picard's choice), not in the database.
        return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CaseDesk", "casedesk-ui")

    def _restore_state(self) -> None:
        settings = self._settings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.case_page.restore_columns(
            settings.value("main/case_columns"), settings.value("main/case_columns_fit")
        )

    def closeEvent(self, event) -> None:  # Qt override
        settings = self._settings()
        settings.setValue("main/geometry", self.saveGeometry())
        columns, waiting = self.case_page.column_state()
        settings.setValue("main/case_columns", columns)
        settings.setValue("main/case_columns_fit", waiting)  # columns no row has sized yet
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
            page = ReportsPage(self.ops)
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
        self.case_page.show_figure(core_tr(figure.label), figure.behind)

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

    # What the case list and the work queue show: the list has the case row, its flats and the
    # office's place names; the queue's reasons also come from documents, the notice, the saved
    # tally and disputes.
    CASE_LIST_KINDS = Changed.CASE | Changed.BALLOTS | Changed.OFFICE
    QUEUE_KINDS = Changed.CASE | Changed.CHECKLIST | Changed.NOTICE | Changed.TALLY | Changed.DISPUTES

    def _load_communities(self) -> None:
        self.ops.query(lambda sf, actor: visible_communities(sf, actor), self.case_page.set_communities)

    def _on_change(self, change: Change) -> None:
        """A stage move in a case window shows in the list and the queue without F5."""
        if change.touches(Changed.OFFICE):
            self._load_communities()  # a community set up in 设置 is in the list's filter at once
        if change.touches(self.CASE_LIST_KINDS):
            self.case_model.reload()
        if change.touches(self.QUEUE_KINDS) and "queue" in self._loaded_pages:
            self.queue_page.reload()  # a queue never shown loads when it is first shown

    def _busy(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()
            self.unsetCursor()
