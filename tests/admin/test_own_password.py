"""Each user changes their own password, knowing the current one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casedesk.core.db.models import AuditEvent
from casedesk.core.domain.enums import Role
from casedesk.core.errors import UserError
from casedesk.core.services.users import authenticate, change_own_password, create_user


def test_change_own_password(session_factory, actor) -> None:
    sf = session_factory
    with sf.begin() as s:
        create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse")
    li = authenticate(sf, "li", "correct-horse")

    with pytest.raises(UserError, match="当前密码不正确"):
        change_own_password(sf, li, "wrong-horse", "battery-staple")
    with pytest.raises(UserError, match="至少 8 位"):
        change_own_password(sf, li, "correct-horse", "short")
    authenticate(sf, "li", "correct-horse")  # nothing changed yet

    change_own_password(sf, li, "correct-horse", "battery-staple")
    assert authenticate(sf, "li", "battery-staple").username == "li"
    with pytest.raises(UserError):
        authenticate(sf, "li", "correct-horse")
    with sf() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "user.change_password"))
    assert event is not None and event.username == "li" and "battery" not in str(event.changes)

    with pytest.raises(UserError):  # the command line's built-in account has no password
        change_own_password(sf, actor, "x", "long-enough-1")
