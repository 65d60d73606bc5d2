"""登记新案件: the address down to the 单元, with the office's places offered as lists.

The dialog only collects; the main window creates the case. OK asks for the case (`submitted`)
and the dialog closes only once it exists: a refused case (a look-alike of a building already
registered, a community outside the clerk's) leaves everything typed in place, with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from casedesk.core.services.cases import NewCase
from casedesk.core.services.places import DistrictPlaces


def _place_box() -> QComboBox:
    """An editable list: pick a place set up in 设置, or type one (completion matches any part)."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    completer = box.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return box


class NewCaseDialog(QDialog):
    """Register a unit: the address down to the 单元 and its floor count."""

    submitted = Signal(object)  # NewCase: create it, then call created() or failed()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记新案件"))
        self.district = _place_box()
        self.street = _place_box()
        self.community = _place_box()
        self.compound = QLineEdit()
        self.building = QLineEdit(placeholderText=self.tr("如 3"))
        self.unit = QLineEdit(placeholderText=self.tr("如 2"))
        # Every field's text by name (the three lists through their line edits), for code and tests.
        self.fields: dict[str, QLineEdit] = {
            "district": self.district.lineEdit(),
            "street": self.street.lineEdit(),
            "community": self.community.lineEdit(),
            "compound": self.compound,
            "building": self.building,
            "unit": self.unit,
        }
        self.floors = QSpinBox(minimum=1, maximum=40, value=6)
        # The day the application was received: today for a new one, an earlier day when an
        # office enters a case it has been keeping on paper (later dates are checked against it).
        self.opened_on = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.opened_on.setDisplayFormat("yyyy-MM-dd")
        self.opened_on.setMaximumDate(QDate.currentDate())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b00020")
        self.places: list[DistrictPlaces] = []
        form = QFormLayout(self)
        for name, label in (
            ("district", self.tr("区")),
            ("street", self.tr("街道")),
            ("community", self.tr("社区")),
            ("compound", self.tr("小区")),
            ("building", self.tr("楼号")),
            ("unit", self.tr("单元")),
        ):
            form.addRow(label, self._widget(name))
        form.addRow(self.tr("地上层数"), self.floors)
        form.addRow(self.tr("受理日期"), self.opened_on)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        # Wide enough for a community name and a refusal naming the case, in the font's own units
        # so it holds at 125-150 % scaling.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("该单元已有案件：LX-WD-2026-0001") + 40)
        self.district.currentTextChanged.connect(self._district_changed)
        self.street.currentTextChanged.connect(self._street_changed)

    def _widget(self, name: str) -> QWidget:
        boxes = {"district": self.district, "street": self.street, "community": self.community}
        return boxes.get(name) or self.fields[name]

    # --- the office's places ------------------------------------------------------------------

    def set_places(self, places: list[DistrictPlaces]) -> None:
        """The places the user works in (a clerk: their own communities); a single choice is
        filled in, since it is the only one."""
        self.places = places
        self._fill(self.district, [d.name for d in places])

    def _fill(self, box: QComboBox, names: list[str]) -> None:
        typed = box.currentText()
        box.blockSignals(True)
        box.clear()
        box.addItems(names)
        box.setCurrentIndex(-1)
        box.setEditText(typed if typed or len(names) != 1 else names[0])
        box.blockSignals(False)
        box.currentTextChanged.emit(box.currentText())

    def _district_changed(self, name: str) -> None:
        district = next((d for d in self.places if d.name == name.strip()), None)
        self._fill(self.street, [s.name for s in district.streets] if district else [])

    def _street_changed(self, name: str) -> None:
        district = next((d for d in self.places if d.name == self.district.currentText().strip()), None)
        street = district and next((s for s in district.streets if s.name == name.strip()), None)
        self._fill(self.community, list(street.communities) if street else [])

    # --- asking for the case --------------------------------------------------------------------

    def new_case(self) -> NewCase:
        values = {name: edit.text() for name, edit in self.fields.items()}
        return NewCase(**values, floors=self.floors.value(), opened_on=self.opened_on.date().toPython())

    def accept(self) -> None:  # Qt override: OK asks for the case; created() closes the dialog
        self.message.clear()
        self.ok_button.setEnabled(False)  # one case per click, even on a slow server
        self.submitted.emit(self.new_case())

    def created(self) -> None:
        self.ok_button.setEnabled(True)
        super().accept()

    def failed(self, error: BaseException) -> None:
        """The case was refused: say why and keep everything typed."""
        from casedesk.ui.errors import user_error_to_label

        self.ok_button.setEnabled(True)
        user_error_to_label(self.message, error)
