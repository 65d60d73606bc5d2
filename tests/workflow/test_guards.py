"""Each guard both ways, on plain facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from casedesk.core.domain.enums import Stage, TallyOutcome
from casedesk.core.workflow.guards import CaseFacts, unmet_reasons
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


def test_every_stage_passes_with_complete_facts() -> None:
    for stage in list(Stage)[:-1]:
        assert unmet_reasons(facts(stage)) == [], stage


def test_intake_eligibility() -> None:
    reasons = unmet_reasons(
        facts(
            Stage.INTAKE,
            floors=3,
            has_elevator=True,
            state_owned_land=None,
            in_expropriation_plan=True,
            representatives=0,
        )
    )
    assert any("4 层" in r for r in reasons) and any("已有电梯" in r for r in reasons)
    assert any("国有土地" in r for r in reasons) and any("征收" in r for r in reasons)
    assert any("业主代表或实施主体" in r for r in reasons)
    assert unmet_reasons(facts(Stage.INTAKE, representatives=0, implementer="某电梯公司")) == []
    assert any("5 人" in r for r in unmet_reasons(facts(Stage.INTAKE, representatives=6)))


def test_consent_needs_a_passing_tally() -> None:
    for outcome in (TallyOutcome.FAIL, TallyOutcome.PROVISIONAL, TallyOutcome.BLOCKED, None):
        assert unmet_reasons(facts(Stage.CONSENT, tally_outcome=outcome, tally_summary="x"))


def test_notice_period_and_objections() -> None:
    assert unmet_reasons(facts(Stage.NOTICE, on=date(2026, 3, 16))) == ["公示期未满，截止 2026-03-16"]
    assert unmet_reasons(facts(Stage.NOTICE, on=date(2026, 3, 17))) == []
    assert unmet_reasons(facts(Stage.NOTICE, open_objections=2)) == ["尚有 2 条异议未处理"]
    assert unmet_reasons(facts(Stage.NOTICE, notice_ends_on=None)) == ["尚未公示"]


def test_missing_required_item_blocks_but_optional_does_not() -> None:
    checklist = {c.code: "present" for c in CHECKLISTS[Stage.PERMITS]}
    checklist["construction_permit"] = "missing"
    checklist.pop("pipeline_survey")  # optional
    assert unmet_reasons(facts(Stage.PERMITS, checklist=checklist)) == ["缺少材料：施工许可证"]
    checklist["construction_permit"] = "waived"
    assert unmet_reasons(facts(Stage.PERMITS, checklist=checklist)) == []


def test_blocking_dispute_is_named() -> None:
    reasons = unmet_reasons(facts(Stage.PLANNING, blocking_disputes=("JF-2026-0003 101室异议",)))
    assert reasons == ["纠纷 JF-2026-0003 101室异议 未解决（阻断）"]


def test_subsidy_must_be_paid() -> None:
    assert unmet_reasons(facts(Stage.SUBSIDY, subsidy_paid=False))


def test_stage_holds_and_legal_windows() -> None:
    from datetime import timedelta

    from casedesk.core.workflow.deadlines import legal_windows, stage_holds

    holds = stage_holds(
        [
            (None, "intake", date(2026, 1, 5)),
            ("intake", "consent", date(2026, 1, 10)),
            ("consent", "notice", date(2026, 3, 10)),
        ]
    )
    assert [(h.stage.value, h.days(date(2026, 3, 20))) for h in holds] == [
        ("intake", 5),
        ("consent", 59),
        ("notice", 10),
    ]
    windows = legal_windows(date(2026, 7, 21), use_registered=False, documents_handed_over=True)
    assert windows[0].due_on == date(2026, 8, 20)
    assert windows[0].overdue(date(2026, 8, 21)) and not windows[0].overdue(date(2026, 8, 20))
    assert not windows[1].overdue(date(2026, 8, 21) + timedelta(days=100))
    assert legal_windows(None, False, False) == []


def test_stage_limits_are_configurable() -> None:
    from casedesk.core.settings import OfficeSettings

    settings = OfficeSettings(stage_limits="street_review=15, planning=30")
    assert settings.stage_limit_days("street_review", 21) == 15
    assert settings.stage_limit_days("permits", 60) == 60
