"""The case window: 概况, 住户与表决 (keyboard ballot entry and the live tally), 进度, 日志.

Every read and write goes through the TaskRunner and a core service; the widgets only show
the plain data objects that come back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.consent import Policies, TallyResult
from casedesk.core.db.engine import SessionFactory
from casedesk.core.domain.enums import Stage, Vote
from casedesk.core.domain.units import format_area, format_yuan
from casedesk.core.domain.views import CaseDetail
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import get_case
from casedesk.core.services.consent import BallotRow, TallyRun, ballot_sheet, record_ballot, run_tally
from casedesk.core.services.disputes import list_disputes
from casedesk.core.services.forms import FORM_KINDS, print_form
from casedesk.core.services.roster_import import RosterPreview, RosterRejected, import_roster, preview_roster
from casedesk.core.services.subsidy import subsidy_view
from casedesk.ui.tasks import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex
VOTE_KEYS = {Qt.Key.Key_1: Vote.AGREE, Qt.Key.Key_2: Vote.DISAGREE, Qt.Key.Key_3: Vote.ABSTAIN}
VOTE_COLORS = {Vote.AGREE: "#1b7f3b", Vote.DISAGREE: "#b00020", Vote.ABSTAIN: "#8a6d00"}


class BallotGridModel(QAbstractTableModel):
    HEADERS = ("房号", "楼层", "面积(㎡)", "业主", "共有/多套", "意见", "签署日期")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[BallotRow] = []

    def set_rows(self, rows: list[BallotRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            notes = []
            if r.co_owners > 1:
                notes.append(self.tr("共 {n} 位共有人").format(n=r.co_owners))
            if r.other_flats:
                notes.append(self.tr("另有 {n} 套").format(n=r.other_flats))
            return (
                r.room,
                str(r.floor),
                format_area(r.area_centi),
                r.owner,
                "，".join(notes),
                r.vote.label if r.vote else self.tr("未表决"),
                r.signed_on.isoformat() if r.signed_on else "",
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and r.vote:
            return QBrush(QColor(VOTE_COLORS[r.vote]))
        return None


class BallotTable(QTableView):
    """1 = 同意, 2 = 不同意, 3 = 弃权, then the cursor moves to the next owner (a stack of forms)."""

    vote_typed = Signal(int, object)  # row, Vote

    def keyPressEvent(self, event: QKeyEvent) -> None:
        vote = VOTE_KEYS.get(Qt.Key(event.key()))
        row = self.currentIndex().row()
        if vote is not None and row >= 0:
            self.vote_typed.emit(row, vote)
            if row + 1 < self.model().rowCount():
                self.selectRow(row + 1)
            return
        super().keyPressEvent(event)


def tally_html(r: TallyResult, reason: str) -> str:
    color = {"pass": "#1b7f3b", "fail": "#b00020", "provisional": "#8a6d00", "blocked": "#b00020"}[
        r.outcome.value
    ]
    rows = "".join(
        f"<tr><td>{c.label}</td><td style='color:{'#1b7f3b' if c.met else '#b00020'}'>"
        f"{'达到' if c.met else '未达到'}</td><td>{c.margin}</td></tr>"
        for c in r.clauses
    )
    parts = [
        f"<h3 style='color:{color}'>{r.outcome.label}</h3><p>{r.summary}</p>",
        f"<p>规则：{r.rule}（{r.rule_version}）{reason}<br>截止：{r.as_of}</p>",
        f"<p>总面积 {format_area(r.area_total)} ㎡，{r.persons_total} 人；"
        f"参与 {format_area(r.area_participating)} ㎡，"
        f"{r.persons_participating} 人；同意 {format_area(r.area_agree)} ㎡，{r.persons_agree} 人</p>",
        f"<table border='1' cellspacing='0' cellpadding='3'>{rows}</table>",
    ]
    if r.unresolved:
        parts.append(f"<p>需核实：{'、'.join(r.unresolved)}</p>")
    if r.blocked_by:
        parts.append(f"<p>占用专有部分未同意：{'、'.join(r.blocked_by)}</p>")
    if r.what_it_takes:
        parts.append(f"<p><b>如何通过：</b>{r.what_it_takes.text}</p>")
    policies = "；".join(Policies.from_json(r.policies).describe())
    parts.append(f"<p style='color:#555'>解释规则：{policies}</p>")
    return "".join(parts)


class BallotTab(QWidget):
    changed = Signal()

    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.model = BallotGridModel()
        self.table = BallotTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.signed_on = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.signed_on.setDisplayFormat("yyyy-MM-dd")
        self.import_button = QPushButton(self.tr("导入业主名册…"))
        self.save_button = QPushButton(self.tr("保存本次统计"))
        self.tally_view = QTextBrowser()
        self.status = QLabel(self.tr("键盘：1 同意，2 不同意，3 弃权，自动跳到下一户"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("签署日期")))
        top.addWidget(self.signed_on)
        top.addStretch(1)
        top.addWidget(self.import_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("实时统计")))
        right_layout.addWidget(self.tally_view, 1)
        right_layout.addWidget(self.save_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.vote_typed.connect(self._vote)
        self.save_button.clicked.connect(self._save)
        self.import_button.clicked.connect(self._choose_roster)
        self.last_tally: TallyResult | None = None

    def refresh(self) -> None:
        sf, actor, case_no = self.w.sf, self.w.actor, self.w.case_no
        self.w.runner.run(lambda: ballot_sheet(sf, actor, case_no), self._rows)
        self._tally(save=False)

    def _rows(self, rows: list[BallotRow]) -> None:
        current = max(self.table.currentIndex().row(), 0)
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(min(current, len(rows) - 1))

    def _tally(self, save: bool) -> None:
        sf, actor, case_no, on = self.w.sf, self.w.actor, self.w.case_no, date.today()
        self.w.runner.run(
            lambda: run_tally(sf, actor, case_no, as_of=on, save=save), self._show_tally, self.w.show_error
        )

    def _show_tally(self, run: TallyRun) -> None:
        self.last_tally = run.result
        self.tally_view.setHtml(tally_html(run.result, run.rule_reason))
        if run.saved_id:
            self.status.setText(self.tr("已保存统计（记录号 {id}）").format(id=run.saved_id))

    def _vote(self, row: int, vote: Vote) -> None:
        r = self.model.rows[row]
        sf, actor, case_no = self.w.sf, self.w.actor, self.w.case_no
        signed = self.signed_on.date().toPython()

        def work() -> None:
            record_ballot(
                sf, actor, case_no, r.room, vote, signed_on=signed, person_id=r.person_id, today=date.today()
            )

        self.status.setText(
            self.tr("{room} 室 {owner}：{vote}").format(room=r.room, owner=r.owner, vote=vote.label)
        )
        self.w.runner.run(work, lambda _: (self.refresh(), self.changed.emit()), self.w.show_error)

    def _save(self) -> None:
        self._tally(save=True)

    def _choose_roster(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择业主名册"), "", self.tr("名册 (*.xlsx *.xls *.csv)")
        )
        if path:
            self.preview_roster(Path(path))

    def preview_roster(self, path: Path) -> None:
        """Check the file as a dry run off the GUI thread, then show the wizard's preview."""
        sf, actor, case_no = self.w.sf, self.w.actor, self.w.case_no
        self.w.runner.run(
            lambda: preview_roster(sf, actor, case_no, path, today=date.today()),
            lambda preview: self._show_preview(path, preview),
            self.w.show_error,
        )

    def _show_preview(self, path: Path, preview: RosterPreview) -> None:
        from casedesk.ui.roster_dialog import RosterPreviewDialog

        self.preview_dialog = RosterPreviewDialog(preview, path.name, self)
        self.preview_dialog.accepted.connect(lambda: self.import_roster(path))
        self.preview_dialog.open()

    def import_roster(self, path: Path) -> None:
        sf, actor, case_no = self.w.sf, self.w.actor, self.w.case_no
        self.w.runner.run(
            lambda: import_roster(sf, actor, case_no, path, today=date.today()),
            lambda report: (
                self.status.setText(self.tr("已导入 {n} 行").format(n=report.rows)),
                self.refresh(),
                self.changed.emit(),
            ),
            self._import_failed,
        )

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, RosterRejected):
            lines = "\n".join(str(e) for e in error.report.errors[:50])
            QMessageBox.warning(self, self.tr("名册有错误，未导入"), f"{error}\n\n{lines}")
        else:
            self.w.show_error(error)


