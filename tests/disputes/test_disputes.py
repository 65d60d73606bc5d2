"""Disputes: automatic flags once per trigger, blocking, time limits, note privacy, a full mediation."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from casedesk.core.db.models import Case, Community, Dispute, Flat, Ownership, Person
from casedesk.core.disputes.rules import judicial_confirmation_until, suggest_categories
from casedesk.core.domain.enums import (
    DisputeCategory,
    DisputeStatus,
    MeetingOutcome,
    PartyRole,
    Role,
    Stage,
    Vote,
)
from casedesk.core.errors import PermissionDenied, UserError
from casedesk.core.services import disputes as ds
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.consent import record_ballot
from casedesk.core.services.roster_import import import_roster
from casedesk.core.services.users import create_user
from tests.shared_paths import SAMPLES

TODAY = date(2026, 3, 20)


@pytest.fixture
def office(session_factory, actor):
    case_no = create_case(
        session_factory,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=date(2026, 1, 5)),
    )
    import_roster(session_factory, actor, case_no, SAMPLES / "roster-sample.csv", today=TODAY)
    with session_factory.begin() as s:
        community = s.scalar(select(Community.id))
        clerk = create_user(s, actor, "li", "李社工", Role.CLERK, "password-1", (community,))
        mediator = create_user(s, actor, "zhao", "赵调解员", Role.MEDIATOR, "password-2", (community,))
        return (
            case_no,
            Actor(clerk.id, "li", Role.CLERK, "李社工", frozenset({community})),
            Actor(mediator.id, "zhao", Role.MEDIATOR, "赵调解员", frozenset({community})),
        )


def test_category_keywords() -> None:
    assert suggest_categories("担心采光和噪音") == [DisputeCategory.LIGHT_VENT, DisputeCategory.NOISE]
    assert suggest_categories("一楼不愿承担费用，要求补偿") == [
        DisputeCategory.COMPENSATION,
        DisputeCategory.COST_SHARE,
    ]
    assert suggest_categories("") == []


def test_disagree_ballot_with_reason_flags_once(session_factory, office) -> None:
    case_no, clerk, _ = office
    # The roster import in the fixture already opened it: no `dispute flag` needed.
    (only,) = ds.list_disputes(session_factory, clerk, case_no=case_no)
    detail = ds.dispute_detail(session_factory, clerk, only.dispute_no)
    assert detail.source_explanation == "由 101 室不同意意见自动生成"
    assert detail.summary.categories == ("LIGHT_VENT", "NOISE")
    assert detail.parties[0].room == "101" and detail.parties[0].name == "王建国"
    assert ds.flag_disputes(session_factory, clerk, case_no, today=TODAY) == []  # re-scan: nothing new


def test_each_trigger_flags_once(session_factory, office) -> None:
    case_no, clerk, mediator = office
    # co-owner split on 301; multi-flat split for 周敏 (401/402); an objection; an occupied exclusive part.
    record_ballot(
        session_factory,
        clerk,
        case_no,
        "301",
        Vote.DISAGREE,
        owner="赵丽",
        signed_on=date(2026, 3, 6),
        today=TODAY,
    )
    record_ballot(
        session_factory, clerk, case_no, "402", Vote.DISAGREE, signed_on=date(2026, 3, 6), today=TODAY
    )
    wf.add_objection(
        session_factory,
        clerk,
        case_no,
        objector="邻楼业主",
        received_on=date(2026, 3, 12),
        detail="新井道挡住前楼采光",
    )
    # Each write above opened its own dispute; a flat changed behind the services' back is found
    # by the re-scan (`dispute flag`).
    with session_factory.begin() as s:
        s.scalar(select(Flat).where(Flat.room == "102")).occupies_exclusive = True
    (rescanned,) = ds.flag_disputes(session_factory, clerk, case_no, today=TODAY)
    assert "102" in ds.dispute_detail(session_factory, mediator, rescanned).summary.title
    listed = ds.list_disputes(session_factory, mediator, case_no=case_no)
    explained = {
        ds.dispute_detail(session_factory, mediator, d.dispute_no).source_explanation for d in listed
    }
    assert explained == {
        "由 101 室不同意意见自动生成",
        "由 301 室共有人意见不一致自动生成",
        "由 401、402 室同一业主意见不一致自动生成",
        "由 邻楼业主 的书面异议（2026-03-12）自动生成",
        "由 102 室专有部分被占用且未同意自动生成",
    }
    assert ds.flag_disputes(session_factory, clerk, case_no, today=TODAY) == []
    with session_factory() as s:
        assert s.scalar(select(func.count(Dispute.id))) == 5


def test_obstruction_during_construction_blocks_the_case(session_factory, office, actor) -> None:
    case_no, clerk, mediator = office
    with session_factory.begin() as s:
        case = s.scalar(select(Case))
        case.stage = Stage.CONSTRUCTION.value
    with pytest.raises(PermissionDenied):
        ds.log_obstruction(session_factory, mediator, case_no, on=TODAY, description="一楼业主堵住施工入口")
    created = ds.log_obstruction(
        session_factory, clerk, case_no, on=TODAY, description="一楼业主堵住施工入口"
    )
    assert ds.flag_disputes(session_factory, clerk, case_no, today=TODAY) == []
    blocking = [n for n in created if ds.dispute_detail(session_factory, clerk, n).summary.blocking]
    assert len(blocking) == 1
    reasons = wf.check_advance(session_factory, clerk, case_no, TODAY)
    assert any(blocking[0] in r and "阻断" in r for r in reasons)
    ds.change_status(session_factory, mediator, blocking[0], DisputeStatus.IN_MEDIATION, on=TODAY)
    ds.change_status(session_factory, mediator, blocking[0], DisputeStatus.AGREED, on=TODAY)
    assert not any(blocking[0] in r for r in wf.check_advance(session_factory, clerk, case_no, TODAY))


def test_a_dispute_from_intake_to_performed_agreement(session_factory, office) -> None:
    case_no, clerk, mediator = office
    number = ds.open_dispute(
        session_factory,
        clerk,
        case_no,
        title="101室要求补偿",
        opened_on=date(2026, 3, 1),
        parties=[
            ds.PartyInput("王建国", PartyRole.OBJECTOR, "101", 1),
            ds.PartyInput("张伟", PartyRole.REPRESENTATIVE, "201", 2),
        ],
    )
    detail = ds.dispute_detail(session_factory, mediator, number)
    assert detail.summary.due_on == date(2026, 3, 31)  # 30 days by default
    with pytest.raises(PermissionDenied):
        ds.save_meeting(
            session_factory,
            clerk,
            number,
            held_at=datetime(2026, 3, 5, 19),
            place="社区会议室",
            mediators="赵调解员",
            recorder="李社工",
            attendees=[],
            notes="…",
        )
    notes = ds.meeting_template(datetime(2026, 3, 5, 19), "社区会议室", "赵调解员", "李社工", "王建国、张伟")
    meeting = ds.save_meeting(
        session_factory,
        mediator,
        number,
        held_at=datetime(2026, 3, 5, 19),
        place="社区会议室",
        mediators="赵调解员",
        recorder="李社工",
        attendees=[{"name": "王建国", "role": "objector", "room": "101"}],
        notes=notes,
        outcome=MeetingOutcome.ADJOURNED,
        next_date=date(2026, 3, 12),
    )
    ds.save_meeting(
        session_factory,
        mediator,
        number,
        meeting_id=meeting,
        held_at=datetime(2026, 3, 5, 19),
        place="社区会议室",
        mediators="赵调解员",
        recorder="李社工",
        attendees=[],
        notes=notes + "\n补充：一楼业主同意在补偿 1 万元后不再反对。",
        outcome=MeetingOutcome.PARTIAL,
    )
    versions = ds.meeting_versions(session_factory, mediator, number, meeting)
    assert [v["version"] for v in versions] == [1, 2] and "补充" in versions[1]["notes"]
    with pytest.raises(PermissionDenied):
        ds.meeting_versions(session_factory, clerk, number, meeting)
    assert ds.dispute_detail(session_factory, clerk, number).meetings[0].notes is None  # privacy
    assert "补充" in ds.dispute_detail(session_factory, mediator, number).meetings[0].notes

    due = ds.extend_deadline(session_factory, mediator, number, days=15, reason="双方同意延长")
    assert due == date(2026, 4, 15)
    with pytest.raises(UserError, match="缺少"):
        ds.add_agreement(
            session_factory,
            mediator,
            number,
            terms="",
            signed_on=date(2026, 3, 20),
            parties="x",
            facts="x",
            matters="x",
            performance_method="x",
            performance_deadline=date(2026, 4, 30),
        )
    agreement = ds.add_agreement(
        session_factory,
        mediator,
        number,
        terms="高层出资业主一次性补偿 101 室 10,000 元",
        signed_on=date(2026, 3, 20),
        parties="王建国（101 室）；业主代表张伟（201 室）",
        facts="101 室认为井道影响采光",
        matters="补偿金额",
        performance_method="转账",
        performance_deadline=date(2026, 4, 30),
    )
    assert agreement == f"{number}-XY1"
    detail = ds.dispute_detail(session_factory, mediator, number)
    assert detail.summary.status is DisputeStatus.AGREED
    assert detail.agreements[0].judicial_confirmation_until == date(2026, 4, 19)
    ds.add_follow_up(
        session_factory, mediator, number, visited_on=date(2026, 5, 6), findings="补偿已到账", performed=True
    )
    detail = ds.dispute_detail(session_factory, mediator, number)
    assert detail.summary.status is DisputeStatus.PERFORMED
    assert [h.to for h in detail.history] == [
        DisputeStatus.PENDING,
        DisputeStatus.IN_MEDIATION,
        DisputeStatus.AGREED,
        DisputeStatus.PERFORMED,
    ]
    assert detail.history[0].was is None and detail.history[-1].on == date(2026, 5, 6)
    assert detail.visits[0].on == date(2026, 5, 6) and detail.visits[0].findings == "补偿已到账"
    assert detail.agreements[0].performed_on == date(2026, 5, 6)
    # the command line's JSON still speaks ISO dates
    data = detail.to_json(date(2026, 5, 6))
    assert data["agreements"][0]["performed_on"] == "2026-05-06"
    assert [h["to"] for h in data["history"]][-1] == "performed" and data["visits"][0]["on"] == "2026-05-06"


def test_status_rules_and_termination_needs_a_reason(session_factory, office) -> None:
    case_no, clerk, mediator = office
    number = ds.open_dispute(
        session_factory,
        clerk,
        case_no,
        title="噪音",
        opened_on=TODAY,
        parties=[ds.PartyInput("王建国", PartyRole.OBJECTOR, "101")],
    )
    with pytest.raises(UserError, match="不能从"):
        ds.change_status(session_factory, mediator, number, DisputeStatus.PERFORMED, on=TODAY)
    with pytest.raises(UserError, match="原因"):
        ds.change_status(session_factory, mediator, number, DisputeStatus.TERMINATED, on=TODAY)
    ds.change_status(
        session_factory,
        mediator,
        number,
        DisputeStatus.TERMINATED,
        on=TODAY,
        note="一方明确拒绝调解，告知可向法院起诉",
    )
    assert (
        ds.list_disputes(session_factory, mediator, status=DisputeStatus.TERMINATED)[0].dispute_no == number
    )
    # a closed dispute's time limit stays as it was
    due = ds.dispute_detail(session_factory, mediator, number).summary.due_on
    with pytest.raises(UserError, match="已结束"):
        ds.extend_deadline(session_factory, mediator, number, days=10, reason="双方同意延长")
    assert ds.dispute_detail(session_factory, mediator, number).summary.due_on == due


def test_judicial_window_and_overdue_queue(session_factory, office) -> None:
    case_no, clerk, mediator = office
    assert judicial_confirmation_until(date(2026, 1, 31)) == date(2026, 3, 2)
    old = ds.open_dispute(
        session_factory,
        clerk,
        case_no,
        title="旧纠纷",
        opened_on=date(2026, 1, 2),
        parties=[ds.PartyInput("王建国", PartyRole.OBJECTOR, "101")],
    )
    ds.open_dispute(
        session_factory,
        clerk,
        case_no,
        title="新纠纷",
        opened_on=TODAY,
        parties=[ds.PartyInput("张伟", PartyRole.OBJECTOR, "201")],
    )
    overdue = ds.list_disputes(session_factory, mediator, overdue_on=TODAY)
    assert [d.dispute_no for d in overdue] == [old]
    assert overdue[0].overdue(TODAY)
    with session_factory() as s:
        assert s.scalar(select(func.count(Person.id))) > 0 and s.scalar(select(func.count(Ownership.id))) > 0


def test_statistics_for_the_monthly_report(session_factory, actor) -> None:
    from casedesk.demo import generate_demo

    generate_demo(session_factory, actor, units=60, seed=4, today=date(2026, 11, 25))
    stats = ds.dispute_stats(
        session_factory, actor, first=date(2017, 1, 1), last=date(2026, 11, 30), today=date(2026, 11, 25)
    )
    with session_factory() as s:
        total = s.scalar(select(func.count(Dispute.id)))
    assert stats.opened == total == sum(stats.by_status.values()) == sum(stats.by_community.values())
    assert sum(stats.by_category.values()) >= total > 0
    assert stats.resolved <= stats.opened
