"""修改案件信息: the case's editable facts, prefilled, saved through `update_case`.

The dialog does not close on OK by itself: the screen saves the changes and closes it only when
the save succeeded. A refusal (a colleague saved the case meanwhile, a floor count out of range)
is shown inside the dialog and everything typed stays, so nothing has to be typed twice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.domain.views import CaseDetail
from casedesk.core.services.cases import MAX_FLOORS


class YesNoUnknown(QComboBox):
    """A fact that may not be confirmed yet: 未确认 / 是 / 否 (None / True / False)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("未确认"), None)
        self.addItem(self.tr("是"), True)
        self.addItem(self.tr("否"), False)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class CaseDetailsDialog(QDialog):
    """Fields `update_case` accepts; `save_requested` carries only what the clerk changed."""

    save_requested = Signal(dict)  # field -> new value

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改案件信息 {no}").format(no=detail.summary.case_no))
        self.detail = detail
        self.floors = QSpinBox()
        self.floors.setRange(1, MAX_FLOORS)
        self.floors.setSuffix(self.tr(" 层"))
        self.has_elevator = QCheckBox(self.tr("本单元已有电梯"))
        self.state_owned_land = YesNoUnknown()
        self.in_expropriation_plan = YesNoUnknown()
        self.implementer = QLineEdit()
        self.implementer.setPlaceholderText(self.tr("由业主自行实施时可不填"))
        self.title_document = QComboBox()
        self.title_document.setEditable(True)
        # The usual proofs of title; the field is free text, a rarer document can be typed.
        self.title_document.addItems(
            [
                "",
                self.tr("不动产权证书"),
                self.tr("房屋所有权证"),
                self.tr("购房合同"),
                self.tr("拆迁安置协议"),
            ]
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        # Room for a few lines of notes, in lines of text (so it scales with the font, not pixels).
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 5)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b00020")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("地址"), QLabel(detail.summary.full_address))
        form.addRow(self.tr("楼层数"), self.floors)
        form.addRow("", self.has_elevator)
        form.addRow(self.tr("国有土地"), self.state_owned_land)
        form.addRow(self.tr("列入征收计划"), self.in_expropriation_plan)
        form.addRow(self.tr("实施主体"), self.implementer)
        form.addRow(self.tr("权属证明"), self.title_document)
        form.addRow(self.tr("备注"), self.notes)
        layout = QVBoxLayout(self)
        # Never smaller than the fields and the message need, at any scaling.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.fill(detail)

    def fill(self, d: CaseDetail) -> None:
        for name, value in facts(d).items():
            self.set_field(name, value)

    def set_field(self, name: str, value: Any) -> None:
        if name == "floors":
            self.floors.setValue(value)
        elif name == "has_elevator":
            self.has_elevator.setChecked(value)
        elif name in ("state_owned_land", "in_expropriation_plan"):
            getattr(self, name).set_value(value)
        elif name == "title_document":
            self.title_document.setCurrentText(value or "")
        elif name == "notes":
            self.notes.setPlainText(value or "")
        else:
            getattr(self, name).setText(value or "")

    def values(self) -> dict[str, Any]:
        """Every field as `update_case` takes it; empty text is stored as nothing."""
        return {
            "floors": self.floors.value(),
            "has_elevator": self.has_elevator.isChecked(),
            "state_owned_land": self.state_owned_land.value(),
            "in_expropriation_plan": self.in_expropriation_plan.value(),
            "implementer": self.implementer.text().strip() or None,
            "title_document": self.title_document.currentText().strip() or None,
            "notes": self.notes.toPlainText().strip() or None,
        }

    def changes(self) -> dict[str, Any]:
        """Only what differs from the case as last loaded: the log then names just those fields."""
        before = facts(self.detail)
        return {k: v for k, v in self.values().items() if v != before[k]}

    def accept(self) -> None:
        changes = self.changes()
        if not changes:
            super().accept()
            return
        self.message.hide()
        self.buttons.setEnabled(False)  # one save at a time
        self.save_requested.emit(changes)

    def saved(self) -> None:
        self.buttons.setEnabled(True)
        super().accept()

    def refused(self, text: str) -> None:
        """The save failed: say why, keep every typed value, let the clerk decide."""
        self.buttons.setEnabled(True)
        self.message.setText(text)
        self.message.show()
        # A wrapped label does not tell the dialog how tall it is: reserve its lines, then grow to
        # them instead of squeezing the fields under it.
        width = self.layout().contentsRect().width()
        self.message.setMinimumHeight(self.message.heightForWidth(width))
        self.adjustSize()

    def rebase(self, fresh: CaseDetail) -> None:
        """The case as it is now (after a colleague's save) becomes the base of the next OK: a field
        this clerk left alone takes the colleague's value, a field they changed keeps what they typed."""
        old, typed = facts(self.detail), self.values()
        for name, value in facts(fresh).items():
            if typed[name] == old[name]:
                self.set_field(name, value)
        self.detail = fresh


def facts(d: CaseDetail) -> dict[str, Any]:
    """The editable facts of a case, as `update_case` names them."""
    return {
        "floors": d.summary.floors,
        "has_elevator": d.has_elevator,
        "state_owned_land": d.state_owned_land,
        "in_expropriation_plan": d.in_expropriation_plan,
        "implementer": d.implementer,
        "title_document": d.title_document,
        "notes": d.notes,
    }
