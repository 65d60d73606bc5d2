"""The log-in dialog under guessing (issue 23 #11): the lock-out is said in words, the button is
usable again after each answer, and the right password is refused while the name is locked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from casedesk.core.domain.enums import Role
from casedesk.core.services import users
from casedesk.core.services.users import LOCK_AFTER, create_user
from casedesk.ui.login import LoginDialog


def test_five_wrong_passwords_lock_the_name(qtbot, database, actor, sync_runner, monkeypatch) -> None:
    delays: list[float] = []
    monkeypatch.setattr(users, "_pause", delays.append)
    with database.session_factory.begin() as s:
        create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse")
    dialog = LoginDialog(database.session_factory, sync_runner, "文东街道办事处")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, "li")
    for _ in range(LOCK_AFTER):
        qtbot.keyClicks(dialog.password, "wrong-password")
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
        assert dialog.login_button.isEnabled() and dialog.password.text() == ""
    assert "暂时锁定" in dialog.message.text() and len(delays) == LOCK_AFTER
    qtbot.keyClicks(dialog.password, "correct-horse")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None and "暂时锁定" in dialog.message.text()
