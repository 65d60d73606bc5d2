"""调解: the mediator's queue, a dispute's detail, meeting notes, agreement and follow-up visits.

Meeting notes are typed during or right after a meeting, often on a laptop that may be closed at
any moment; every keystroke pause writes a local draft file (drafts/<dispute>.json in the user's
data folder) so nothing typed is lost, and reopening the dispute restores it. A saved meeting goes
to the database with its versions kept by the service; the draft file is then removed.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk import paths
from casedesk.core.disputes.rules import ALLOWED, can_move, suggest_categories
from casedesk.core.domain.enums import DisputeCategory, DisputeStatus, MeetingOutcome, Role
from casedesk.core.services.actor import Actor
from casedesk.core.services.disputes import DisputeDetail
from casedesk.ui.form_dialog import FormDialog
from casedesk.ui.i18n import core_tr, sep
from casedesk.ui.operations import Change, Changed, OpContext, html_text
from casedesk.ui.screen_fit import resize_within_screen

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1500  # after the mediator stops typing
QUEUE_VIEWS = ("todo", "overdue", "follow_up", "all")


def drafts_dir() -> Path:
    path = paths.data_dir() / "drafts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def draft_file(dispute_no: str) -> Path:
    return drafts_dir() / f"{dispute_no}.json"


# Changes after which the queue may differ: a dispute worked, or one raised by a ballot, an
# objection or an obstruction in the same transaction.
QUEUE_KINDS = Changed.DISPUTES | Changed.BALLOTS | Changed.NOTICE | Changed.CASE | Changed.CHECKLIST


def category_text(categories: list[tuple[DisputeCategory, bool]], tr: Any) -> str:
    """Categories in words; those only suggested (not yet confirmed by a mediator) say so."""
    if not categories:
        return "—"
    order = list(DisputeCategory)
    text = sep().join(core_tr(c.label) for c, _ok in sorted(categories, key=lambda x: order.index(x[0])))
    return text if all(ok for _c, ok in categories) else text + tr("（待确认）")


def dispute_html(d: DisputeDetail, tr: Any, today: date | None = None) -> str:
    """One dispute as rich text; everything people typed is escaped (names, notes, places)."""
    h = html_text
    s = d.summary
    today = today or date.today()
    # The punctuation is part of each translated text: English reads "(Objector, flat 101)".
    parties = "".join(
        "<li>"
        + tr("{name}（{details}）").format(
            name=h(p.name),
            details=sep("，").join(
                [core_tr(p.role.label)]
                + ([tr("{room} 室").format(room=h(p.room))] if p.room else [])
                + ([h(p.contact)] if p.contact else [])
            ),
        )
        + "</li>"
        for p in d.parties
    )
    history = "".join(
        "<li>"
        + tr("{on}：{change}（{who}）").format(
            on=c.on,
            change=(core_tr(c.was.label) + " → " if c.was else "") + core_tr(c.to.label),
            who=h(c.by),
        )
        + (tr("：{note}").format(note=h(core_tr(c.note))) if c.note else "")
        + "</li>"
        for c in d.history
    )
    meetings = "".join(
        f"<li>{m.held_at:%Y-%m-%d %H:%M} {h(m.place or '')}"
        + (tr("：{note}").format(note=core_tr(MeetingOutcome(m.outcome).label)) if m.outcome else "")
        + tr("（{what}）").format(what=tr("第 {n} 版").format(n=max(m.versions, 1)))
        + "</li>"
        for m in d.meetings
    )
    agreements = "".join(
        "<li>"
        + tr("{on}：{terms}（履行期限 {deadline}）").format(
            on=h(a.signed_on or ""), terms=h(a.terms or ""), deadline=h(a.performance_deadline or "")
        )
        + "</li>"
        for a in d.agreements
    )
    visits = "".join(
        "<li>"
        + tr("{on}（{who}）：{findings}").format(on=h(v.on), who=h(v.by or ""), findings=h(v.findings or ""))
        + "</li>"
        for v in d.visits
    )
    overdue = tr("（超期）") if s.overdue(today) else ""
    categories = sep().join(core_tr(c.label) for c in DisputeCategory if c.value in s.categories)
    return (
        f"<h3>{h(s.dispute_no)} {h(core_tr(s.title))}</h3>"
        "<p>"
        + tr("案件：{case}（{community}）　状态：{status}{blocking}　期限：{due}{overdue}").format(
            case=h(s.case_no),
            community=h(s.community),
            status=core_tr(s.status.label),
            blocking=tr("（阻塞推进）") if s.blocking else "",
            due=s.due_on or "—",
            overdue=overdue,
        )
        + "</p>"
        + f"<p>{tr('类别：{c}').format(c=categories or '—')}</p>"
        f"<p>{h(d.description or '')}</p><p style='color:#555'>{h(core_tr(d.source_explanation or ''))}</p>"
        f"<h4>{tr('当事人')}</h4><ul>{parties or '<li>—</li>'}</ul>"
        f"<h4>{tr('状态记录')}</h4><ul>{history}</ul>"
        f"<h4>{tr('调解会议')}</h4><ul>{meetings or '<li>—</li>'}</ul>"
        f"<h4>{tr('协议')}</h4><ul>{agreements or '<li>—</li>'}</ul>"
        f"<h4>{tr('回访')}</h4><ul>{visits or '<li>—</li>'}</ul>"
    )


class MediationPage(QWidget):
    """The queue on the left, the selected dispute on the right."""

    open_case = Signal(str)  # 打开案件 from a dispute; the main window opens the case window

    def __init__(self, ctx: OpContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.actor = ctx.actor
        self.view = QComboBox()
        for key, label in zip(
            QUEUE_VIEWS,
            (self.tr("待办（按期限）"), self.tr("已超期"), self.tr("待回访（已达成协议）"), self.tr("全部")),
            strict=True,
        ):
            self.view.addItem(label, key)
        self.queue = QTableWidget(0, 5)
        self.queue.setHorizontalHeaderLabels(
            [self.tr("编号"), self.tr("期限"), self.tr("状态"), self.tr("案件"), self.tr("事由")]
        )
        self.queue.verticalHeader().setVisible(False)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.queue.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel()
        self.panel = DisputePanel(self)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view)
        left_layout.addWidget(self.queue, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        self.reassign_button = QPushButton(self.tr("改派调解员…"))
        self.reassign_button.setVisible(self.actor.role in (Role.SUPERVISOR, Role.ADMIN))
        self.reassign_button.clicked.connect(self.reassign)
        bottom.addWidget(self.reassign_button)
        left_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([2000, 3000])  # 2:3 from the start: the wide panel must not squeeze the queue
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.rows: list[Any] = []
        self._wanted: str | None = None  # a dispute asked for (open_dispute) before its row is loaded
        self.view.currentIndexChanged.connect(lambda _i: self.reload())
        self.queue.itemSelectionChanged.connect(self._selected)
        ctx.bus.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if not change.kinds & QUEUE_KINDS:
            return
        self.reload()
        if self.panel.dispute_no is not None and change.touches(Changed.DISPUTES, self.panel.case_no):
            self.panel.reload()

    def reload(self) -> None:
        from casedesk.core.services.disputes import list_disputes

        view, today = self.view.currentData(), date.today()

        def load(sf: Any, actor: Actor) -> list[Any]:
            if view == "overdue":
                return list_disputes(sf, actor, overdue_on=today)
            if view == "follow_up":
                return [
                    *list_disputes(sf, actor, status=DisputeStatus.AGREED),
                    *list_disputes(sf, actor, status=DisputeStatus.PARTIAL),
                ]
            rows = list_disputes(sf, actor)
            if view == "todo":
                rows = [r for r in rows if r.status.is_open]
            return rows

        self.ctx.query(load, self._show_queue)

    def _show_queue(self, rows: list[Any]) -> None:
        today = date.today()
        self.rows = sorted(rows, key=lambda r: (r.due_on or date.max, r.dispute_no))
        # Refilling must not look like the mediator choosing another dispute: the panel keeps the
        # one it shows, and its row stays selected when it is still in the list.
        self.queue.blockSignals(True)
        try:
            self.queue.clearSelection()
            self.queue.setRowCount(len(self.rows))
            for i, r in enumerate(self.rows):
                overdue = r.overdue(today)
                due = (r.due_on.isoformat() if r.due_on else "") + (self.tr("（超期）") if overdue else "")
                for c, value in enumerate(
                    (r.dispute_no, due, core_tr(r.status.label), r.case_no, core_tr(r.title))
                ):
                    item = QTableWidgetItem(value)
                    if overdue and c == 1:
                        item.setForeground(Qt.GlobalColor.darkRed)
                    self.queue.setItem(i, c, item)
            current = self._row_of(self.panel.dispute_no)
            if current is not None:
                self.queue.selectRow(current)
        finally:
            self.queue.blockSignals(False)
        self.count.setText(self.tr("共 {n} 件").format(n=len(self.rows)))
        wanted = self._wanted
        if wanted is not None:
            row = self._row_of(wanted)
            if row is not None:
                self._wanted = None
                self.queue.selectRow(row)
                self.panel.open_dispute(wanted)
            elif self.view.currentData() == "all":
                # Not in this user's list at all (another office's, say): shown without a row.
                self._wanted = None
                self.queue.clearSelection()
                self.panel.open_dispute(wanted)

    def _row_of(self, dispute_no: str | None) -> int | None:
        for i, r in enumerate(self.rows):
            if r.dispute_no == dispute_no:
                return i
        return None

    def _selected(self) -> None:
        row = self.queue.currentRow()
        if self.queue.selectedItems() and 0 <= row < len(self.rows):
            self.panel.open_dispute(self.rows[row].dispute_no)

    def show_dispute(self, dispute_no: str) -> None:
        """Select *dispute_no* (asked for from a case window), widening the list if it is not in it."""
        self._wanted = dispute_no
        row = self._row_of(dispute_no)
        if row is not None:
            self._show_queue(self.rows)  # selects it and opens it in the panel
        elif self.view.currentData() != "all":
            self.view.setCurrentIndex(self.view.findData("all"))  # reloads
        else:
            self.reload()

    def select(self, dispute_no: str) -> None:
        self.show_dispute(dispute_no)

    def reassign(self) -> None:
        """A supervisor gives the selected dispute to another mediator (recusal, leave, workload)."""
        from casedesk.core.services.admin import assignable_users, reassign_dispute
        from casedesk.ui.reason_dialog import ReasonDialog

        number, case_no = self.panel.dispute_no, self.panel.case_no
        if number is None:
            self.count.setText(self.tr("请先在列表中选择一件纠纷"))
            return

        def ask(users: list[tuple[str, str]]) -> None:
            choices: list[tuple[str, object]] = [(f"{name}（{user}）", user) for user, name in users]
            dialog = ReasonDialog(
                self, self.tr("改派调解员"), choice_label=self.tr("新调解员"), choices=choices
            )
            self.reassign_dialog = dialog  # kept for the tests and re-opening
            self.ctx.change_from_dialog(
                dialog,
                lambda sf, actor, v: reassign_dispute(
                    sf, actor, number, str(v["choice"]), reason=v["reason"]
                ),
                Changed.DISPUTES,
                case_no,
            )

        self.ctx.query(lambda sf, _actor: assignable_users(sf, Role.MEDIATOR), ask)

    def show_error(self, error: BaseException) -> None:
        self.ctx.show_error(error)


class DisputePanel(QWidget):
    """The dispute being worked: a header saying which it is, its actions, and its tabs."""

    def __init__(self, page: MediationPage):
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.dispute_no: str | None = None
        self.case_no: str | None = None
        self.detail: DisputeDetail | None = None
        self.categories: list[tuple[DisputeCategory, bool]] = []
        self.header = QLabel(self.tr("请在左侧列表中选择一件纠纷"))
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setStyleSheet("background:#eef3fa; padding:6px; border:1px solid #c8d4e6")
        self.case_button = QPushButton(self.tr("打开案件"))
        self.status_button = QPushButton(self.tr("变更状态…"))
        self.extend_button = QPushButton(self.tr("延长期限…"))
        self.categories_button = QPushButton(self.tr("确认类别…"))
        actions = QHBoxLayout()
        for button in (self.case_button, self.status_button, self.extend_button, self.categories_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.detail_view = QTextBrowser()
        self.meeting = MeetingEditor(self)
        self.agreement = AgreementEditor(self)
        self.visit = VisitEditor(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.detail_view, self.tr("概况"))
        self.tabs.addTab(self.meeting, self.tr("调解笔录"))
        self.tabs.addTab(self.agreement, self.tr("调解协议"))
        self.tabs.addTab(self.visit, self.tr("回访"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self.status_dialog: StatusDialog | None = None
        self.extend_dialog: ExtendDialog | None = None
        self.categories_dialog: CategoriesDialog | None = None
        self.case_button.clicked.connect(self.open_case)
        self.status_button.clicked.connect(self.ask_status)
        self.extend_button.clicked.connect(self.ask_extension)
        self.categories_button.clicked.connect(self.ask_categories)
        self._set_working(False)

    def _set_working(self, on: bool) -> None:
        self.tabs.setEnabled(on)
        for button in (self.case_button, self.status_button, self.extend_button, self.categories_button):
            button.setEnabled(on)

    def open_dispute(self, dispute_no: str) -> None:
        if dispute_no == self.dispute_no:
            self.reload()  # the same one again: keep what is being typed
            return
        if self.dispute_no:
            self.meeting.write_draft()  # switching away keeps what was typed
        self.dispute_no = dispute_no
        self.case_no = None
        self.detail = None
        self.header.setText(self.tr("正在打开纠纷 {no}……").format(no=html_text(dispute_no)))
        self._set_working(False)
        self.meeting.start(dispute_no)
        self.reload()

    def reload(self) -> None:
        from casedesk.core.services.dispute_choices import dispute_categories
        from casedesk.core.services.disputes import dispute_detail

        number = self.dispute_no
        if number is None:
            return

        def load(sf: Any, actor: Actor) -> tuple[DisputeDetail, list[tuple[DisputeCategory, bool]]]:
            return dispute_detail(sf, actor, number), dispute_categories(sf, actor, number)

        self.ctx.query(load, self._show)

    def _show(self, loaded: tuple[DisputeDetail, list[tuple[DisputeCategory, bool]]]) -> None:
        d, categories = loaded
        s = d.summary
        if s.dispute_no != self.dispute_no:
            return  # an answer for a dispute the mediator has since left
        self.detail, self.categories, self.case_no = d, categories, s.case_no
        today = date.today()
        due = s.due_on.isoformat() if s.due_on else "—"
        if s.overdue(today) and s.due_on is not None:
            due += self.tr("（超期 {n} 天）").format(n=(today - s.due_on).days)
        self.header.setText(
            f"<b style='font-size:large'>{html_text(s.dispute_no)}　{html_text(core_tr(s.title))}</b><br>"
            + self.tr(
                "案件 {case}（{community}）　状态：{status}{blocking}　调解期限：{due}<br>类别：{cats}"
            ).format(
                case=html_text(s.case_no),
                community=html_text(s.community),
                status=core_tr(s.status.label),
                blocking=self.tr("，阻断推进") if s.blocking else "",
                due=due,
                cats=category_text(categories, self.tr),
            )
        )
        self.detail_view.setHtml(dispute_html(d, self.tr, today))
        self.meeting.show_meetings(d.meetings)
        self._set_working(True)
        self.status_button.setEnabled(bool(ALLOWED[s.status]))
        self.extend_button.setEnabled(s.status.is_open)

    # --- actions on the dispute ----------------------------------------------------------------------

    def open_case(self) -> None:
        if self.case_no:
            self.page.open_case.emit(self.case_no)

    def _open(self, dialog: FormDialog, work: Any) -> None:
        """Open *dialog* for the dispute being worked (its number in the title); OK runs
        *work(sf, actor, number, values)* as one change, and a refusal re-opens the dialog with
        what was typed and the reason."""
        number = self.dispute_no
        dialog.setWindowTitle(f"{dialog.windowTitle()} — {number}")  # which dispute
        self.ctx.change_from_dialog(
            dialog, lambda sf, actor, v: work(sf, actor, number, v), Changed.DISPUTES, self.case_no
        )

    def ask_status(self) -> None:
        from casedesk.core.services.disputes import change_status

        if self.detail is None:
            return
        self.status_dialog = StatusDialog(self.detail.summary.status, self)
        self._open(
            self.status_dialog,
            lambda sf, actor, number, v: change_status(sf, actor, number, on=date.today(), **v),
        )

    def ask_extension(self) -> None:
        from casedesk.core.services.disputes import extend_deadline

        if self.detail is None:
            return
        self.extend_dialog = ExtendDialog(self.detail.summary.due_on or self.detail.summary.opened_on, self)
        self._open(self.extend_dialog, lambda sf, actor, number, v: extend_deadline(sf, actor, number, **v))

    def ask_categories(self) -> None:
        from casedesk.core.services.disputes import confirm_categories

        if self.detail is None:
            return
        ticked = [c for c, _ok in self.categories] or suggest_categories(
            f"{self.detail.summary.title} {self.detail.description or ''}"
        )
        self.categories_dialog = CategoriesDialog(ticked, self)
        self._open(
            self.categories_dialog,
            lambda sf, actor, number, v: confirm_categories(sf, actor, number, v["categories"]),
        )

    def print_form(self, kind: str) -> None:
        from casedesk.core.services.forms import print_form
        from casedesk.ui.pdf_files import pdf_output_dir

        number = self.dispute_no
        if number is None:
            return
        out = pdf_output_dir() / f"{number}-{kind}.pdf"
        self.ctx.query(
            lambda sf, actor: print_form(sf, actor, kind, number, out, today=date.today()), self._opened_pdf
        )

    def _opened_pdf(self, path: Path) -> None:
        from casedesk.ui.pdf_files import open_pdf

        self.last_pdf = path
        open_pdf(self, path)


class StatusDialog(FormDialog):
    """变更状态: only the moves the rules allow from the current status, by their labels."""

    def __init__(self, current: DisputeStatus, parent: QWidget):
        super().__init__(parent, self.tr("变更纠纷状态"))
        self.target = QComboBox()
        for status in DisputeStatus:  # in the enum's order, which is the order of a mediation
            if can_move(current, status):
                self.target.addItem(core_tr(status.label), status.value)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab goes on to OK, as in every other field
        self.note.setPlaceholderText(self.tr("说明（终止调解须写明原因及后续途径）"))
        self.form.addRow(self.tr("当前状态"), QLabel(core_tr(current.label)))
        self.form.addRow(self.tr("改为"), self.target)
        self.form.addRow(self.tr("说明"), self.note)
        self.finish_layout()

    def read(self) -> dict[str, Any]:
        """Arguments of `change_status` after the dispute number: `to` and `note`."""
        if self.target.currentData() is None:
            raise ValueError(self.tr("当前状态不能再变更"))
        target = DisputeStatus(self.target.currentData())
        note = self.note.toPlainText().strip() or None
        if target is DisputeStatus.TERMINATED and note is None:
            raise ValueError(self.tr("终止调解须写明原因及后续途径（如诉讼）"))
        return {"to": target, "note": note}


class ExtendDialog(FormDialog):
    """延长调解期限: by how many days, and the parties' agreement to it."""

    def __init__(self, due_on: date, parent: QWidget):
        super().__init__(parent, self.tr("延长调解期限"))
        self.due_on = due_on
        self.days = QSpinBox(minimum=1, maximum=365, value=15)
        self.days.setSuffix(self.tr(" 天"))
        self.new_due = QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("双方同意延长的情况（必填）"))
        self.form.addRow(self.tr("现期限"), QLabel(due_on.isoformat()))
        self.form.addRow(self.tr("延长"), self.days)
        self.form.addRow(self.tr("新期限"), self.new_due)
        self.form.addRow(self.tr("理由"), self.reason)
        self.finish_layout()
        self.days.valueChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.new_due.setText((self.due_on + timedelta(days=self.days.value())).isoformat())

    def read(self) -> dict[str, Any]:
        """Arguments of `extend_deadline` after the dispute number: `days` and `reason`."""
        reason = self.reason.toPlainText().strip()
        if not reason:
            raise ValueError(self.tr("请写明双方同意延长的情况"))
        return {"days": self.days.value(), "reason": reason}


