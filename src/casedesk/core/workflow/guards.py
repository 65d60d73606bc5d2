"""Guards of the gated transitions: each unmet condition with the action that meets it.

They take a plain `CaseFacts` snapshot, so every guard is tested both ways without a database.
Each rule is said once, in `conditions`: a condition carries its text (in Chinese) and its
`Door`, what a user does to meet it, so the desktop can put that action next to the text, and
`unmet_reasons` (the command line, `GuardFailed`) is only the texts.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from casedesk.core.domain.enums import ChecklistStatus, Stage, TallyOutcome
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
    checklist: dict[str, ChecklistStatus] = field(default_factory=dict)  # by document code
    blocking_disputes: tuple[str, ...] = ()  # "JF-2026-0003 101室异议"
    subsidy_paid: bool = False


class Door(enum.Enum):
    """What meets a condition. Not shown on screen: the desktop maps each to a button."""

    CASE_DETAILS = "case_details"  # the building's own data (number of floors)
    INTAKE_FACTS = "intake_facts"  # state-owned land, expropriation plan, existing elevator
    REPRESENTATIVES = "representatives"  # owner representatives or the implementing body
    CHECKLIST = "checklist"  # a document of the stage; `target` is its checklist code
    TALLY = "tally"  # the saved consent tally
    NOTICE = "notice"  # posting the notice (or waiting for its period to end)
    OBJECTIONS = "objections"  # replying to the written objections
    DISPUTE = "dispute"  # a blocking dispute; `target` is its number
    SUBSIDY = "subsidy"  # the subsidy payment


@dataclass(frozen=True)
class Condition:
    """One unmet condition: its text and what meets it (`target`: checklist code or dispute number)."""

    text: str
    door: Door
    target: str | None = None


def conditions(facts: CaseFacts) -> list[Condition]:
    """Everything that stops *facts.stage* from moving to the next stage; empty = allowed."""
    out = [
        # The facts carry "number title" (services/workflow.blocking_disputes); a dispute number
        # (pattern JF-{year}-{serial:04d} by default) has no space, so it is the first word.
        Condition(N_("纠纷 {d} 未解决（阻断）").format(d=d), Door.DISPUTE, d.split(" ", 1)[0])
        for d in facts.blocking_disputes
    ]
    out += _GUARDS.get(facts.stage, lambda f: [])(facts)
    for item in CHECKLISTS.get(facts.stage, ()):
        if (
            item.required
            and not ChecklistStatus(facts.checklist.get(item.code, ChecklistStatus.MISSING)).settled
        ):
            out.append(Condition(N_("缺少材料：{t}").format(t=item.title), Door.CHECKLIST, item.code))
    return out


def unmet_reasons(facts: CaseFacts) -> list[str]:
    """The texts of `conditions`: what the command line prints and `GuardFailed` carries."""
    return [c.text for c in conditions(facts)]


def _intake(f: CaseFacts) -> list[Condition]:
    out = []
    if f.floors < 4:
        out.append(
            Condition(N_("层数不足 4 层（{n} 层），不符合增设电梯条件").format(n=f.floors), Door.CASE_DETAILS)
        )
    if f.has_elevator:
        out.append(Condition(N_("该单元已有电梯"), Door.INTAKE_FACTS))
    if f.state_owned_land is not True:
        out.append(Condition(N_("未确认为国有土地上的住宅"), Door.INTAKE_FACTS))
    if f.in_expropriation_plan is not False:
        out.append(Condition(N_("未确认不在征收或城市更新计划内"), Door.INTAKE_FACTS))
    if f.representatives == 0 and not f.implementer:
        out.append(Condition(N_("未登记业主代表或实施主体"), Door.REPRESENTATIVES))
    if f.representatives > 5:
        out.append(
            Condition(
                N_("业主代表不得超过 5 人（现 {n} 人）").format(n=f.representatives), Door.REPRESENTATIVES
            )
        )
    return out


def _consent(f: CaseFacts) -> list[Condition]:
    if f.tally_outcome is TallyOutcome.PASS:
        return []
    if f.tally_outcome is None:
        return [Condition(N_("尚无表决统计"), Door.TALLY)]
    text = N_("表决统计结果为“{r}”：{s}").format(r=f.tally_outcome.label, s=f.tally_summary)
    return [Condition(text, Door.TALLY)]


def _notice(f: CaseFacts) -> list[Condition]:
    out = []
    if f.notice_ends_on is None:
        out.append(Condition(N_("尚未公示"), Door.NOTICE))
    elif f.on <= f.notice_ends_on:
        out.append(Condition(N_("公示期未满，截止 {d}").format(d=f.notice_ends_on), Door.NOTICE))
    if f.open_objections:
        out.append(Condition(N_("尚有 {n} 条异议未处理").format(n=f.open_objections), Door.OBJECTIONS))
    return out


def _subsidy(f: CaseFacts) -> list[Condition]:
    if f.subsidy_paid:
        return []
    return [Condition(N_("补贴尚未拨付（须登记金额、日期和凭证号）"), Door.SUBSIDY)]


_GUARDS = {
    Stage.INTAKE: _intake,
    Stage.CONSENT: _consent,
    Stage.NOTICE: _notice,
    Stage.SUBSIDY: _subsidy,
}
