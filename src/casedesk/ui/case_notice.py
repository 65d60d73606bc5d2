"""公示与异议: the notice of the vote's result and the objections it drew.

Two sections. 公示 shows the latest notice (posted on, last day, places, witness, the photo of the
posted notice, days left or 公示期已满) and posts one. 异议 is a table of every objection with
buttons to log one and to reply to and resolve the selected one. Every write goes through the
window's OpContext; a refused write re-opens its dialog with what the clerk typed and the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.domain.enums import Role
from casedesk.core.errors import UserError
from casedesk.core.services import workflow as wf
from casedesk.core.services.progress import document_file
from casedesk.ui.case_notice_dialogs import (
    ObjectionDialog,
    PostNoticeDialog,
    ResolveObjectionDialog,
)
from casedesk.ui.form_dialog import FormDialog, OpensCaseDialogs
from casedesk.ui.i18n import core_tr
from casedesk.ui.operations import Changed
from casedesk.ui.pdf_files import open_stored_document

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow

# Clerks and supervisors post notices and handle objections; an administrator passes every role
# check in the services. Others (a mediator) see the tab read-only.
WRITERS = (Role.CLERK, Role.SUPERVISOR, Role.ADMIN)


@dataclass(frozen=True)
class NoticeState:
    """What the tab shows, read in one go on the worker: the notice and the photo's stored file."""

    view: wf.NoticeView
    photo: Path | None
    photo_problem: str | None  # the photo is recorded but its file is not in the documents folder


def load_notice(sf: Any, actor: Any, case_no: str, documents_dir: Path) -> NoticeState:
    view = wf.notice_and_objections(sf, actor, case_no)
    if view.photo_document_id is None:
        return NoticeState(view, None, None)
    try:
        return NoticeState(view, document_file(sf, actor, view.photo_document_id, documents_dir).path, None)
    except UserError as exc:
        return NoticeState(view, None, str(exc))


