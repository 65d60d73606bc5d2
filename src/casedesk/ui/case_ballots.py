"""住户与表决: the keyboard ballot grid and the live tally beside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.consent import TallyResult
from casedesk.core.consent.explanation import (
    ADVICE_TITLE,
    CLAUSE_HEADERS,
    FIGURE_HEADERS,
    POLICIES_TITLE,
    RULE_LINE,
    TallyExplanation,
    explain,
)
from casedesk.core.domain.enums import Role, Vote
from casedesk.core.domain.units import format_area
from casedesk.core.services.consent import (
    BallotRow,
    TallyRun,
    ballot_sheet,
    record_ballot,
    run_tally,
    withdraw_ballot,
)
from casedesk.core.services.roster_import import RosterPreview, RosterRejected, import_roster, preview_roster
from casedesk.core.services.scans import (
    BallotPaperView,
    PaperBacking,
    PendingPaper,
    ballot_paper,
    flats_with_paper,
    paper_backing,
    pending_papers,
)
from casedesk.ui.case_scans import MissingPapersPanel, ScanIntake
from casedesk.ui.i18n import core_tr, sep
from casedesk.ui.operations import Changed, html_text
from casedesk.ui.page_view import PageView

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow

AnyIndex = QModelIndex | QPersistentModelIndex
# 2 (不同意) is not here: it first asks for the reason written on the form.
QUICK_VOTE_KEYS = {Qt.Key.Key_1: Vote.AGREE, Qt.Key.Key_3: Vote.ABSTAIN}
VOTE_COLORS = {Vote.AGREE: "#1b7f3b", Vote.DISAGREE: "#b00020", Vote.ABSTAIN: "#8a6d00"}


class BallotGridModel(QStandardItemModel):
    """The grid's cells, held by Qt: painting the grid calls no Python, so it never waits for the
    database worker's turn at the interpreter while a clerk types (make bench: the GUI-thread
    stall while typing). `rows` are the owners shown, in order."""

    # Marked for lupdate here, translated when the model is made.
    HEADERS = (
        QT_TRANSLATE_NOOP("BallotGridModel", "房号"),
        QT_TRANSLATE_NOOP("BallotGridModel", "楼层"),
        QT_TRANSLATE_NOOP("BallotGridModel", "面积(㎡)"),
        QT_TRANSLATE_NOOP("BallotGridModel", "业主"),
        QT_TRANSLATE_NOOP("BallotGridModel", "共有/多套"),
        QT_TRANSLATE_NOOP("BallotGridModel", "意见"),
        QT_TRANSLATE_NOOP("BallotGridModel", "纸质件"),
        QT_TRANSLATE_NOOP("BallotGridModel", "签署日期"),
        QT_TRANSLATE_NOOP("BallotGridModel", "理由"),
    )
    VOTE_COLUMN, PAPER_COLUMN, REASON_COLUMN = 5, 6, 8

    def __init__(self) -> None:
        super().__init__(0, len(self.HEADERS))
        # Held by Qt too (translated here, at the window's making): painting the header calls no
        # Python either.
        for section in range(len(self.HEADERS)):
            self.setHeaderData(
                section,
                Qt.Orientation.Horizontal,
                QCoreApplication.translate("BallotGridModel", self.HEADERS[section]),
            )
        self.rows: list[BallotRow] = []
        self.cells: list[tuple[Cell, ...]] = []
        self.paper_flats: frozenset[int] = frozenset()  # flats whose signed paper is on file

    def paper_state(self, r: BallotRow) -> str:
        """'on_file', 'missing' (an opinion typed without its paper) or '' (neither yet)."""
        if r.flat_id in self.paper_flats:
            return "on_file"
        return "missing" if r.vote is not None else ""

    def set_rows(self, rows: list[BallotRow], paper_flats: frozenset[int] | None = None) -> None:
        """Show *rows* (and mark *paper_flats*, when given). When the owners are the ones shown (a
        clerk typing a stack of forms reloads the grid after every opinion) only the cells that
        changed are set, so the view repaints those and not the whole grid."""
        if paper_flats is not None:
            self.paper_flats = paper_flats
        vote_texts = {vote: core_tr(vote.label) for vote in Vote}
        cells = [self._cells(r, vote_texts) for r in rows]
        if [(r.flat_id, r.person_id) for r in rows] != [(r.flat_id, r.person_id) for r in self.rows]:
            self.removeRows(0, self.rowCount())
            self.rows, self.cells = rows, cells
            for row_cells in cells:
                self.appendRow([_item(cell) for cell in row_cells])
            return
        for i, (old, new) in enumerate(zip(self.cells, cells, strict=True)):
            for col, (was, cell) in enumerate(zip(old, new, strict=True)):
                if was != cell:
                    _show_cell(self.item(i, col), cell)
        self.rows, self.cells = rows, cells

    def _cells(self, r: BallotRow, vote_texts: dict[Vote, str]) -> tuple[Cell, ...]:
        notes = []
        if r.co_owners > 1:
            notes.append(self.tr("共 {n} 位共有人").format(n=r.co_owners))
        if r.other_flats:
            notes.append(self.tr("另有 {n} 套").format(n=r.other_flats))
        paper = self.paper_state(r)
        paper_tip = {
            "on_file": self.tr("本户签字的意见表已扫描存档，选中本行即在右侧显示"),
            "missing": self.tr("意见已录入，但本户签字的纸质意见表尚未扫描存档"),
            "": self.tr("尚未录入意见，纸质意见表也未扫描"),
        }[paper]
        return (
            Cell(r.room),
            Cell(str(r.floor)),
            Cell(format_area(r.area_centi)),
            Cell(r.owner),
            Cell(sep("，").join(notes)),
            Cell(vote_texts[r.vote], color=VOTE_COLORS[r.vote]) if r.vote else Cell(self.tr("未表决")),
            Cell(
                {"on_file": self.tr("已扫描"), "missing": self.tr("无纸质件"), "": ""}[paper],
                paper_tip,
                {"on_file": "#1b7f3b", "missing": "#b00020"}.get(paper, "#555"),
            ),
            Cell(r.signed_on.isoformat() if r.signed_on else ""),
            # the whole reason as the tip, for when the column is too narrow for it
            Cell(r.reason or "", r.reason or None),
        )


@dataclass(frozen=True)
class Cell:
    """One cell of the ballot grid: its text, its tooltip and its text colour."""

    text: str
    tip: str | None = None
    color: str | None = None


def _item(cell: Cell) -> QStandardItem:
    item = QStandardItem()
    item.setEditable(False)  # opinions are typed with 1/2/3, never edited in place
    _show_cell(item, cell)
    return item


def _show_cell(item: QStandardItem, cell: Cell) -> None:
    item.setText(cell.text)
    item.setData(cell.tip, Qt.ItemDataRole.ToolTipRole)
    item.setData(QBrush(QColor(cell.color)) if cell.color else None, Qt.ItemDataRole.ForegroundRole)


@dataclass(frozen=True)
class BallotTabState:
    """What the tab shows, read together (BallotTab.refresh)."""

    paper_flats: frozenset[int]  # flats whose signed paper is on file
    rows: list[BallotRow]
    tally: TallyRun
    backing: PaperBacking
    missing: list[PendingPaper]  # flats whose signed paper is not on file yet


class BallotTable(QTableView):
    """1 = 同意 and 3 = 弃权 are recorded at once and the cursor moves to the next owner (a stack
    of forms); 2 = 不同意 first asks for the reason; Delete withdraws the row's opinion."""

    vote_typed = Signal(int, object)  # row, Vote
    disagree_typed = Signal(int)  # row
    withdraw_requested = Signal(int)  # row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        row = self.currentIndex().row()
        vote = QUICK_VOTE_KEYS.get(key)
        if vote is not None and row >= 0:
            self.vote_typed.emit(row, vote)
            if row + 1 < self.model().rowCount():
                self.selectRow(row + 1)
            return
        if key == Qt.Key.Key_2 and row >= 0:
            self.disagree_typed.emit(row)
            return
        if key == Qt.Key.Key_Delete and row >= 0:
            self.withdraw_requested.emit(row)
            return
        super().keyPressEvent(event)


