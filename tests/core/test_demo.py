"""The demo generator: deterministic for a seed, realistic, and consistent with the rules."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, inspect, select

from casedesk.core.db.database import open_database
from casedesk.core.db.models import Ballot, Base, Case, Flat, Person
from casedesk.core.domain.enums import Stage, Vote
from casedesk.core.domain.idnumber import is_valid_resident_id, is_valid_uscc
from casedesk.core.services.actor import SYSTEM_ACTOR
from casedesk.demo import generate_demo

TODAY = date(2026, 11, 25)
# Columns that hold the wall-clock time of the run, or per-run secrets, not generated data.
VOLATILE = {"at", "password_hash"}


def _dump(db) -> dict[str, list[tuple]]:
    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if c.name not in VOLATILE]
            rows = conn.execute(select(*cols).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


def _demo(fresh_db_url, name: str, seed: int, units: int = 40):
    db = open_database(fresh_db_url(name))
    generate_demo(db.session_factory, SYSTEM_ACTOR, units=units, seed=seed, today=TODAY)
    return db


def test_same_seed_same_database(fresh_db_url) -> None:
    a, b = _demo(fresh_db_url, "a", 7), _demo(fresh_db_url, "b", 7)
    try:
        dump_a, dump_b = _dump(a), _dump(b)
        assert dump_a["case_file"], "the demo wrote no cases"
        assert dump_a == dump_b
    finally:
        a.dispose()
        b.dispose()


def test_other_seed_other_database(fresh_db_url) -> None:
    a, b = _demo(fresh_db_url, "a", 7), _demo(fresh_db_url, "b", 8)
    try:
        assert _dump(a)["person"] != _dump(b)["person"]
    finally:
        a.dispose()
        b.dispose()


def test_demo_is_realistic(fresh_db_url) -> None:
    db = _demo(fresh_db_url, "r", 3, units=120)
    try:
        with db.session_factory() as s:
            assert s.scalar(select(func.count(Case.id))) == 120
            floors = set(s.scalars(select(Case.floors)))
            assert floors <= {4, 5, 6, 7} and len(floors) > 1
            low, high = s.execute(select(func.min(Flat.area_centi), func.max(Flat.area_centi))).one()
            assert low >= 4500 - 100 and high <= 13000 + 100
            numbers = s.execute(select(Person.id_number, Person.is_organisation)).all()
            residents = [n for n, organisation in numbers if n and not organisation]
            organisations = [n for n, organisation in numbers if n and organisation]
            assert residents and all(is_valid_resident_id(n) for n in residents)
            assert organisations and all(is_valid_uscc(n) for n in organisations)
            assert len(residents + organisations) == len(set(residents + organisations))
            stages = set(s.scalars(select(Case.stage)))
            assert {Stage.CONSENT.value, Stage.DONE.value} <= stages and len(stages) >= 6
            years = {d.year for d in s.scalars(select(Case.opened_on))}
            assert min(years) <= 2019 and max(years) >= 2025
            assert s.scalar(select(func.count(Ballot.id)).where(Ballot.vote == Vote.DISAGREE.value)) > 0
    finally:
        db.dispose()


def test_cases_past_consent_have_a_passing_vote(fresh_db_url) -> None:
    """Cases that went on to the notice had 3/4 of area and heads agreeing (integer check)."""
    db = _demo(fresh_db_url, "p", 5, units=60)
    try:
        with db.session_factory() as s:
            past = s.scalars(select(Case).where(Case.vote_date.is_not(None))).all()
            assert past
            for case in past:
                flats = s.scalars(select(Flat).where(Flat.case_id == case.id)).all()
                agree = set(
                    s.scalars(
                        select(Ballot.flat_id).where(
                            Ballot.case_id == case.id, Ballot.vote == Vote.AGREE.value
                        )
                    )
                )
                total = sum(f.area_centi for f in flats)
                yes = sum(f.area_centi for f in flats if f.id in agree)
                assert 4 * yes >= 3 * total, case.case_no
                assert 4 * len(agree) >= 3 * len(flats), case.case_no
    finally:
        db.dispose()


def test_demo_adds_to_an_existing_database(fresh_db_url) -> None:
    db = _demo(fresh_db_url, "x", 1, units=10)
    try:
        generate_demo(db.session_factory, SYSTEM_ACTOR, units=10, seed=2, today=TODAY)
        with db.session_factory() as s:
            numbers = list(s.scalars(select(Case.case_no)))
        assert len(numbers) == 20 == len(set(numbers))
        assert inspect(db.engine).has_table("case_file")
    finally:
        db.dispose()
