"""Gather the monthly report's figures for a street, a district or the whole city."""

from __future__ import annotations

import statistics
from calendar import monthrange
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, select

from casedesk.core.audit import record_audit
from casedesk.core.db.bulk import plain_rows
from casedesk.core.db.dialect import day_number
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    AnnualTarget,
    Building,
    Case,
    Community,
    Compound,
    Dispute,
    DisputeCategoryLink,
    District,
    StageEvent,
    Street,
    Subsidy,
)
from casedesk.core.domain.enums import DisputeCategory, Role, SideState, Stage
from casedesk.core.errors import UserError
from casedesk.core.gc_pause import bulk_operation
from casedesk.core.i18n import N_
from casedesk.core.reports.monthly import ActiveCase, Headline, MonthlyReport, monthly_report
from casedesk.core.services.actor import Actor
from casedesk.core.settings import load_settings
from casedesk.core.workflow.stages import STAGE_LIMIT_DAYS

OPEN_DISPUTES = ("pending", "in_mediation")


def month_bounds(month: str) -> tuple[date, date]:
    try:
        year, mon = (int(x) for x in month.split("-"))
        return date(year, mon, 1), date(year, mon, monthrange(year, mon)[1])
    except (ValueError, TypeError):
        raise UserError(N_("月份格式应为 YYYY-MM：{m}").format(m=month)) from None


