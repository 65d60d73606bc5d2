"""The many-case tally reads everything in one pass; it must agree with the one-case tally exactly."""

from __future__ import annotations

import json
import random
from datetime import date, datetime

from sqlalchemy import delete, select, update

from casedesk.core.consent import (
    Policies,
    ballots_counted_until,
    choose_rule_set,
    tally_outcome,
    tally_outcome_by_flat_groups,
)
from casedesk.core.db.models import Ballot, Case, Flat, Ownership, Person
from casedesk.core.db.snapshots import flat_groups, load_snapshots
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
    path = _paths(database)
    assert sum(p == "plain" for p in path.values()) >= 10
    assert sum(p == "joined" for p in path.values()) >= 10
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
    for kind in ("plain", "joined"):  # every outcome was met and matched on both kinds of case
        assert {outcome for p, outcome in seen if p == kind} == set(TallyOutcome), kind


POLICY_COMBOS = [Policies()] + [
    Policies(*(bool(bits >> k & 1) for k in range(5))) for bits in (0b00000, 0b11111, 0b01010, 0b10101)
]


def _paths(database, policies: Policies | None = None) -> dict[str, str]:
    """How tally_all counts each case: "plain" (every flat a person of its own, summed by the
    database) or "joined" (flats SPC art. 9 may join, handed to the engine one by one); asserting
    on the way that the count equals the case's own tally from its full snapshot."""
    policies = policies or Policies()
    with database.session_factory() as s:
        city = flat_groups(s, signed_by=ballots_counted_until(TODAY, policies))
        full = {item.case_no: item.snapshot for item in load_snapshots(s)}
    path = {}
    for item in city.cases:
        rule = choose_rule_set(item.vote_date or TODAY, item.district).rule
        exact = tally_outcome(full[item.case_no], rule, TODAY, policies)
        fast = tally_outcome_by_flat_groups(
            item.groups, city.owners_elsewhere, rule, policies, item.open_written_objections
        )
        assert fast == exact, (item.case_no, policies)
        path[item.case_no] = "joined" if any(g.flat_id is not None for g in item.groups) else "plain"
    return path


def test_fast_and_exact_counts_agree_on_every_case_of_a_demo_city(database, actor) -> None:
    generate_demo(database.session_factory, actor, units=80, seed=5, today=TODAY)
    for policies in POLICY_COMBOS:
        assert set(_paths(database, policies).values()) == {"plain", "joined"}


# Hand-built hard cases: (room, area in centi-m², owners as (person key, vote, signed on), flags).
LATE = date(2026, 12, 2)
EARLY = date(2026, 2, 1)
HARD_CASES: dict[str, tuple[str, list]] = {
    "plain": ("plain", [("101", 8000, [("p1", "agree", EARLY)]), ("102", 9000, [("p2", "agree", EARLY)])]),
    "one owner of two flats, one mind": (
        "joined",
        [("101", 8000, [("m1", "agree", EARLY)]), ("102", 9000, [("m1", "agree", EARLY)])],
    ),
    "one owner of two flats, two minds": (
        "joined",
        [
            ("101", 8000, [("m2", "agree", EARLY)]),
            ("102", 9000, [("m2", "disagree", EARLY)]),
            ("201", 7000, [("p3", "agree", EARLY)]),
        ],
    ),
    "co-owners voting apart": (
        "plain",
        [
            ("101", 8000, [("c1", "agree", EARLY), ("c2", "disagree", EARLY)]),
            ("102", 9000, [("p4", "agree", EARLY)]),
        ],
    ),
    "co-owners voting together": (
        "plain",
        [
            ("101", 8000, [("c3", "agree", EARLY), ("c4", "agree", EARLY)]),
            ("102", 9000, [("p5", "agree", EARLY)]),
        ],
    ),
    "developer's unsold flats": (
        "joined",
        [
            ("101", 8000, [("dev", "agree", EARLY)], {"developer_unsold": True}),
            ("102", 9000, [("dev", None, None)], {"developer_unsold": True}),
            ("201", 7000, [("p6", "agree", EARLY)]),
        ],
    ),
    "an organisation's three flats": (
        "joined",
        [
            ("101", 8000, [("org", "agree", EARLY)]),
            ("102", 9000, [("org", "agree", EARLY)]),
            ("201", 7000, [("org", "agree", EARLY)]),
            ("202", 7000, [("p7", "disagree", EARLY)]),
        ],
    ),
    "late ballots": (
        "plain",
        [
            ("101", 8000, [("p8", "agree", LATE)]),
            ("102", 9000, [("p9", "agree", EARLY)]),
            ("201", 100, [("p10", "agree", None)]),
        ],
    ),
    "withdrawn ballots": (
        "plain",
        [("101", 8000, [("p11", "withdrawn", EARLY)]), ("102", 9000, [("p12", "agree", EARLY)])],
    ),
    "an occupied flat that refuses": (
        "plain",
        [
            ("101", 8000, [("p13", "disagree", EARLY)], {"occupies_exclusive": True}),
            ("102", 9000, [("p14", "agree", EARLY)]),
            ("201", 9000, [("p15", "agree", EARLY)]),
            ("202", 9000, [("p16", "agree", EARLY)]),
            ("301", 9000, [("p17", "agree", EARLY)]),
        ],
    ),
    "a flat nobody owns, a stranger's ballot": (
        "plain",
        [("101", 8000, [("stranger", "agree", EARLY, False)]), ("102", 9000, [("p18", "agree", EARLY)])],
    ),
    "a developer's flat signed by its agent, not on record": (
        "joined",
        [
            ("101", 8000, [("agent", "agree", EARLY, False)], {"developer_unsold": True}),
            ("102", 9000, [("p19", "disagree", EARLY)]),
        ],
    ),
    "an owner without an ID number on two flats": (
        "joined",
        [("101", 8000, [("nameless", "agree", EARLY)]), ("102", 9000, [("nameless", "disagree", EARLY)])],
    ),
}


