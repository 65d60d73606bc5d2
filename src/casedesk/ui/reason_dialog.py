"""A choice (optional) and a required reason: the supervisor's menu and the mediation page ask
for a decision this way."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit

from casedesk.ui.i18n import core_tr


class ReasonDialog(QDialog):
    """A choice (optional) and a required reason."""

    def __init__(self, title: str, choice_label: str | None, choices: list[tuple[str, object]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice = QComboBox()
        for text, data in choices:
            self.choice.addItem(core_tr(text), data)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("理由（必填，记入案件日志）"))
        self.message = QLabel()
        self.message.setStyleSheet("color:#a00")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if choice_label is not None:
            form.addRow(choice_label, self.choice)
        form.addRow(self.tr("理由"), self.reason)
        form.addRow(self.message)
        form.addRow(buttons)
        self.resize(520, 260)

    def _accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.message.setText(self.tr("请填写理由"))
            return
        self.accept()

    def values(self) -> tuple[object, str]:
        return self.choice.currentData(), self.reason.toPlainText().strip()
