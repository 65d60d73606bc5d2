"""The consent engine's input read from the database: one loader for one case and for a city.

It reads rows and nothing else: who counts as one person, which ballots count and what a flat's
opinion is are decided in core/consent (engine.count_case), never here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from casedesk.core.consent.snapshot import (
    BallotInput,
    FlatGroup,
    FlatInput,
    OwnershipInput,
    PersonInput,
    TallySnapshot,
)
from casedesk.core.db.bulk import plain_rows
from casedesk.core.db.models import (
    Ballot,
    Case,
    Community,
    District,
    Flat,
    Objection,
    Ownership,
    Person,
    Street,
)
from casedesk.core.db.objections import open_written
from casedesk.core.domain.enums import Vote
from casedesk.core.errors import NotFound
from casedesk.core.i18n import N_


@dataclass(frozen=True)
class CaseTallyInput:
    case_id: int
    case_no: str
    rule_set: str | None  # a supervisor's recorded override, if any
    rule_override_reason: str | None
    snapshot: TallySnapshot


@dataclass(frozen=True)
class CaseFlatGroups:
    """A case as the fast count reads it: its flats in groups of alike facts (FlatGroup)."""

    case_id: int
    case_no: str
    rule_set: str | None
    rule_override_reason: str | None
    vote_date: date | None
    district: str | None
    open_written_objections: int
    groups: tuple[FlatGroup, ...]


@dataclass(frozen=True)
class CityFlatGroups:
    """Every case as groups of flats, and the owners on record for more than one flat by the flat
    they own now: what the engine joins flats by (engine.tally_outcome_by_flat_groups)."""

    cases: list[CaseFlatGroups]
    owners_elsewhere: dict[int, list[PersonInput]]


def flat_groups(
    session: Session, community_ids: Iterable[int] | None = None, *, signed_by: date | None = None
) -> CityFlatGroups:
    """Every case (of the given communities), in case-number order, as groups of flats alike in
    the facts of FlatGroup: the database counts rows, the engine decides what they mean.

    signed_by: ballots signed after this day are not read (engine.ballots_counted_until)."""
    session.flush()  # plain reads do not autoflush: a use case may have just changed a ballot
    connection = session.connection()
    cases = connection.execute(_cases_query(community_ids)).all()
    groups: dict[int, list[FlatGroup]] = defaultdict(list)
    for row in plain_rows(connection, _flat_groups_query(signed_by)):
        groups[row[0]].append(FlatGroup._make(row[1:]))  # the query's columns are FlatGroup's
    owners: dict[int, list[PersonInput]] = defaultdict(list)
    for flat_id, person_id, number in plain_rows(connection, _owners_elsewhere_query()):
        owners[flat_id].append(PersonInput(person_id, "", number))
    objections = _open_written_objections(session)
    return CityFlatGroups(
        [
            CaseFlatGroups(
                case_id,
                case_no,
                rule_set,
                reason,
                vote_date,
                district,
                objections.get(case_id, 0),
                tuple(groups[case_id]),
            )
            for case_id, case_no, rule_set, reason, vote_date, district in cases
        ],
        owners,
    )


def _on_record_twice() -> Select[Any]:
    """Persons on record as owners of more than one flat, now or before: the only owners SPC art. 9
    can join flats by. Counting past ownerships too keeps this on the person index; an owner who
    sold one flat merely sends the other to the engine's joining, which finds nothing to join."""
    return select(Ownership.person_id).group_by(Ownership.person_id).having(func.count() > 1)


def _owners_elsewhere_query() -> Select[Any]:
    """Current ownerships of the persons _on_record_twice: flat, person, 证件号码."""
    query: Any = (
        select(Ownership.flat_id, Person.id, Person.id_number)
        .join(Person, Person.id == Ownership.person_id)
        .where(Ownership.valid_to.is_(None), Ownership.person_id.in_(_on_record_twice()))
    )
    return query


def _flat_groups_query(signed_by: date | None) -> Select[Any]:
    """Per case, flats grouped by: developer's, occupied, and which opinions their current
    ballots carry (an owner's; any for a developer's unsold flat, as
    engine._flat_opinions reads them). A flat with an owner on record elsewhere or a developer's
    flat is a group of its own, with its id: whether it joins others is for the engine to say."""
    counted_ballot = and_(
        Ballot.flat_id == Flat.id,
        or_(Ballot.person_id == Ownership.person_id, Flat.developer_unsold.is_(True)),
        Ballot.is_current.is_(True),
    )
    if signed_by is not None:
        counted_ballot = and_(counted_ballot, or_(Ballot.signed_on.is_(None), Ballot.signed_on <= signed_by))

    def signed(vote: Vote) -> Any:
        return func.max(case((Ballot.vote == vote.value, 1), else_=0))

    per_flat = (
        select(
            Flat.case_id.label("case_id"),
            Flat.id.label("flat_id"),
            Flat.area_centi.label("area"),
            func.max(case((Ownership.person_id.in_(_on_record_twice()), 1), else_=0)).label("elsewhere"),
            case((Flat.developer_unsold, 1), else_=0).label("unsold"),
            case((Flat.occupies_exclusive, 1), else_=0).label("occupying"),
            signed(Vote.AGREE).label("agree"),
            signed(Vote.DISAGREE).label("disagree"),
            signed(Vote.ABSTAIN).label("abstain"),
        )
        .select_from(Flat)
        .outerjoin(Ownership, and_(Ownership.flat_id == Flat.id, Ownership.valid_to.is_(None)))
        .outerjoin(Ballot, counted_ballot)
        .group_by(Flat.id)
        .subquery()
    )
    facts = (
        per_flat.c.unsold,
        per_flat.c.occupying,
        per_flat.c.agree,
        per_flat.c.disagree,
        per_flat.c.abstain,
    )
    joinable = case(
        (or_(per_flat.c.elsewhere == 1, per_flat.c.unsold == 1), per_flat.c.flat_id), else_=None
    ).label("joinable")
    return select(per_flat.c.case_id, *facts, func.count(), func.sum(per_flat.c.area), joinable).group_by(
        per_flat.c.case_id, *facts, joinable
    )


