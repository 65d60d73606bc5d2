"""The case window: 概况, 住户与表决, 进度, 公示与异议, 纠纷, 费用与补贴, 日志.

Each tab lives in its own module and runs its work through the window's `OpContext`
(ui/operations.py). A successful change is announced on the change bus with what it touched;
the window reloads the tabs whose kinds are in that note (and the log after every change) if they
are showing, and marks the hidden ones stale: a stale tab reloads when it is shown. A clerk typing a
stack of ballots then reloads only the grid and its tally, not five hidden tabs on the same worker
the grid waits for (make bench: the GUI-thread stall while typing).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casedesk import paths
from casedesk.core.db.engine import SessionFactory
from casedesk.core.domain.enums import Role, Stage
from casedesk.core.domain.views import CaseDetail
from casedesk.core.gc_pause import freeze_long_lived
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import get_case
from casedesk.core.services.forms import FORM_KINDS, print_form
from casedesk.ui.case_ballots import BallotTab
from casedesk.ui.case_disputes import DisputesTab
from casedesk.ui.case_money import MoneyTab
from casedesk.ui.case_notice import NoticeTab
from casedesk.ui.case_overview import OverviewTab
from casedesk.ui.case_progress import ProgressTab
from casedesk.ui.i18n import core_tr
from casedesk.ui.operations import Change, ChangeBus, Changed, OpContext
from casedesk.ui.pdf_files import open_pdf, pdf_output_dir
from casedesk.ui.screen_fit import resize_within_screen
from casedesk.ui.tasks import TaskRunner


class Navigator(Protocol):
    """What a case window asks of the main window: to show another case or a dispute."""

    def open_case(self, case_no: str) -> None: ...

    def open_dispute(self, dispute_no: str) -> None: ...


class CaseWindow(QWidget):
    """One case, in tabs. Opened from the work queue or the case list."""

    def __init__(
        self,
        session_factory: SessionFactory,
        actor: Actor,
        runner: TaskRunner,
        case_no: str,
        show_error=None,
        bus: ChangeBus | None = None,
        documents_dir: Path | None = None,
        navigator: Navigator | None = None,
    ):
        super().__init__()
        self.sf, self.actor, self.runner, self.case_no = session_factory, actor, runner, case_no
        # Attached scans and photos are stored by SHA-256 here (beside the database file).
        self.documents_dir = documents_dir or paths.documents_dir_for(None)
        # The main window, which opens other cases and disputes (None in a window tested alone).
        self.navigator = navigator
        self._show_error = show_error
        self.ctx = OpContext(runner, session_factory, actor, self.show_error, bus)
        self.detail: CaseDetail | None = None
        self.setWindowTitle(self.tr("案件 {no}").format(no=case_no))
        resize_within_screen(self, 1100, 700)
        self.overview = OverviewTab(self)
        self.ballots = BallotTab(self)
        self.progress = ProgressTab(self)
        self.notice = NoticeTab(self)
        self.disputes = DisputesTab(self)
        self.money = MoneyTab(self)
        self.log = QTableWidget(0, 4)
        self.log.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("用户"), self.tr("操作"), self.tr("内容")]
        )
        self.log.horizontalHeader().setStretchLastSection(True)
        self.log.verticalHeader().setVisible(False)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, self.tr("概况"))
        self.tabs.addTab(self.ballots, self.tr("住户与表决"))
        self.tabs.addTab(self.progress, self.tr("进度"))
        self.tabs.addTab(self.notice, self.tr("公示与异议"))
        self.tabs.addTab(self.disputes, self.tr("纠纷"))
        self.tabs.addTab(self.money, self.tr("费用与补贴"))
        self.tabs.addTab(self.log, self.tr("日志"))
        self.print_menu_button = QPushButton(self.tr("打印表单…"))
        self.print_menu = QMenu(self)
        for kind, title in FORM_KINDS.items():
            action = self.print_menu.addAction(core_tr(title))
            action.setData(kind)
        self.print_menu.triggered.connect(lambda action: self.print_form(action.data()))
        self.print_menu_button.setMenu(self.print_menu)
        self.print_all_ballots = QPushButton(self.tr("打印全部业主意见征询表"))
        self.print_all_ballots.clicked.connect(lambda: self.print_form("ballot"))
        # A click prints the dossier with contact numbers masked; its menu prints them in full, for
        # the roles that verify owners (the look is audited like 查看完整证件号码与电话).
        self.print_dossier_button = QToolButton()
        self.print_dossier_button.setText(self.tr("打印案卷"))
        self.print_dossier_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.print_dossier_button.setToolTip(
            self.tr(
                "封面、目录、全部表单、公示照片、异议与答复、调解记录、附件、操作日志和附件校验清单，"
                "合成一个 PDF"
            )
        )
        self.print_dossier_button.clicked.connect(lambda: self.print_dossier())
        self.dossier_menu = QMenu(self)
        self.print_dossier_full = self.dossier_menu.addAction(self.tr("打印案卷（完整显示联系电话）"))
        self.print_dossier_full.setEnabled(actor.role in (Role.CLERK, Role.SUPERVISOR, Role.ADMIN))
        self.print_dossier_full.triggered.connect(lambda: self.print_dossier(reveal=True))
        self.print_dossier_button.setMenu(self.dossier_menu)
        self.bar = QHBoxLayout()
        self.bar.addStretch(1)
        from casedesk.ui.supervisor import SUPERVISOR_ROLES, SupervisorMenu

        self.supervisor_menu: SupervisorMenu | None = None
        if actor.role in SUPERVISOR_ROLES:
            self.supervisor_menu = SupervisorMenu(self)
            self.bar.addWidget(self.supervisor_menu)
        self.bar.addWidget(self.print_all_ballots)
        self.bar.addWidget(self.print_menu_button)
        self.bar.addWidget(self.print_dossier_button)
        self.elsewhere_banner = QLabel()
        self.elsewhere_banner.setStyleSheet("background:#fff4ce;padding:4px;border:1px solid #e0c060;")
        self.elsewhere_banner.setWordWrap(True)
        self.elsewhere_banner.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.elsewhere_banner)
        layout.addLayout(self.bar)
        layout.addWidget(self.tabs)
        self.last_pdf: Path | None = None
        # Hidden tabs a change touched: each reloads when it is shown (see _on_change).
        self.stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.ctx.bus.changed.connect(self._on_change)
        self._add_shortcuts()
        self.reload()
        freeze_long_lived()  # the services and the screens are loaded now: see gc_pause

    def case_tabs(self) -> tuple:
        """The tabs that reload themselves from the bus (each has `kinds` and `refresh()`)."""
        return (self.ballots, self.progress, self.notice, self.disputes, self.money)

    def _add_shortcuts(self) -> None:
        """The frequent actions from the keyboard; the clerk's hands stay on the paper stack."""
        for key, slot in (
            ("Ctrl+S", self.ballots.save_tally),
            ("Ctrl+I", self.ballots.choose_roster),
            ("Ctrl+P", lambda: self.print_form("ballot")),
            ("Ctrl+Return", self.progress.advance),
            ("F5", self.reload),
            ("Ctrl+W", self.close),
        ):
            QShortcut(QKeySequence(key), self, activated=slot)
        for number in range(1, self.tabs.count() + 1):
            QShortcut(
                QKeySequence(f"Alt+{number}"),
                self,
                activated=lambda n=number: self.tabs.setCurrentIndex(n - 1),
            )

    def print_form(self, kind: str) -> None:
        """Build the PDF off the GUI thread, then open it in the system viewer, which previews and prints
        it with the system print dialog (Qt's own PDF printing breaks Chinese text search, tech-notes §4)."""
        out = pdf_output_dir() / f"{self.case_no}-{kind}.pdf"
        case_no = self.case_no
        # A change, not a read: printing is audited, and the tally sheet (and the notice and
        # declaration that cite it) saves a tally first when none was saved.
        self.ctx.change(
            lambda sf, actor: print_form(sf, actor, kind, case_no, out, today=date.today()),
            Changed.TALLY,
            case_no,
            self._opened_pdf,
        )

    def print_dossier(self, reveal: bool = False) -> None:
        """The whole case as one PDF (案卷), built off the GUI thread, then opened in the viewer.
        Contact numbers are masked unless *reveal* (refused for other roles by the service)."""
        from casedesk.core.services.dossier import build_dossier

        out = pdf_output_dir() / f"{self.case_no}-案卷.pdf"
        case_no, documents = self.case_no, self.documents_dir
        self.print_dossier_button.setEnabled(False)

        def done(result) -> None:
            self.print_dossier_button.setEnabled(True)
            self._opened_pdf(result.path)

        def failed(error: BaseException) -> None:
            self.print_dossier_button.setEnabled(True)
            self.show_error(error)

        # A change: the print is audited, and its forms may save a tally first (see print_form).
        self.ctx.change(
            lambda sf, actor: build_dossier(
                sf, actor, case_no, out, documents_dir=documents, today=date.today(), reveal=reveal
            ),
            Changed.TALLY,
            case_no,
            done,
            failed,
        )

    def _opened_pdf(self, path: Path) -> None:
        self.last_pdf = path
        open_pdf(self, path)

    def show_error_text(self, text: str) -> None:
        # Window-modal and non-blocking: the worker's callbacks keep flowing while it is open.
        title = self.tr("无法完成操作")
        self.message_box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        self.message_box.open()

    def show_error(self, error: BaseException) -> None:
        if self._show_error is not None:
            self._show_error(error)
        else:
            self.show_error_text(core_tr(str(error)))

    def after_change(self, _result: object = None) -> None:
        """A change made from this window outside the bus: show it everywhere, including the log."""
        self.reload()

    def _on_change(self, change: Change) -> None:
        if change.case_no is not None and change.case_no != self.case_no:
            return
        if change.kinds & Changed.CASE:
            self._load_case()
        for tab in self.case_tabs():
            if change.touches(tab.kinds, self.case_no):
                self._refresh_when_shown(tab)
        self._refresh_when_shown(self.log)

    def _refresh_when_shown(self, tab: QWidget) -> None:
        """Reload *tab* now if it is the one showing, else when it is shown next."""
        if tab is self.tabs.currentWidget():
            self.stale.discard(tab)
            self._refresh_tab(tab)
        else:
            self.stale.add(tab)

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab in self.stale:
            self.stale.discard(tab)
            self._refresh_tab(tab)

    def _refresh_tab(self, tab: QWidget) -> None:
        if tab is self.log:
            self._load_log()
        else:
            tab.refresh()  # type: ignore[attr-defined]  # one of case_tabs()

    def changed_elsewhere(self, people: list[str]) -> None:
        self.elsewhere_banner.setText(
            self.tr("{users} 刚刚修改了此案件。按 F5 刷新后再继续修改，以免保存时被拒绝。").format(
                users="、".join(people)
            )
        )
        self.elsewhere_banner.show()

    def reload(self) -> None:
        self.elsewhere_banner.hide()
        self.stale.clear()
        self._load_case()
        for tab in self.case_tabs():
            tab.refresh()
        self._load_log()

    def _load_case(self) -> None:
        case_no = self.case_no
        self.ctx.query(lambda sf, actor: get_case(sf, actor, case_no), self._show)

    def _show(self, d: CaseDetail) -> None:
        self.detail = d
        self.overview.show_case(d)
        self.progress.show_case(d)

    def _load_log(self) -> None:
        case_no = self.case_no
        self.ctx.query(lambda sf, actor: wf.case_timeline(sf, actor, case_no), self._show_log)

    def _show_log(self, entries: list[wf.AuditEntry]) -> None:
        self.log.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for col, value in enumerate(
                (e.at, core_tr(e.user_name), core_tr(e.action_text), core_tr(e.summary or ""))
            ):
                self.log.setItem(row, col, QTableWidgetItem(value))
        self.log.resizeColumnsToContents()


__all__ = ["CaseWindow", "Stage"]