class NoticeTab(QWidget, OpensCaseDialogs):
    kinds = Changed.NOTICE | Changed.CHECKLIST

    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.state: NoticeState | None = None
        self.dialog: FormDialog | None = None  # the open dialog, kept for the tests and re-opening
        self.last_opened: Path | None = None
        may_write = window.actor.role in WRITERS

        # 公示
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # places and witness are typed text
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.period = QLabel()  # 公示期内，还剩 N 天 / 公示期已满
        font = self.period.font()
        font.setBold(True)
        self.period.setFont(font)
        self.result = QLabel()  # what the last posting computed, right after it was saved
        self.result.setWordWrap(True)
        self.result.setStyleSheet("color:#1b5e20;")
        self.result.hide()
        self.photo = QLabel()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setTextFormat(Qt.TextFormat.PlainText)
        self.photo.setWordWrap(True)
        self.open_photo_button = QPushButton(self.tr("查看照片"))
        self.open_photo_button.clicked.connect(self.open_photo)
        self.post_button = QPushButton(self.tr("张贴公示…"))
        self.post_button.clicked.connect(self.open_post)
        self.post_button.setEnabled(may_write)

        text_column = QVBoxLayout()
        text_column.addWidget(self.summary)
        text_column.addWidget(self.period)
        text_column.addWidget(self.result)
        text_column.addStretch(1)
        photo_column = QVBoxLayout()
        photo_column.addWidget(self.photo, 1)
        photo_column.addWidget(self.open_photo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QVBoxLayout()
        buttons.addWidget(self.post_button)
        buttons.addStretch(1)
        notice_box = QGroupBox(self.tr("公示"))
        top = QHBoxLayout(notice_box)
        top.addLayout(text_column, 1)
        top.addLayout(photo_column)
        top.addLayout(buttons)

        # 异议
        self.objection_summary = QLabel()
        self.objections = QTableWidget(0, 7)
        self.objections.setHorizontalHeaderLabels(
            [
                self.tr("异议人"),
                self.tr("收到日期"),
                self.tr("书面/口头"),
                self.tr("内容"),
                self.tr("状态"),
                self.tr("答复"),
                self.tr("处理日期"),
            ]
        )
        self.objections.verticalHeader().setVisible(False)
        self.objections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.objections.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.objections.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.objections.setWordWrap(True)
        header = self.objections.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The free text takes the spare width; rows grow to show it whole.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # Wrapped text needs its rows re-measured whenever the columns change width: once, after
        # the header has laid out every section (each stretch column reports its resize alone).
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self.objections.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.objections.itemSelectionChanged.connect(self._selection_changed)
        self.objections.doubleClicked.connect(lambda _index: self.open_resolve())
        self.add_objection_button = QPushButton(self.tr("登记异议…"))
        self.add_objection_button.clicked.connect(self.open_add_objection)
        self.add_objection_button.setEnabled(may_write)
        self.resolve_button = QPushButton(self.tr("答复并处理…"))
        self.resolve_button.clicked.connect(self.open_resolve)
        self.resolve_button.setEnabled(False)
        self._may_write = may_write
        objection_box = QGroupBox(self.tr("异议"))
        column = QVBoxLayout(objection_box)
        bar = QHBoxLayout()
        bar.addWidget(self.objection_summary, 1)
        bar.addWidget(self.add_objection_button)
        bar.addWidget(self.resolve_button)
        column.addLayout(bar)
        column.addWidget(self.objections)

        layout = QVBoxLayout(self)
        layout.addWidget(notice_box)
        layout.addWidget(objection_box, 1)

    # --- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        case_no, documents = self.w.case_no, self.w.documents_dir
        self.w.ctx.query(lambda sf, actor: load_notice(sf, actor, case_no, documents), self._show)

    def _show(self, state: NoticeState) -> None:
        self.state = state
        self._show_notice(state)
        self._show_objections(state.view.objections)

    def _show_notice(self, state: NoticeState) -> None:
        n = state.view
        none = self.tr("—")
        if n.posted_on is None or n.ends_on is None:
            self.summary.setText(self.tr("尚未公示。表决结果出来后张贴公示，并在此登记。"))
            self.period.setText("")
        else:
            unit = self.tr("工作日") if n.period_unit == "working" else self.tr("日")
            self.summary.setText(
                self.tr(
                    "张贴日期：{posted}\n公示期：{days} {unit}（自张贴次日起算）\n"
                    "最后一天：{ends}（当日 24 时止）\n张贴地点：{places}\n见证人：{witness}"
                ).format(
                    posted=n.posted_on,
                    days=n.period_days or none,
                    unit=unit,
                    ends=n.ends_on,
                    places=n.places or none,
                    witness=n.witness or none,
                )
            )
            left = n.days_left(date.today())
            self.period.setText(
                self.tr("公示期已满") if not left else self.tr("公示期内，还剩 {n} 天").format(n=left)
            )
        self._show_photo(state)

    def _show_photo(self, state: NoticeState) -> None:
        n = state.view
        self.open_photo_button.setVisible(n.photo_document_id is not None and state.photo_problem is None)
        if state.photo is not None and (pixmap := QPixmap(str(state.photo))) and not pixmap.isNull():
            # A thumbnail sized in lines of text, so it keeps its proportion at any scaling.
            side = self.fontMetrics().height() * 8
            self.photo.setPixmap(
                pixmap.scaled(
                    side * 4 // 3,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo.setToolTip(n.photo_filename or "")
        elif state.photo_problem:
            self.photo.setText(state.photo_problem)
        elif n.photo_document_id is not None:
            self.photo.setText(self.tr("现场照片：{name}").format(name=n.photo_filename or ""))
        elif n.posted_on is not None:
            self.photo.setText(self.tr("没有现场照片"))
        else:
            self.photo.setText("")

    def _show_objections(self, rows: tuple[wf.ObjectionRow, ...]) -> None:
        table = self.objections
        selected = self.selected_objection()
        keep = selected.id if selected else None
        table.setRowCount(len(rows))
        for r, o in enumerate(rows):
            cells = (
                o.objector,
                str(o.received_on),
                self.tr("书面") if o.written else self.tr("口头"),
                o.detail,
                core_tr(o.status_text),
                o.response or "",
                str(o.resolved_on) if o.resolved_on else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, o.id)
                if c == 4 and o.is_open:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(r, c, item)
            if o.id == keep:
                table.selectRow(r)
        table.resizeRowsToContents()
        open_written = sum(1 for o in rows if o.is_open and o.written)
        open_oral = sum(1 for o in rows if o.is_open and not o.written)
        if not rows:
            self.objection_summary.setText(self.tr("没有异议。"))
        else:
            self.objection_summary.setText(
                self.tr("共 {n} 条；未处理：书面 {w} 条，口头 {o} 条").format(
                    n=len(rows), w=open_written, o=open_oral
                )
            )
        self._selection_changed()

    def selected_objection(self) -> wf.ObjectionRow | None:
        if self.state is None:
            return None
        items = self.objections.selectedItems()
        if not items:
            return None
        objection_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((o for o in self.state.view.objections if o.id == objection_id), None)

    def _selection_changed(self) -> None:
        chosen = self.selected_objection()
        self.resolve_button.setEnabled(self._may_write and chosen is not None and chosen.is_open)
        if chosen is not None and not chosen.is_open:
            self.resolve_button.setToolTip(self.tr("该异议已处理"))
        else:
            self.resolve_button.setToolTip("")

    # --- writing -------------------------------------------------------------------------------

    def open_post(self) -> None:
        n = self.state.view if self.state else None
        case_no, documents = self.w.case_no, self.w.documents_dir
        dialog = PostNoticeDialog(self, n.places if n else None, n.witness if n else None)
        self._open(
            dialog,
            lambda sf, actor, v: wf.post_notice(
                sf, actor, case_no, **v, documents_dir=documents, today=date.today()
            ),
            # The photo is also the notice stage's 公示现场照片 document (进度 shows it).
            Changed.NOTICE | Changed.CHECKLIST,
            self._posted,
        )

    def _posted(self, ends: date, values: dict[str, Any]) -> None:
        self.result.setText(
            self.tr("已登记公示：{a} 张贴，公示期最后一天为 {b}（当日 24 时止）。").format(
                a=values["posted_on"], b=ends
            )
        )
        self.result.show()

    def open_add_objection(self) -> None:
        case_no = self.w.case_no
        self._open(
            ObjectionDialog(self),
            lambda sf, actor, v: wf.add_objection(sf, actor, case_no, **v),
            # A written objection raises its dispute in the same transaction (纠纷 reloads too).
            Changed.NOTICE | Changed.DISPUTES,
        )

    def open_resolve(self) -> None:
        chosen = self.selected_objection()
        if chosen is None or not chosen.is_open or not self._may_write:
            return
        objection_id = chosen.id
        self._open(
            ResolveObjectionDialog(self, chosen),
            lambda sf, actor, v: wf.resolve_objection(sf, actor, objection_id, **v),
            Changed.NOTICE | Changed.DISPUTES,
        )

    def open_photo(self) -> None:
        n = self.state.view if self.state else None
        if n is None or n.photo_document_id is None:
            return
        open_stored_document(self, n.photo_document_id)