class ProgressTab(QWidget):
    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.stage_label = QLabel()
        self.reasons = QListWidget()
        self.check_button = QPushButton(self.tr("检查推进条件"))
        self.advance_button = QPushButton(self.tr("推进到下一阶段"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.advance_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("尚未满足的条件：")))
        layout.addWidget(self.reasons, 1)
        self.check_button.clicked.connect(self.check)
        self.advance_button.clicked.connect(self.advance)

    def show_case(self, detail: CaseDetail) -> None:
        s = detail.summary
        self.stage = s.stage
        self.stage_label.setText(
            self.tr("当前阶段：{stage}（{since} 起，期限 {due}）").format(
                stage=s.stage_text, since=s.stage_entered_on, due=s.stage_due_on or "—"
            )
        )

    def check(self) -> None:
        sf, actor, case_no = self.w.sf, self.w.actor, self.w.case_no
        self.w.runner.run(lambda: wf.check_advance(sf, actor, case_no, date.today()), self._show_reasons)

    def _show_reasons(self, reasons: list[str]) -> None:
        self.reasons.clear()
        self.reasons.addItems(reasons or [self.tr("条件均已满足，可以推进")])

    def advance(self) -> None:
        from casedesk.core.workflow.stages import next_stage

        target = next_stage(self.stage)
        if target is None:
            return
        sf, actor, case_no = self.w.sf, self.w.actor, self.w.case_no

        def failed(error: BaseException) -> None:
            if isinstance(error, wf.GuardFailed):
                self._show_reasons(error.reasons)
            else:
                self.w.show_error(error)

        self.w.runner.run(
            lambda: wf.advance(sf, actor, case_no, target, on=date.today()),
            lambda _stage: self.w.reload(),
            failed,
        )