class CategoriesDialog(FormDialog):
    """确认类别: the suggested categories come ticked; the mediator corrects and confirms them."""

    def __init__(self, ticked: list[DisputeCategory], parent: QWidget):
        super().__init__(parent, self.tr("确认纠纷类别"))
        self.boxes: dict[DisputeCategory, QCheckBox] = {}
        grid = QGridLayout()
        for i, category in enumerate(DisputeCategory):
            box = QCheckBox(core_tr(category.label))
            box.setChecked(category in ticked)
            self.boxes[category] = box
            grid.addWidget(box, i // 3, i % 3)
        self.layout_.addWidget(QLabel(self.tr("已勾选的是按事由建议或已登记的类别，请核对后确认：")))
        self.layout_.addLayout(grid)
        self.finish_layout()

    def read(self) -> dict[str, Any]:
        """The argument of `confirm_categories` after the dispute number."""
        return {"categories": [c for c, box in self.boxes.items() if box.isChecked()]}


class DisputeDetailDialog(QDialog):
    """A dispute read-only, for those without the 调解 page (a clerk following their case)."""

    def __init__(self, ctx: OpContext, dispute_no: str, navigator: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        from casedesk.core.services.disputes import dispute_detail

        self.setWindowTitle(self.tr("纠纷 {no}").format(no=dispute_no))
        self.navigator = navigator
        self.case_no: str | None = None
        self.view = QTextBrowser()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.case_button = self.buttons.addButton(self.tr("打开案件"), QDialogButtonBox.ButtonRole.ActionRole)
        self.case_button.setVisible(navigator is not None)
        self.case_button.clicked.connect(self._open_case)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 640, 560)
        ctx.query(lambda sf, actor: dispute_detail(sf, actor, dispute_no), self._show)

    def _show(self, d: DisputeDetail) -> None:
        self.case_no = d.summary.case_no
        self.view.setHtml(dispute_html(d, self.tr))

    def _open_case(self) -> None:
        if self.navigator is not None and self.case_no:
            self.navigator.open_case(self.case_no)


class MeetingEditor(QWidget):
    def __init__(self, panel: DisputePanel):
        super().__init__()
        self.panel = panel
        self.meeting_id: int | None = None
        self.held_at = QDateTimeEdit(QDateTime.currentDateTime(), calendarPopup=True)
        self.held_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place = QLineEdit()
        self.mediators = QLineEdit(panel.ctx.actor.name)
        self.recorder = QLineEdit(panel.ctx.actor.name)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("（尚无结果）"), None)
        for o in MeetingOutcome:
            self.outcome.addItem(core_tr(o.label), o.value)
        self.notes = QPlainTextEdit()
        self.template_button = QPushButton(self.tr("插入笔录模板"))
        self.save_button = QPushButton(self.tr("保存笔录"))
        self.print_button = QPushButton(self.tr("打印调解笔录"))
        self.status = QLabel()
        self.versions = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("时间"), self.held_at)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("调解员"), self.mediators)
        form.addRow(self.tr("记录人"), self.recorder)
        form.addRow(self.tr("结果"), self.outcome)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.versions)
        layout.addLayout(buttons)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.write_draft)
        self._loading = False
        for signal in (
            self.notes.textChanged,
            self.place.textChanged,
            self.mediators.textChanged,
            self.recorder.textChanged,
        ):
            signal.connect(self._changed)
        self.template_button.clicked.connect(self.insert_template)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(lambda: panel.print_form("mediation-record"))

    # --- drafts ---------------------------------------------------------------------------------

    def start(self, dispute_no: str) -> None:
        """Show the dispute's unsaved draft if there is one, else an empty note."""
        self._loading = True
        self.meeting_id = None
        draft = self._read_draft(dispute_no)
        if draft is not None:
            self.held_at.setDateTime(QDateTime.fromString(draft["held_at"], "yyyy-MM-dd HH:mm"))
            self.place.setText(draft.get("place", ""))
            self.mediators.setText(draft.get("mediators", ""))
            self.recorder.setText(draft.get("recorder", ""))
            self.notes.setPlainText(draft.get("notes", ""))
            self.meeting_id = draft.get("meeting_id")
            self.status.setText(self.tr("已恢复未保存的草稿（{t}）").format(t=draft.get("saved_at", "")))
        else:
            self.held_at.setDateTime(QDateTime.currentDateTime())
            self.place.clear()
            self.notes.clear()
            self.status.clear()
        self._loading = False

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._autosave.start()

    def draft_data(self) -> dict[str, Any]:
        return {
            "held_at": self.held_at.dateTime().toString("yyyy-MM-dd HH:mm"),
            "place": self.place.text(),
            "mediators": self.mediators.text(),
            "recorder": self.recorder.text(),
            "notes": self.notes.toPlainText(),
            "meeting_id": self.meeting_id,
            "saved_at": datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        }

    def write_draft(self) -> None:
        """Write atomically (temp file + replace): a crash mid-write must not destroy the last draft."""
        self._autosave.stop()
        number = self.panel.dispute_no
        if number is None or not self.notes.toPlainText().strip():
            return
        target = draft_file(number)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.draft_data(), ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(target)
        self.status.setText(self.tr("草稿已自动保存 {t}").format(t=datetime.now().strftime("%H:%M:%S")))

    def _read_draft(self, dispute_no: str) -> dict[str, Any] | None:
        path = draft_file(dispute_no)
        if not path.exists():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.exception("unreadable meeting draft %s kept for inspection", path)
            return None

    # --- editing --------------------------------------------------------------------------------

    def insert_template(self) -> None:
        from casedesk.core.services.disputes import meeting_template

        text = meeting_template(
            self.held_at.dateTime().toPython(),
            self.place.text(),
            self.mediators.text(),
            self.recorder.text(),
            self.tr("（各方当事人）"),
        )
        self.notes.setPlainText(text + self.notes.toPlainText())

    def show_meetings(self, meetings: Any) -> None:
        if meetings:
            last = meetings[-1]
            self.versions.setText(
                self.tr("已有 {n} 次会议；最近一次 {t}（第 {v} 版）").format(
                    n=len(meetings), t=f"{last.held_at:%Y-%m-%d %H:%M}", v=max(last.versions, 1)
                )
            )
        else:
            self.versions.setText(self.tr("尚无会议记录"))

    def save(self) -> None:
        from casedesk.core.services.disputes import save_meeting

        number = self.panel.dispute_no
        if number is None:
            return
        outcome_code = self.outcome.currentData()
        values = {
            "held_at": self.held_at.dateTime().toPython(),
            "place": self.place.text().strip(),
            "mediators": self.mediators.text().strip(),
            "recorder": self.recorder.text().strip(),
            "attendees": [],
            "notes": self.notes.toPlainText(),
            "outcome": MeetingOutcome(outcome_code) if outcome_code else None,
            "meeting_id": self.meeting_id,
        }
        self.panel.ctx.change(
            lambda sf, actor: save_meeting(sf, actor, number, **values),
            Changed.DISPUTES,
            self.panel.case_no,
            self._saved,
        )

    def _saved(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        number = self.panel.dispute_no
        if number is not None:
            draft_file(number).unlink(missing_ok=True)
        self.status.setText(self.tr("笔录已保存（会议 {id}）").format(id=meeting_id))


class AgreementEditor(QWidget):
    """The contents a 人民调解协议书 must state (人民调解法 art. 29)."""

    def __init__(self, panel: DisputePanel):
        super().__init__()
        self.panel = panel
        self.parties = QLineEdit()
        self.facts = QPlainTextEdit()
        self.matters = QPlainTextEdit()
        self.terms = QPlainTextEdit()
        self.responsibilities = QPlainTextEdit()
        self.responsibilities.setPlaceholderText(self.tr("如：出资业主负责按期付款，一楼业主配合施工"))
        self.performance_method = QLineEdit()
        self.performance_deadline = QDateEdit(QDate.currentDate().addDays(30), calendarPopup=True)
        self.signed_on = QDateEdit(QDate.currentDate(), calendarPopup=True)
        for edit in (self.performance_deadline, self.signed_on):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.partial = QCheckBox(self.tr("部分达成"))
        self.save_button = QPushButton(self.tr("保存协议"))
        self.print_button = QPushButton(self.tr("打印调解协议书"))
        self.status = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("当事人"), self.parties)
        form.addRow(self.tr("纠纷主要事实"), self.facts)
        form.addRow(self.tr("争议事项"), self.matters)
        form.addRow(self.tr("达成协议的内容"), self.terms)
        form.addRow(self.tr("各方当事人的责任"), self.responsibilities)
        form.addRow(self.tr("履行方式"), self.performance_method)
        form.addRow(self.tr("履行期限"), self.performance_deadline)
        form.addRow(self.tr("签订日期"), self.signed_on)
        form.addRow("", self.partial)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(lambda: panel.print_form("mediation-agreement"))

    def save(self) -> None:
        from casedesk.core.services.disputes import add_agreement

        number = self.panel.dispute_no
        if number is None:
            return
        values = {
            "terms": self.terms.toPlainText().strip(),
            "signed_on": self.signed_on.date().toPython(),
            "parties": self.parties.text().strip(),
            "facts": self.facts.toPlainText().strip(),
            "matters": self.matters.toPlainText().strip(),
            "performance_method": self.performance_method.text().strip(),
            "performance_deadline": self.performance_deadline.date().toPython(),
            "partial": self.partial.isChecked(),
            "responsibilities": self.responsibilities.toPlainText().strip(),
        }
        self.panel.ctx.change(
            lambda sf, actor: add_agreement(sf, actor, number, **values),
            Changed.DISPUTES,
            self.panel.case_no,
            self._saved,
        )

    def _saved(self, _result: object) -> None:
        self.status.setText(self.tr("协议已保存"))


class VisitEditor(QWidget):
    def __init__(self, panel: DisputePanel):
        super().__init__()
        self.panel = panel
        self.visited_on = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.visited_on.setDisplayFormat("yyyy-MM-dd")
        self.findings = QPlainTextEdit()
        self.performed = QCheckBox(self.tr("协议已履行完毕"))
        self.save_button = QPushButton(self.tr("记录回访"))
        self.status = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("回访日期"), self.visited_on)
        form.addRow(self.tr("回访情况"), self.findings)
        form.addRow("", self.performed)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.save_button.clicked.connect(self.save)

    def save(self) -> None:
        from casedesk.core.services.disputes import add_follow_up

        number = self.panel.dispute_no
        if number is None:
            return
        visited, findings, performed = (
            self.visited_on.date().toPython(),
            self.findings.toPlainText().strip(),
            self.performed.isChecked(),
        )
        self.panel.ctx.change(
            lambda sf, actor: add_follow_up(
                sf, actor, number, visited_on=visited, findings=findings, performed=performed
            ),
            Changed.DISPUTES,
            self.panel.case_no,
            self._saved,
        )

    def _saved(self, _result: object) -> None:
        self.status.setText(self.tr("回访已记录"))
