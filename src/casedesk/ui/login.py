"""Log-in dialog and the first-run wizard (office name, seal text, the administrator).

The log-in dialog is the program's first window, shown while the database layer is still loading
(ui/startup.py), so this module imports no service at load time: each is imported in the task
that calls it, on the worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from casedesk.core.errors import CaseDeskError
from casedesk.ui.i18n import core_tr
from casedesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from casedesk.core.db.engine import SessionFactory
    from casedesk.core.services.actor import Actor  # the role enums: loaded with the services


def _authenticate(sf: SessionFactory, user: str, password: str) -> Actor:
    from casedesk.core.services.users import authenticate

    return authenticate(sf, user, password)


class LoginDialog(QDialog):
    """User name and password. With session_factory None (the database still opening) the form
    can be filled in and submitted at once; the password is checked when `database_ready` comes."""

    def __init__(
        self,
        session_factory: SessionFactory | None,
        runner: TaskRunner,
        office: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("登录 CaseDesk"))
        self._sf, self._runner = session_factory, runner
        self._submitted_early = False
        self.actor: Actor | None = None
        self.username = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)  # the lock-out message is a full sentence
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.login_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        self.office = QLabel(office)
        self.office.setVisible(bool(office))
        layout = QVBoxLayout(self)
        layout.addWidget(self.office)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def database_ready(self, session_factory: SessionFactory, office: str = "") -> None:
        """The database is open: check a password submitted meanwhile, if any."""
        self._sf = session_factory
        if office:
            self.office.setText(office)
            self.office.setVisible(True)
        if self._submitted_early:
            self._submitted_early = False
            self._try()

    def _try(self) -> None:
        sf = self._sf
        if sf is None:
            self._submitted_early = True
            self.message.setStyleSheet("")
            self.message.setText(self.tr("正在打开数据库，请稍候……"))
            return
        self.message.setStyleSheet("color: #b00020")
        self.message.clear()
        user, password = self.username.text(), self.password.text()
        # A wrong password is answered after a growing delay (core/services/users.py); the
        # button stays off meanwhile so Enter pressed again does not queue more attempts.
        self.login_button.setEnabled(False)
        self._runner.run(lambda: _authenticate(sf, user, password), self._ok, self._failed)

    def _ok(self, actor: Actor) -> None:
        self.login_button.setEnabled(True)
        self.actor = actor
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.login_button.setEnabled(True)
        if not isinstance(error, CaseDeskError):
            raise error
        self.message.setText(core_tr(str(error)))
        self.password.clear()
        self.password.setFocus()


class FirstRunWizard(QDialog):
    """Shown when the database has no account yet: the office and its administrator."""

    def __init__(self, session_factory: SessionFactory, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("首次使用：设置办事处和管理员"))
        self._sf, self._runner = session_factory, runner
        self.actor: Actor | None = None
        self.office = QLineEdit(placeholderText=self.tr("例如：济南市历下区文东街道办事处"))
        self.seal = QLineEdit(placeholderText=self.tr("盖章处文字，可留空"))
        self.username = QLineEdit("admin")
        self.display = QLineEdit(placeholderText=self.tr("姓名"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout()
        for label, widget in (
            (self.tr("办事处名称"), self.office),
            (self.tr("印章文字"), self.seal),
            (self.tr("管理员用户名"), self.username),
            (self.tr("管理员姓名"), self.display),
            (self.tr("密码（至少 8 位）"), self.password),
            (self.tr("再次输入密码"), self.password_again),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("完成"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("这是第一次打开这个数据库。请填写办事处信息并创建管理员账户。")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _try(self) -> None:
        values = dict(
            office_name=self.office.text(),
            seal_text=self.seal.text(),
            username=self.username.text(),
            display_name=self.display.text(),
            password=self.password.text(),
            password_again=self.password_again.text(),
        )
        sf = self._sf

        def setup() -> Actor:
            from casedesk.core.services.setup import first_run_setup

            return first_run_setup(sf, **values)

        self._runner.run(setup, self._ok, self._failed)

    def _ok(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, CaseDeskError):
            raise error
        self.message.setText(core_tr(str(error)))
