"""调解: the mediator's queue, a dispute's detail, meeting notes, agreement and follow-up visits.

Meeting notes are typed during or right after a meeting, often on a laptop that may be closed at
any moment; every keystroke pause writes a local draft file (drafts/<dispute>.json in the user's
data folder) so nothing typed is lost, and reopening the dispute restores it. A saved meeting goes
to the database with its versions kept by the service; the draft file is then removed.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk import paths
from casedesk.core.domain.enums import DisputeStatus, MeetingOutcome, Role
from casedesk.core.services.actor import Actor
from casedesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1500  # after the mediator stops typing
QUEUE_VIEWS = ("todo", "overdue", "follow_up", "all")


def drafts_dir() -> Path:
    path = paths.data_dir() / "drafts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def draft_file(dispute_no: str) -> Path:
    return drafts_dir() / f"{dispute_no}.json"


class MediationPage(QWidget):
    """The queue on the left, the selected dispute on the right."""

    def __init__(self, runner: TaskRunner, session_factory, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner, self.sf, self.actor = runner, session_factory, actor
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
        self.reassign_button.setVisible(actor.role in (Role.SUPERVISOR, Role.ADMIN))
        self.reassign_button.clicked.connect(self.reassign)
        bottom.addWidget(self.reassign_button)
        left_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.rows: list[Any] = []
        self.view.currentIndexChanged.connect(lambda _i: self.reload())
        self.queue.itemSelectionChanged.connect(self._selected)

    def reload(self) -> None:
        from casedesk.core.services.disputes import list_disputes

        sf, actor, view, today = self.sf, self.actor, self.view.currentData(), date.today()

        def load() -> list[Any]:
            if view == "overdue":
                return list_disputes(sf, actor, overdue_on=today)
            if view == "follow_up":
                return [
                    *list_disputes(sf, actor, status=DisputeStatus.AGREED),
                    *list_disputes(sf, actor, status=DisputeStatus.PARTIAL),
                ]
            rows = list_disputes(sf, actor)
            if view == "todo":
                open_states = (DisputeStatus.PENDING, DisputeStatus.IN_MEDIATION)
                rows = [r for r in rows if r.status in open_states]
            return rows

        self.runner.run(load, self._show_queue, self.show_error)

    def _show_queue(self, rows: list[Any]) -> None:
        today = date.today()
        self.rows = sorted(rows, key=lambda r: (r.due_on or date.max, r.dispute_no))
        self.queue.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            overdue = (
                r.due_on is not None
                and r.due_on < today
                and r.status
                in (
                    DisputeStatus.PENDING,
                    DisputeStatus.IN_MEDIATION,
                )
            )
            due = (r.due_on.isoformat() if r.due_on else "") + (self.tr("（超期）") if overdue else "")
            for c, value in enumerate((r.dispute_no, due, r.status.label, r.case_no, r.title)):
                item = QTableWidgetItem(value)
                if overdue and c == 1:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.queue.setItem(i, c, item)
        self.count.setText(self.tr("共 {n} 件").format(n=len(self.rows)))

    def _selected(self) -> None:
        row = self.queue.currentRow()
        if 0 <= row < len(self.rows):
            self.panel.open_dispute(self.rows[row].dispute_no)

    def reassign(self) -> None:
        """A supervisor gives the selected dispute to another mediator (recusal, leave, workload)."""
        from casedesk.core.services.admin import assignable_users, reassign_dispute
        from casedesk.ui.supervisor import ReasonDialog

        number = self.panel.dispute_no
        if number is None:
            self.count.setText(self.tr("请先在列表中选择一件纠纷"))
            return
        sf, actor = self.sf, self.actor

        def ask(users: list[tuple[str, str]]) -> None:
            choices: list[tuple[str, object]] = [(f"{name}（{user}）", user) for user, name in users]
            dialog = ReasonDialog(self.tr("改派调解员"), self.tr("新调解员"), choices, self)
            self.reassign_dialog = dialog

            def run() -> None:
                user, reason = dialog.values()
                self.runner.run(
                    lambda: reassign_dispute(sf, actor, number, str(user), reason=reason),
                    lambda _r: (self.reload(), self.panel.reload()),
                    self.show_error,
                )

            dialog.accepted.connect(run)
            dialog.open()

        self.runner.run(lambda: assignable_users(sf, Role.MEDIATOR), ask, self.show_error)

    def select(self, dispute_no: str) -> None:
        for i, r in enumerate(self.rows):
            if r.dispute_no == dispute_no:
                self.queue.selectRow(i)
                return

    def show_error(self, error: BaseException) -> None:
        from casedesk.ui.errors import show_error

        show_error(self, error, None)


class DisputePanel(QTabWidget):
    def __init__(self, page: MediationPage):
        super().__init__()
        self.page = page
        self.dispute_no: str | None = None
        self.case_no: str | None = None
        self.detail_view = QTextBrowser()
        self.meeting = MeetingEditor(self)
        self.agreement = AgreementEditor(self)
        self.visit = VisitEditor(self)
        self.addTab(self.detail_view, self.tr("概况"))
        self.addTab(self.meeting, self.tr("调解笔录"))
        self.addTab(self.agreement, self.tr("调解协议"))
        self.addTab(self.visit, self.tr("回访"))
        self.setEnabled(False)

    def open_dispute(self, dispute_no: str) -> None:
        if self.dispute_no and self.dispute_no != dispute_no:
            self.meeting.write_draft()  # switching away keeps what was typed
        self.dispute_no = dispute_no
        self.setEnabled(True)
        self.meeting.start(dispute_no)
        self.reload()

    def reload(self) -> None:
        from casedesk.core.services.disputes import dispute_detail

        sf, actor, number = self.page.sf, self.page.actor, self.dispute_no
        if number is None:
            return
        self.page.runner.run(lambda: dispute_detail(sf, actor, number), self._show, self.page.show_error)

    def _show(self, d: Any) -> None:
        s = d.summary
        self.case_no = s.case_no
        parties = "".join(
            f"<li>{p.name}（{p.role.label}{'，' + p.room + ' 室' if p.room else ''}）</li>" for p in d.parties
        )
        history = "".join(
            f"<li>{on}：{(DisputeStatus(a).label + ' → ') if a else ''}{DisputeStatus(b).label}"
            f"（{who}）{('：' + note) if note else ''}</li>"
            for a, b, on, who, note in d.history
        )
        meetings = "".join(
            f"<li>{m.held_at:%Y-%m-%d %H:%M} {m.place or ''}"
            f"{('：' + MeetingOutcome(m.outcome).label) if m.outcome else ''}"
            f"（{self.tr('第 {n} 版').format(n=max(m.versions, 1))}）</li>"
            for m in d.meetings
        )
        deadline = self.tr("履行期限")
        agreements = "".join(
            f"<li>{a.get('signed_on')}：{a.get('terms') or ''}"
            f"（{deadline} {a.get('performance_deadline')}）</li>"
            for a in d.agreements
        )
        visits = "".join(
            f"<li>{v.get('on')}（{v.get('by') or ''}）：{v.get('findings', '')}</li>" for v in d.visits
        )
        self.detail_view.setHtml(
            f"<h3>{s.dispute_no} {s.title}</h3>"
            f"<p>{self.tr('案件')}：{s.case_no}（{s.community}）　{self.tr('状态')}：{s.status.label}"
            f"{self.tr('（阻塞推进）') if s.blocking else ''}　{self.tr('期限')}：{s.due_on or '—'}</p>"
            f"<p>{self.tr('类别')}：{'、'.join(s.categories) or '—'}</p>"
            f"<p>{d.description or ''}</p><p style='color:#555'>{d.source_explanation or ''}</p>"
            f"<h4>{self.tr('当事人')}</h4><ul>{parties}</ul>"
            f"<h4>{self.tr('状态记录')}</h4><ul>{history}</ul>"
            f"<h4>{self.tr('调解会议')}</h4><ul>{meetings or '<li>—</li>'}</ul>"
            f"<h4>{self.tr('协议')}</h4><ul>{agreements or '<li>—</li>'}</ul>"
            f"<h4>{self.tr('回访')}</h4><ul>{visits or '<li>—</li>'}</ul>"
        )
        self.meeting.show_meetings(d.meetings)

    def saved(self) -> None:
        self.reload()
        self.page.reload()

    def print_form(self, kind: str) -> None:
        from casedesk.core.services.forms import print_form
        from casedesk.ui.case_detail import pdf_output_dir

        number = self.dispute_no
        if number is None:
            return
        out = pdf_output_dir() / f"{number}-{kind}.pdf"
        sf, actor = self.page.sf, self.page.actor
        self.page.runner.run(
            lambda: print_form(sf, actor, kind, number, out, today=date.today()),
            self._opened_pdf,
            self.page.show_error,
        )

    def _opened_pdf(self, path: Path) -> None:
        self.last_pdf = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class MeetingEditor(QWidget):
    def __init__(self, panel: DisputePanel):
        super().__init__()
        self.panel = panel
        self.meeting_id: int | None = None
        self.held_at = QDateTimeEdit(QDateTime.currentDateTime(), calendarPopup=True)
        self.held_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place = QLineEdit()
        self.mediators = QLineEdit(panel.page.actor.name)
        self.recorder = QLineEdit(panel.page.actor.name)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("（尚无结果）"), None)
        for o in MeetingOutcome:
            self.outcome.addItem(o.label, o.value)
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
        sf, actor = self.panel.page.sf, self.panel.page.actor
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
        self.panel.page.runner.run(
            lambda: save_meeting(sf, actor, number, **values), self._saved, self.panel.page.show_error
        )

    def _saved(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        number = self.panel.dispute_no
        if number is not None:
            draft_file(number).unlink(missing_ok=True)
        self.status.setText(self.tr("笔录已保存（会议 {id}）").format(id=meeting_id))
        self.panel.saved()


class AgreementEditor(QWidget):
    """The contents a 人民调解协议书 must state (人民调解法 art. 29)."""

    def __init__(self, panel: DisputePanel):
        super().__init__()
        self.panel = panel
        self.parties = QLineEdit()
        self.facts = QPlainTextEdit()
        self.matters = QPlainTextEdit()
        self.terms = QPlainTextEdit()
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
        sf, actor = self.panel.page.sf, self.panel.page.actor
        values = {
            "terms": self.terms.toPlainText().strip(),
            "signed_on": self.signed_on.date().toPython(),
            "parties": self.parties.text().strip(),
            "facts": self.facts.toPlainText().strip(),
            "matters": self.matters.toPlainText().strip(),
            "performance_method": self.performance_method.text().strip(),
            "performance_deadline": self.performance_deadline.date().toPython(),
            "partial": self.partial.isChecked(),
        }
        self.panel.page.runner.run(
            lambda: add_agreement(sf, actor, number, **values), self._saved, self.panel.page.show_error
        )

    def _saved(self, _result: object) -> None:
        self.status.setText(self.tr("协议已保存"))
        self.panel.saved()


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
        sf, actor = self.panel.page.sf, self.panel.page.actor
        visited, findings, performed = (
            self.visited_on.date().toPython(),
            self.findings.toPlainText().strip(),
            self.performed.isChecked(),
        )
        self.panel.page.runner.run(
            lambda: add_follow_up(
                sf, actor, number, visited_on=visited, findings=findings, performed=performed
            ),
            self._saved,
            self.panel.page.show_error,
        )

    def _saved(self, _result: object) -> None:
        self.status.setText(self.tr("回访已记录"))
        self.panel.saved()
