"""Disputes arise by themselves: each write that creates a trigger opens its dispute in the same
transaction (a ballot, a roster import, a written objection, an obstruction), exactly once, and a
refused write opens none. And a mediator sees the disputes assigned to them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casedesk.core.db.models import (
    AuditEvent,
    Ballot,
    Case,
    Community,
    Dispute,
    DisputeStatusChange,
    FollowUpVisit,
    UserAccount,
)
from casedesk.core.domain.enums import DisputeStatus, MeetingOutcome, PartyRole, Role, Stage, Vote
from casedesk.core.errors import PermissionDenied, UserError
from casedesk.core.services import disputes as ds
from casedesk.core.services import disputes_write, roster_import
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case, get_case
from casedesk.core.services.consent import record_ballot
from casedesk.core.services.roster_import import RosterRejected, import_roster
from casedesk.core.services.users import authenticate, create_user
from tests.shared_paths import SAMPLES

TODAY = date(2026, 3, 20)
HEADER = "房号,楼层,专有部分面积,面积来源,业主姓名,证件号码,联系电话,表决意见,签署日期,占用专有部分,意见理由"
# Three flats, nobody disagreeing: a roster that by itself raises nothing.
QUIET_ROWS = [
    "101,1,78.36,不动产登记簿,王建国,370102195803121234,13905310001,同意,2026-03-02,否,",
    "102,1,78.36,不动产登记簿,李秀英,37010219620415232X,13905310002,弃权,2026-03-02,否,",
    "201,2,78.36,不动产登记簿,张伟,370102197001011232,13905310003,,,否,",
]


def _roster(tmp_path: Path, rows: list[str], name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _count(sf, model=Dispute) -> int:
    with sf() as s:
        return s.scalar(select(func.count(model.id))) or 0


@pytest.fixture
def quiet(session_factory, actor, tmp_path):
    """A case whose roster raises no dispute, and a clerk and a mediator of its community."""
    case_no = create_case(
        session_factory,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=date(2026, 1, 5)),
    )
    report = import_roster(session_factory, actor, case_no, _roster(tmp_path, QUIET_ROWS), today=TODAY)
    assert report.disputes_opened == []
    with session_factory.begin() as s:
        community = s.scalar(select(Community.id))
        clerk = create_user(s, actor, "li", "李社工", Role.CLERK, "password-1", (community,))
        mediator = create_user(s, actor, "zhao", "赵调解员", Role.MEDIATOR, "password-2", (community,))
        clerk_actor = Actor(clerk.id, "li", Role.CLERK, "李社工", frozenset({community}))
        mediator_actor = Actor(mediator.id, "zhao", Role.MEDIATOR, "赵调解员", frozenset({community}))
    assert _count(session_factory) == 0
    return case_no, clerk_actor, mediator_actor


def test_a_clerks_disagree_ballot_with_a_reason_opens_one_dispute_by_itself(session_factory, quiet) -> None:
    case_no, clerk, mediator = quiet
    record_ballot(
        session_factory,
        clerk,
        case_no,
        "201",
        Vote.DISAGREE,
        signed_on=date(2026, 3, 6),
        reason="担心噪音",
        today=TODAY,
    )
    (dispute,) = ds.list_disputes(session_factory, mediator, case_no=case_no)
    detail = ds.dispute_detail(session_factory, mediator, dispute.dispute_no)
    assert detail.source_explanation == "由 201 室不同意意见自动生成"
    assert detail.description == "担心噪音" and dispute.categories == ("NOISE",)
    assert [(p.name, p.room) for p in detail.parties] == [("张伟", "201")]
    assert dispute.opened_on == TODAY and dispute.status is DisputeStatus.PENDING
    with session_factory() as s:  # the writer who raised it is named, in the same audit trail
        opened = s.scalars(select(AuditEvent).where(AuditEvent.action == "dispute.open")).all()
        assert [e.username for e in opened] == ["li"]

    # The same owner's ballot again (a corrected date, a new reason): still that one dispute.
    record_ballot(
        session_factory,
        clerk,
        case_no,
        "201",
        Vote.DISAGREE,
        signed_on=date(2026, 3, 7),
        reason="担心噪音和采光",
        today=TODAY,
    )
    assert _count(session_factory) == 1
    assert ds.flag_disputes(session_factory, clerk, case_no, today=TODAY) == []
    # A 不同意 without a reason is a vote, not a dispute.
    record_ballot(
        session_factory, clerk, case_no, "101", Vote.DISAGREE, signed_on=date(2026, 3, 6), today=TODAY
    )
    assert _count(session_factory) == 1


def test_a_roster_import_opens_exactly_one_dispute_and_a_reimport_none(
    session_factory, actor, tmp_path
) -> None:
    case_no = create_case(
        session_factory,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=date(2026, 1, 5)),
    )
    sample = SAMPLES / "roster-sample.csv"
    dry = import_roster(session_factory, actor, case_no, sample, today=TODAY, dry_run=True)
    assert dry.ok and dry.disputes_opened == [] and _count(session_factory) == 0

    report = import_roster(session_factory, actor, case_no, sample, today=TODAY)
    (number,) = report.disputes_opened
    (listed,) = ds.list_disputes(session_factory, actor, case_no=case_no)
    assert listed.dispute_no == number and listed.source == "auto"
    assert "101" in listed.title
    assert report.to_json()["disputes_opened"] == [number]

    again = import_roster(session_factory, actor, case_no, sample, today=TODAY)
    assert again.disputes_opened == [] and _count(session_factory) == 1
    assert ds.flag_disputes(session_factory, actor, case_no, today=TODAY) == []


def test_the_flags_are_raised_once_per_import_not_per_row(session_factory, actor, monkeypatch) -> None:
    case_no = create_case(
        session_factory, actor, NewCase("历下区", "文东街道", "青龙街社区", "某小区", "1", "1", 6)
    )
    calls: list[int] = []
    real = roster_import.raise_flags

    def counting(s, who, case, today):
        calls.append(case.id)
        return real(s, who, case, today)

    monkeypatch.setattr(roster_import, "raise_flags", counting)
    import_roster(session_factory, actor, case_no, SAMPLES / "roster-sample.csv", today=TODAY)
    assert len(calls) == 1


def test_a_written_objection_opens_a_dispute_an_oral_one_does_not(session_factory, quiet) -> None:
    case_no, clerk, mediator = quiet
    wf.add_objection(
        session_factory,
        clerk,
        case_no,
        objector="邻楼业主",
        received_on=date(2026, 3, 12),
        detail="口头反映噪音",
        written=False,
    )
    assert _count(session_factory) == 0
    wf.add_objection(
        session_factory,
        clerk,
        case_no,
        objector="邻楼业主",
        received_on=date(2026, 3, 12),
        detail="新井道挡住前楼采光",
    )
    (dispute,) = ds.list_disputes(session_factory, mediator, case_no=case_no)
    detail = ds.dispute_detail(session_factory, mediator, dispute.dispute_no)
    assert detail.source_explanation == "由 邻楼业主 的书面异议（2026-03-12）自动生成"
    assert dispute.opened_on == date(2026, 3, 12) and "LIGHT_VENT" in dispute.categories
    assert ds.flag_disputes(session_factory, clerk, case_no, today=TODAY) == []


def test_an_obstruction_opens_one_blocking_dispute(session_factory, quiet) -> None:
    case_no, clerk, mediator = quiet
    with session_factory.begin() as s:
        s.scalar(select(Case)).stage = Stage.CONSTRUCTION.value
    created = ds.log_obstruction(
        session_factory, clerk, case_no, on=TODAY, description="一楼业主堵住施工入口"
    )
    (listed,) = ds.list_disputes(session_factory, mediator, case_no=case_no)
    assert created == [listed.dispute_no] and listed.blocking
    assert "OBSTRUCTION" in listed.categories
    assert any(listed.dispute_no in r for r in wf.check_advance(session_factory, clerk, case_no, TODAY))
    # A second obstruction is a second trigger; the first is not opened twice.
    again = ds.log_obstruction(session_factory, clerk, case_no, on=TODAY, description="再次堵门")
    assert len(again) == 1 and again != created and _count(session_factory) == 2


def test_a_refused_write_opens_no_dispute(session_factory, quiet, tmp_path, monkeypatch) -> None:
    case_no, clerk, mediator = quiet
    with pytest.raises(PermissionDenied):  # a mediator may not record ballots
        record_ballot(
            session_factory,
            mediator,
            case_no,
            "201",
            Vote.DISAGREE,
            signed_on=date(2026, 3, 6),
            reason="担心噪音",
            today=TODAY,
        )
    with pytest.raises(UserError, match="晚于今天"):
        record_ballot(
            session_factory,
            clerk,
            case_no,
            "201",
            Vote.DISAGREE,
            signed_on=date(2026, 3, 21),
            reason="担心噪音",
            today=TODAY,
        )
    bad = _roster(
        tmp_path, [*QUIET_ROWS[:2], "201,2,,不动产登记簿,张伟,,,不同意,2026-03-02,否,担心噪音"], "bad.csv"
    )
    with pytest.raises(RosterRejected):
        import_roster(session_factory, clerk, case_no, bad, today=TODAY)
    with pytest.raises(UserError, match="施工阶段"):  # not in construction: no obstruction, no dispute
        ds.log_obstruction(session_factory, clerk, case_no, on=TODAY, description="堵门")
    assert _count(session_factory) == 0

    # The flag is part of the write: when opening the dispute fails, the ballot is not kept either.
    def broken(*args, **kwargs):
        raise UserError("模拟故障")

    monkeypatch.setattr(disputes_write, "dispute_details", broken)
    ballots = _count(session_factory, Ballot)
    with pytest.raises(UserError, match="模拟故障"):
        record_ballot(
            session_factory,
            clerk,
            case_no,
            "201",
            Vote.DISAGREE,
            signed_on=date(2026, 3, 6),
            reason="担心噪音",
            today=TODAY,
        )
    assert _count(session_factory, Ballot) == ballots and _count(session_factory) == 0


def test_an_occupied_part_is_flagged_once_its_owner_has_not_agreed(session_factory, actor, tmp_path) -> None:
    case_no = create_case(
        session_factory, actor, NewCase("历下区", "文东街道", "青龙街社区", "某小区", "1", "1", 6)
    )
    rows = [
        "101,1,78.36,不动产登记簿,王建国,370102195803121234,13905310001,,,是,",
        "201,2,78.36,不动产登记簿,张伟,370102197001011232,13905310003,同意,2026-03-02,否,",
    ]
    # Before anyone has voted the occupied part is a consent still to collect: no blocking dispute
    # that would hold the case in 受理登记.
    assert (
        import_roster(session_factory, actor, case_no, _roster(tmp_path, rows), today=TODAY).disputes_opened
        == []
    )
    record_ballot(
        session_factory, actor, case_no, "101", Vote.ABSTAIN, signed_on=date(2026, 3, 6), today=TODAY
    )
    (listed,) = ds.list_disputes(session_factory, actor, case_no=case_no)
    assert listed.blocking and "101" in listed.title and "ACCESS_PATH" in listed.categories


# --- who sees a dispute ---------------------------------------------------------------------------


def test_a_mediator_sees_and_works_the_disputes_assigned_to_them_whatever_their_communities(
    session_factory, actor
) -> None:
    sf = session_factory
    case_no = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "某小区", "1", "1", 6))
    with sf.begin() as s:
        zhao = create_user(s, actor, "zhao", "赵调解员", Role.MEDIATOR, "password-2", ())
        qian = create_user(s, actor, "qian", "钱调解员", Role.MEDIATOR, "password-3", ())
        zhao_id, qian_id = zhao.id, qian.id
    mine = ds.open_dispute(
        sf,
        actor,
        case_no,
        title="101室要求补偿",
        opened_on=TODAY,
        parties=[ds.PartyInput("王建国", PartyRole.OBJECTOR, "101")],
        mediator_id=zhao_id,
    )
    ds.open_dispute(
        sf,
        actor,
        case_no,
        title="噪音",
        opened_on=TODAY,
        parties=[ds.PartyInput("张伟", PartyRole.OBJECTOR, "201")],
    )
    zhao_actor = authenticate(sf, "zhao", "password-2")
    qian_actor = authenticate(sf, "qian", "password-3")
    assert zhao_actor.community_ids == frozenset()  # holds no community at all

    assert [d.dispute_no for d in ds.list_disputes(sf, zhao_actor)] == [mine]
    assert [d.dispute_no for d in ds.list_disputes(sf, zhao_actor, case_no=case_no)] == [mine]
    assert [d.dispute_no for d in ds.list_disputes(sf, zhao_actor, mine=True)] == [mine]
    assert ds.dispute_detail(sf, zhao_actor, mine).summary.title == "101室要求补偿"
    ds.change_status(sf, zhao_actor, mine, DisputeStatus.IN_MEDIATION, on=TODAY)
    assert ds.dispute_stats(sf, zhao_actor, first=TODAY, last=TODAY, today=TODAY).opened == 1
    # 打开案件 from the assigned dispute: the case opens for its mediator, not for another one
    assert get_case(sf, zhao_actor, case_no).summary.case_no == case_no
    with pytest.raises(PermissionDenied):
        get_case(sf, qian_actor, case_no)

    # Someone else's dispute in a community they do not hold stays out of reach.
    assert ds.list_disputes(sf, qian_actor) == []
    with pytest.raises(PermissionDenied):
        ds.dispute_detail(sf, qian_actor, mine)
    with pytest.raises(PermissionDenied):
        ds.list_disputes(sf, qian_actor, case_no=case_no)

    # Given the community, a mediator sees every dispute of it, assigned or not.
    with sf() as s:
        community = s.scalar(select(Community.id))
    held = Actor(qian_id, "qian", Role.MEDIATOR, "钱调解员", frozenset({community}))
    assert len(ds.list_disputes(sf, held)) == 2


def test_the_demo_mediator_queue_holds_every_demo_dispute(session_factory, actor) -> None:
    from casedesk.core.db.models import UserCommunity
    from casedesk.demo import DemoAccount, generate_demo

    accounts = [
        DemoAccount("admin", "演示管理员", Role.ADMIN, "password-0"),
        DemoAccount("clerk", "演示社区工作人员", Role.CLERK, "password-1"),
        DemoAccount("mediator", "演示调解员", Role.MEDIATOR, "password-2"),
        DemoAccount("supervisor", "演示街道主管", Role.SUPERVISOR, "password-3"),
    ]
    report = generate_demo(
        session_factory, actor, units=40, seed=3, today=date(2026, 11, 25), accounts=accounts
    )
    with session_factory() as s:
        held = {
            name: set(
                s.scalars(
                    select(UserCommunity.community_id)
                    .join(UserAccount, UserAccount.id == UserCommunity.user_id)
                    .where(UserAccount.username == name)
                )
            )
            for name in ("admin", "clerk", "mediator", "supervisor")
        }
        total = s.scalar(select(func.count(Dispute.id)))
    assert all(held[name] for name in held), held  # each demo account holds communities
    assert held["mediator"] <= set(report.community_ids)

    mediator = authenticate(session_factory, "mediator", "password-2")
    assert report.disputes == total > 0
    assert len(ds.list_disputes(session_factory, mediator)) == total
    assert len(ds.list_disputes(session_factory, mediator, mine=True)) == total
    clerk = authenticate(session_factory, "clerk", "password-1")
    assert clerk.community_ids and ds.list_disputes(session_factory, clerk)  # the clerk's communities too


def test_a_terminated_dispute_never_becomes_agreed_through_any_writer(session_factory, actor) -> None:
    """The status moves through one function that asks the rules (issue 24): the agreement, the
    meeting, the follow-up visit and the status change all refuse TERMINATED → AGREED."""
    sf = session_factory
    case_no = create_case(sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "某小区", "2", "1", 6))
    number = ds.open_dispute(
        sf,
        actor,
        case_no,
        title="噪音",
        opened_on=TODAY,
        parties=[ds.PartyInput("张伟", PartyRole.OBJECTOR, "201")],
    )
    ds.change_status(sf, actor, number, DisputeStatus.TERMINATED, on=TODAY, note="当事人起诉，转诉讼")
    with pytest.raises(UserError):
        ds.change_status(sf, actor, number, DisputeStatus.AGREED, on=TODAY)
    with pytest.raises(UserError):
        ds.add_agreement(
            sf,
            actor,
            number,
            terms="补偿",
            signed_on=TODAY,
            parties="张伟；业主代表",
            facts="噪音",
            matters="补偿",
            performance_method="转账",
            performance_deadline=TODAY,
        )
    with pytest.raises(UserError):
        ds.add_agreement(
            sf,
            actor,
            number,
            terms="部分补偿",
            signed_on=TODAY,
            parties="张伟；业主代表",
            facts="噪音",
            matters="补偿",
            performance_method="转账",
            performance_deadline=TODAY,
            partial=True,
        )
    with pytest.raises(UserError):
        ds.add_follow_up(sf, actor, number, visited_on=TODAY, findings="已履行", performed=True)
    for to in DisputeStatus:  # no status change of any kind leaves 终止
        with pytest.raises(UserError):
            ds.change_status(sf, actor, number, to, on=TODAY, note="再议")
    # A meeting may still be recorded (what was said stays on file), even one that says agreed,
    # but the record moves no status: only an agreement does, and that was refused above.
    ds.save_meeting(
        sf,
        actor,
        number,
        held_at=datetime(2026, 3, 20, 19),
        place="社区会议室",
        mediators="赵调解员",
        recorder="李社工",
        attendees=[],
        notes="双方同意补偿",
        outcome=MeetingOutcome.AGREEMENT,
    )
    detail = ds.dispute_detail(sf, actor, number)
    assert detail.summary.status is DisputeStatus.TERMINATED
    assert [c.to for c in detail.history] == [DisputeStatus.PENDING, DisputeStatus.TERMINATED]
    assert detail.agreements == () and len(detail.meetings) == 1
    with sf() as s:  # each refused write left nothing behind: no agreement, no visit, no audit
        assert s.scalar(select(func.count(FollowUpVisit.id))) == 0
        assert s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "agreement.add")) == 0
    # a waiting dispute that reaches an agreement passes through mediation, written to its history
    other = ds.open_dispute(
        sf,
        actor,
        case_no,
        title="采光",
        opened_on=TODAY,
        parties=[ds.PartyInput("王建国", PartyRole.OBJECTOR, "101")],
    )
    ds.add_agreement(
        sf,
        actor,
        other,
        terms="补偿",
        signed_on=TODAY,
        parties="王建国；业主代表",
        facts="采光",
        matters="补偿",
        performance_method="转账",
        performance_deadline=TODAY,
    )
    with sf() as s:
        moves = s.execute(
            select(DisputeStatusChange.from_status, DisputeStatusChange.to_status)
            .join(Dispute, Dispute.id == DisputeStatusChange.dispute_id)
            .where(Dispute.dispute_no == other)
            .order_by(DisputeStatusChange.id)
        ).all()
    assert [tuple(m) for m in moves] == [
        (None, "pending"),
        ("pending", "in_mediation"),
        ("in_mediation", "agreed"),
    ]
