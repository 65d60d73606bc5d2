"""The monthly report's 阶段停留时间与超期: medians of finished holds and cases over their limit,
for the running month and for a past month replayed from its events, in the data and on paper."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

from casedesk.core.domain.enums import Role, Stage
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.report_data import build_monthly, print_monthly
from casedesk.core.services.roster_import import import_roster
from casedesk.core.workflow.stages import CHECKLISTS, MAIN_LINE, STAGE_LIMIT_DAYS
from tests.shared_paths import SAMPLES

SUPERVISOR = Actor(None, "boss", Role.SUPERVISOR, "街道主管")


def walk(sf, actor, building: str, opened: date, stays: list[int]) -> dict[Stage, date]:
    """A case opened on *opened* that stays the given days in each stage from 受理登记 on (the
    notice stage: at least until its period has run) and then rests where it is; returns the
    day it entered each stage."""
    case_no = create_case(
        sf,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", building, "1", 6, opened_on=opened),
    )
    wf.set_intake_facts(
        sf, actor, case_no, state_owned_land=True, in_expropriation_plan=False, representatives=["王建国"]
    )
    import_roster(sf, actor, case_no, SAMPLES / "roster-sample.csv", today=opened)
    entered = {Stage.INTAKE: opened}
    current, day = Stage.INTAKE, opened
    for stay in stays:
        for item in CHECKLISTS.get(current, ()):
            if item.required:
                wf.mark_checklist_item(sf, actor, case_no, item.code, on=day)
        leave = day + timedelta(days=stay)
        if current is Stage.NOTICE:
            leave = max(
                leave,
                wf.post_notice(sf, actor, case_no, posted_on=day, places="单元门口公告栏")
                + timedelta(days=1),
            )
        current = MAIN_LINE[MAIN_LINE.index(current) + 1]
        wf.advance(sf, actor, case_no, current, on=leave)
        day = entered[current] = leave
    return entered


def held(entered: dict[Stage, date], stage: Stage) -> int:
    following = MAIN_LINE[MAIN_LINE.index(stage) + 1]
    return (entered[following] - entered[stage]).days


def hold_table(pdf: Path) -> str:
    """The printed section 四 with its white space removed."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    whole = "".join(text.stdout.split())
    return whole[whole.index("四、阶段停留时间与超期") : whole.index("五、纠纷调解")]


def test_hold_medians_and_overdue_cases_now_and_at_a_past_months_end(
    session_factory, actor, tmp_path
) -> None:
    today = date.today()
    base = (today - timedelta(days=230)).replace(day=1)  # the first of a month, seven or so back
    a = walk(session_factory, actor, "1", base, [5, 40, 0])  # rests in 街道审核
    b = walk(session_factory, actor, "2", base, [8, 60, 0, 10])  # rests in 规划审查
    walk(session_factory, actor, "3", base, [])  # rests in 受理登记, long past its 30 days
    assert max(b.values()) + timedelta(days=STAGE_LIMIT_DAYS[Stage.PLANNING]) < today

    month = today.strftime("%Y-%m")
    now = {
        stage: (days, over)
        for stage, days, over in build_monthly(session_factory, SUPERVISOR, month, today=today).hold_days
    }
    notice_median = (held(a, Stage.NOTICE) + held(b, Stage.NOTICE)) / 2
    assert now == {
        Stage.INTAKE.label: (6.5, 1),  # (5 + 8) / 2; the case still in 受理登记 has no length yet
        Stage.CONSENT.label: (50.0, 0),
        Stage.NOTICE.label: (notice_median, 0),
        Stage.STREET_REVIEW.label: (10.0, 1),
        Stage.PLANNING.label: (0.0, 1),
        **{s.label: (0.0, 0) for s in (Stage.PERMITS, Stage.CONSTRUCTION, Stage.ACCEPTANCE, Stage.SUBSIDY)},
    }
    printed = hold_table(print_monthly(session_factory, SUPERVISOR, month, tmp_path / "now.pdf", today=today))
    assert "当前超期案件" in printed
    for row in ("受理登记6.51", "意见征询500", "街道审核101", "规划审查01", "施工许可00"):
        assert row in printed, (row, printed)
    assert f"公示{notice_median:g}0" in printed

    # Two months on from the opening, replayed: A has left 意见征询 (40 days), B has not, and
    # the case still in 受理登记 was over its limit at that month's end.
    second = (base + timedelta(days=35)).replace(day=1)
    month_end = (second + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    assert a[Stage.NOTICE] <= month_end < b[Stage.NOTICE]
    past = build_monthly(session_factory, SUPERVISOR, second.strftime("%Y-%m"), today=today)
    assert past.as_of == month_end
    then = {stage: (days, over) for stage, days, over in past.hold_days}
    notice_then = float(held(a, Stage.NOTICE)) if a[Stage.STREET_REVIEW] <= month_end else 0.0
    assert then[Stage.INTAKE.label] == (6.5, 1)
    assert then[Stage.CONSENT.label] == (40.0, 0)
    assert then[Stage.NOTICE.label] == (notice_then, 0)
    assert all(then[s.label] == (0.0, 0) for s in MAIN_LINE[3:-1])
    printed = hold_table(
        print_monthly(
            session_factory, SUPERVISOR, second.strftime("%Y-%m"), tmp_path / "past.pdf", today=today
        )
    )
    assert "月末超期案件" in printed and "受理登记6.51" in printed and "意见征询400" in printed
