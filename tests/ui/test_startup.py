"""Start-up: the log-in form is the first window and works while the database is still opening.

The database opens on the real worker thread here, held back by an event, so the test types into
the form exactly when a clerk would: before the database layer has finished loading.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from casedesk.core.domain.enums import Role
from casedesk.core.services.actor import SYSTEM_ACTOR
from casedesk.core.services.users import create_user
from casedesk.ui.login import FirstRunWizard
from casedesk.ui.startup import AUTOLOGIN_ENV, OpenedDatabase, Startup
from casedesk.ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture(autouse=True)
def _no_autologin(monkeypatch):
    monkeypatch.delenv(AUTOLOGIN_ENV, raising=False)


def _held_open(database, office: str, first_run: bool) -> tuple[threading.Event, object]:
    gate = threading.Event()

    def open_database() -> OpenedDatabase:
        assert gate.wait(20), "the test never let the database open"
        return OpenedDatabase(database, office, first_run)

    return gate, open_database


def _clerk_typing(qtbot, database, actor, runner, office: str, password: str):
    """Li's account on record, the program started on it with the database held back, and Li's
    name and *password* typed and submitted: (startup, its log-in form, the gate to open)."""
    with database.session_factory.begin() as s:
        create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse")
    gate, open_database = _held_open(database, office, first_run=False)
    startup = Startup(runner, open_database, new_database=False)
    startup.start()
    login = startup.login
    assert login is not None
    qtbot.waitExposed(login)
    qtbot.keyClicks(login.username, "li")
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    return startup, login, gate


def test_log_in_typed_before_the_database_is_open(qtbot, database, actor, runner) -> None:
    startup, login, gate = _clerk_typing(qtbot, database, actor, runner, "文东街道办事处", "correct-horse")
    assert startup.first_window is login and startup.splash is None
    assert login.message.text() == "正在打开数据库，请稍候……" and login.actor is None
    with qtbot.waitSignal(startup.signed_in, timeout=20_000) as signed_in:
        gate.set()
    opened_db, who, office = signed_in.args
    assert opened_db is database and who.username == "li" and office == "文东街道办事处"
    assert login.office.text() == "文东街道办事处" and not login.isVisible()


def test_a_wrong_password_is_refused_once_the_database_is_open(qtbot, database, actor, runner) -> None:
    _startup, login, gate = _clerk_typing(qtbot, database, actor, runner, "", "wrong-password")
    gate.set()
    qtbot.waitUntil(lambda: login.message.text() == "用户名或密码不正确", timeout=20_000)
    assert login.isVisible() and login.actor is None and login.password.text() == ""


def test_a_database_without_accounts_swaps_the_form_for_the_wizard(qtbot, database, runner) -> None:
    gate, open_database = _held_open(database, "", first_run=True)
    startup = Startup(runner, open_database, new_database=False)
    ends: list[int] = []
    startup.finished.connect(ends.append)
    startup.start()
    seen: list[type] = []

    def cancel_the_wizard() -> None:
        wizard = QApplication.activeModalWidget()
        seen.append(type(wizard))
        wizard.reject()

    with qtbot.waitSignal(startup.finished, timeout=20_000) as finished:
        QTimer.singleShot(0, gate.set)
        startup.signed_in.connect(lambda *_: pytest.fail("nobody signed in"))
        QTimer.singleShot(300, cancel_the_wizard)
    assert seen == [FirstRunWizard] and finished.args == [0]
    assert ends == [0]  # hiding the form was not taken for the clerk cancelling it
    assert not startup.login.isVisible()


class _StubDatabase:
    session_factory = None
    disposed = False

    def dispose(self) -> None:
        self.disposed = True


def test_cancelling_while_the_database_opens_ends_the_program(qtbot, runner) -> None:
    late = _StubDatabase()
    gate, open_database = _held_open(late, "", first_run=True)
    startup = Startup(runner, open_database, new_database=False)
    startup.start()
    with qtbot.waitSignal(startup.finished, timeout=5_000) as finished:
        startup.login.reject()
    assert finished.args == [0]
    gate.set()
    qtbot.waitUntil(lambda: late.disposed, timeout=20_000)  # closed, and no wizard for it


def test_a_new_database_starts_with_the_splash(qtbot, database, runner, monkeypatch) -> None:
    monkeypatch.setenv(AUTOLOGIN_ENV, "system")  # how `make bench` and the frozen build's smoke test start
    gate, open_database = _held_open(database, "", first_run=False)
    startup = Startup(runner, open_database, new_database=True)
    startup.start()
    assert startup.login is None and startup.first_window is startup.splash
    with qtbot.waitSignal(startup.signed_in, timeout=20_000) as signed_in:
        gate.set()
    assert signed_in.args[1] is SYSTEM_ACTOR and not startup.splash.isVisible()


def test_a_new_file_that_has_accounts_after_all_gets_the_form(qtbot, database, actor, runner) -> None:
    """The splash was chosen because the file did not exist; when it opens with an account (made
    meanwhile by another program), the log-in form follows instead of the wizard."""
    with database.session_factory.begin() as s:
        create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse")
    gate, open_database = _held_open(database, "文东街道办事处", first_run=False)
    startup = Startup(runner, open_database, new_database=True)
    startup.start()
    assert startup.login is None and startup.splash is not None
    gate.set()
    qtbot.waitUntil(lambda: startup.login is not None and startup.login.isVisible(), timeout=20_000)
    login = startup.login
    assert not startup.splash.isVisible() and login.office.text() == "文东街道办事处"
    with qtbot.waitSignal(startup.signed_in, timeout=20_000) as signed_in:
        qtbot.keyClicks(login.username, "li")
        qtbot.keyClicks(login.password, "correct-horse")
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert signed_in.args[1].username == "li"
