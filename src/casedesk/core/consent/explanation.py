"""A tally explained: everything a clerk, a command line or a tally sheet says about one tally.

The engine's TallyResult holds the figures; this says them, once, as plain data in the core's
Chinese (N_-marked): the figures with their labels, each clause, the rule set by name with its
basis and formula, the policies in words, and the remarks on what was left out or is unsettled
(late ballots, rooms to verify, occupied parts, the engine's warnings). The GUI, the CLI and
the PDF tally sheet render it and add nothing of their own, so none can leave a remark out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casedesk.core.consent.policies import Policies
from casedesk.core.consent.result import TallyResult
from casedesk.core.consent.rules import RULE_SETS
from casedesk.core.domain.enums import TallyOutcome
from casedesk.core.domain.units import format_area
from casedesk.core.i18n import N_

FIGURE_HEADERS = (N_("项目"), N_("面积(㎡)"), N_("人数"))
CLAUSE_HEADERS = (N_("条件"), N_("计算"), N_("结果"), N_("差额"))
MET, NOT_MET = N_("达到"), N_("未达到")
ADVICE_TITLE = N_("如何通过")
POLICIES_TITLE = N_("解释规则")
# The rule set by name and why it applies; a renderer fills it with the two in its own language.
RULE_LINE = N_("表决规则：{name}（{why}）")


@dataclass(frozen=True)
class Figure:
    label: str
    area: str  # m² with two decimals, exactly (format_area)
    persons: int


@dataclass(frozen=True)
class ClauseLine:
    label: str  # the clause with its threshold
    formula: str  # the comparison with the figures filled in
    met: bool
    verdict: str  # 达到 / 未达到
    margin: str


@dataclass(frozen=True)
class Remark:
    """Something the tally left out or could not settle, said where it is read first."""

    title: str
    text: str


@dataclass(frozen=True)
class TallyExplanation:
    case_no: str
    outcome: TallyOutcome
    outcome_label: str
    summary: str
    rule_name: str
    rule_version: str
    rule_basis: str
    rule_reason: str  # why this rule set applies
    as_of: date
    formula: tuple[str, ...]
    figures: tuple[Figure, ...]
    clauses: tuple[ClauseLine, ...]
    remarks: tuple[Remark, ...]
    advice: str | None  # what it would take to pass: advice for the clerk, not part of the record
    policies: tuple[str, ...]  # the interpretation policies, one line each

    @property
    def rule_line(self) -> str:
        return RULE_LINE.format(name=self.rule_name, why=self.rule_reason)


def explain(result: TallyResult, rule_reason: str) -> TallyExplanation:
    """The explanation of *result*, whose rule set applies for *rule_reason*."""
    rule = RULE_SETS.get(result.rule)
    r = result
    figures = tuple(
        Figure(label, format_area(area), persons)
        for label, area, persons in (
            (N_("本单元总计"), r.area_total, r.persons_total),
            (N_("参与表决"), r.area_participating, r.persons_participating),
            (N_("同意"), r.area_agree, r.persons_agree),
            (N_("不同意"), r.area_disagree, r.persons_disagree),
            (N_("弃权"), r.area_abstain, r.persons_abstain),
        )
    )
    clauses = tuple(
        ClauseLine(c.label, c.formula, c.met, MET if c.met else NOT_MET, c.margin) for c in r.clauses
    )
    return TallyExplanation(
        case_no=r.case_no,
        outcome=r.outcome,
        outcome_label=r.outcome.label,
        summary=r.summary,
        rule_name=r.rule_name,
        rule_version=r.rule_version,
        rule_basis=rule.basis if rule else "",
        rule_reason=rule_reason,
        as_of=r.as_of,
        formula=r.formula,
        figures=figures,
        clauses=clauses,
        remarks=remarks(r),
        advice=r.what_it_takes.text if r.what_it_takes else None,
        policies=tuple(Policies.from_json(r.policies).describe()),
    )


def remarks(r: TallyResult) -> tuple[Remark, ...]:
    """What the tally left out or could not settle: rooms to verify, occupied parts not agreed,
    ballots signed after the cut-off day, and every warning of the engine."""
    rooms = (
        (N_("需核实"), r.unresolved),
        (N_("占用专有部分未同意"), r.blocked_by),
        (N_("截止日期后签署、未计入"), r.late_ballots),
    )
    found = [Remark(title, "、".join(listed)) for title, listed in rooms if listed]
    found += [Remark(N_("提示"), warning) for warning in r.warnings]
    return tuple(found)
