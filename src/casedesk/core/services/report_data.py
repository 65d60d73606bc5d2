"""Gather the monthly report's figures for a street, a district or the whole city."""

from __future__ import annotations

import statistics
from calendar import monthrange
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import func, select

from casedesk.core.audit import record_audit
from casedesk.core.db.bulk import plain_rows
from casedesk.core.db.dialect import day_number
from casedesk.core.db.disputes import dispute_counts
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
from casedesk.core.reports.monthly import ActiveCase, Headline, MonthCase, MonthlyReport, monthly_report
from casedesk.core.services.actor import Actor
from casedesk.core.settings import load_settings
from casedesk.core.workflow.deadlines import STAGE_MOVE_KINDS, hold_spans
from casedesk.core.workflow.stages import STAGE_LIMIT_DAYS


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

        # A past month is reported as it stood at its end, replayed from the stage events; the
        # month that is running (or a future one) as it stands today.
        as_of = min(last, today)
        settings = load_settings(s)
        states = _states_at(s, cases_query, as_of, settings, live=as_of >= today)
        open_states = (SideState.ACTIVE.value, SideState.SUSPENDED.value)
        by_stage_counts = Counter(st.stage for st in states.values() if st.side in open_states)
        by_stage = [(st.label, by_stage_counts.get(st.value, 0)) for st in Stage]

        # Communities are told apart by their street: 营市街社区 exists in four streets.
        open_by_case = {
            cid for cid, st in states.items() if st.side in open_states and st.stage != Stage.DONE.value
        }
        # Plain rows, as for every per-case read below: a city is 5,000 cases a query.
        community_rows = plain_rows(
            s.connection(),
            cases_query(Street.name, Community.name, Case.id, Case.started_on, Case.accepted_on),
        )
        tallies: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        for street_name, community_name, cid, started_on, accepted_on in community_rows:
            row = tallies[(street_name, community_name)]
            row[0] += cid in open_by_case
            row[1] += bool(started_on and year_start <= _as_date(started_on) <= last)
            row[2] += bool(accepted_on and year_start <= _as_date(accepted_on) <= last)
        by_community = sorted(  # by street and name as Python orders them, whatever the collation
            (street_name, name, a, st_, v) for (street_name, name), (a, st_, v) in tallies.items()
        )

        hold_days = _hold_days(s, cases_query, as_of, states)

        dispute_base = (
            select(func.count(Dispute.id))
            .select_from(Dispute)
            .join(Case, Case.id == Dispute.case_id)
            .join(Community, Community.id == Case.community_id)
            .join(Street, Street.id == Community.street_id)
            .where(*scope_where)
        )
        counted = dispute_counts(s, dispute_base, first=first, last=last, today=today)
        disputes = (counted.opened, counted.resolved, counted.overdue)
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
        places = {
            cid: (no, community, f"{compound}{building}号楼{unit}单元")
            for cid, no, community, compound, building, unit in plain_rows(
                s.connection(),
                cases_query(
                    Case.id,
                    Case.case_no,
                    Community.name,
                    Compound.name,
                    Building.number,
                    Case.unit_label,
                )
                .join(Building, Building.id == Case.building_id)
                .join(Compound, Compound.id == Building.compound_id),
            )
        }
        active = sorted(
            (
                ActiveCase(
                    places[cid][0],
                    places[cid][1],
                    places[cid][2],
                    Stage(st.stage).label
                    if st.side == SideState.ACTIVE.value
                    else f"{SideState(st.side).label}（{Stage(st.stage).label}）",
                    st.entered,
                    st.due,
                    st.overdue(as_of),
                )
                for cid, st in states.items()
                if cid in open_by_case and cid in places
            ),
            key=lambda c: (c.community, c.case_no),
        )
        registered = [
            MonthCase(places[cid][0], places[cid][1], places[cid][2], st.opened, Stage(st.stage).label)
            for cid, st in states.items()
            if cid in places and first <= st.opened <= last
        ]
        completed = [
            MonthCase(places[cid][0], places[cid][1], places[cid][2], st.done, Stage(st.stage).label)
            for cid, st in states.items()
            if cid in places and st.done is not None and first <= st.done <= last
        ]
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
            registered=sorted(registered, key=lambda c: (c.on, c.case_no)),
            completed=sorted(completed, key=lambda c: (c.on, c.case_no)),
            as_of=as_of,
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


