"""修改密码: the signed-in user replaces their own password (the current one, the new one twice)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from casedesk.core.services.users import MIN_PASSWORD_LENGTH, change_own_password
from casedesk.ui.operations import Changed, OpContext


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordDialog(QDialog):
    """Stays open until the password is changed; every refusal is said in `message`."""

    def __init__(self, ops: OpContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("修改密码"))
        self.current = _secret()
        self.new = _secret()
        self.again = _secret()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b00020")
        hint = QLabel(
            self.tr("新密码至少 {n} 位。修改后，下次登录请使用新密码。").format(n=MIN_PASSWORD_LENGTH)
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("用户"), QLabel(ops.actor.name))
        form.addRow(self.tr("当前密码"), self.current)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再次输入新密码"), self.again)
        form.addRow(hint)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def accept(self) -> None:  # Qt override: closes only once the password is changed
        current, new = self.current.text(), self.new.text()
        if new != self.again.text():
            self.message.setText(self.tr("两次输入的新密码不一致"))
            self.again.clear()
            self.again.setFocus()
            return
        self.message.clear()
        self.ok_button.setEnabled(False)
        self.ops.change(
            lambda sf, actor: change_own_password(sf, actor, current, new),
            Changed.OFFICE,
            on_ok=self._changed,
            on_err=self._failed,
        )

    def _changed(self, _result: object) -> None:
        self.ok_button.setEnabled(True)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        from casedesk.ui.errors import user_error_to_label

        self.ok_button.setEnabled(True)
        self.current.selectAll()
        user_error_to_label(self.message, error)
