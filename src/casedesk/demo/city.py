"""The orchestrator: build *units* cases compound by compound, then write them in one transaction."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from casedesk.core.audit import record_audit
from casedesk.core.db.bulk import insert_rows
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    Agreement,
    Ballot,
    Building,
    Case,
    CaseNumberCounter,
    Community,
    Compound,
    Dispute,
    DisputeCategoryLink,
    DisputeParty,
    DisputeStatusChange,
    District,
    Flat,
    FollowUpVisit,
    MediationMeeting,
    Notice,
    Objection,
    Ownership,
    Person,
    StageEvent,
    Street,
    Subsidy,
    UserAccount,
    UserCommunity,
)
from casedesk.core.domain.enums import Role
from casedesk.core.errors import UserError
from casedesk.core.gc_pause import bulk_operation
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.services.users import create_user
from casedesk.demo import money
from casedesk.demo.ballots import Ballots
from casedesk.demo.cases import Cases
from casedesk.demo.disputes import Disputes
from casedesk.demo.people import People
from casedesk.demo.places import Places
from casedesk.demo.world import TableRows, World

MAX_UNITS = 20_000
BUILDINGS_PER_COMPOUND = (2, 6)
UNITS_PER_BUILDING = (1, 3)
# Parents before children: the order the rows are written in.
TABLES = (
    District,
    Street,
    Community,
    Compound,
    Building,
    Case,
    Flat,
    Person,
    Ownership,
    Ballot,
    StageEvent,
    Notice,
    Objection,
    Dispute,
    DisputeParty,
    DisputeCategoryLink,
    DisputeStatusChange,
    MediationMeeting,
    Agreement,
    FollowUpVisit,
    Subsidy,
)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: Role
    password: str


@dataclass(frozen=True)
class DemoReport:
    cases: int
    flats: int
    persons: int
    ballots: int
    disputes: int
    meetings: int
    first_case: str | None
    community_ids: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "flats": self.flats,
            "persons": self.persons,
            "ballots": self.ballots,
            "disputes": self.disputes,
            "meetings": self.meetings,
            "first_case": self.first_case,
        }


# Command line only: `casedesk demo` fills a training database before anyone signs in; a live
# office's screens must never offer to add a made-up city to its records.
@bulk_operation
def generate_demo(
    session_factory: SessionFactory,
    actor: Actor,
    *,
    units: int,
    seed: int,
    today: date,
    accounts: Sequence[DemoAccount] = (),
) -> DemoReport:
    """Add *units* demo cases (one per 单元) with flats, owners, ballots, events and disputes.

    *accounts* that do not exist yet are created in the same transaction (all or nothing); the
    demo accounts are given the first new communities and the demo mediator the disputes.
    """
    actor.require(Role.ADMIN)
    if not 1 <= units <= MAX_UNITS:
        raise UserError(N_("单元数应在 1 到 {max} 之间").format(max=MAX_UNITS))
    with session_factory.begin() as s:
        existing = set(s.scalars(select(UserAccount.username)))
        users = [
            create_user(s, actor, a.username, a.display_name, a.role, a.password)
            for a in accounts
            if a.username not in existing
        ]
        world = World(s, random.Random(seed), today, TableRows(s, TABLES))
        world.mediator_id = s.scalar(
            select(UserAccount.id).where(UserAccount.role == Role.MEDIATOR.value).order_by(UserAccount.id)
        )
        report = _build_city(world, units)
        # Every demo account holds the first new communities, so each role's screens show data
        # the moment one logs in (the mediator's queue also lists every dispute given to them).
        for user in users:
            for community_id in report.community_ids[:3]:
                s.add(UserCommunity(user_id=user.id, community_id=community_id))
        record_audit(
            s,
            actor,
            "demo.generate",
            "database",
            None,
            summary=N_("生成演示数据：{n} 个单元（种子 {seed}）").format(n=units, seed=seed),
            changes=report.to_json(),
        )
        return report


def _build_city(world: World, units: int) -> DemoReport:
    places = Places(world)
    people = People(world)
    cases = Cases(world, people)
    ballots = Ballots(world, people)
    disputes = Disputes(world, people)
    made = 0
    while made < units:
        place = places.new_compound()
        for number in range(1, world.rng.randint(*BUILDINGS_PER_COMPOUND) + 1):
            building_id = places.new_building(place, number)
            for unit in range(1, world.rng.randint(*UNITS_PER_BUILDING) + 1):
                if made == units:
                    break
                case = cases.new_case(place, building_id, str(unit))
                ballots.vote(case)
                disputes.for_case(case)
                money.subsidy(world, case)
                made += 1
    world.rows.write(world.session)
    _save_counters(world, {**cases.serials, **{f"dispute:{y}": n for y, n in disputes.serials.items()}})
    money.annual_targets(world, places)
    rows = world.rows
    return DemoReport(
        cases=rows.count(Case),
        flats=rows.count(Flat),
        persons=rows.count(Person),
        ballots=rows.count(Ballot),
        disputes=rows.count(Dispute),
        meetings=rows.count(MediationMeeting),
        first_case=cases.first_case_no,
        community_ids=tuple(places.new_community_ids),
    )


def _save_counters(world: World, serials: dict[str, int]) -> None:
    """The last serial of every number prefix used, so the office's next case or dispute
    continues after the demo's: existing counters updated, new ones inserted together."""
    existing = {c.prefix: c for c in world.session.scalars(select(CaseNumberCounter))}
    new = []
    for prefix, serial in serials.items():
        if prefix in existing:
            existing[prefix].last_serial = serial
        else:
            new.append({"prefix": prefix, "last_serial": serial})
    insert_rows(world.session.connection(), CaseNumberCounter.__table__, new)
