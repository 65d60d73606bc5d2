"""The demo city holds every kind of roster and case history the law and the office treat
specially (SPEC §6), so the screens, the tally and the benchmarks meet them on demo data."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from casedesk.core.db.database import open_database
from casedesk.core.db.models import (
    Ballot,
    Case,
    Dispute,
    DisputeStatusChange,
    Flat,
    Objection,
    Ownership,
    Person,
)
from casedesk.core.disputes.rules import can_move
from casedesk.core.domain.enums import DisputeStatus
from casedesk.core.services.actor import SYSTEM_ACTOR
from casedesk.core.settings import load_settings
from casedesk.demo import generate_demo

TODAY = date(2026, 11, 25)
OPEN = (DisputeStatus.PENDING.value, DisputeStatus.IN_MEDIATION.value)


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory):
    from casedesk.core.db.location import sqlite_url

    db = open_database(sqlite_url(tmp_path_factory.mktemp("city") / "city.sqlite3"))
    generate_demo(db.session_factory, SYSTEM_ACTOR, units=200, seed=2, today=TODAY)
    with db.session_factory() as s:
        yield s
    db.dispose()


def test_owners_of_two_or_more_flats(city) -> None:
    holding = (
        select(Ownership.person_id)
        .join(Person, Person.id == Ownership.person_id)
        .where(Ownership.valid_to.is_(None), Person.is_organisation.is_(False))
        .group_by(Ownership.person_id)
        .having(func.count(Ownership.flat_id) >= 2)
    )
    owners = city.scalar(select(func.count()).select_from(holding.subquery()))
    residents = city.scalar(select(func.count(Person.id)).where(Person.is_organisation.is_(False)))
    assert 0.01 * residents <= owners <= 0.10 * residents  # about 5 % of owners, as in a city


def test_co_owners_who_vote_apart(city) -> None:
    other = aliased(Ballot)
    apart = city.scalar(
        select(func.count(Ballot.id))
        .join(
            other,
            and_(
                other.flat_id == Ballot.flat_id,
                other.person_id != Ballot.person_id,
                other.vote != Ballot.vote,
                other.is_current.is_(True),
            ),
        )
        .where(Ballot.is_current.is_(True))
    )
    assert apart > 0


def test_developers_unsold_flats_are_held_by_an_organisation(city) -> None:
    rows = city.execute(
        select(Flat.id, Person.is_organisation)
        .join(Ownership, Ownership.flat_id == Flat.id)
        .join(Person, Person.id == Ownership.person_id)
        .where(Flat.developer_unsold.is_(True))
    ).all()
    assert rows and all(organisation for _flat, organisation in rows)


def test_organisations_own_flats_that_are_not_a_developers(city) -> None:
    held = city.scalar(
        select(func.count(Flat.id))
        .join(Ownership, Ownership.flat_id == Flat.id)
        .join(Person, Person.id == Ownership.person_id)
        .where(Person.is_organisation.is_(True), Flat.developer_unsold.is_(False))
    )
    assert held > 0


def test_late_and_withdrawn_ballots(city) -> None:
    late = city.scalar(
        select(func.count(Ballot.id))
        .join(Case, Case.id == Ballot.case_id)
        .where(Ballot.is_current.is_(True), Ballot.signed_on > Case.vote_date)
    )
    withdrawn = city.scalar(
        select(func.count(Ballot.id)).where(Ballot.is_current.is_(False), Ballot.withdrawn_at.is_not(None))
    )
    assert late > 0 and withdrawn > 0


def test_written_objections_open_and_resolved(city) -> None:
    statuses = set(city.scalars(select(Objection.status).where(Objection.written.is_(True))))
    assert {"open", "resolved"} <= statuses


def test_disputes_close_within_their_limit(city) -> None:
    limit = timedelta(days=load_settings(city).mediation_limit_days)
    disputes = city.scalars(select(Dispute)).all()
    assert len({d.status for d in disputes}) >= 5  # waiting, in mediation and several endings
    for d in disputes:
        if d.status in OPEN:
            assert d.closed_on is None and TODAY - d.opened_on < limit, d.dispute_no
        else:
            assert d.closed_on is not None and d.closed_on <= d.due_on == d.opened_on + limit, d.dispute_no


def test_every_dispute_history_follows_the_rules(city) -> None:
    history: dict[int, list[DisputeStatusChange]] = {}
    for change in city.scalars(select(DisputeStatusChange).order_by(DisputeStatusChange.id)):
        history.setdefault(change.dispute_id, []).append(change)
    for d in city.scalars(select(Dispute)):
        steps = history[d.id]
        assert steps[0].from_status is None and steps[0].to_status == DisputeStatus.PENDING.value
        for before, after in itertools.pairwise(steps):
            assert after.from_status == before.to_status
            assert can_move(DisputeStatus(before.to_status), DisputeStatus(after.to_status))
            assert before.changed_on <= after.changed_on
        assert steps[-1].to_status == d.status, d.dispute_no
