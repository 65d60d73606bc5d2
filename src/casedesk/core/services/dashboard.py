"""The supervisor's dashboard: the monthly report's figures, each with the cases behind it.

The numbers come from build_monthly (the same code that prints the monthly report), and every
figure carries the CaseFilter that lists its cases, so a supervisor can click a number and see
exactly which units it counts. tests/ui/test_dashboard.py proves the two agree on demo data.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from casedesk.core.db.engine import SessionFactory
from casedesk.core.domain.enums import SideState, Stage
from casedesk.core.domain.views import CaseFilter
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import list_cases

if TYPE_CHECKING:  # the report module imports ReportLab; the GUI must not pay for it at start-up
    from casedesk.core.reports.monthly import MonthlyReport


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: int  # a count of cases, or fen when money is True
    behind: CaseFilter
    money: bool = False


@dataclass(frozen=True)
class Dashboard:
    scope: str
    month: str
    report: MonthlyReport
    figures: dict[str, Figure] = field(default_factory=dict)

    def figure(self, key: str) -> Figure:
        return self.figures[key]


PERIODS = (("month", N_("本月")), ("year", N_("本年")), ("total", N_("累计")))


def dashboard(sf: SessionFactory, actor: Actor, *, today: date, street: str | None = None) -> Dashboard:
    from casedesk.core.services.report_data import build_monthly, month_bounds

    month = today.strftime("%Y-%m")
    report = build_monthly(sf, actor, month, street=street, today=today)
    first, last = month_bounds(month)
    starts: dict[str, date | None] = {"month": first, "year": date(first.year, 1, 1), "total": None}
    base = CaseFilter(street=street)
    figures: dict[str, Figure] = {}

    def add(f: Figure) -> None:
        figures[f.key] = f

    for period, label in PERIODS:
        bounds = (starts[period], last)
        add(
            Figure(
                f"started.{period}",
                N_("开工（{p}）").format(p=label),
                getattr(report.started, period),
                _with(base, started_between=bounds),
            )
        )
        add(
            Figure(
                f"accepted.{period}",
                N_("竣工验收（{p}）").format(p=label),
                getattr(report.accepted, period),
                _with(base, accepted_between=bounds),
            )
        )
        paid = report.subsidy_paid_fen[[p for p, _ in PERIODS].index(period)]
        add(
            Figure(
                f"subsidy.{period}",
                N_("补贴拨付（{p}）").format(p=label),
                paid,
                _with(base, subsidy_paid_between=bounds),
                money=True,
            )
        )
    by_stage = dict(report.by_stage)
    for stage in Stage:
        add(
            Figure(
                f"stage.{stage.value}",
                stage.label,
                by_stage.get(stage.label, 0),
                _with(base, stages=(stage,), side_states=(SideState.ACTIVE, SideState.SUSPENDED)),
            )
        )
    overdue_filter = _with(base, overdue_on=today)
    overdue = list_cases(sf, actor, overdue_filter, limit=1).total
    add(Figure("overdue", N_("当前超期"), overdue, overdue_filter))
    return Dashboard(report.scope, month, report, figures)


def _with(base: CaseFilter, **changes: object) -> CaseFilter:
    return replace(base, **changes)  # type: ignore[arg-type]
