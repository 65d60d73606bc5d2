"""Read queries that return plain data objects. Filtering, sorting and paging happen in SQL, so
the case list stays fast on the city-scale database (anchors.md 4.1 c)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from casedesk.core.db.disputes import open_blocking_dispute
from casedesk.core.db.models import (
    Ballot,
    Building,
    Case,
    CaseRepresentative,
    Community,
    Compound,
    Dispute,
    District,
    Flat,
    Ownership,
    Person,
    StageEvent,
    Street,
    Subsidy,
    Tally,
)
from casedesk.core.domain.enums import SideState, Stage
from casedesk.core.domain.textinput import SEARCH_MAX, escape_like
from casedesk.core.domain.views import (
    SORT_KEYS,
    CaseDetail,
    CaseFilter,
    CaseSummary,
    FlatView,
    OwnerView,
    Page,
    RepresentativeView,
    StageEventView,
)
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_


def _summary_select() -> Select:
    flat_count = select(func.count(Flat.id)).where(Flat.case_id == Case.id).correlate(Case).scalar_subquery()
    return (
        select(
            Case.case_no,
            District.name,
            Street.name,
            Community.name,
            Compound.name,
            Building.number,
            Case.unit_label,
            Case.floors,
            Case.stage,
            Case.side_state,
            Case.opened_on,
            Case.stage_entered_on,
            Case.stage_due_on,
            flat_count.label("flat_count"),
            Case.rule_set,
        )
        .join(Building, Building.id == Case.building_id)
        .join(Compound, Compound.id == Building.compound_id)
        .join(Community, Community.id == Case.community_id)
        .join(Street, Street.id == Community.street_id)
        .join(District, District.id == Street.district_id)
    )


def _row_to_summary(row) -> CaseSummary:
    return CaseSummary(
        case_no=row[0],
        district=row[1],
        street=row[2],
        community=row[3],
        compound=row[4],
        building=row[5],
        unit=row[6],
        floors=row[7],
        stage=Stage(row[8]),
        side_state=SideState(row[9]),
        opened_on=row[10],
        stage_entered_on=row[11],
        stage_due_on=row[12],
        flat_count=row[13],
        rule_set=row[14],
    )


def _apply_filter(stmt: Select, f: CaseFilter) -> Select:
    if f.stages:
        stmt = stmt.where(Case.stage.in_([s.value for s in f.stages]))
    if f.side_states:
        stmt = stmt.where(Case.side_state.in_([s.value for s in f.side_states]))
    if f.community:
        stmt = stmt.where(Community.name == f.community)
    if f.street:
        stmt = stmt.where(Street.name == f.street)
    if f.district:
        stmt = stmt.where(District.name == f.district)
    if f.rule_set:
        stmt = stmt.where(Case.rule_set == f.rule_set)
    if f.community_ids is not None:
        stmt = stmt.where(Case.community_id.in_(sorted(f.community_ids)))
    if f.overdue_on is not None:
        stmt = stmt.where(
            Case.side_state == SideState.ACTIVE.value,
            Case.stage_due_on.is_not(None),
            Case.stage_due_on < f.overdue_on,
        )
    if f.due_between is not None:
        first, last = f.due_between
        stmt = stmt.where(Case.side_state == SideState.ACTIVE.value, Case.stage_due_on.between(first, last))
    if f.blocked:
        blocking = select(Dispute.id).where(open_blocking_dispute(Case.id))
        stmt = stmt.where(or_(Case.side_state == SideState.SUSPENDED.value, exists(blocking)))
    if f.needs_verification:
        later = aliased(Tally)
        latest_provisional = select(Tally.id).where(
            Tally.case_id == Case.id,
            Tally.outcome == "provisional",
            ~exists(select(later.id).where(later.case_id == Tally.case_id, later.id > Tally.id)),
        )
        stmt = stmt.where(Case.stage == Stage.CONSENT.value, exists(latest_provisional))
    if f.started_between is not None:
        stmt = stmt.where(*_within(Case.started_on, f.started_between))
    if f.accepted_between is not None:
        stmt = stmt.where(*_within(Case.accepted_on, f.accepted_between))
    if f.subsidy_paid_between is not None:
        paid = select(Subsidy.id).where(
            Subsidy.case_id == Case.id, *_within(Subsidy.paid_on, f.subsidy_paid_between)
        )
        stmt = stmt.where(exists(paid))
    if f.text and f.text.strip():
        stmt = stmt.where(_text_condition(f.text.strip()))
    return stmt


def _within(column, bounds: tuple[date | None, date]) -> list:
    first, last = bounds
    return [column <= last] + ([column >= first] if first is not None else [])


def _text_condition(text: str):
    if len(text) > SEARCH_MAX:
        # A pasted page of text is never a search; SQLite also refuses LIKE patterns over 50 KB.
        raise UserError(
            N_("搜索内容太长（{n} 字，最多 {limit} 字）。请输入案件编号、地址或姓名的一部分。").format(
                n=len(text), limit=SEARCH_MAX
            )
        )
    # % and _ match themselves: a search for "50%" must not list every case.
    like = f"%{escape_like(text)}%"
    owner_match = (
        select(Ownership.id)
        .join(Flat, Flat.id == Ownership.flat_id)
        .join(Person, Person.id == Ownership.person_id)
        .where(Flat.case_id == Case.id)
    )
    person_conditions = [Person.name == text, Person.name.like(f"{escape_like(text)}%", escape="\\")]
    if text.isdigit() and len(text) >= 7:
        person_conditions.append(Person.phone == text)
    if len(text) == 4:
        person_conditions.append(Person.id_tail == text.upper())
    return or_(
        Case.case_no.like(like, escape="\\"),
        Compound.name.like(like, escape="\\"),
        Community.name.like(like, escape="\\"),
        exists(owner_match.where(or_(*person_conditions))),
    )


def _order(stmt: Select, sort: str, descending: bool) -> Select:
    column = {
        "case_no": Case.case_no,
        "opened_on": Case.opened_on,
        "stage": Case.stage,
        "stage_due_on": Case.stage_due_on,
        "community": Community.name,
        "address": Compound.name,
    }.get(sort, Case.case_no)
    primary = column.desc() if descending else column.asc()
    # A unique tie-breaker keeps pages stable: the same case never shows on two pages.
    return stmt.order_by(primary, Case.id.desc() if descending else Case.id.asc())


def list_cases(
    session: Session,
    case_filter: CaseFilter,
    *,
    sort: str = "case_no",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> Page[CaseSummary]:
    base = _apply_filter(_summary_select(), case_filter)
    count_stmt = _apply_filter(
        select(func.count(Case.id))
        .join(Building, Building.id == Case.building_id)
        .join(Compound, Compound.id == Building.compound_id)
        .join(Community, Community.id == Case.community_id)
        .join(Street, Street.id == Community.street_id)
        .join(District, District.id == Street.district_id),
        case_filter,
    )
    total = session.scalar(count_stmt) or 0
    rows = session.execute(_order(base, sort, descending).offset(offset).limit(limit)).all()
    return Page(tuple(_row_to_summary(r) for r in rows), total, offset, limit)


def case_summary(session: Session, case_id: int) -> CaseSummary | None:
    row = session.execute(_summary_select().where(Case.id == case_id)).first()
    return _row_to_summary(row) if row else None


def case_id_by_number(session: Session, case_no: str) -> int | None:
    return session.scalar(select(Case.id).where(Case.case_no == case_no.strip()))


def case_detail(session: Session, case_id: int) -> CaseDetail:
    case = session.get(Case, case_id)
    assert case is not None
    summary = case_summary(session, case_id)
    assert summary is not None
    owners: dict[int, list[OwnerView]] = defaultdict(list)
    owner_rows = session.execute(
        select(Ownership.flat_id, Person.id, Person.name, Person.id_number, Person.phone)
        .join(Person, Person.id == Ownership.person_id)
        .join(Flat, Flat.id == Ownership.flat_id)
        .where(Flat.case_id == case_id, Ownership.valid_to.is_(None))
        .order_by(Ownership.id)
    ).all()
    for flat_id, pid, name, id_number, phone in owner_rows:
        owners[flat_id].append(OwnerView(pid, name, id_number, phone))
    votes = dict(
        session.execute(
            select(Ballot.flat_id, Ballot.vote)
            .where(Ballot.case_id == case_id, Ballot.is_current.is_(True))
            .order_by(Ballot.id)
        ).all()
    )
    flats = session.scalars(select(Flat).where(Flat.case_id == case_id).order_by(Flat.floor, Flat.room)).all()
    flat_views = tuple(
        FlatView(
            flat_id=f.id,
            room=f.room,
            floor=f.floor,
            area_centi=f.area_centi,
            area_source=f.area_source,
            occupies_exclusive=f.occupies_exclusive,
            developer_unsold=f.developer_unsold,
            owners=tuple(owners.get(f.id, ())),
            vote=votes.get(f.id),
        )
        for f in flats
    )
    events = tuple(
        StageEventView(e.kind, e.from_stage, e.to_stage, e.occurred_on, e.actor_name, e.note)
        for e in session.scalars(
            select(StageEvent)
            .where(StageEvent.case_id == case_id)
            .order_by(StageEvent.occurred_on, StageEvent.id)
        )
    )
    return CaseDetail(
        summary=summary,
        flats=flat_views,
        events=events,
        has_elevator=case.has_elevator,
        state_owned_land=case.state_owned_land,
        in_expropriation_plan=case.in_expropriation_plan,
        version=case.version,
        area_total_centi=sum(f.area_centi for f in flats),
        implementer=case.implementer,
        title_document=case.title_document,
        notes=case.notes,
        representatives=tuple(
            RepresentativeView(r.name, r.phone, r.room)
            for r in session.scalars(
                select(CaseRepresentative)
                .where(CaseRepresentative.case_id == case_id)
                .order_by(CaseRepresentative.id)
            )
        ),
    )


def community_names(session: Session, community_ids: frozenset[int] | None = None) -> list[str]:
    stmt = select(Community.name).order_by(Community.name)
    if community_ids is not None:
        stmt = stmt.where(Community.id.in_(sorted(community_ids)))
    return list(session.scalars(stmt))


__all__ = [
    "SORT_KEYS",
    "CaseFilter",
    "case_detail",
    "case_id_by_number",
    "case_summary",
    "community_names",
    "list_cases",
]