def _shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def build_monthly(
    sf: SessionFactory,
    actor: Actor,
    month: str,
    *,
    street: str | None = None,
    district: str | None = None,
    today: date,
) -> MonthlyReport:
    actor.require(Role.SUPERVISOR)
    first, last = month_bounds(month)
    year_start = date(first.year, 1, 1)
    with sf() as s:
        scope_where: list[Any] = []
        scope = N_("全市")
        if street:
            street_row = s.scalar(select(Street).where(Street.name == street))
            if street_row is None:
                raise UserError(N_("没有这个街道：{s}").format(s=street))
            scope_where.append(Community.street_id == street_row.id)
            scope = street
        elif district:
            district_row = s.scalar(select(District).where(District.name == district))
            if district_row is None:
                raise UserError(N_("没有这个区：{d}").format(d=district))
            scope_where.append(Street.district_id == district_row.id)
            scope = district
        if actor.community_ids is not None:
            scope_where.append(Case.community_id.in_(sorted(actor.community_ids)))

        def cases_query(*columns: Any):
            return (
                select(*columns)
                .select_from(Case)
                .join(Community, Community.id == Case.community_id)
                .join(Street, Street.id == Community.street_id)
                .where(*scope_where)
            )

        def count(column, lo: date | None, hi: date) -> int:
            cond = [column <= hi] + ([column >= lo] if lo else [])
            return s.scalar(cases_query(func.count(Case.id)).where(*cond)) or 0

        started = Headline(
            N_("开工（台）"),
            count(Case.started_on, first, last),
            count(Case.started_on, year_start, last),
            count(Case.started_on, None, last),
        )
        accepted = Headline(
            N_("竣工验收（台）"),
            count(Case.accepted_on, first, last),
            count(Case.accepted_on, year_start, last),
            count(Case.accepted_on, None, last),
        )

        def paid(lo: date | None) -> int:
            q = cases_query(func.coalesce(func.sum(Subsidy.paid_fen), 0)).join(
                Subsidy, Subsidy.case_id == Case.id
            )
            q = q.where(Subsidy.paid_on <= last, *([Subsidy.paid_on >= lo] if lo else []))
            return int(s.scalar(q) or 0)

        subsidy = (paid(first), paid(year_start), paid(None))
        targets = _targets(s, first.year, street, district)

        by_stage_counts = dict(
            s.execute(
                cases_query(Case.stage, func.count(Case.id))
                .where(Case.side_state.in_((SideState.ACTIVE.value, SideState.SUSPENDED.value)))
                .group_by(Case.stage)
            ).all()
        )
        by_stage = [(st.label, by_stage_counts.get(st.value, 0)) for st in Stage]

        # Counted by the database, community by community: the city's 5,000 cases are not read.
        open_now = and_(
            Case.stage != Stage.DONE.value,
            Case.side_state.in_((SideState.ACTIVE.value, SideState.SUSPENDED.value)),
        )
        by_community = sorted(  # by name as Python orders it, whatever the server's collation
            (name, int(open_count), int(started), int(accepted))
            for name, open_count, started, accepted in s.execute(
                cases_query(
                    Community.name,
                    func.sum(case((open_now, 1), else_=0)),
                    func.sum(case((Case.started_on.between(year_start, last), 1), else_=0)),
                    func.sum(case((Case.accepted_on.between(year_start, last), 1), else_=0)),
                ).group_by(Community.name)
            ).all()
        )

        hold_days = _hold_days(s, cases_query, today)

        dispute_base = (
            select(func.count(Dispute.id))
            .select_from(Dispute)
            .join(Case, Case.id == Dispute.case_id)
            .join(Community, Community.id == Case.community_id)
            .join(Street, Street.id == Community.street_id)
            .where(*scope_where)
        )
        disputes = (
            s.scalar(dispute_base.where(Dispute.opened_on.between(first, last))) or 0,
            s.scalar(dispute_base.where(Dispute.closed_on.between(first, last))) or 0,
            s.scalar(dispute_base.where(Dispute.status.in_(OPEN_DISPUTES), Dispute.due_on < today)) or 0,
        )
        category_counts = dict(
            s.execute(
                select(DisputeCategoryLink.code, func.count(DisputeCategoryLink.id))
                .join(Dispute, Dispute.id == DisputeCategoryLink.dispute_id)
                .join(Case, Case.id == Dispute.case_id)
                .join(Community, Community.id == Case.community_id)
                .join(Street, Street.id == Community.street_id)
                .where(*scope_where, Dispute.opened_on.between(year_start, last))
                .group_by(DisputeCategoryLink.code)
            ).all()
        )
        by_category = sorted(
            ((DisputeCategory(c).label, n) for c, n in category_counts.items()), key=lambda x: -x[1]
        )

        monthly = _last_twelve(s, cases_query, first)
        active = [
            ActiveCase(
                no,
                community,
                f"{compound}{building}号楼{unit}单元",
                Stage(stage).label
                if side == SideState.ACTIVE.value
                else f"{SideState(side).label}（{Stage(stage).label}）",
                entered,
                due,
                bool(due and due < today and side == SideState.ACTIVE.value),
            )
            for no, community, compound, building, unit, stage, side, entered, due in s.execute(
                cases_query(
                    Case.case_no,
                    Community.name,
                    Compound.name,
                    Building.number,
                    Case.unit_label,
                    Case.stage,
                    Case.side_state,
                    Case.stage_entered_on,
                    Case.stage_due_on,
                )
                .join(Building, Building.id == Case.building_id)
                .join(Compound, Compound.id == Building.compound_id)
                .where(
                    Case.stage != Stage.DONE.value,
                    Case.side_state.in_((SideState.ACTIVE.value, SideState.SUSPENDED.value)),
                )
                .order_by(Community.name, Case.case_no)
            )
        ]
        settings = load_settings(s)
        return MonthlyReport(
            office=settings.office_name,
            scope=scope,
            month=month,
            printed_on=today,
            started=started,
            accepted=accepted,
            subsidy_paid_fen=subsidy,
            target_starts=targets[0],
            target_acceptances=targets[1],
            by_stage=by_stage,
            by_community=by_community,
            hold_days=hold_days,
            disputes=disputes,
            disputes_by_category=by_category,
            monthly=monthly,
            active_cases=active,
            seal_text=settings.seal_text,
        )


