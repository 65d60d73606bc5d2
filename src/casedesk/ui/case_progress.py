"""进度: the case's stage, what stops it from moving on, and beside each condition what meets it.

Every unmet condition is a door: its row carries the one button that opens the place where the
condition is met (the intake facts, a document to attach, the tally, the notice, a dispute …).
Below it the stage's documents, attached by file dialog or by dropping a scan on the row; the
parallel procedures; and the side moves (暂停, 撤回, 恢复; a supervisor's 不予通过, 重新开启).
All of it is one read (`progress_view`), reloaded by the window's change bus after every write.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.domain.enums import ChecklistStatus, Role, SideState, Stage
from casedesk.core.domain.views import CaseDetail
from casedesk.core.services import workflow as wf
from casedesk.core.services.progress import ChecklistRow, ProgressView, progress_view
from casedesk.core.workflow.guards import Condition, Door
from casedesk.ui.case_progress_dialogs import IntakeDialog, ProcedureDialog
from casedesk.ui.form_dialog import FormDialog, OpensCaseDialogs
from casedesk.ui.i18n import core_tr
from casedesk.ui.operations import Changed
from casedesk.ui.pdf_files import open_stored_document
from casedesk.ui.reason_dialog import ReasonDialog, ReasonWord

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow

# What a scan or photo of a paper document may be; the file dialog and a drop accept the same.
DOCUMENT_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")
CODE_ROLE = Qt.ItemDataRole.UserRole
# Both clerks and supervisors may; an administrator passes every role check in the services.
SUPERVISORS = (Role.SUPERVISOR, Role.ADMIN)
# What every write of this tab may touch: the case row (stage, side state, intake) and its documents.
WRITES = Changed.CASE | Changed.CHECKLIST


def document_files(urls: list[QUrl]) -> list[Path]:
    """The local files among dropped URLs that look like a scan or photo."""
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file()]


class ChecklistTable(QTableWidget):
    """The stage's documents; a scan dropped on a row is attached to that document."""

    file_dropped = Signal(str, Path)  # checklist code, file

    COLUMNS = 5  # 材料, 必交, 状态, 附件或说明, 操作

    def __init__(self) -> None:
        super().__init__(0, self.COLUMNS)
        self.setHorizontalHeaderLabels(
            [self.tr("材料"), self.tr("必交"), self.tr("状态"), self.tr("附件或说明"), self.tr("操作")]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setToolTip(self.tr("把扫描件或照片拖到某一行上即可附上"))

    def code_at(self, event: QDropEvent | QDragMoveEvent) -> str | None:
        row = self.rowAt(event.position().toPoint().y())
        item = self.item(row, 0) if row >= 0 else None
        return item.data(CODE_ROLE) if item is not None else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if document_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if document_files(event.mimeData().urls()) and self.code_at(event) is not None:
            self.selectRow(self.rowAt(event.position().toPoint().y()))
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files, code = document_files(event.mimeData().urls()), self.code_at(event)
        if not files or code is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # One document per item: the first file dropped is the one attached.
        self.file_dropped.emit(code, files[0])


class ConditionList(QListWidget):
    """The unmet conditions, one row each: the text, and the button that meets it.

    Each item keeps its text (`item(i).text()`), under a row widget that shows it wrapped."""

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def add_row(self, text: str, button: QPushButton | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        self.addItem(item)
        row = QWidget()
        row.setAutoFillBackground(True)  # covers the item's own painting of the same text
        layout = QHBoxLayout(row)
        layout.setContentsMargins(6, 3, 6, 3)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and summaries are user data
        layout.addWidget(label, 1)
        if button is not None:
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setItemWidget(item, row)
        self._fit(item)
        return item

    def _fit(self, item: QListWidgetItem) -> None:
        row = self.itemWidget(item)
        if row is None:  # added, its row widget not set yet
            return
        # The label wraps: its height follows the list's width (the plain size hint guesses one).
        hint = row.sizeHint()
        width = self.viewport().width()
        if row.hasHeightForWidth() and width > 0:
            hint.setHeight(row.heightForWidth(width))
        item.setSizeHint(hint)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for i in range(self.count()):
            self._fit(self.item(i))


class ProgressTab(QWidget, OpensCaseDialogs):
    kinds = Changed.ALL & ~Changed.OFFICE

    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.stage: Stage | None = None  # unknown until the case has loaded
        self.view: ProgressView | None = None
        self.dialog: FormDialog | None = None  # the open dialog, kept for the tests and re-opening
        self.last_opened: Path | None = None  # the copy of a document last given to the viewer
        supervisor = window.actor.role in SUPERVISORS
        self.stage_label = QLabel()
        self.stage_label.setWordWrap(True)
        self.state_line = QLabel()  # 已完成 / 已撤回 / 暂停 / what is still missing
        self.state_line.setWordWrap(True)
        self.state_line.setTextFormat(Qt.TextFormat.PlainText)
        self.check_button = QPushButton(self.tr("检查推进条件"))
        self.advance_button = QPushButton(self.tr("推进到下一阶段"))
        self.intake_button = QPushButton(self.tr("受理条件…"))
        self.suspend_button = QPushButton(self.tr("暂停…"))
        self.resume_button = QPushButton(self.tr("恢复…"))
        self.withdraw_button = QPushButton(self.tr("撤回…"))
        self.reject_button = QPushButton(self.tr("不予通过…"))
        self.reopen_button = QPushButton(self.tr("重新开启…"))
        self.reject_button.setVisible(supervisor)
        self.reopen_button.setVisible(supervisor)
        self.supervisor = supervisor

        self.reasons = ConditionList()
        self.condition_buttons: list[QPushButton | None] = []
        self.checklist = ChecklistTable()
        self.attach_buttons: dict[str, QPushButton] = {}
        self.open_buttons: dict[str, QPushButton] = {}
        self.waive_buttons: dict[str, QPushButton] = {}
        self.procedure_button = QPushButton(self.tr("并行手续…"))
        self.procedures = QTableWidget(0, 3)
        self.procedures.setHorizontalHeaderLabels([self.tr("日期"), self.tr("手续"), self.tr("经办人")])
        self.procedures.verticalHeader().setVisible(False)
        self.procedures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.procedures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2):
            self.procedures.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )

        top = QHBoxLayout()
        top.addWidget(self.check_button)
        top.addWidget(self.advance_button)
        top.addStretch(1)
        for button in (
            self.intake_button,
            self.suspend_button,
            self.resume_button,
            self.withdraw_button,
            self.reject_button,
            self.reopen_button,
        ):
            top.addWidget(button)

        conditions = self.conditions_part = QWidget()  # hidden once the case is closed
        c_layout = QVBoxLayout(conditions)
        c_layout.setContentsMargins(0, 0, 0, 0)
        c_layout.addWidget(QLabel(self.tr("尚未满足的条件：")))
        c_layout.addWidget(self.reasons)
        documents = QWidget()
        d_layout = QVBoxLayout(documents)
        d_layout.setContentsMargins(0, 0, 0, 0)
        d_layout.addWidget(QLabel(self.tr("本阶段材料（可把扫描件或照片拖到对应行上）：")))
        d_layout.addWidget(self.checklist)
        procedures = QWidget()
        p_layout = QVBoxLayout(procedures)
        p_layout.setContentsMargins(0, 0, 0, 0)
        p_head = QHBoxLayout()
        p_head.addWidget(QLabel(self.tr("并行手续（方案设计、管线踏勘、规划预审）：")), 1)
        p_head.addWidget(self.procedure_button)
        p_layout.addLayout(p_head)
        p_layout.addWidget(self.procedures)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for part, stretch in ((conditions, 3), (documents, 3), (procedures, 1)):
            self.splitter.addWidget(part)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_label)
        layout.addLayout(top)
        layout.addWidget(self.state_line)
        layout.addWidget(self.splitter, 1)

        self.check_button.clicked.connect(self.check)
        self.advance_button.clicked.connect(self.advance)
        self.intake_button.clicked.connect(self.edit_intake)
        self.suspend_button.clicked.connect(lambda: self.side_move("suspend"))
        self.resume_button.clicked.connect(lambda: self.side_move("resume"))
        self.withdraw_button.clicked.connect(lambda: self.side_move("withdraw"))
        self.reject_button.clicked.connect(lambda: self.side_move("reject"))
        self.reopen_button.clicked.connect(lambda: self.side_move("reopen"))
        self.procedure_button.clicked.connect(self.add_procedure)
        self.checklist.file_dropped.connect(self.attach_file)
        self._enable(None)

    # --- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        case_no = self.w.case_no
        self.w.ctx.query(lambda sf, actor: progress_view(sf, actor, case_no, date.today()), self._show)

    def check(self) -> None:
        """Evaluate the conditions again (today's date: a notice period may just have ended)."""
        self.refresh()

    def show_case(self, detail: CaseDetail) -> None:
        s = detail.summary
        self.stage = s.stage
        self.stage_label.setText(
            self.tr("当前阶段：{stage}（{since} 起，期限 {due}）").format(
                stage=core_tr(s.stage_text), since=s.stage_entered_on, due=s.stage_due_on or "—"
            )
        )

    def _show(self, view: ProgressView) -> None:
        self.view = view
        self.stage = view.stage
        self.stage_label.setText(
            self.tr("当前阶段：{stage}（{since} 起，期限 {due}）").format(
                stage=core_tr(view.stage_label)
                if view.side_state is SideState.ACTIVE
                else f"{core_tr(view.side_label)}（{core_tr(view.stage_label)}）",
                since=view.stage_entered_on,
                due=view.stage_due_on or "—",
            )
        )
        self.state_line.setText(self._state_text(view))
        self._show_conditions(view)
        self._show_checklist(view)
        self._show_procedures(view)
        self._enable(view)

    def _state_text(self, v: ProgressView) -> str:
        reason = v.side_reason or "—"
        if v.side_state is SideState.WITHDRAWN:
            return self.tr("案件已撤回（{r}），不再推进。如需继续办理，须由主管重新开启。").format(r=reason)
        if v.side_state is SideState.REJECTED:
            return self.tr("案件不予通过（{r}），不再推进。").format(r=reason)
        if v.finished:
            return self.tr("案件已完成，全部阶段均已办结，无需再推进。")
        if v.side_state is SideState.SUSPENDED:
            return self.tr("案件已暂停（{r}）。恢复后才能推进。").format(r=reason)
        if not v.conditions:
            return self.tr("条件均已满足，可以推进到“{next}”。").format(next=core_tr(v.next_stage_label))
        return self.tr("推进到“{next}”前还有 {n} 项条件未满足，点击每项右侧的按钮去办理。").format(
            next=core_tr(v.next_stage_label), n=len(v.conditions)
        )

    def _show_conditions(self, v: ProgressView) -> None:
        self.reasons.clear()
        self.condition_buttons = []
        self.conditions_part.setVisible(not v.closed)
        if v.closed:
            return  # nothing to meet: the line above says why
        for condition in v.conditions:
            button = self._door_button(condition)
            self.condition_buttons.append(button)
            self.reasons.add_row(core_tr(condition.text), button)
        if not v.conditions:
            self.reasons.add_row(self.tr("条件均已满足，可以推进"), None)

    def _door_button(self, c: Condition) -> QPushButton | None:
        """The one button that meets condition *c*."""
        doors: dict[Door, tuple[str, Callable[[], None]]] = {
            Door.CASE_DETAILS: (self.tr("案件概况"), lambda: self._go_to("overview")),
            Door.INTAKE_FACTS: (self.tr("受理条件…"), self.edit_intake),
            Door.REPRESENTATIVES: (self.tr("受理条件…"), self.edit_intake),
            Door.CHECKLIST: (self.tr("附件…"), lambda: self.choose_file(c.target or "")),
            Door.TALLY: (self.tr("统计"), lambda: self._go_to("ballots")),
            Door.NOTICE: (self.tr("公示"), lambda: self._go_to("notice")),
            Door.OBJECTIONS: (self.tr("异议"), lambda: self._go_to("notice")),
            Door.DISPUTE: (self.tr("打开纠纷"), lambda: self.open_dispute(c.target or "")),
            Door.SUBSIDY: (self.tr("补贴"), lambda: self._go_to("money")),
        }
        if c.door not in doors:
            return None
        text, action = doors[c.door]
        button = QPushButton(text)
        button.clicked.connect(action)
        return button

    def _show_checklist(self, v: ProgressView) -> None:
        table = self.checklist
        table.setRowCount(0)
        self.attach_buttons, self.open_buttons, self.waive_buttons = {}, {}, {}
        table.setRowCount(len(v.checklist))
        for row, item in enumerate(v.checklist):
            title = QTableWidgetItem(core_tr(item.title))
            title.setData(CODE_ROLE, item.code)
            table.setItem(row, 0, title)
            table.setItem(row, 1, QTableWidgetItem(self.tr("必交") if item.required else self.tr("可选")))
            table.setItem(row, 2, QTableWidgetItem(core_tr(item.status_label)))
            table.setItem(row, 3, QTableWidgetItem(self._note(item)))
            table.setCellWidget(row, 4, self._row_buttons(item, v))
        table.resizeRowsToContents()

    def _note(self, item: ChecklistRow) -> str:
        if item.status is ChecklistStatus.WAIVED:
            return self.tr("免交理由：{r}").format(r=item.waive_reason or "—")
        if item.file_name:
            return item.file_name
        if item.status is ChecklistStatus.PRESENT:
            return self.tr("已交纸质材料（{d}）").format(d=item.recorded_on or "—")
        return ""

    def _row_buttons(self, item: ChecklistRow, v: ProgressView) -> QWidget:
        cell = QWidget()
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(2, 0, 2, 0)
        attach = QPushButton(self.tr("附件…"))
        attach.clicked.connect(lambda: self.choose_file(item.code))
        attach.setEnabled(not v.closed)
        self.attach_buttons[item.code] = attach
        layout.addWidget(attach)
        if item.document_id is not None:
            document_id = item.document_id
            show = QPushButton(self.tr("打开"))
            show.clicked.connect(lambda: self.open_document(document_id))
            self.open_buttons[item.code] = show
            layout.addWidget(show)
        if self.supervisor and item.status is ChecklistStatus.MISSING:
            waive = QPushButton(self.tr("免交…"))
            waive.clicked.connect(lambda: self.waive(item))
            waive.setEnabled(not v.closed)
            self.waive_buttons[item.code] = waive
            layout.addWidget(waive)
        return cell

    def _show_procedures(self, v: ProgressView) -> None:
        self.procedures.setRowCount(len(v.procedures))
        for row, p in enumerate(v.procedures):
            for column, value in enumerate((str(p.on), core_tr(p.text), p.by)):
                self.procedures.setItem(row, column, QTableWidgetItem(value))

    def _enable(self, v: ProgressView | None) -> None:
        loaded = v is not None
        side = v.side_state if v else None
        open_case = loaded and not v.closed
        self.advance_button.setEnabled(loaded and side is SideState.ACTIVE and not v.finished)
        self.intake_button.setEnabled(open_case)
        self.procedure_button.setEnabled(open_case)
        self.suspend_button.setEnabled(open_case and side is SideState.ACTIVE)
        self.resume_button.setEnabled(open_case and side is SideState.SUSPENDED)
        self.withdraw_button.setEnabled(open_case)
        self.reject_button.setEnabled(open_case)
        self.reopen_button.setEnabled(loaded and v.closed)
        self.advance_button.setText(
            self.tr("推进到“{next}”").format(next=core_tr(v.next_stage_label))
            if loaded and v.next_stage_label and not v.closed
            else self.tr("推进到下一阶段")
        )

    # --- doors ---------------------------------------------------------------------------------

    def _go_to(self, tab: str) -> None:
        self.w.tabs.setCurrentWidget(getattr(self.w, tab))

    def open_dispute(self, dispute_no: str) -> None:
        if self.w.navigator is not None:
            self.w.navigator.open_dispute(dispute_no)
        else:
            self._go_to("disputes")

    def edit_intake(self) -> None:
        if self.view is None:
            return
        case_no = self.w.case_no
        self._open(
            IntakeDialog(self.view.intake, self),
            lambda sf, actor, v: wf.set_intake_facts(sf, actor, case_no, **v),
            WRITES,
        )

    def choose_file(self, code: str) -> None:
        title = next((r.title for r in self.view.checklist if r.code == code), "") if self.view else ""
        patterns = " ".join(f"*{s}" for s in DOCUMENT_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择扫描件或照片：{t}").format(t=title),
            "",
            self.tr("图片或 PDF ({p});;所有文件 (*)").format(p=patterns),
        )
        if path:
            self.attach_file(code, Path(path))

    def attach_file(self, code: str, path: Path) -> None:
        """Store the file by its SHA-256 and mark the document present, in one service call."""
        case_no, documents = self.w.case_no, self.w.documents_dir
        self.w.ctx.change(
            lambda sf, actor: wf.mark_checklist_item(
                sf, actor, case_no, code, on=date.today(), file=path, documents_dir=documents
            ),
            WRITES,
            case_no,
        )

    def open_document(self, document_id: int) -> None:
        open_stored_document(self, document_id)

    def waive(self, item: ChecklistRow) -> None:
        if self.view is None:
            return
        case_no, code, stage = self.w.case_no, item.code, self.view.stage
        self._open(
            ReasonDialog(
                self,
                self.tr("免交材料"),
                note=self.tr("免交：{t}").format(t=core_tr(item.title)),
                word=ReasonWord.CAUSE,
            ),
            lambda sf, actor, v: wf.waive_checklist_item(
                sf, actor, case_no, code, reason=v["reason"], stage=stage
            ),
            WRITES,
        )

    def add_procedure(self) -> None:
        case_no = self.w.case_no
        self._open(
            ProcedureDialog(self),
            lambda sf, actor, v: wf.record_procedure(
                sf, actor, case_no, str(v["kind"]), on=v["on"], number=v["number"], note=v["note"]
            ),
            WRITES,
        )

    def side_move(self, kind: str) -> None:
        """暂停, 恢复, 撤回, 不予通过, 重新开启: each with a reason (optional only for 恢复)."""
        titles = {
            "suspend": (self.tr("暂停案件"), self.tr("暂停期间不计入本阶段期限。")),
            "resume": (self.tr("恢复案件"), self.tr("恢复后重新计算本阶段期限。")),
            "withdraw": (self.tr("撤回案件"), self.tr("撤回后案件不再推进，只有主管可以重新开启。")),
            "reject": (self.tr("不予通过"), self.tr("不予通过的案件不再推进，只有主管可以重新开启。")),
            "reopen": (self.tr("重新开启案件"), self.tr("案件回到进行中，从原阶段继续办理。")),
        }
        moves = {
            "suspend": wf.suspend,
            "resume": wf.resume,
            "withdraw": wf.withdraw,
            "reject": wf.reject,
            "reopen": wf.reopen,
        }
        title, what = titles[kind]
        case_no, move = self.w.case_no, moves[kind]
        self._open(
            ReasonDialog(self, title, note=what, required=kind != "resume", word=ReasonWord.CAUSE),
            lambda sf, actor, v: move(sf, actor, case_no, on=date.today(), reason=v["reason"] or None),
            WRITES,
        )

    # --- the move --------------------------------------------------------------------------------

    def advance(self) -> None:
        from casedesk.core.workflow.stages import next_stage

        if self.stage is None:  # the case has not loaded yet
            return
        if self.view is not None and (self.view.closed or self.view.side_state is not SideState.ACTIVE):
            return  # the state line says why; the button is disabled too
        target = next_stage(self.stage)
        if target is None:
            return
        case_no = self.w.case_no

        def failed(error: BaseException) -> None:
            if isinstance(error, wf.GuardFailed):
                self.refresh()  # the conditions, each with its button
            else:
                self.w.show_error(error)

        self.w.ctx.change(
            lambda sf, actor: wf.advance(sf, actor, case_no, target, on=date.today()),
            WRITES,
            case_no,
            on_err=failed,
        )
