"""The work queue says why each case is in it: days overdue with the stage and its limit, the
blocking dispute or suspension, the first unmet condition; a supervisor gets 待我审核."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from casedesk.core.db.models import Case
from casedesk.core.domain.enums import Role, Stage
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.roster_import import import_roster
from casedesk.core.workflow.stages import CHECKLISTS, STAGE_LIMIT_DAYS
from tests.shared_paths import SAMPLES

SUPERVISOR = Actor(None, "zhu", Role.SUPERVISOR, "街道主管")
CLERK = Actor(None, "li", Role.CLERK, "李社工")  # every community: the role is what matters here
ENTERED_REVIEW = date(2026, 3, 26)


def _complete(sf, actor, case_no: str, stage: Stage, on: date) -> None:
    for item in CHECKLISTS.get(stage, ()):
        if item.required:
            wf.mark_checklist_item(sf, actor, case_no, item.code, on=on)


def case_in_street_review(sf, actor, unit: str = "2", entered: date = ENTERED_REVIEW) -> str:
    """A case walked through the services to 街道审核 (on 2026-03-26 unless *entered* says
    otherwise), the documents of that stage not yet in."""
    case_no = create_case(
        sf,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", unit, 6, opened_on=date(2026, 1, 5)),
    )
    wf.set_intake_facts(
        sf, actor, case_no, state_owned_land=True, in_expropriation_plan=False, representatives=["王建国"]
    )
    _complete(sf, actor, case_no, Stage.INTAKE, date(2026, 1, 9))
    wf.advance(sf, actor, case_no, Stage.CONSENT, on=date(2026, 1, 10))
    import_roster(sf, actor, case_no, SAMPLES / "roster-sample.csv", today=date(2026, 3, 9))
    _complete(sf, actor, case_no, Stage.CONSENT, date(2026, 3, 9))
    wf.advance(sf, actor, case_no, Stage.NOTICE, on=date(2026, 3, 10))
    wf.post_notice(sf, actor, case_no, posted_on=date(2026, 3, 10), places="小区公告栏")
    _complete(sf, actor, case_no, Stage.NOTICE, date(2026, 3, 11))
    wf.advance(sf, actor, case_no, Stage.STREET_REVIEW, on=entered)
    return case_no


def test_overdue_case_says_how_many_days_and_why(session_factory, actor) -> None:
    sf = session_factory
    case_no = case_in_street_review(sf, actor)
    with sf() as s:
        due = s.scalar(select(Case.stage_due_on).where(Case.case_no == case_no))
    assert due == ENTERED_REVIEW + timedelta(days=STAGE_LIMIT_DAYS[Stage.STREET_REVIEW])
    today = due + timedelta(days=12)

    queue = wf.work_queue(sf, CLERK, today)
    [item] = queue.overdue.items
    assert item.case.case_no == case_no and item.days_overdue == 12
    assert item.reason.startswith(f"超期 12 天：街道审核（期限 {due.isoformat()}）；缺少材料：")
    assert queue.overdue.rows == (item.case,)  # the plain list of cases is still there
    # a clerk cannot stamp: no 待我审核 for them, in the data or in --json
    assert not queue.may_review and not queue.to_review.items
    assert "to_review" not in queue.to_json(today)
    assert queue.to_json(today)["overdue"]["cases"][0]["days_overdue"] == 12


def test_most_overdue_first(session_factory, actor) -> None:
    sf = session_factory
    first = case_in_street_review(sf, actor, unit="2")  # due 2026-04-16
    later = case_in_street_review(sf, actor, unit="1", entered=date(2026, 4, 20))  # due 2026-05-11
    items = wf.work_queue(sf, CLERK, date(2026, 6, 1)).overdue.items
    assert [i.case.case_no for i in items] == [first, later]
    assert [i.days_overdue for i in items] == [46, 21]
    assert items[1].reason.startswith("超期 21 天：街道审核（期限 2026-05-11）")


def test_supervisor_sees_cases_waiting_for_the_stamp(session_factory, actor) -> None:
    sf = session_factory
    case_no = case_in_street_review(sf, actor)
    create_case(  # a case in intake is not the street's to review
        sf,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "5", "1", 6, opened_on=date(2026, 4, 1)),
    )
    queue = wf.work_queue(sf, SUPERVISOR, date(2026, 4, 2))
    assert queue.may_review and queue.lists()[0][0] == "to_review"
    [item] = queue.to_review.items
    assert item.case.case_no == case_no and item.days_overdue == 0
    assert item.reason.startswith("待街道审核，已等 7 天：街道审核（期限 2026-04-16）；缺少材料：")

    _complete(sf, SUPERVISOR, case_no, Stage.STREET_REVIEW, date(2026, 4, 2))
    wf.advance(sf, SUPERVISOR, case_no, Stage.PLANNING, on=date(2026, 4, 3))
    assert wf.work_queue(sf, SUPERVISOR, date(2026, 4, 3)).to_review.total == 0


def test_blocked_case_gives_the_suspension_reason(session_factory, actor) -> None:
    sf = session_factory
    case_no = case_in_street_review(sf, actor)
    wf.suspend(sf, actor, case_no, on=date(2026, 3, 30), reason="业主起诉，等待判决")
    [item] = wf.work_queue(sf, CLERK, date(2026, 4, 1)).blocked.items
    assert item.case.case_no == case_no and item.reason == "已暂停：业主起诉，等待判决"


def test_a_consent_case_is_judged_by_its_saved_tally(session_factory, actor) -> None:
    sf = session_factory
    case_no = create_case(
        sf,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "1", 6, opened_on=date(2026, 1, 5)),
    )
    wf.set_intake_facts(
        sf, actor, case_no, state_owned_land=True, in_expropriation_plan=False, representatives=["王建国"]
    )
    _complete(sf, actor, case_no, Stage.INTAKE, date(2026, 1, 9))
    wf.advance(sf, actor, case_no, Stage.CONSENT, on=date(2026, 1, 10))
    import_roster(sf, actor, case_no, SAMPLES / "roster-sample.csv", today=date(2026, 3, 9))
    # The roster's ballots pass (the guard would let it move), but no tally has been saved yet:
    # the queue, which does not recount fifty cases, says so.
    [item] = wf.work_queue(sf, CLERK, date(2026, 12, 1)).overdue.items
    assert item.case.case_no == case_no
    assert "：意见征询（期限 2026-07-09）；尚无表决统计 等 " in item.reason
