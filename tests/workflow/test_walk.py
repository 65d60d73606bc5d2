"""A case walked from intake to done through the services, with every guard met for real."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from casedesk.core.db.models import Case, Community, Dispute, StageEvent
from casedesk.core.domain.enums import Role, SideState, Stage
from casedesk.core.errors import PermissionDenied, UserError
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.roster_import import import_roster
from casedesk.core.services.subsidy import pay_subsidy
from casedesk.core.services.users import create_user
from casedesk.core.workflow.stages import CHECKLISTS
from tests.shared_paths import SAMPLES

SAMPLE = SAMPLES / "roster-sample.csv"


@dataclass(frozen=True)
class Office:
    clerk: Actor
    supervisor: Actor
    case_no: str


@pytest.fixture
def office(session_factory, actor) -> Office:
    case_no = create_case(
        session_factory,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=date(2026, 1, 5)),
    )
    with session_factory.begin() as s:
        community = s.scalar(select(Community.id))
        clerk = create_user(s, actor, "li", "李社工", Role.CLERK, "password-1", (community,))
        boss = create_user(s, actor, "zhu", "街道主管", Role.SUPERVISOR, "password-2")
        return Office(
            Actor(clerk.id, "li", Role.CLERK, "李社工", frozenset({community})),
            Actor(boss.id, "zhu", Role.SUPERVISOR, "街道主管"),
            case_no,
        )


def complete_checklist(sf, who, case_no, stage, on) -> None:
    for item in CHECKLISTS.get(stage, ()):
        if item.required:
            wf.mark_checklist_item(sf, who, case_no, item.code, on=on)


def refused(sf, who, case_no, to, on) -> list[str]:
    with pytest.raises(wf.GuardFailed) as info:
        wf.advance(sf, who, case_no, to, on=on)
    return info.value.reasons


def test_intake_to_done(session_factory, office: Office, tmp_path) -> None:
    sf = session_factory
    clerk, case_no, supervisor = office.clerk, office.case_no, office.supervisor
    # intake: eligibility and representatives first
    reasons = refused(sf, clerk, case_no, Stage.CONSENT, date(2026, 1, 10))
    assert any("国有土地" in r for r in reasons) and any("缺少材料" in r for r in reasons)
    wf.set_intake_facts(
        sf,
        clerk,
        case_no,
        state_owned_land=True,
        in_expropriation_plan=False,
        representatives=["王建国", "张伟"],
    )
    attachment = tmp_path / "申请书.pdf"
    attachment.write_bytes(b"%PDF-1.4 application")
    wf.mark_checklist_item(
        sf,
        clerk,
        case_no,
        "application",
        on=date(2026, 1, 8),
        file=attachment,
        documents_dir=tmp_path / "docs",
    )
    complete_checklist(sf, clerk, case_no, Stage.INTAKE, date(2026, 1, 9))
    wf.advance(sf, clerk, case_no, Stage.CONSENT, on=date(2026, 1, 10))

    # consent: parallel procedures are allowed; the tally must pass
    wf.record_procedure(sf, clerk, case_no, "design", on=date(2026, 1, 20), note="初步方案")
    assert any("表决" in r for r in refused(sf, clerk, case_no, Stage.NOTICE, date(2026, 3, 1)))
    import_roster(sf, clerk, case_no, SAMPLE, today=date(2026, 3, 9))
    complete_checklist(sf, clerk, case_no, Stage.CONSENT, date(2026, 3, 9))
    wf.advance(sf, clerk, case_no, Stage.NOTICE, on=date(2026, 3, 10))

    # notice: 15 days from the day after posting, objections resolved
    ends = wf.post_notice(sf, clerk, case_no, posted_on=date(2026, 3, 10), places="小区公告栏")
    assert ends == date(2026, 3, 25)
    objection = wf.add_objection(
        sf, clerk, case_no, objector="王建国", received_on=date(2026, 3, 12), detail="担心采光"
    )
    complete_checklist(sf, clerk, case_no, Stage.NOTICE, date(2026, 3, 11))
    assert refused(sf, clerk, case_no, Stage.STREET_REVIEW, date(2026, 3, 25)) == [
        "公示期未满，截止 2026-03-25",
        "尚有 1 条异议未处理",
    ]
    wf.resolve_objection(sf, clerk, objection, response="调整井道位置后无异议", on=date(2026, 3, 20))
    wf.advance(sf, clerk, case_no, Stage.STREET_REVIEW, on=date(2026, 3, 26))

    # street review: only a supervisor stamps
    complete_checklist(sf, clerk, case_no, Stage.STREET_REVIEW, date(2026, 3, 27))
    with pytest.raises(PermissionDenied):
        wf.advance(sf, clerk, case_no, Stage.PLANNING, on=date(2026, 3, 30))
    wf.advance(sf, supervisor, case_no, Stage.PLANNING, on=date(2026, 3, 30), note="街道盖章")

    # a blocking dispute stops the next move and is named (the roster's 不同意 and the written
    # objection opened non-blocking disputes of their own, JF-2026-0001 and -0002)
    with sf.begin() as s:
        assert s.scalar(select(func.count(Dispute.id)).where(Dispute.source == "auto")) == 2
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        s.add(
            Dispute(
                dispute_no="JF-2026-0901",
                case_id=case_id,
                title="101室补偿",
                status="pending",
                blocking=True,
                opened_on=date(2026, 4, 1),
            )
        )
    complete_checklist(sf, clerk, case_no, Stage.PLANNING, date(2026, 4, 2))
    assert refused(sf, clerk, case_no, Stage.PERMITS, date(2026, 4, 3)) == [
        "纠纷 JF-2026-0901 101室补偿 未解决（阻断）"
    ]
    with sf.begin() as s:
        s.scalar(select(Dispute).where(Dispute.dispute_no == "JF-2026-0901")).status = "agreed"
    wf.advance(sf, clerk, case_no, Stage.PERMITS, on=date(2026, 4, 3))

    # permits: a supervisor may waive a required item with a reason
    complete_checklist(sf, clerk, case_no, Stage.PERMITS, date(2026, 4, 10))
    with pytest.raises(PermissionDenied):
        wf.waive_checklist_item(sf, clerk, case_no, "pipeline_survey", reason="无管线")
    wf.advance(sf, clerk, case_no, Stage.CONSTRUCTION, on=date(2026, 4, 15))
    complete_checklist(sf, clerk, case_no, Stage.CONSTRUCTION, date(2026, 7, 1))
    wf.advance(sf, clerk, case_no, Stage.ACCEPTANCE, on=date(2026, 7, 2))
    wf.waive_checklist_item(
        sf, supervisor, case_no, "acceptance_record", reason="验收记录随后补交，已电话核实"
    )
    wf.mark_checklist_item(sf, clerk, case_no, "inspection_report", on=date(2026, 7, 20))
    wf.advance(sf, clerk, case_no, Stage.SUBSIDY, on=date(2026, 7, 21))

    complete_checklist(sf, clerk, case_no, Stage.SUBSIDY, date(2026, 8, 1))
    assert refused(sf, clerk, case_no, Stage.DONE, date(2026, 8, 2)) == [
        "补贴尚未拨付（须登记金额、日期和凭证号）"
    ]
    pay_subsidy(
        sf, clerk, case_no, amount_fen=20_000_000, paid_on=date(2026, 8, 10), voucher_no="JNCZ-2026-0815"
    )
    wf.advance(sf, clerk, case_no, Stage.DONE, on=date(2026, 8, 12))

    with sf() as s:
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        assert (case.stage, case.started_on, case.accepted_on, case.closed_on) == (
            "done",
            date(2026, 4, 15),
            date(2026, 7, 21),
            date(2026, 8, 12),
        )
        moves = s.scalars(
            select(StageEvent.to_stage).where(StageEvent.kind == "advance").order_by(StageEvent.id)
        ).all()
        assert moves == [s.value for s in list(Stage)[1:]]
    timeline = wf.case_timeline(sf, clerk, case_no)
    actions = [e.action for e in timeline]
    assert actions.count("case.advance") == 9
    assert {
        "case.intake",
        "checklist.present",
        "checklist.waive",
        "notice.post",
        "objection.add",
        "objection.resolve",
        "roster.import",
        "subsidy.pay",
        "case.procedure",
    } <= set(actions)
    last = [e for e in timeline if e.action == "case.advance"][-1]
    assert last.changes["stage"] == ["subsidy", "done"]
    assert last.changes["closed_on"] == [None, "2026-08-12"]


def test_skipping_a_stage_and_moving_a_suspended_case_are_refused(session_factory, office: Office) -> None:
    sf = session_factory
    clerk, case_no = office.clerk, office.case_no
    with pytest.raises(UserError, match="只能从"):
        wf.advance(sf, clerk, case_no, Stage.NOTICE, on=date(2026, 1, 10))
    wf.suspend(sf, clerk, case_no, on=date(2026, 1, 11), reason="业主纠纷调解中")
    with pytest.raises(UserError, match="暂停"):
        wf.advance(sf, clerk, case_no, Stage.CONSENT, on=date(2026, 1, 12))
    wf.resume(sf, clerk, case_no, on=date(2026, 2, 1))
    with sf() as s:
        case = s.scalar(select(Case))
        assert case.side_state == SideState.ACTIVE.value and case.stage == "intake"
        assert case.stage_due_on == date(2026, 3, 3)  # the hold-time clock restarts on resuming


def test_withdraw_reject_and_reopen_roles(session_factory, office: Office) -> None:
    sf = session_factory
    clerk, case_no, supervisor = office.clerk, office.case_no, office.supervisor
    with pytest.raises(UserError, match="原因"):
        wf.withdraw(sf, clerk, case_no, on=date(2026, 2, 1), reason="")
    wf.withdraw(sf, clerk, case_no, on=date(2026, 2, 1), reason="业主放弃")
    with pytest.raises(PermissionDenied):
        wf.reopen(sf, clerk, case_no, on=date(2026, 3, 1), reason="业主重新申请")
    wf.reopen(sf, supervisor, case_no, on=date(2026, 3, 1), reason="业主重新申请")
    with pytest.raises(PermissionDenied):
        wf.reject(sf, clerk, case_no, on=date(2026, 3, 2), reason="不符合条件")
    wf.reject(sf, supervisor, case_no, on=date(2026, 3, 2), reason="位于征收范围")
    with sf() as s:
        assert s.scalar(select(Case.side_state)) == "rejected"


def test_work_queue_counts(session_factory, actor) -> None:
    from casedesk.demo import generate_demo

    generate_demo(session_factory, actor, units=80, seed=3, today=date(2026, 11, 25))
    queue = wf.work_queue(session_factory, actor, date(2026, 11, 25))
    with session_factory() as s:
        overdue = s.scalar(
            select(func.count(Case.id)).where(
                Case.side_state == "active", Case.stage_due_on < date(2026, 11, 25)
            )
        )
    assert queue.overdue.total == overdue > 0
    assert all(c.is_overdue(date(2026, 11, 25)) for c in queue.overdue.rows)
    assert queue.blocked.total > 0
