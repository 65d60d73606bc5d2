"""进度: the case's stage, what stops it from moving on, and the move itself."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from casedesk.core.domain.enums import Stage
from casedesk.core.domain.views import CaseDetail
from casedesk.core.services import workflow as wf
from casedesk.ui.operations import Changed

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow


class ProgressTab(QWidget):
    kinds = Changed.ALL & ~Changed.OFFICE

    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.stage: Stage | None = None  # unknown until the case has loaded
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

    def refresh(self) -> None:
        self.check()

    def show_case(self, detail: CaseDetail) -> None:
        s = detail.summary
        self.stage = s.stage
        self.stage_label.setText(
            self.tr("当前阶段：{stage}（{since} 起，期限 {due}）").format(
                stage=s.stage_text, since=s.stage_entered_on, due=s.stage_due_on or "—"
            )
        )

    def check(self) -> None:
        case_no = self.w.case_no
        self.w.ctx.query(
            lambda sf, actor: wf.check_advance(sf, actor, case_no, date.today()), self._show_reasons
        )

    def _show_reasons(self, reasons: list[str]) -> None:
        self.reasons.clear()
        self.reasons.addItems(reasons or [self.tr("条件均已满足，可以推进")])

    def advance(self) -> None:
        from casedesk.core.workflow.stages import next_stage

        if self.stage is None:  # the case has not loaded yet
            return
        target = next_stage(self.stage)
        if target is None:
            return
        case_no = self.w.case_no

        def failed(error: BaseException) -> None:
            if isinstance(error, wf.GuardFailed):
                self._show_reasons(error.reasons)
            else:
                self.w.show_error(error)

        self.w.ctx.change(
            lambda sf, actor: wf.advance(sf, actor, case_no, target, on=date.today()),
            Changed.CASE | Changed.CHECKLIST,
            case_no,
            on_err=failed,
        )
