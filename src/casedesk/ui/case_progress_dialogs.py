"""The small dialogs of the 进度 tab: intake facts, a parallel procedure, a reason.

Each one only collects values. OK emits `submitted`; the tab runs the service and closes the
dialog on success (`accept()`) or shows the service's message in it (`fail()`), so a refused
write keeps everything the user typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from casedesk.core.services.progress import IntakeFacts
from casedesk.core.workflow.stages import PARALLEL_PROCEDURES
from casedesk.ui.i18n import core_tr

MAX_REPRESENTATIVES = 5  # 济南 rules: at most five owner representatives


class _FormDialog(QDialog):
    """A form with an error line and OK/Cancel; OK validates here, then asks the tab to save."""

    submitted = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.message = QLabel()
        self.message.setStyleSheet("color:#a00")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)

    def _finish_layout(self) -> None:
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)
        # Wide enough for the hints in the fields, in the font's own units (holds at 150 %).
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("国") * 32)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def problem(self) -> str | None:
        """What is wrong with the typed values before anything is sent (None: nothing)."""
        return None

    def _submit(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        self.message.clear()
        self.submitted.emit()

    def fail(self, error: BaseException) -> None:
        """The service refused: say why and stay open with the values as typed."""
        self.message.setText(core_tr(str(error)))


def _tri_state(value: bool | None, yes: str, no: str, unknown: str) -> QComboBox:
    box = QComboBox()
    for text, data in ((unknown, None), (yes, True), (no, False)):
        box.addItem(text, data)
    box.setCurrentIndex(box.findData(value) if value is not None else 0)
    return box


class IntakeDialog(_FormDialog):
    """受理条件: land, expropriation plan, existing elevator, representatives or implementer."""

    def __init__(self, facts: IntakeFacts, parent: QWidget | None = None):
        super().__init__(self.tr("受理条件与业主代表"), parent)
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
        self._finish_layout()

    def names(self) -> list[str]:
        return [line.strip() for line in self.representatives.toPlainText().splitlines() if line.strip()]

    def problem(self) -> str | None:
        if len(self.names()) > MAX_REPRESENTATIVES:
            return self.tr("业主代表至多 5 人（现填 {n} 人）").format(n=len(self.names()))
        return None

    def values(self) -> dict[str, object]:
        """Keyword arguments of `set_intake_facts`; 未确认 leaves a fact as recorded."""
        not_in_plan = self.not_in_plan.currentData()
        return {
            "state_owned_land": self.state_owned_land.currentData(),
            "in_expropriation_plan": None if not_in_plan is None else not not_in_plan,
            "has_elevator": self.has_elevator.isChecked(),
            "representatives": self.names(),
            "implementer": self.implementer.text().strip(),
        }


class ProcedureDialog(_FormDialog):
    """并行手续: which one, on which day, its 文号/编号 and a note."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(self.tr("登记并行手续"), parent)
        self.kind = QComboBox()
        for code, label in PARALLEL_PROCEDURES.items():
            self.kind.addItem(core_tr(label), code)
        self.on = QDateEdit(QDate(today or date.today()))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("文号或编号（可不填）"))
        self.note = QLineEdit()
        self.form.addRow(self.tr("手续"), self.kind)
        self.form.addRow(self.tr("日期"), self.on)
        self.form.addRow(self.tr("文号/编号"), self.number)
        self.form.addRow(self.tr("备注"), self.note)
        self._finish_layout()

    def values(self) -> dict[str, object]:
        """Arguments of `record_procedure` after the case number."""
        return {
            "kind": self.kind.currentData(),
            "on": self.on.date().toPython(),
            "number": self.number.text().strip() or None,
            "note": self.note.text().strip() or None,
        }


class ReasonDialog(_FormDialog):
    """A reason for a side move (暂停, 撤回, 恢复, 不予通过, 重新开启) or a waived document."""

    def __init__(self, title: str, what: str, *, required: bool = True, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.required = required
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("原因（必填，记入案件日志）") if required else self.tr("说明（可不填）")
        )
        self.form.addRow(self.what)
        self.form.addRow(self.tr("原因"), self.reason)
        self._finish_layout()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def problem(self) -> str | None:
        if self.required and not self.text():
            return self.tr("请填写原因")
        return None