def _build_hard_cases(database) -> dict[str, str]:
    """Replace the demo's rosters by HARD_CASES, one per case; returns case number → scenario."""
    with database.session_factory.begin() as s:
        case_rows = list(s.execute(select(Case.id, Case.case_no).order_by(Case.id)))
        s.execute(delete(Ballot))
        s.execute(delete(Ownership))
        s.execute(delete(Flat))
        # The demo's vote dates reach back to 2017: the hard cases are voted under today's rules.
        s.execute(update(Case).values(vote_date=EARLY))
        people: dict[str, Person] = {}

        def person(key: str) -> Person:
            if key not in people:
                number = None if key == "nameless" else f"91370100MA{len(people):08d}"[:18]
                people[key] = Person(name=key, id_number=number, is_organisation=key in ("org", "dev"))
                s.add(people[key])
                s.flush()
            return people[key]

        scenario_of = {}
        for (case_id, case_no), (name, (_path, flats)) in zip(case_rows, HARD_CASES.items(), strict=False):
            scenario_of[case_no] = name
            for floor, (room, area, owners, *flags) in enumerate(flats, start=1):
                flat = Flat(
                    case_id=case_id, room=room, floor=floor, area_centi=area, **(flags[0] if flags else {})
                )
                s.add(flat)
                s.flush()
                for key, vote, signed, *owner in owners:
                    who = person(key)
                    if not owner or owner[0]:
                        s.add(Ownership(flat_id=flat.id, person_id=who.id))
                    if vote == "withdrawn":  # signed, changed, then taken back: nothing current
                        s.add(
                            Ballot(
                                case_id=case_id,
                                flat_id=flat.id,
                                person_id=who.id,
                                vote="agree",
                                signed_on=signed,
                                is_current=False,
                            )
                        )
                        s.add(
                            Ballot(
                                case_id=case_id,
                                flat_id=flat.id,
                                person_id=who.id,
                                vote="disagree",
                                signed_on=signed,
                                is_current=False,
                                withdrawn_at=datetime(2026, 3, 1),
                            )
                        )
                    elif vote is not None:
                        s.add(
                            Ballot(
                                case_id=case_id,
                                flat_id=flat.id,
                                person_id=who.id,
                                vote=vote,
                                signed_on=signed,
                            )
                        )
    return scenario_of


def test_fast_and_exact_counts_agree_on_hand_built_hard_cases(database, actor) -> None:
    generate_demo(database.session_factory, actor, units=len(HARD_CASES), seed=2, today=TODAY)
    scenario_of = _build_hard_cases(database)
    for policies in POLICY_COMBOS:
        path = _paths(database, policies)
        assert {scenario_of[c]: p for c, p in path.items()} == {n: p for n, (p, _f) in HARD_CASES.items()}
        for row in tally_all(database.session_factory, actor, as_of=TODAY, policies=policies):
            one = run_tally(
                database.session_factory, actor, row.case_no, as_of=TODAY, policies=policies
            ).result
            assert (row.outcome, row.persons_agree, row.persons_total) == (
                one.outcome,
                one.persons_agree,
                one.persons_total,
            ), (scenario_of[row.case_no], policies)
    outcome = {scenario_of[r.case_no]: r for r in tally_all(database.session_factory, actor, as_of=TODAY)}
    assert outcome["one owner of two flats, one mind"].persons_total == 1
    assert outcome["one owner of two flats, two minds"].outcome is TallyOutcome.PROVISIONAL
    assert outcome["co-owners voting apart"].outcome is TallyOutcome.PROVISIONAL
    assert outcome["co-owners voting together"].outcome is TallyOutcome.PASS
    assert outcome["developer's unsold flats"].persons_total == 2
    assert (
        outcome["an organisation's three flats"].persons_agree,
        outcome["an organisation's three flats"].persons_total,
    ) == (1, 2)
    assert outcome["late ballots"].persons_agree == 2  # the undated one counts, the late one not
    assert outcome["withdrawn ballots"].persons_agree == 1
    assert outcome["an occupied flat that refuses"].outcome is TallyOutcome.BLOCKED
    assert outcome["a flat nobody owns, a stranger's ballot"].persons_agree == 1
    assert outcome["an owner without an ID number on two flats"].outcome is TallyOutcome.PROVISIONAL
    agent = outcome["a developer's flat signed by its agent, not on record"]
    assert (agent.persons_agree, agent.persons_total) == (1, 2)  # whoever signs for unsold flats counts
