"""From process start to the main window: the log-in form at once, the database opening behind it.

Loading the database layer, migrating (after a backup) and the daily backup take a second or more
on an old office PC. A clerk types a user name and password in that time, so the log-in form is
the first window and the password is checked as soon as the database is open. Only a database
that does not exist yet starts with a splash, because it will need the first-run wizard instead
of a log-in; a database that turns out to have no account swaps the form for the wizard.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from casedesk.ui.errors import show_error
from casedesk.ui.login import LoginDialog
from casedesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from pathlib import Path

    from casedesk.core.db.database import Database
    from casedesk.core.services.actor import Actor

# Tests and `make bench` only: sign in as this user (or "system") without the dialog. Whoever can
# set environment variables on the PC can open the database file directly anyway (SPEC §4).
AUTOLOGIN_ENV = "CASEDESK_AUTOLOGIN"


@dataclass(frozen=True)
class OpenedDatabase:
    """What the worker hands over once the database is open, migrated and backed up."""

    database: Database
    office_name: str
    first_run: bool  # no account yet: the first-run wizard, not the log-in form


class Startup(QObject):
    """Shows the first window, opens the database with *open_database* on the worker, signs the
    user in and emits `signed_in(database, actor, office_name)`; `finished(code)` when the
    program should end instead (cancelled, or the database cannot be opened)."""

    signed_in = Signal(object, object, str)
    finished = Signal(int)

    def __init__(
        self,
        runner: TaskRunner,
        open_database: Callable[[], OpenedDatabase],
        *,
        new_database: bool,
        log_file: Path | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._runner, self._open, self._log_file = runner, open_database, log_file
        self._autologin = os.environ.get(AUTOLOGIN_ENV)
        self._opened: OpenedDatabase | None = None
        self._ended = False
        self.splash: QLabel | None = None
        self.login: LoginDialog | None = None
        if self._autologin or new_database:
            self.splash = QLabel(self.tr("正在打开数据库……"))
            self.splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.splash.resize(360, 120)
            self.splash.setWindowTitle("CaseDesk")
        else:
            self.login = self._new_login()

    @property
    def first_window(self) -> QWidget:
        window = self.splash or self.login
        assert window is not None
        return window

    def start(self) -> None:
        self.show()
        self.open()

    def show(self) -> None:
        """Paint the first window now, before the worker starts loading the database layer: that
        import holds Python's interpreter lock most of the time and would delay the paint."""
        self.first_window.show()
        self.first_window.repaint()

    def open(self) -> None:
        """Open the database on the worker; the sign-in follows when it is ready."""
        self._runner.run(self._open, self._database_open, self._database_failed)

    # --- the worker's answer --------------------------------------------------------------------

    def _database_open(self, opened: OpenedDatabase) -> None:
        self._opened = opened
        if self._ended:  # the clerk cancelled while the database was still opening
            opened.database.dispose()
            return
        if self._autologin:
            self._close_first_window()
            self._autologin_actor(opened)
            return
        if opened.first_run:
            self._close_first_window()
            self._first_run(opened)
            return
        if self.login is None:  # the file was new, yet someone created an account meanwhile
            self._close_first_window()
            self.login = self._new_login()
            self.login.show()
        self.login.database_ready(opened.database.session_factory, opened.office_name)

    def _database_failed(self, error: BaseException) -> None:
        if self._ended:
            return
        self._close_first_window()
        show_error(None, error, self._log_file)
        QMessageBox.information(None, "CaseDesk", self.tr("数据库无法打开，程序将退出。"))
        self.finished.emit(1)

    def _new_login(self) -> LoginDialog:
        """The log-in form, before the database is open (database_ready follows)."""
        login = LoginDialog(None, self._runner)
        login.accepted.connect(self._logged_in)
        login.rejected.connect(self._cancelled)
        return login

    # --- signing in ---------------------------------------------------------------------------------

    def _autologin_actor(self, opened: OpenedDatabase) -> None:
        from casedesk.core.services.actor import SYSTEM_ACTOR
        from casedesk.core.services.users import actor_for_username

        name = self._autologin or ""
        actor = (
            SYSTEM_ACTOR if name == "system" else actor_for_username(opened.database.session_factory, name)
        )
        self._signed_in(actor)

    def _first_run(self, opened: OpenedDatabase) -> None:
        from casedesk.ui.login import FirstRunWizard

        wizard = FirstRunWizard(opened.database.session_factory, self._runner)
        if wizard.exec() and wizard.actor is not None:
            self._signed_in(wizard.actor)
        else:
            self._end(0)

    def _logged_in(self) -> None:
        assert self.login is not None and self.login.actor is not None
        self._signed_in(self.login.actor)

    def _cancelled(self) -> None:
        self._end(0)

    def _signed_in(self, actor: Actor) -> None:
        assert self._opened is not None
        self.signed_in.emit(self._opened.database, actor, self._opened.office_name)

    def _end(self, code: int) -> None:
        self._ended = True
        if self._opened is not None:
            self._opened.database.dispose()
        self.finished.emit(code)

    def _close_first_window(self) -> None:
        # hide(), not close(): closing a dialog rejects it, which would read as "cancel".
        self.first_window.hide()
