"""Every unmet condition carries what meets it (its door); the reasons are only its texts.

And the 进度 read: conditions, the stage's documents with their files, procedures with numbers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from casedesk.core.domain.enums import SideState, Stage, TallyOutcome
from casedesk.core.errors import UserError
from casedesk.core.services import workflow as wf
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.progress import document_file, progress_view, viewable_copy
from casedesk.core.workflow.guards import CaseFacts, Door, conditions, unmet_reasons
from casedesk.core.workflow.stages import CHECKLISTS

ON = date(2026, 4, 1)


def facts(stage: Stage, **kw) -> CaseFacts:
    complete = {c.code: "present" for c in CHECKLISTS.get(stage, ())}
    base = CaseFacts(
        stage=stage,
        on=ON,
        floors=6,
        has_elevator=False,
        state_owned_land=True,
        in_expropriation_plan=False,
        representatives=2,
        implementer=None,
        tally_outcome=TallyOutcome.PASS,
        notice_ends_on=date(2026, 3, 16),
        checklist=complete,
        subsidy_paid=True,
    )
    return replace(base, **kw)


# One case per kind of condition: the facts that produce it and the door (and target) expected.
CASES = [
    (facts(Stage.INTAKE, floors=3), "层数不足", Door.CASE_DETAILS, None),
    (facts(Stage.INTAKE, has_elevator=True), "已有电梯", Door.INTAKE_FACTS, None),
    (facts(Stage.INTAKE, state_owned_land=None), "国有土地", Door.INTAKE_FACTS, None),
    (facts(Stage.INTAKE, in_expropriation_plan=None), "征收", Door.INTAKE_FACTS, None),
    (facts(Stage.INTAKE, representatives=0), "业主代表或实施主体", Door.REPRESENTATIVES, None),
    (facts(Stage.INTAKE, representatives=6), "5 人", Door.REPRESENTATIVES, None),
    (facts(Stage.INTAKE, checklist={}), "缺少材料：增设电梯申请书", Door.CHECKLIST, "application"),
    (facts(Stage.CONSENT, tally_outcome=None), "尚无表决统计", Door.TALLY, None),
    (facts(Stage.CONSENT, tally_outcome=TallyOutcome.FAIL, tally_summary="x"), "未通过", Door.TALLY, None),
    (facts(Stage.NOTICE, notice_ends_on=None), "尚未公示", Door.NOTICE, None),
    (facts(Stage.NOTICE, on=date(2026, 3, 16)), "公示期未满", Door.NOTICE, None),
    (facts(Stage.NOTICE, open_objections=1), "异议未处理", Door.OBJECTIONS, None),
    (
        facts(Stage.PLANNING, blocking_disputes=("JF-2026-0003 101室异议",)),
        "JF-2026-0003",
        Door.DISPUTE,
        "JF-2026-0003",
    ),
    (facts(Stage.SUBSIDY, subsidy_paid=False), "补贴尚未拨付", Door.SUBSIDY, None),
]


@pytest.mark.parametrize(("case_facts", "words", "door", "target"), CASES)
def test_each_condition_has_its_door(case_facts, words, door, target) -> None:
    found = [c for c in conditions(case_facts) if words in c.text]
    assert len(found) == 1, conditions(case_facts)
    assert found[0].door is door and found[0].target == target


def test_every_door_is_reachable_from_some_condition() -> None:
    """A new door without a condition (or a condition kind without a door) shows up here."""
    assert {door for _f, _w, door, _t in CASES} == set(Door)


def test_reasons_are_the_texts_of_the_conditions() -> None:
    everything = facts(
        Stage.INTAKE,
        floors=3,
        has_elevator=True,
        state_owned_land=False,
        in_expropriation_plan=True,
        representatives=0,
        checklist={"application": "waived"},
        blocking_disputes=("JF-2026-0001 a", "JF-2026-0002 b"),
    )
    found = conditions(everything)
    assert unmet_reasons(everything) == [c.text for c in found]
    assert len(found) == 9  # 2 disputes, 5 intake facts, 2 missing documents
    assert [c.target for c in found if c.door is Door.CHECKLIST] == ["title_proof", "representatives"]
    assert conditions(facts(Stage.INTAKE)) == [] and unmet_reasons(facts(Stage.DONE)) == []


def _new_case(sf, actor) -> str:
    return create_case(
        sf,
        actor,
        NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6, opened_on=date(2026, 1, 5)),
    )


def test_progress_view_follows_the_case(session_factory, actor, tmp_path) -> None:
    sf, docs = session_factory, tmp_path / "documents"
    case_no = _new_case(sf, actor)
    view = progress_view(sf, actor, case_no, ON)
    assert view.stage is Stage.INTAKE and view.next_stage_label == Stage.CONSENT.label
    assert view.side_state is SideState.ACTIVE and not view.closed and not view.may_advance
    assert {c.door for c in view.conditions} == {Door.INTAKE_FACTS, Door.REPRESENTATIVES, Door.CHECKLIST}
    assert [r.code for r in view.checklist] == [d.code for d in CHECKLISTS[Stage.INTAKE]]
    assert {r.status_label for r in view.checklist} == {"未交"}

    wf.set_intake_facts(
        sf, actor, case_no, state_owned_land=True, in_expropriation_plan=False, representatives=["王建国"]
    )
    scan = tmp_path / "申请书.pdf"
    scan.write_bytes(b"%PDF-1.4 application")
    wf.mark_checklist_item(sf, actor, case_no, "application", on=ON, file=scan, documents_dir=docs)
    wf.mark_checklist_item(sf, actor, case_no, "title_proof", on=ON)
    wf.waive_checklist_item(sf, actor, case_no, "representatives", reason="实施主体委托书后补")
    wf.record_procedure(sf, actor, case_no, "design", on=ON, number="LXGH-2026-07", note="初步方案")
    wf.record_procedure(sf, actor, case_no, "pipeline_survey", on=ON)

    view = progress_view(sf, actor, case_no, ON)
    assert view.conditions == () and view.may_advance
    assert view.intake.representatives == ("王建国",) and view.intake.state_owned_land is True
    rows = {r.code: r for r in view.checklist}
    assert rows["application"].file_name == "申请书.pdf" and rows["application"].status_label == "已交"
    assert rows["title_proof"].file_name is None and rows["title_proof"].status == "present"
    assert rows["representatives"].waive_reason == "实施主体委托书后补"
    assert [p.text for p in view.procedures] == ["方案设计：编号 LXGH-2026-07；初步方案", "管线踏勘"]

    stored = document_file(sf, actor, rows["application"].document_id, docs)
    assert stored.path.read_bytes() == scan.read_bytes() and stored.filename == "申请书.pdf"
    copy = viewable_copy(sf, actor, rows["application"].document_id, docs, tmp_path / "view")
    assert copy.name == "申请书.pdf" and copy.read_bytes() == scan.read_bytes()
    with pytest.raises(UserError):
        document_file(sf, actor, rows["application"].document_id, tmp_path / "elsewhere")

    wf.advance(sf, actor, case_no, Stage.CONSENT, on=ON)
    view = progress_view(sf, actor, case_no, ON)
    assert view.stage is Stage.CONSENT and Door.TALLY in {c.door for c in view.conditions}
    wf.withdraw(sf, actor, case_no, on=ON, reason="业主撤回申请")
    view = progress_view(sf, actor, case_no, ON)
    assert view.withdrawn and view.closed and not view.may_advance and view.side_reason == "业主撤回申请"
