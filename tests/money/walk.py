"""Test helper: bring a case to a given stage with the same workflow services the command line uses.

Every move passes the real guards (documents marked present, a passing tally from the sample
roster, a notice whose period has run), so a case prepared here is one a clerk could have made.
Dates are counted back from today, so no step lies in the future.
"""

from __future__ import annotations

from datetime import date, timedelta

from casedesk.core.domain.enums import Stage
from casedesk.core.services import workflow as wf
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.roster_import import import_roster
from casedesk.core.workflow.stages import CHECKLISTS, MAIN_LINE
from tests.shared_paths import SAMPLES


def case_at(sf, actor: Actor, stage: Stage, *, building: str = "3", days_ago: int = 250) -> str:
    """A new 6-floor case with the sample roster, moved up to *stage*; returns its number."""
    day = date.today() - timedelta(days=days_ago)
    case_no = create_case(
        sf,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", building, "2", 6, opened_on=day),
    )
    wf.set_intake_facts(
        sf, actor, case_no, state_owned_land=True, in_expropriation_plan=False, representatives=["王建国"]
    )
    import_roster(sf, actor, case_no, SAMPLES / "roster-sample.csv", today=day)
    current = Stage.INTAKE
    while current is not stage:
        day += timedelta(days=1)
        for item in CHECKLISTS.get(current, ()):
            if item.required:
                wf.mark_checklist_item(sf, actor, case_no, item.code, on=day)
        if current is Stage.NOTICE:
            ends = wf.post_notice(sf, actor, case_no, posted_on=day, places="单元门口公告栏")
            day = ends + timedelta(days=1)
        following = MAIN_LINE[MAIN_LINE.index(current) + 1]
        wf.advance(sf, actor, case_no, following, on=day)
        current = following
    return case_no
