"""The small dialogs of the 进度 tab: intake facts and a parallel procedure (its reasons are
`casedesk.ui.reason_dialog.ReasonDialog`).

Each is a `FormDialog`: it only collects values, the tab runs the service
(`OpContext.change_from_dialog`), and a refused write re-opens it with everything typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from casedesk.core.services.progress import IntakeFacts
from casedesk.core.workflow.stages import PARALLEL_PROCEDURES
from casedesk.ui.fields import date_edit
from casedesk.ui.form_dialog import FormDialog
from casedesk.ui.i18n import core_tr

MAX_REPRESENTATIVES = 5  # 济南 rules: at most five owner representatives


def _tri_state(value: bool | None, yes: str, no: str, unknown: str) -> QComboBox:
    box = QComboBox()
    for text, data in ((unknown, None), (yes, True), (no, False)):
        box.addItem(text, data)
    box.setCurrentIndex(box.findData(value) if value is not None else 0)
    return box


class IntakeDialog(FormDialog):
    """受理条件: land, expropriation plan, existing elevator, representatives or implementer."""

    def __init__(self, facts: IntakeFacts, parent: QWidget):
        # Wide enough for the hints in the fields.
        super().__init__(parent, self.tr("受理条件与业主代表"), width_chars=32)
        yes, no, unknown = self.tr("是"), self.tr("否"), self.tr("未确认")
        self.state_owned_land = _tri_state(facts.state_owned_land, yes, no, unknown)
        # The form asks the question the way the guard states it (not in the plan = 是).
        not_in_plan = None if facts.in_expropriation_plan is None else not facts.in_expropriation_plan
        self.not_in_plan = _tri_state(not_in_plan, yes, no, unknown)
        self.has_elevator = QCheckBox(self.tr("该单元已有电梯"))
        self.has_elevator.setChecked(facts.has_elevator)
        self.representatives = QPlainTextEdit("\n".join(facts.representatives))
        self.representatives.setPlaceholderText(self.tr("每行一人，至多 5 人"))
        self.representatives.setTabChangesFocus(True)
        self.implementer = QLineEdit(facts.implementer or "")
        self.implementer.setPlaceholderText(self.tr("受委托的实施单位（无业主代表时必填）"))
        self.form.addRow(self.tr("国有土地上的住宅"), self.state_owned_land)
        self.form.addRow(self.tr("不在征收或城市更新计划内"), self.not_in_plan)
        self.form.addRow(self.tr("已有电梯"), self.has_elevator)
        self.form.addRow(self.tr("业主代表"), self.representatives)
        self.form.addRow(self.tr("实施主体"), self.implementer)
        self.finish_layout()

    def names(self) -> list[str]:
        return [line.strip() for line in self.representatives.toPlainText().splitlines() if line.strip()]

    def read(self) -> dict[str, Any]:
        """Keyword arguments of `set_intake_facts`; 未确认 leaves a fact as recorded."""
        if len(self.names()) > MAX_REPRESENTATIVES:
            raise ValueError(self.tr("业主代表至多 5 人（现填 {n} 人）").format(n=len(self.names())))
        not_in_plan = self.not_in_plan.currentData()
        return {
            "state_owned_land": self.state_owned_land.currentData(),
            "in_expropriation_plan": None if not_in_plan is None else not not_in_plan,
            "has_elevator": self.has_elevator.isChecked(),
            "representatives": self.names(),
            "implementer": self.implementer.text().strip(),
        }


class ProcedureDialog(FormDialog):
    """并行手续: which one, on which day, its 文号/编号 and a note."""

    def __init__(self, parent: QWidget, today: date | None = None):
        super().__init__(parent, self.tr("登记并行手续"), width_chars=32)
        self.kind = QComboBox()
        for code, label in PARALLEL_PROCEDURES.items():
            self.kind.addItem(core_tr(label), code)
        self.on = date_edit(today)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("文号或编号（可不填）"))
        self.note = QLineEdit()
        self.form.addRow(self.tr("手续"), self.kind)
        self.form.addRow(self.tr("日期"), self.on)
        self.form.addRow(self.tr("文号/编号"), self.number)
        self.form.addRow(self.tr("备注"), self.note)
        self.finish_layout()

    def read(self) -> dict[str, Any]:
        """Arguments of `record_procedure` after the case number."""
        return {
            "kind": self.kind.currentData(),
            "on": self.on.date().toPython(),
            "number": self.number.text().strip() or None,
            "note": self.note.text().strip() or None,
        }
