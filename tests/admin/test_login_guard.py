"""Issue 23 finding 11: log-in guard, audited failures, no user-name oracle, notes kept from
administrators.

Timing is asserted on the work done (one argon2 verification per attempt, known user or not)
and on the delays requested, never on the wall clock.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from casedesk.core.db.models import AuditEvent
from casedesk.core.domain.enums import DisputeCategory, PartyRole, Role
from casedesk.core.errors import PermissionDenied, UserError
from casedesk.core.services import disputes as ds
from casedesk.core.services import users
from casedesk.core.services.actor import Actor
from casedesk.core.services.admin import reset_password
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.forms import print_form
from casedesk.core.services.users import LOCK_AFTER, LOCK_MINUTES, authenticate, create_user


@pytest.fixture
def pauses(monkeypatch) -> list[float]:
    """The delays authenticate asks for, instead of sleeping them."""
    asked: list[float] = []
    monkeypatch.setattr(users, "_pause", asked.append)
    return asked


@pytest.fixture
def li(session_factory, actor) -> None:
    with session_factory.begin() as s:
        create_user(s, actor, "li", "李社工", Role.CLERK, "correct-horse")


def _events(session_factory, action: str) -> list[AuditEvent]:
    with session_factory() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def test_failures_are_audited_and_answered_after_a_growing_delay(session_factory, li, pauses) -> None:
    for _ in range(3):
        with pytest.raises(UserError, match="用户名或密码不正确"):
            authenticate(session_factory, "li", "wrong-password")
    assert pauses == [0.5, 1.0, 2.0]
    failed = _events(session_factory, "user.login_failed")
    assert [e.username for e in failed] == ["li", "li", "li"]
    assert all(e.object_type == "user" and e.object_id is not None for e in failed)
    assert "wrong-password" not in repr([(e.summary, e.changes) for e in failed])  # never the password


def test_the_name_locks_after_n_failures_even_with_the_right_password(session_factory, li, pauses) -> None:
    for _ in range(LOCK_AFTER):
        with pytest.raises(UserError):
            authenticate(session_factory, "li", "wrong-password")
    with pytest.raises(UserError, match="暂时锁定"):
        authenticate(session_factory, "li", "correct-horse")
    assert len(_events(session_factory, "user.login_locked")) == 1
    # after the window the right password works again, and the next failure counts from zero
    later = datetime.now() + timedelta(minutes=LOCK_MINUTES + 1)
    assert authenticate(session_factory, "li", "correct-horse", now=later).username == "li"


def test_a_good_log_in_clears_the_count(session_factory, li, pauses) -> None:
    for _ in range(LOCK_AFTER - 1):
        with pytest.raises(UserError):
            authenticate(session_factory, "li", "wrong-password")
    assert authenticate(session_factory, "li", "correct-horse").username == "li"
    assert len(_events(session_factory, "user.login")) == 1  # the audit shows the earlier tries
    with pytest.raises(UserError, match=r"^用户名或密码不正确$"):
        authenticate(session_factory, "li", "wrong-password")  # counted from zero again


def test_an_administrators_password_reset_lifts_the_lock(session_factory, actor, li, pauses) -> None:
    for _ in range(LOCK_AFTER):
        with pytest.raises(UserError):
            authenticate(session_factory, "li", "wrong-password")
    new_password = reset_password(session_factory, actor, "li")
    assert authenticate(session_factory, "li", new_password).username == "li"


def test_an_unknown_name_costs_one_hash_verification_like_a_known_one(
    session_factory, li, pauses, monkeypatch
) -> None:
    verified: list[str] = []
    real = users._hasher

    class Counting:
        def hash(self, password: str) -> str:
            return real.hash(password)

        def verify(self, hash_: str, password: str) -> bool:
            verified.append(hash_)
            return real.verify(hash_, password)

    monkeypatch.setattr(users, "_hasher", Counting())
    with pytest.raises(UserError) as known:
        authenticate(session_factory, "li", "wrong-password")
    with pytest.raises(UserError) as unknown:
        authenticate(session_factory, "nobody", "wrong-password")
    assert len(verified) == 2 and all(h.startswith("$argon2") for h in verified)
    assert str(known.value) == str(unknown.value)  # the answer does not tell which names exist
    assert pauses == [0.5, 0.5]
    failed = _events(session_factory, "user.login_failed")
    assert [e.username for e in failed] == ["li", "nobody"] and failed[1].object_id is None


def test_an_unknown_name_locks_like_a_known_one(session_factory, pauses) -> None:
    for _ in range(LOCK_AFTER):
        with pytest.raises(UserError):
            authenticate(session_factory, "nobody", "guess")
    with pytest.raises(UserError, match="暂时锁定"):
        authenticate(session_factory, "nobody", "guess")


def test_an_empty_name_is_refused_without_an_attempt(session_factory, pauses) -> None:
    with pytest.raises(UserError, match="请输入用户名"):
        authenticate(session_factory, "  ", "x")
    assert _events(session_factory, "user.login_failed") == [] and pauses == []


def test_administrators_cannot_read_mediation_notes(session_factory, actor, tmp_path) -> None:
    number_case = create_case(
        session_factory, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6)
    )
    mediator = Actor(None, "zhao", Role.MEDIATOR, "赵调解员")
    supervisor = Actor(None, "sun", Role.SUPERVISOR, "孙主管")
    admin = Actor(7, "admin", Role.ADMIN, "管理员")
    number = ds.open_dispute(
        session_factory,
        actor,
        number_case,
        title="采光纠纷",
        opened_on=datetime.now().date(),
        parties=[ds.PartyInput("王建国", PartyRole.OBJECTOR, "101")],
        categories=[DisputeCategory.LIGHT_VENT],
    )
    meeting = ds.save_meeting(
        session_factory,
        mediator,
        number,
        held_at=datetime.now().replace(microsecond=0),
        place="社区会议室",
        mediators="赵调解员",
        recorder="李社工",
        attendees=[],
        notes="王建国：担心一楼采光。",
    )
    assert ds.dispute_detail(session_factory, mediator, number).meetings[0].notes
    assert ds.dispute_detail(session_factory, supervisor, number).meetings[0].notes
    assert ds.dispute_detail(session_factory, admin, number).meetings[0].notes is None
    with pytest.raises(PermissionDenied):
        ds.meeting_versions(session_factory, admin, number, meeting)
    assert ds.meeting_versions(session_factory, supervisor, number, meeting)
    # nor blank them by saving what they cannot see, nor print them
    with pytest.raises(PermissionDenied):
        ds.save_meeting(
            session_factory,
            admin,
            number,
            held_at=datetime.now().replace(microsecond=0),
            place="社区会议室",
            mediators="赵调解员",
            recorder="",
            attendees=[],
            notes="",
            meeting_id=meeting,
        )
    assert "担心一楼采光" in (ds.dispute_detail(session_factory, mediator, number).meetings[0].notes or "")
    with pytest.raises(PermissionDenied):
        print_form(session_factory, admin, "mediation-record", number, tmp_path / "r.pdf", today=date.today())
    assert not (tmp_path / "r.pdf").exists()
