"""What a tally says: the totals, each clause with its margin in words, and what would change it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from casedesk.core.domain.enums import TallyOutcome
from casedesk.core.domain.units import format_area


class Clause(NamedTuple):
    """One clause of a rule set applied to a tally's counts. A named tuple, not a frozen
    dataclass: a city's list decides four clauses for each of 5,000 cases, and a frozen
    dataclass's per-field __setattr__ made them a fifth of the count's Python time."""

    name: str  # participation_area, participation_persons, agreement_area, ... (stable codes)
    label: str  # Chinese name of the clause
    met: bool
    margin: str  # "还差 1 人" / "超出 35.20 ㎡" / "恰好达到", in words a clerk understands
    formula: str  # the comparison with the numbers filled in

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "met": self.met,
            "margin": self.margin,
            "formula": self.formula,
        }


@dataclass(frozen=True)
class WhatItTakes:
    possible: bool
    persons: int  # additional agreeing persons needed (0 when passing or impossible)
    rooms: tuple[str, ...]  # the not-yet-voted flats to ask, largest first
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "possible": self.possible,
            "persons": self.persons,
            "rooms": list(self.rooms),
            "text": self.text,
        }


@dataclass(frozen=True)
class TallyResult:
    case_no: str
    rule: str
    rule_version: str
    rule_name: str
    outcome: TallyOutcome
    as_of: date
    policies: dict[str, bool]
    area_total: int
    area_participating: int
    area_agree: int
    area_disagree: int
    area_abstain: int
    persons_total: int
    persons_participating: int
    persons_agree: int
    persons_disagree: int
    persons_abstain: int
    clauses: tuple[Clause, ...]
    unresolved: tuple[str, ...]  # rooms needing verification (需核实)
    blocked_by: tuple[str, ...]  # occupied exclusive parts without agreement
    late_ballots: tuple[str, ...]  # rooms whose ballot was signed after as_of (left out)
    warnings: tuple[str, ...]
    summary: str  # one sentence for the clerk
    what_it_takes: WhatItTakes | None = None
    formula: tuple[str, ...] = field(default=())

    @property
    def passed(self) -> bool:
        return self.outcome is TallyOutcome.PASS

    def to_json(self) -> dict[str, Any]:
        """SPEC §4's tally JSON: areas as strings with exactly two decimals, never floats."""
        return {
            "case": self.case_no,
            "rule": self.rule,
            "rule_version": self.rule_version,
            "result": self.outcome.value,
            "area_total": format_area(self.area_total),
            "area_participating": format_area(self.area_participating),
            "area_agree": format_area(self.area_agree),
            "area_disagree": format_area(self.area_disagree),
            "area_abstain": format_area(self.area_abstain),
            "persons_total": self.persons_total,
            "persons_participating": self.persons_participating,
            "persons_agree": self.persons_agree,
            "persons_disagree": self.persons_disagree,
            "persons_abstain": self.persons_abstain,
            "abstain_counts_as_participation": self.policies.get("abstain_counts_as_participation", True),
            "policies": self.policies,
            "as_of": self.as_of.isoformat(),
            "clauses": [c.to_json() for c in self.clauses],
            "unresolved": list(self.unresolved),
            "blocked_by": list(self.blocked_by),
            "late_ballots": list(self.late_ballots),
            "warnings": list(self.warnings),
            "summary": self.summary,
            "what_it_takes": self.what_it_takes.to_json() if self.what_it_takes else None,
        }
