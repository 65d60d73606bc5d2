"""住户与表决: the keyboard ballot grid and the live tally beside it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.consent import Policies, TallyResult
from casedesk.core.domain.enums import Vote
from casedesk.core.domain.units import format_area
from casedesk.core.services.consent import BallotRow, TallyRun, ballot_sheet, record_ballot, run_tally
from casedesk.core.services.roster_import import RosterPreview, RosterRejected, import_roster, preview_roster
from casedesk.ui.operations import Changed, html_text

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow

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
        parts.append(f"<p>需核实：{'、'.join(html_text(u) for u in r.unresolved)}</p>")
    if r.blocked_by:
        parts.append(f"<p>占用专有部分未同意：{'、'.join(html_text(u) for u in r.blocked_by)}</p>")
    if r.what_it_takes:
        parts.append(f"<p><b>如何通过：</b>{r.what_it_takes.text}</p>")
    policies = "；".join(Policies.from_json(r.policies).describe())
    parts.append(f"<p style='color:#555'>解释规则：{policies}</p>")
    return "".join(parts)


class BallotTab(QWidget):
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
        self.save_button.clicked.connect(self.save_tally)
        self.import_button.clicked.connect(self.choose_roster)
        self.last_tally: TallyResult | None = None

    kinds = Changed.BALLOTS | Changed.TALLY | Changed.DISPUTES

    def refresh(self) -> None:
        case_no = self.w.case_no
        self.w.ctx.query(lambda sf, actor: ballot_sheet(sf, actor, case_no), self._rows)
        self._tally(save=False)

    def _rows(self, rows: list[BallotRow]) -> None:
        current = max(self.table.currentIndex().row(), 0)
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(min(current, len(rows) - 1))

    def _tally(self, save: bool) -> None:
        case_no, on = self.w.case_no, date.today()

        def work(sf, actor) -> TallyRun:
            return run_tally(sf, actor, case_no, as_of=on, save=save)

        if save:
            self.w.ctx.change(work, Changed.TALLY, case_no, self._show_tally)
        else:
            self.w.ctx.query(work, self._show_tally)

    def _show_tally(self, run: TallyRun) -> None:
        self.last_tally = run.result
        self.tally_view.setHtml(tally_html(run.result, run.rule_reason))
        if run.saved_id:
            self.status.setText(self.tr("已保存统计（记录号 {id}）").format(id=run.saved_id))

    def _vote(self, row: int, vote: Vote) -> None:
        r = self.model.rows[row]
        case_no = self.w.case_no
        signed = self.signed_on.date().toPython()

        def work(sf, actor) -> None:
            record_ballot(
                sf, actor, case_no, r.room, vote, signed_on=signed, person_id=r.person_id, today=date.today()
            )

        self.status.setText(
            self.tr("{room} 室 {owner}：{vote}").format(room=r.room, owner=r.owner, vote=vote.label)
        )
        self.w.ctx.change(work, Changed.BALLOTS, case_no)

    def save_tally(self) -> None:
        self._tally(save=True)

    def choose_roster(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择业主名册"), "", self.tr("名册 (*.xlsx *.xls *.csv)")
        )
        if path:
            self.preview_roster(Path(path))

    def preview_roster(self, path: Path) -> None:
        """Check the file as a dry run off the GUI thread, then show the wizard's preview."""
        case_no = self.w.case_no
        self.w.ctx.query(
            lambda sf, actor: preview_roster(sf, actor, case_no, path, today=date.today()),
            lambda preview: self._show_preview(path, preview),
        )

    def _show_preview(self, path: Path, preview: RosterPreview) -> None:
        from casedesk.ui.roster_dialog import RosterPreviewDialog

        self.preview_dialog = RosterPreviewDialog(preview, path.name, self)
        self.preview_dialog.accepted.connect(lambda: self.import_roster(path))
        self.preview_dialog.open()

    def import_roster(self, path: Path) -> None:
        case_no = self.w.case_no
        self.w.ctx.change(
            lambda sf, actor: import_roster(sf, actor, case_no, path, today=date.today()),
            Changed.BALLOTS | Changed.DISPUTES,
            case_no,
            lambda report: self.status.setText(self.tr("已导入 {n} 行").format(n=report.rows)),
            self._import_failed,
        )

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, RosterRejected):
            lines = "\n".join(str(e) for e in error.report.errors[:50])
            QMessageBox.warning(self, self.tr("名册有错误，未导入"), f"{error}\n\n{lines}")
        else:
            self.w.show_error(error)