def _hold_days(s, cases_query, as_of: date, states: dict[int, _State]) -> list[tuple[str, float, int]]:
    """Median days of each stage hold finished by *as_of*, and the cases over their limit then.

    The holds are the workflow's (deadlines.hold_spans), over each case's events in date order.
    The city's 30,000 events come straight off an index with each date as a day number, so the
    rule runs over plain integers: no dates parsed, no row objects (a LEAD window over them cost
    the database twice as much)."""
    events = (
        cases_query(StageEvent.case_id, StageEvent.to_stage, day_number(StageEvent.occurred_on))
        .join(StageEvent, StageEvent.case_id == Case.id)
        .where(StageEvent.kind.in_(STAGE_MOVE_KINDS), StageEvent.occurred_on <= as_of)
        .order_by(StageEvent.case_id, StageEvent.occurred_on, StageEvent.id)
    )
    days: dict[str, list[int]] = defaultdict(list)
    # (case, stage, day number): the days come as numbers
    moves = cast(list[tuple[int, str | None, int]], list(plain_rows(s.connection(), events)))
    for _case, stage, entered, left in hold_spans(moves):
        if left is not None:  # a hold still running on *as_of* has no length yet
            days[stage].append(left - entered)
    overdue = Counter(st.stage for st in states.values() if st.overdue(as_of))
    return [
        (
            st.label,
            float(statistics.median(days[st.value])) if days[st.value] else 0.0,
            overdue.get(st.value, 0),
        )
        for st in Stage
        if st in STAGE_LIMIT_DAYS
    ]


@dataclass
class _State:
    """A case as it stood on a day, replayed from its stage events."""

    stage: str
    side: str
    entered: date
    opened: date
    due: date | None = None
    done: date | None = None  # the day it reached 办结

    def overdue(self, day: date) -> bool:
        """Past its stage's limit on *day* (a suspended case's clock is stopped)."""
        return self.side == SideState.ACTIVE.value and self.due is not None and self.due < day


# Side moves by event kind: the workflow's verbs and the demo data's state names alike.
_SIDE_BY_KIND = {
    "suspend": SideState.SUSPENDED.value,
    "suspended": SideState.SUSPENDED.value,
    "resume": SideState.ACTIVE.value,
    "reopen": SideState.ACTIVE.value,
    "withdraw": SideState.WITHDRAWN.value,
    "withdrawn": SideState.WITHDRAWN.value,
    "reject": SideState.REJECTED.value,
    "rejected": SideState.REJECTED.value,
}


def _states_at(s, cases_query, as_of: date, settings, *, live: bool) -> dict[int, _State]:
    """Every case of the scope opened by *as_of*, with its stage, side state, stage entry and due
    date on that day. Due dates follow the workflow's rule: the stage's limit from its entry, or
    from the day a suspension ended (time suspended does not count).

    *live*: the day is today, so the cases' own columns are the answer (and the dashboard's
    figures stay those its case lists show); only the day each reached 办结 is read from events.

    The city's 30,000 events come back as plain rows (codes and dates only; SQLite's dates stay
    ISO text, which orders and compares as the dates do) and become dates once a case."""
    moves = (*STAGE_MOVE_KINDS, *_SIDE_BY_KIND)
    where = [StageEvent.occurred_on <= as_of, StageEvent.kind.in_(moves)]
    if live:
        where = [StageEvent.occurred_on <= as_of, StageEvent.to_stage == Stage.DONE.value]
    events = (
        cases_query(StageEvent.case_id, StageEvent.kind, StageEvent.to_stage, StageEvent.occurred_on)
        .join(StageEvent, StageEvent.case_id == Case.id)
        .where(*where)
        .order_by(StageEvent.case_id, StageEvent.occurred_on, StageEvent.id)
    )
    done_code, active = Stage.DONE.value, SideState.ACTIVE.value
    # case id: [stage, side, entered, opened, due counted from, done]
    raw: dict[int, list] = {}
    for case_id, kind, to_stage, on in plain_rows(s.connection(), events):
        st = raw.get(case_id)
        if kind in STAGE_MOVE_KINDS:
            if st is None:
                st = raw[case_id] = [to_stage, active, on, on, on, None]
            else:
                st[0], st[2], st[4] = to_stage, on, on
            if to_stage == done_code:
                st[5] = on
        elif st is not None and kind in _SIDE_BY_KIND:
            st[1] = _SIDE_BY_KIND[kind]
            st[4] = on  # a resumed stage's limit runs again from here; none while suspended
            if kind == "reopen":
                st[5] = None
    if live:
        done = {case_id: _as_date(st[5]) for case_id, st in raw.items() if st[5] is not None}
        return {
            case_id: _State(
                stage, side, _as_date(entered), _as_date(opened), due and _as_date(due), done.get(case_id)
            )
            for case_id, stage, side, entered, due, opened in plain_rows(
                s.connection(),
                cases_query(
                    Case.id,
                    Case.stage,
                    Case.side_state,
                    Case.stage_entered_on,
                    Case.stage_due_on,
                    Case.opened_on,
                ),
            )
        }
    limits = {st.value: settings.stage_limit_days(st.value, STAGE_LIMIT_DAYS.get(st)) for st in Stage}
    states: dict[int, _State] = {}
    for case_id, (stage, side, entered, opened, since, done_on) in raw.items():
        limit = limits.get(stage)
        due = _as_date(since) + timedelta(days=limit) if limit and side == active else None
        states[case_id] = _State(
            stage, side, _as_date(entered), _as_date(opened), due, _as_date(done_on) if done_on else None
        )
    return states


def _as_date(value: date | str) -> date:
    """A date from a plain row: SQLite returns ISO text, PostgreSQL's driver a date."""
    return date.fromisoformat(value) if isinstance(value, str) else value


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
