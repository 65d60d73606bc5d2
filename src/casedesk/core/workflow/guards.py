"""Guards of the gated transitions: each returns the reasons (in Chinese) a move is not allowed.

They take a plain `CaseFacts` snapshot, so every guard is tested both ways without a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from casedesk.core.domain.enums import Stage, TallyOutcome
from casedesk.core.i18n import N_
from casedesk.core.workflow.stages import CHECKLISTS


@dataclass(frozen=True)
class CaseFacts:
    stage: Stage
    on: date  # the day of the move
    floors: int
    has_elevator: bool
    state_owned_land: bool | None
    in_expropriation_plan: bool | None
    representatives: int
    implementer: str | None
    tally_outcome: TallyOutcome | None = None
    tally_summary: str = ""
    notice_ends_on: date | None = None
    open_objections: int = 0
    checklist: dict[str, str] = field(default_factory=dict)  # code -> missing/present/waived
    blocking_disputes: tuple[str, ...] = ()  # "JF-2026-0003 101室异议"
    subsidy_paid: bool = False


def unmet_reasons(facts: CaseFacts) -> list[str]:
    """Everything that stops *facts.stage* from moving to the next stage; empty = allowed."""
    reasons = [N_("纠纷 {d} 未解决（阻断）").format(d=d) for d in facts.blocking_disputes]
    reasons += _GUARDS.get(facts.stage, lambda f: [])(facts)
    for item in CHECKLISTS.get(facts.stage, ()):
        if item.required and facts.checklist.get(item.code, "missing") == "missing":
            reasons.append(N_("缺少材料：{t}").format(t=item.title))
    return reasons


def _intake(f: CaseFacts) -> list[str]:
    out = []
    if f.floors < 4:
        out.append(N_("层数不足 4 层（{n} 层），不符合增设电梯条件").format(n=f.floors))
    if f.has_elevator:
        out.append(N_("该单元已有电梯"))
    if f.state_owned_land is not True:
        out.append(N_("未确认为国有土地上的住宅"))
    if f.in_expropriation_plan is not False:
        out.append(N_("未确认不在征收或城市更新计划内"))
    if f.representatives == 0 and not f.implementer:
        out.append(N_("未登记业主代表或实施主体"))
    if f.representatives > 5:
        out.append(N_("业主代表不得超过 5 人（现 {n} 人）").format(n=f.representatives))
    return out


def _consent(f: CaseFacts) -> list[str]:
    if f.tally_outcome is TallyOutcome.PASS:
        return []
    if f.tally_outcome is None:
        return [N_("尚无表决统计")]
    return [N_("表决统计结果为“{r}”：{s}").format(r=f.tally_outcome.label, s=f.tally_summary)]


def _notice(f: CaseFacts) -> list[str]:
    out = []
    if f.notice_ends_on is None:
        out.append(N_("尚未公示"))
    elif f.on <= f.notice_ends_on:
        out.append(N_("公示期未满，截止 {d}").format(d=f.notice_ends_on))
    if f.open_objections:
        out.append(N_("尚有 {n} 条异议未处理").format(n=f.open_objections))
    return out


def _subsidy(f: CaseFacts) -> list[str]:
    return [] if f.subsidy_paid else [N_("补贴尚未拨付（须登记金额、日期和凭证号）")]


_GUARDS = {
    Stage.INTAKE: _intake,
    Stage.CONSENT: _consent,
    Stage.NOTICE: _notice,
    Stage.SUBSIDY: _subsidy,
}