def _targets(s, year: int, street: str | None, district: str | None) -> tuple[int | None, int | None]:
    q = select(func.sum(AnnualTarget.starts_target), func.sum(AnnualTarget.acceptances_target)).where(
        AnnualTarget.year == year
    )
    if street:
        q = q.join(Street, Street.id == AnnualTarget.street_id).where(Street.name == street)
    elif district:
        q = q.join(District, District.id == AnnualTarget.district_id).where(
            District.name == district, AnnualTarget.street_id.is_(None)
        )
    else:
        q = q.where(AnnualTarget.street_id.is_(None))
    starts, acceptances = s.execute(q).one()
    return (int(starts) if starts else None, int(acceptances) if acceptances else None)


def _hold_days(s, cases_query, today: date) -> list[tuple[str, int, int]]:
    """Median days of each finished stage hold, and the cases over their limit now.

    A hold runs from an open/advance event into a stage to the case's next such event (the
    rule of workflow.deadlines.stage_holds). The events come in case and date order, straight
    off an index, with each date as a day number, so pairing each with the next is one pass over
    plain integers: the city's 30,000 events are neither parsed into dates nor replayed case by
    case (a LEAD window over them cost the database twice as much)."""
    events = (
        cases_query(StageEvent.case_id, StageEvent.to_stage, day_number(StageEvent.occurred_on))
        .join(StageEvent, StageEvent.case_id == Case.id)
        .where(StageEvent.kind.in_(("open", "advance")))
        .order_by(StageEvent.case_id, StageEvent.occurred_on, StageEvent.id)
    )
    days: dict[str, list[int]] = defaultdict(list)
    held_case, held_stage, held_from = None, None, 0
    done = Stage.DONE.value  # a finished case is not "held" anywhere
    for case_id, stage, day in plain_rows(s.connection(), events):  # integers and codes only
        if case_id == held_case and held_stage is not None and held_stage != done:
            days[held_stage].append(day - held_from)
        held_case, held_stage, held_from = case_id, stage, day
    overdue = dict(
        s.execute(
            cases_query(Case.stage, func.count(Case.id))
            .where(Case.side_state == SideState.ACTIVE.value, Case.stage_due_on < today)
            .group_by(Case.stage)
        ).all()
    )
    return [
        (st.label, int(statistics.median(days[st.value])) if days[st.value] else 0, overdue.get(st.value, 0))
        for st in Stage
        if st in STAGE_LIMIT_DAYS
    ]


def _last_twelve(s, cases_query, first: date) -> list[tuple[str, int, int]]:
    start_y, start_m = _shift(first.year, first.month, -11)
    window_start = date(start_y, start_m, 1)
    window_end = date(first.year, first.month, monthrange(first.year, first.month)[1])
    starts = Counter(
        d.strftime("%Y-%m")
        for (d,) in s.execute(
            cases_query(Case.started_on).where(Case.started_on.between(window_start, window_end))
        )
    )
    accepts = Counter(
        d.strftime("%Y-%m")
        for (d,) in s.execute(
            cases_query(Case.accepted_on).where(Case.accepted_on.between(window_start, window_end))
        )
    )
    months = []
    for i in range(12):
        y, m = _shift(start_y, start_m, i)
        key = f"{y:04d}-{m:02d}"
        months.append((key, starts.get(key, 0), accepts.get(key, 0)))
    return months


@bulk_operation
def print_monthly(
    sf: SessionFactory,
    actor: Actor,
    month: str,
    out: Path,
    *,
    street: str | None = None,
    district: str | None = None,
    today: date,
) -> Path:
    report = build_monthly(sf, actor, month, street=street, district=district, today=today)
    path = monthly_report(out, report)
    with sf.begin() as s:
        record_audit(
            s,
            actor,
            "report.monthly",
            "report",
            None,
            summary=N_("打印月度报表 {m}（{scope}）").format(m=month, scope=report.scope),
            changes={"file": str(out)},
        )
    return path