class ReasonEdit(QLineEdit):
    """The 不同意 reason, typed inline below the grid: Enter records (returnPressed), Esc cancels."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


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
        # Sized to their contents when the owners change (see _rows), not at every opinion: the
        # view would measure every cell's text again after each one a clerk types.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.row_menu = QMenu(self)
        self.withdraw_action = self.row_menu.addAction(self.tr("撤回意见…"))
        self.signed_on = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.signed_on.setDisplayFormat("yyyy-MM-dd")
        self.import_button = QPushButton(self.tr("导入业主名册…"))
        self.scan_button = QPushButton(self.tr("扫描录入…"))
        self.scan_button.setToolTip(
            self.tr("读取复印机扫描的签字意见表（PDF、PNG、JPEG，可多选），按二维码归入各户并存档")
        )
        self.scans = ScanIntake(self)
        # Filing signed paper is the clerk's (and supervisor's) work; a mediator reads it.
        self.may_scan = window.actor.role in (Role.CLERK, Role.SUPERVISOR, Role.ADMIN)
        self.scan_button.setEnabled(self.may_scan)
        self.save_button = QPushButton(self.tr("保存本次统计"))
        self.tally_view = QTextBrowser()
        # Always there: a scroll bar shown and hidden as each new tally is put in resizes the view
        # twice and lays the tally out and paints it again (make bench: the stall while typing).
        self.tally_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.status = QLabel(
            self.tr("键盘：1 同意，2 不同意（可填理由），3 弃权，自动跳到下一户；Delete 撤回意见")
        )
        self.status.setWordWrap(True)
        # The 不同意 reason line: inline, so the clerk's hands stay on the keyboard and the stack.
        self.reason_row = QWidget()
        self.reason_label = QLabel()
        self.reason = ReasonEdit()
        self.reason.setPlaceholderText(self.tr("不同意理由（可不填）"))
        reason_hint = QLabel(self.tr("Enter 记录，Esc 取消"))
        reason_hint.setStyleSheet("color:#555")
        reason_layout = QHBoxLayout(self.reason_row)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        reason_layout.addWidget(self.reason_label)
        reason_layout.addWidget(self.reason, 1)
        reason_layout.addWidget(reason_hint)
        self.reason_row.hide()
        self.pending: BallotRow | None = None  # the owner whose 不同意 waits for its reason
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("签署日期")))
        top.addWidget(self.signed_on)
        top.addStretch(1)
        top.addWidget(self.scan_button)
        top.addWidget(self.import_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.reason_row)
        left_layout.addWidget(self.status)
        tally_pane = QWidget()
        right_layout = QVBoxLayout(tally_pane)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # The tally counts the opinions signed up to this day: today while collecting, or the day
        # collection closed when the paper forms are typed in later (ballots after it are late).
        self.as_of = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setMaximumDate(QDate.currentDate())
        self.as_of.dateChanged.connect(lambda _d: self._tally(save=False))
        tally_head = QHBoxLayout()
        tally_head.addWidget(QLabel(self.tr("实时统计")))
        tally_head.addStretch(1)
        tally_head.addWidget(QLabel(self.tr("统计截止")))
        tally_head.addWidget(self.as_of)
        right_layout.addLayout(tally_head)
        right_layout.addWidget(self.tally_view, 1)
        # How many of the opinions rest on a signed paper on file, and how many were typed without.
        self.backing_label = QLabel()
        self.backing_label.setWordWrap(True)
        right_layout.addWidget(self.backing_label)
        right_layout.addWidget(self.save_button)
        # Beside the grid: the selected flat's signed page (the clerk types 1/2/3 looking at it),
        # the live tally, and the flats whose paper is still missing.
        self.paper = PageView()
        self.paper.image.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the grid
        self.missing = MissingPapersPanel(self)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.paper, self.tr("纸质意见表"))
        self.side_tabs.addTab(tally_pane, self.tr("实时统计"))
        self.side_tabs.addTab(self.missing, self.tr("未交回执"))
        self.side_tabs.setCurrentWidget(tally_pane)
        self.paper_flat_id: int | None = None  # whose page the paper pane shows (or says is missing)
        self._paper_side_chosen = False
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.vote_typed.connect(self._vote)
        self.table.disagree_typed.connect(self.ask_reason)
        self.table.withdraw_requested.connect(self.ask_withdraw)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.withdraw_action.triggered.connect(lambda: self.ask_withdraw(self.table.currentIndex().row()))
        self.reason.returnPressed.connect(self.record_disagree)
        self.reason.cancelled.connect(self.cancel_reason)
        self.save_button.clicked.connect(self.save_tally)
        self.import_button.clicked.connect(self.choose_roster)
        self.scan_button.clicked.connect(self.scans.choose)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.show_paper(current.row())
        )
        self.side_tabs.currentChanged.connect(lambda _i: self.show_paper(self.table.currentIndex().row()))
        self.last_tally: TallyResult | None = None
        self.confirm: QMessageBox | None = None

    kinds = Changed.BALLOTS | Changed.TALLY | Changed.DISPUTES  # a scan is a BALLOTS change too

    def refresh(self) -> None:
        """Everything the tab shows, read in one task: the worker is done before the grid, the
        tally and the counts are drawn, so drawing them does not wait for the worker's turns at
        the interpreter (make bench: the GUI-thread stall while a clerk types)."""
        case_no, on = self.w.case_no, self.as_of.date().toPython()

        def work(sf, actor) -> BallotTabState:
            return BallotTabState(
                paper_flats=flats_with_paper(sf, actor, case_no),
                rows=ballot_sheet(sf, actor, case_no),
                tally=run_tally(sf, actor, case_no, as_of=on, save=False),
                backing=paper_backing(sf, actor, case_no),
                missing=pending_papers(sf, actor, case_no),
            )

        self.w.ctx.query(work, self._show_state)

    def _show_state(self, state: BallotTabState) -> None:
        self._rows(state.rows, state.paper_flats)
        if state.paper_flats and not self._paper_side_chosen:
            self.show_paper_side()  # a case with scans opens on the paper, once
        self._show_tally(state.tally)
        self._show_backing(state.backing)
        self.missing.show_rows(state.missing)

    def _rows(self, rows: list[BallotRow], paper_flats: frozenset[int]) -> None:
        current = max(self.table.currentIndex().row(), 0)
        owners_changed = [(r.room, r.owner) for r in rows] != [(r.room, r.owner) for r in self.model.rows]
        self.model.set_rows(rows, paper_flats)
        if owners_changed:
            self.table.resizeColumnsToContents()
        self.paper_flat_id = None  # a new scan of the same flat shows too
        if rows:
            if owners_changed or self.table.currentIndex().row() < 0:
                self.table.selectRow(min(current, len(rows) - 1))  # shows its paper too
            else:
                self.show_paper(self.table.currentIndex().row())
        else:
            self.paper.show_nothing("")

    def _show_backing(self, b: PaperBacking) -> None:
        self.backing_label.setText(
            self.tr("有签字纸质件存档的意见：{backed} 份；仅录入、无纸质件：{missing} 份").format(
                backed=b.backed, missing=b.typed_without_paper
            )
        )
        style = "color:{}".format("#b00020" if b.typed_without_paper else "#1b7f3b")
        if self.backing_label.styleSheet() != style:  # a new style sheet restyles and repaints the window
            self.backing_label.setStyleSheet(style)

    # --- the signed page beside the grid ------------------------------------------------------

    def show_paper_side(self) -> None:
        self._paper_side_chosen = True
        self.side_tabs.setCurrentWidget(self.paper)

    def show_paper(self, row: int) -> None:
        """The selected owner's flat: its stored page, or a line saying it is not on file. Read
        only while the paper pane is showing (the clerk moving down the stack with the tally
        beside the grid reads no pages); showing the pane reads the selected one's."""
        if not 0 <= row < len(self.model.rows):
            return
        if self.side_tabs.currentWidget() is not self.paper:
            self.paper_flat_id = None
            return
        r = self.model.rows[row]
        if r.flat_id == self.paper_flat_id:
            return  # the next co-owner of the same flat: the same paper
        self.paper_flat_id = r.flat_id
        case_no, flat_id, documents = self.w.case_no, r.flat_id, self.w.documents_dir
        self.w.ctx.query(
            lambda sf, actor: ballot_paper(sf, actor, case_no, flat_id, documents),
            lambda view: self._paper_arrived(r, view),
        )

    def _paper_arrived(self, r: BallotRow, view: BallotPaperView | None) -> None:
        if r.flat_id != self.paper_flat_id:
            return  # the cursor moved on while it was read
        if view is None:
            self.paper.show_nothing(
                self.tr("{room} 室的签字意见表尚未扫描存档").format(room=r.room)
                + "\n\n"
                + self.tr("收回签字的意见表后用“扫描录入…”存档；还缺哪些户见“未交回执”。")
            )
            return
        self.paper.show_page(
            view.image_path,
            self.tr("{room} 室　{page}　{at} {by} 扫描").format(
                room=view.room,
                page=view.source.label,
                at=view.scanned_at.strftime("%Y-%m-%d %H:%M"),
                by=core_tr(view.scanned_by),
            ),
        )

    def select_flat(self, flat_id: int) -> None:
        """Put the grid's cursor on the flat's first owner (from the scan review or 未交回执)."""
        for i, row in enumerate(self.model.rows):
            if row.flat_id == flat_id:
                self.table.selectRow(i)
                self.table.setFocus()
                self.show_paper_side()
                return

    def missing_count_changed(self, n: int) -> None:
        index, text = (
            self.side_tabs.indexOf(self.missing),
            self.tr("未交回执（{n}）").format(n=n) if n else self.tr("未交回执"),
        )
        if self.side_tabs.tabText(index) != text:  # a new title lays the tab bar out and repaints it
            self.side_tabs.setTabText(index, text)

    def _tally(self, save: bool) -> None:
        case_no, on = self.w.case_no, self.as_of.date().toPython()

        def work(sf, actor) -> TallyRun:
            return run_tally(sf, actor, case_no, as_of=on, save=save)

        if save:
            self.w.ctx.change(work, Changed.TALLY, case_no, self._show_tally)
        else:
            self.w.ctx.query(work, self._show_tally)

    def _show_tally(self, run: TallyRun) -> None:
        self.last_tally = run.result
        self.tally_view.setHtml(self.tally_html(explain(run.result, run.rule_reason)))
        if run.saved_id:
            self.status.setText(self.tr("已保存统计（记录号 {id}）").format(id=run.saved_id))

    def _vote(self, row: int, vote: Vote, reason: str | None = None) -> None:
        self._hide_reason()  # a 1 or 3 typed in the grid drops a 不同意 still waiting for its reason
        self._record(self.model.rows[row], vote, reason)

    def _record(self, r: BallotRow, vote: Vote, reason: str | None) -> None:
        case_no = self.w.case_no
        signed = self.signed_on.date().toPython()

        def work(sf, actor) -> None:
            record_ballot(
                sf,
                actor,
                case_no,
                r.room,
                vote,
                signed_on=signed,
                person_id=r.person_id,
                reason=reason,
                today=date.today(),
            )

        self.status.setText(
            self.tr("{room} 室 {owner}：{vote}").format(room=r.room, owner=r.owner, vote=core_tr(vote.label))
        )
        # A 不同意 with a reason raises a dispute in the same transaction: the 纠纷 tab reloads too.
        kinds = Changed.BALLOTS | (Changed.DISPUTES if vote is Vote.DISAGREE else Changed.NOTHING)
        self.w.ctx.change(work, kinds, case_no)

    def tally_html(self, e: TallyExplanation) -> str:
        """The tally's explanation from the core (nothing is recounted or left out here), in the
        interface language."""
        color = {"pass": "#1b7f3b", "fail": "#b00020", "provisional": "#8a6d00", "blocked": "#b00020"}[
            e.outcome.value
        ]

        def t(text: str) -> str:
            return html_text(core_tr(text))

        def titled(title: str, text: str) -> str:
            return self.tr("{title}：{text}").format(title=f"<b>{t(title)}</b>", text=text)

        def row(cells: list[str], cell: str = "td") -> str:
            return "<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in cells) + "</tr>"

        table = "<table border='1' cellspacing='0' cellpadding='3'>"
        figures = "".join(row([t(f.label), f.area, str(f.persons)]) for f in e.figures)
        clauses = "".join(
            row(
                [
                    t(c.label),
                    f"<span style='color:{'#1b7f3b' if c.met else '#b00020'}'>{t(c.verdict)}</span>",
                    t(c.margin),
                ]
            )
            for c in e.clauses
        )
        parts = [f"<h3 style='color:{color}'>{t(e.outcome_label)}</h3><p>{t(e.summary)}</p>"]
        # What the tally left out or could not settle comes first, where the clerk looks.
        if e.remarks:
            items = "".join(f"<li>{titled(r.title, t(r.text))}</li>" for r in e.remarks)
            parts.append(f"<ul style='color:#8a6d00'>{items}</ul>")
        as_of = self.tr("统计截止：{d}").format(d=e.as_of.isoformat())
        parts += [
            f"<p>{core_tr(RULE_LINE).format(name=t(e.rule_name), why=t(e.rule_reason))}<br>{as_of}</p>",
            f"{table}{row([t(h) for h in FIGURE_HEADERS], 'th')}{figures}</table><br>",
            f"{table}{row([t(h) for h in (CLAUSE_HEADERS[0], *CLAUSE_HEADERS[2:])], 'th')}{clauses}</table>",
        ]
        if e.advice:
            parts.append(f"<p>{titled(ADVICE_TITLE, t(e.advice))}</p>")
        policies = self.tr("；").join(t(p) for p in e.policies)
        parts.append(f"<p style='color:#555'>{titled(POLICIES_TITLE, policies)}</p>")
        return "".join(parts)

    # --- 不同意 and its reason ------------------------------------------------------------------

    def ask_reason(self, row: int) -> None:
        """2 pressed: the reason line takes the keyboard; Enter records, Esc records nothing."""
        r = self.model.rows[row]
        self.pending = r
        self.reason_label.setText(
            self.tr("{room} 室 {owner} 不同意，理由：").format(room=r.room, owner=r.owner)
        )
        self.reason.clear()
        self.reason_row.show()
        self.reason.setFocus()

    def record_disagree(self) -> None:
        r = self.pending
        if r is None:
            return
        text = self.reason.text().strip() or None
        self._hide_reason()
        self._record(r, Vote.DISAGREE, text)
        self._select_after(r)

    def cancel_reason(self) -> None:
        if self.pending is not None:
            self.status.setText(self.tr("已取消，{room} 室未记录").format(room=self.pending.room))
        self._hide_reason()

    def _hide_reason(self) -> None:
        had_focus = self.reason.hasFocus()
        self.pending = None
        self.reason_row.hide()
        if had_focus:
            self.table.setFocus()

    def _select_after(self, r: BallotRow) -> None:
        """The cursor goes to the owner after *r* (rows may have reloaded meanwhile)."""
        for i, row in enumerate(self.model.rows):
            if (row.flat_id, row.person_id) == (r.flat_id, r.person_id):
                self.table.selectRow(min(i + 1, len(self.model.rows) - 1))
                return

    # --- withdrawing an opinion -----------------------------------------------------------------

    def _row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        self.withdraw_action.setEnabled(self.model.rows[index.row()].vote is not None)
        self.row_menu.popup(self.table.viewport().mapToGlobal(pos))

    def ask_withdraw(self, row: int) -> None:
        """Delete or 撤回意见…: confirm, then the opinion stops counting (it stays on record)."""
        if not 0 <= row < len(self.model.rows) or self.model.rows[row].vote is None:
            return
        r = self.model.rows[row]
        if self.confirm is not None:
            self.confirm.deleteLater()  # one question at a time; the last one's box is done with
        self.confirm = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("撤回意见"),
            self.tr("撤回 {room} 室 {owner} 的意见（{vote}）？\n撤回后不再计入统计，原意见留档备查。").format(
                room=r.room, owner=r.owner, vote=core_tr(r.vote.label)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.confirm.button(QMessageBox.StandardButton.Yes).setText(self.tr("撤回"))
        self.confirm.button(QMessageBox.StandardButton.No).setText(self.tr("不撤回"))
        self.confirm.setDefaultButton(QMessageBox.StandardButton.No)
        box = self.confirm
        box.buttonClicked.connect(
            lambda button: (
                self.withdraw(r) if box.standardButton(button) == QMessageBox.StandardButton.Yes else None
            )
        )
        self.confirm.open()

    def withdraw(self, r: BallotRow) -> None:
        case_no = self.w.case_no
        self.w.ctx.change(
            lambda sf, actor: withdraw_ballot(sf, actor, case_no, r.room, person_id=r.person_id),
            Changed.BALLOTS,
            case_no,
            lambda _none: self.status.setText(
                self.tr("已撤回 {room} 室 {owner} 的意见").format(room=r.room, owner=r.owner)
            ),
        )

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

        self.preview_dialog = dialog = RosterPreviewDialog(
            preview, path.name, self, ctx=self.w.ctx, case_no=self.w.case_no, path=path, today=date.today()
        )
        # The columns the clerk assigned in the dialog go with the import (and are remembered).
        dialog.accepted.connect(lambda: self.import_roster(path, dialog.mapping or None))
        dialog.open()

    def import_roster(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        case_no = self.w.case_no
        self.w.ctx.change(
            lambda sf, actor: import_roster(sf, actor, case_no, path, today=date.today(), mapping=mapping),
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