class CaseWindow(QWidget):
    """One case, in tabs. Opened from the work queue or the case list."""

    def __init__(
        self, session_factory: SessionFactory, actor: Actor, runner: TaskRunner, case_no: str, show_error=None
    ):
        super().__init__()
        self.sf, self.actor, self.runner, self.case_no = session_factory, actor, runner, case_no
        self._show_error = show_error
        self.setWindowTitle(self.tr("案件 {no}").format(no=case_no))
        self.resize(1100, 700)
        self.overview = QTextBrowser()
        self.ballots = BallotTab(self)
        self.progress = ProgressTab(self)
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
        self.notice = QTextBrowser()
        self.disputes = QTextBrowser()
        self.money = QTextBrowser()
        self.tabs.addTab(self.notice, self.tr("公示与异议"))
        self.tabs.addTab(self.disputes, self.tr("纠纷"))
        self.tabs.addTab(self.money, self.tr("费用与补贴"))
        self.tabs.addTab(self.log, self.tr("日志"))
        self.print_menu_button = QPushButton(self.tr("打印表单…"))
        self.print_menu = QMenu(self)
        for kind, title in FORM_KINDS.items():
            action = self.print_menu.addAction(title)
            action.setData(kind)
        self.print_menu.triggered.connect(lambda action: self.print_form(action.data()))
        self.print_menu_button.setMenu(self.print_menu)
        self.print_all_ballots = QPushButton(self.tr("打印全部业主意见征询表"))
        self.print_all_ballots.clicked.connect(lambda: self.print_form("ballot"))
        bar = QHBoxLayout()
        bar.addStretch(1)
        from casedesk.ui.supervisor import SUPERVISOR_ROLES, SupervisorMenu

        self.supervisor_menu: SupervisorMenu | None = None
        if actor.role in SUPERVISOR_ROLES:
            self.supervisor_menu = SupervisorMenu(self)
            bar.addWidget(self.supervisor_menu)
        bar.addWidget(self.print_all_ballots)
        bar.addWidget(self.print_menu_button)
        self.elsewhere_banner = QLabel()
        self.elsewhere_banner.setStyleSheet("background:#fff4ce;padding:4px;border:1px solid #e0c060;")
        self.elsewhere_banner.setWordWrap(True)
        self.elsewhere_banner.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.elsewhere_banner)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        self.last_pdf: Path | None = None
        self.ballots.changed.connect(self._load_log)
        self._add_shortcuts()
        self.reload()

    def _add_shortcuts(self) -> None:
        """The frequent actions from the keyboard; the clerk's hands stay on the paper stack."""
        for key, slot in (
            ("Ctrl+S", self.ballots._save),
            ("Ctrl+I", self.ballots._choose_roster),
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
        folder = pdf_output_dir()
        out = folder / f"{self.case_no}-{kind}.pdf"
        sf, actor, case_no = self.sf, self.actor, self.case_no
        self.runner.run(
            lambda: print_form(sf, actor, kind, case_no, out, today=date.today()),
            self._opened_pdf,
            self.show_error,
        )

    def _opened_pdf(self, path: Path) -> None:
        self.last_pdf = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_error_text(self, text: str) -> None:
        # Window-modal and non-blocking: the worker's callbacks keep flowing while it is open.
        title = self.tr("无法完成操作")
        self.message_box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        self.message_box.open()

    def show_error(self, error: BaseException) -> None:
        if self._show_error is not None:
            self._show_error(error)
        else:
            QMessageBox.warning(self, self.tr("无法完成操作"), str(error))

    def after_change(self, _result: object = None) -> None:
        """A change made from this window: show it everywhere, including the log."""
        self.reload()

    def changed_elsewhere(self, people: list[str]) -> None:
        self.elsewhere_banner.setText(
            self.tr("{users} 刚刚修改了此案件。按 F5 刷新后再继续修改，以免保存时被拒绝。").format(
                users="、".join(people)
            )
        )
        self.elsewhere_banner.show()

    def reload(self) -> None:
        self.elsewhere_banner.hide()
        sf, actor, case_no = self.sf, self.actor, self.case_no
        self.runner.run(lambda: get_case(sf, actor, case_no), self._show, self.show_error)
        self.ballots.refresh()
        self._load_log()
        self.runner.run(lambda: wf.notice_and_objections(sf, actor, case_no), self._show_notice)
        self.runner.run(lambda: list_disputes(sf, actor, case_no=case_no), self._show_disputes)
        self.runner.run(lambda: subsidy_view(sf, actor, case_no), self._show_money)

    def _show_notice(self, n: wf.NoticeView) -> None:
        head = (
            self.tr("<p>公示：{a} 张贴，至 {b} 止；地点：{p}</p>").format(
                a=n.posted_on, b=n.ends_on, p=n.places or "—"
            )
            if n.posted_on
            else self.tr("<p>尚未公示。</p>")
        )
        rows = "".join(
            f"<tr><td>{who}</td><td>{on}</td><td>{detail}</td>"
            f"<td>{'已处理' if st == 'resolved' else '未处理'}</td><td>{reply or ''}</td></tr>"
            for _id, who, on, detail, st, reply in n.objections
        )
        table = (
            (
                "<table border='1' cellspacing='0' cellpadding='3'><tr><th>异议人</th><th>收到日期</th>"
                f"<th>内容</th><th>状态</th><th>答复</th></tr>{rows}</table>"
            )
            if rows
            else self.tr("<p>没有异议。</p>")
        )
        self.notice.setHtml(head + table)

    def _show_disputes(self, disputes) -> None:
        today = date.today()
        rows = "".join(
            f"<tr><td>{d.dispute_no}</td><td>{d.title}</td><td>{d.status.label}"
            f"{'（超期）' if d.overdue(today) else ''}</td><td>{'是' if d.blocking else ''}</td>"
            f"<td>{d.due_on or ''}</td></tr>"
            for d in disputes
        )
        self.disputes.setHtml(
            f"<table border='1' cellspacing='0' cellpadding='3'><tr><th>编号</th><th>事由</th><th>状态</th>"
            f"<th>阻断</th><th>调解期限</th></tr>{rows}</table>"
            if rows
            else self.tr("<p>没有纠纷。</p>")
        )

    def _show_money(self, view) -> None:
        d = view.decision
        eligible = (
            self.tr("可得补贴 ¥{a}").format(a=format_yuan(d.amount_fen))
            if d.eligible
            else self.tr("不符合补贴条件：{r}").format(r="；".join(d.reasons))
        )
        paid = (
            self.tr("已拨付 ¥{a}（{d}，凭证 {v}）").format(
                a=format_yuan(view.paid_fen), d=view.paid_on, v=view.voucher_no
            )
            if view.paid_fen
            else self.tr("尚未拨付")
        )
        self.money.setHtml(f"<p>政策：{d.basis}</p><p>{eligible}</p><p>{paid}</p>")

    def _show(self, d: CaseDetail) -> None:
        s = d.summary
        self.overview.setHtml(
            f"<h2>{s.case_no}</h2><p>{s.full_address}</p>"
            f"<p>层数：{s.floors}　房屋：{s.flat_count} 套　"
            f"专有部分总面积：{format_area(d.area_total_centi)} ㎡</p>"
            f"<p>阶段：{s.stage_text}（{s.stage_entered_on} 起）　受理日期：{s.opened_on}</p>"
            f"<p>表决规则：{s.rule_set or '按表决日期与区自动确定'}</p>"
        )
        self.progress.show_case(d)

    def _load_log(self) -> None:
        sf, actor, case_no = self.sf, self.actor, self.case_no
        self.runner.run(lambda: wf.case_timeline(sf, actor, case_no), self._show_log)

    def _show_log(self, entries: list[wf.AuditEntry]) -> None:
        self.log.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for col, value in enumerate((e.at, e.user, e.action, e.summary or "")):
                self.log.setItem(row, col, QTableWidgetItem(value))
        self.log.resizeColumnsToContents()


def pdf_output_dir() -> Path:
    """Printed forms go to a 打印 folder in the data folder, so a clerk can find them again."""
    from casedesk import paths

    folder = paths.data_dir() / "打印"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


__all__ = ["CaseWindow", "Stage"]
