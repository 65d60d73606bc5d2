"""The many-case tally reads everything in one pass; it must agree with the one-case tally exactly."""

from __future__ import annotations

import json
import random
from datetime import date

from sqlalchemy import delete, select

from casedesk.core.consent import Policies
from casedesk.core.db.models import Ballot, Case, Flat, Ownership, Person
from casedesk.core.db.snapshots import tally_totals
from casedesk.core.domain.enums import TallyOutcome
from casedesk.core.services.consent import run_tally, tally_all
from casedesk.demo import generate_demo
from tests.cli.helpers import NEW_CASE, run
from tests.shared_paths import SAMPLES

TODAY = date(2026, 11, 25)


def test_every_case_matches_its_own_tally(database, actor) -> None:
    generate_demo(database.session_factory, actor, units=40, seed=7, today=TODAY)
    many = tally_all(database.session_factory, actor, as_of=TODAY)
    assert len(many) == 40 and len({r.outcome for r in many}) > 1
    for row in many:
        one = run_tally(database.session_factory, actor, row.case_no, as_of=TODAY)
        assert (row.outcome, row.rule, row.rule_reason) == (
            one.result.outcome,
            one.result.rule,
            one.rule_reason,
        )
        assert (row.persons_agree, row.persons_total) == (one.result.persons_agree, one.result.persons_total)


def test_tallies_command_lists_outcomes(tmp_path, capsys, db_url) -> None:
    db = db_url
    code, out, _ = run(capsys, db, *NEW_CASE, "--json")
    case = json.loads(out)["case"]
    assert run(capsys, db, "roster", "import", case, str(SAMPLES / "roster-sample.csv"))[0] == 0
    code, out, err = run(capsys, db, "tallies", "--as-of", "2026-03-10", "--json")
    assert code == 0, err
    rows = json.loads(out)["cases"]
    assert rows == [
        {
            "case": case,
            "outcome": "pass",
            "rule": "jinan-2021",
            "rule_version": rows[0]["rule_version"],
            "rule_reason": rows[0]["rule_reason"],
            "persons_agree": 7,
            "persons_total": 11,
        }
    ]
    code, out, _ = run(capsys, db, "tallies", "--as-of", "2026-03-10", "--outcome", "未通过")
    assert code == 0 and case not in out.split("共")[0]


def _tangle_rosters(database, seed: int) -> None:
    """Replace the demo's tidy rosters by random ones with everything SPC art. 9 has to merge or
    ignore: co-owners who split, owners of two flats, owners in two cases, developer flats, flats
    without owners, owners without ID numbers, past owners' and strangers' ballots, late ballots."""
    rng = random.Random(seed)
    with database.session_factory.begin() as s:
        case_ids = list(s.scalars(select(Case.id).order_by(Case.id)))
        s.execute(delete(Ballot))
        s.execute(delete(Ownership))
        s.execute(delete(Flat))
        numbered = [Person(name=f"业主{i}", id_number=f"37010219800101{i:04d}") for i in range(700)]
        unnumbered = [Person(name=f"无证{i}", id_number=None) for i in range(60)]
        s.add_all(numbered + unnumbered)
        s.flush()
        # Owners of the plain cases own nothing else anywhere; the others share a pool.
        own_only = iter(rng.sample(numbered[:500] + unnumbered[:30], 530))
        shared = numbered[500:] + unnumbered[30:]
        for n, case_id in enumerate(case_ids):
            plain = n % 3 == 0  # a third with every flat its own person: the database's sums path
            keen = n % 2 == 0  # half the cases vote, and mostly agree, so that some pass or block
            flats = []
            for i in range(rng.randint(0 if n == 1 else 1, 12)):
                flat = Flat(
                    case_id=case_id,
                    room=f"{i // 2 + 1}0{i % 2 + 1}",
                    floor=i // 2 + 1,
                    area_centi=rng.randint(3000, 12000),
                    occupies_exclusive=rng.random() < 0.15,
                    developer_unsold=not plain and rng.random() < 0.1,
                )
                flats.append(flat)
            s.add_all(flats)
            s.flush()
            local = rng.sample(shared, 16)
            for flat in flats:
                if not plain and rng.random() < 0.08:
                    continue  # nobody on record
                how_many = range(rng.choice([1, 1, 2, 3]))
                owners = {
                    next(own_only) if plain else rng.choice(shared if keen else local) for _ in how_many
                }
                household = "agree" if rng.random() < 0.92 else "disagree"
                for person in owners:
                    s.add(Ownership(flat_id=flat.id, person_id=person.id))
                    if rng.random() < (0.95 if keen else 0.7):
                        # In keen cases a household signs as one, and the ground floor often refuses.
                        reluctant = keen and flat.occupies_exclusive and n % 4 == 0
                        vote = "disagree" if reluctant else household if keen else None
                        s.add(_ballot(rng, case_id, flat.id, person.id, vote))
                if rng.random() < 0.15:  # a past owner's or a stranger's ballot: never counted
                    other = next(own_only) if plain else rng.choice(shared)
                    if rng.random() < 0.5:
                        s.add(Ownership(flat_id=flat.id, person_id=other.id, valid_to=date(2025, 1, 1)))
                    s.add(_ballot(rng, case_id, flat.id, other.id, None))
            s.flush()


def _ballot(rng: random.Random, case_id: int, flat_id: int, person_id: int, vote: str | None) -> Ballot:
    """A ballot with *vote*, or a random one signed on a random day (some after the tally's)."""
    return Ballot(
        case_id=case_id,
        flat_id=flat_id,
        person_id=person_id,
        vote=vote or rng.choice(["agree", "agree", "agree", "disagree", "abstain"]),
        signed_on=rng.choice([date(2026, 2, 1), TODAY, None] + ([] if vote else [date(2026, 12, 2)])),
    )


def test_sums_and_engine_agree_on_tangled_rosters(database, actor) -> None:
    generate_demo(database.session_factory, actor, units=60, seed=3, today=TODAY)
    _tangle_rosters(database, seed=11)
    with database.session_factory() as s:
        path = {item.case_no: type(item).__name__ for item in tally_totals(s)}
    assert sum(p == "CaseTotals" for p in path.values()) >= 10
    assert sum(p == "CaseTallyInput" for p in path.values()) >= 10
    combos = [Policies()] + [
        Policies(*(bool(bits >> k & 1) for k in range(5))) for bits in (0b00000, 0b11111, 0b01010, 0b10101)
    ]
    seen = set()
    for policies in combos:
        many = tally_all(database.session_factory, actor, as_of=TODAY, policies=policies)
        for row in many:
            one = run_tally(
                database.session_factory, actor, row.case_no, as_of=TODAY, policies=policies
            ).result
            assert (row.outcome, row.persons_agree, row.persons_total) == (
                one.outcome,
                one.persons_agree,
                one.persons_total,
            ), (row.case_no, policies)
            seen.add((path[row.case_no], row.outcome))
    for kind in ("CaseTotals", "CaseTallyInput"):  # every outcome was met and matched on both paths
        assert {outcome for p, outcome in seen if p == kind} == set(TallyOutcome), kind
