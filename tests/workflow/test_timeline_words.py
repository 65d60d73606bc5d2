"""The case log speaks in words: actions by label and people by name, codes kept for --json."""

from __future__ import annotations

from sqlalchemy import select

from casedesk.core.db.models import Community
from casedesk.core.domain.enums import Role
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.users import create_user


def test_timeline_gives_labels_and_display_names(session_factory, actor) -> None:
    sf = session_factory
    first = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "1", "1", 6))
    with sf.begin() as s:
        community = s.scalar(select(Community.id))
        user = create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse", (community,))
        clerk = Actor(user.id, "li", Role.CLERK, "李社工", frozenset({community}))
    second = create_case(sf, clerk, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "1", "2", 6))

    [entry] = wf.case_timeline(sf, clerk, second)
    assert (entry.action, entry.user) == ("case.create", "li")  # stable codes for scripts
    assert (entry.action_text, entry.user_name) == ("登记案件", "李社工")
    [by_system] = wf.case_timeline(sf, actor, first)
    assert by_system.user_name == "系统"
