"""The change feed other clients poll: a colleague's change shows up, one's own does not, and a
transaction that commits late with a lower id is not missed."""

from __future__ import annotations

import pytest

from casedesk.core.audit import record_audit
from casedesk.core.domain.enums import Role
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.changes import poll_changes, start_cursor

LI = Actor(None, "li", Role.CLERK, "李社工")
WANG = Actor(None, "wang", Role.CLERK, "王社工")


def _new_case(sf, actor, unit: str) -> str:
    return create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", unit, 6))


def test_a_colleagues_change_is_reported_and_ones_own_is_not(session_factory) -> None:
    cursor = start_cursor(session_factory)
    assert poll_changes(session_factory, cursor, "li").by_others == ()
    mine = _new_case(session_factory, LI, "1")
    theirs = _new_case(session_factory, WANG, "2")
    batch = poll_changes(session_factory, cursor, "li")
    assert batch.case_numbers == {theirs} and mine not in batch.case_numbers
    assert batch.people == ["wang"]
    again = poll_changes(session_factory, batch.cursor, "li")
    assert again.by_others == ()  # nothing is reported twice


@pytest.mark.postgres_only
def test_a_late_commit_with_a_lower_id_is_not_missed(session_factory) -> None:
    cursor = start_cursor(session_factory)
    slow = session_factory()
    try:
        record_audit(slow, WANG, "note", "case", None, summary="慢事务")
        slow.flush()  # takes its id now, commits later
        quick = _new_case(session_factory, WANG, "1")
        first = poll_changes(session_factory, cursor, "li")
        assert first.case_numbers == {quick}
        slow.commit()
    finally:
        slow.close()
    second = poll_changes(session_factory, first.cursor, "li")
    assert second.people == ["wang"] and len(second.by_others) == 1


def test_a_colleague_is_named_as_the_office_knows_them(session_factory, actor) -> None:
    from casedesk.core.services.admin import add_user
    from casedesk.core.services.users import actor_for_username

    add_user(session_factory, actor, "wang", "王主任", Role.SUPERVISOR, [])
    cursor = start_cursor(session_factory)
    _new_case(session_factory, actor_for_username(session_factory, "wang"), "1")
    assert poll_changes(session_factory, cursor, "li").people == ["王主任"]