def _cases_query(community_ids: Iterable[int] | None, case_ids: Collection[int] | None = None) -> Select[Any]:
    query: Any = (
        select(Case.id, Case.case_no, Case.rule_set, Case.rule_override_reason, Case.vote_date, District.name)
        .join(Community, Community.id == Case.community_id)
        .join(Street, Street.id == Community.street_id)
        .join(District, District.id == Street.district_id)
        .order_by(Case.case_no)
    )
    if community_ids is not None:
        query = query.where(Case.community_id.in_(sorted(community_ids)))
    if case_ids is not None:
        query = query.where(Case.id.in_(case_ids))
    return query


def _open_written_objections(session: Session) -> dict[int, int]:
    return dict(
        session.execute(
            select(Objection.case_id, func.count(Objection.id))
            .where(open_written())
            .group_by(Objection.case_id)
        ).all()
    )


def load_snapshots(
    session: Session, community_ids: Iterable[int] | None = None, case_ids: Collection[int] | None = None
) -> list[CaseTallyInput]:
    """What the consent engine takes about every case (of the given communities, or with the
    given ids), in case-number order: one case's tally and a city's read the same rows the same way.

    Three plain reads (flats, current owners, current ballots) grouped in Python: a city is
    about 240,000 rows, and SQLAlchemy's row objects were most of the time (bulk.plain_rows)."""
    session.flush()  # plain reads do not autoflush: a use case may have just changed a ballot
    connection = session.connection()
    cases = connection.execute(_cases_query(community_ids, case_ids)).all()
    wanted = {row[0] for row in cases}

    flats_q: Any = select(
        Flat.case_id,
        Flat.id,
        Flat.room,
        Flat.floor,
        Flat.area_centi,
        Flat.occupies_exclusive,
        Flat.developer_unsold,
    ).order_by(Flat.case_id, Flat.floor, Flat.room)
    owners_q: Any = (
        select(Ownership.flat_id, Person.id, Person.name, Person.id_number)
        .join(Person, Person.id == Ownership.person_id)
        .where(Ownership.valid_to.is_(None))
    )
    ballots_q: Any = select(
        Ballot.case_id, Ballot.flat_id, Ballot.person_id, Ballot.vote, Ballot.signed_on
    ).where(Ballot.is_current.is_(True))
    if case_ids is not None:  # a few cases: read only theirs
        flats_q = flats_q.where(Flat.case_id.in_(case_ids))
        owners_q = owners_q.join(Flat, Flat.id == Ownership.flat_id).where(Flat.case_id.in_(case_ids))
        ballots_q = ballots_q.where(Ballot.case_id.in_(case_ids))

    flats: dict[int, list[FlatInput]] = defaultdict(list)
    flat_case: dict[int, int] = {}
    for case_id, fid, room, floor, area, occupies, unsold in plain_rows(connection, flats_q):
        if case_id in wanted:
            flats[case_id].append(FlatInput(fid, room, floor, area, bool(occupies), bool(unsold)))
            flat_case[fid] = case_id

    persons: dict[int, dict[int, PersonInput]] = defaultdict(dict)
    ownerships: dict[int, list[OwnershipInput]] = defaultdict(list)
    for fid, pid, name, number in plain_rows(connection, owners_q):
        case_id = flat_case.get(fid)
        if case_id is not None:
            known = persons[case_id]
            if pid not in known:
                known[pid] = PersonInput(pid, name, number)
            ownerships[case_id].append(OwnershipInput(fid, pid))

    ballots: dict[int, list[BallotInput]] = defaultdict(list)
    votes = {v.value: v for v in Vote}
    days: dict[Any, date | None] = {None: None}  # SQLite returns ISO text; a city has a few hundred days
    for case_id, fid, pid, vote, signed in plain_rows(connection, ballots_q):
        if case_id in wanted:
            day = days.get(signed)
            if day is None and signed is not None:
                day = days[signed] = signed if isinstance(signed, date) else date.fromisoformat(signed)
            ballots[case_id].append(BallotInput(fid, pid, votes[vote], day))

    objections = _open_written_objections(session)

    return [
        CaseTallyInput(
            case_id,
            case_no,
            rule_set,
            reason,
            TallySnapshot(
                flats=tuple(flats[case_id]),
                persons=tuple(persons[case_id].values()),
                ownerships=tuple(ownerships[case_id]),
                ballots=tuple(ballots[case_id]),
                open_written_objections=objections.get(case_id, 0),
                case_no=case_no,
                district=district,
                vote_date=vote_date,
            ),
        )
        for case_id, case_no, rule_set, reason, vote_date, district in cases
    ]


def case_snapshot(session: Session, case_id: int) -> TallySnapshot:
    """Everything the engine needs about one case, as plain data."""
    found = load_snapshots(session, case_ids=[case_id])
    if not found:
        raise NotFound(N_("找不到案件"))
    return found[0].snapshot
