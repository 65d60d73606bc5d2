"""Counting rules (SPC arts. 8–9), policies and boundaries, one behaviour per test."""

from __future__ import annotations

from datetime import date

import pytest

from casedesk.core.consent import (
    BallotInput,
    FlatInput,
    OwnershipInput,
    PersonInput,
    Policies,
    TallySnapshot,
    choose_rule_set,
    get_rule_set,
    tally,
)
from casedesk.core.consent.rules import Threshold
from casedesk.core.domain.enums import TallyOutcome
from casedesk.core.errors import UserError

from .builders import AS_OF, SIGNED, A, D, X, f1_roster

J21 = get_rule_set("jinan-2021")


def snap(flats, persons, owns, ballots, **kw) -> TallySnapshot:
    return TallySnapshot(tuple(flats), tuple(persons), tuple(owns), tuple(ballots), **kw)


def test_one_person_with_several_flats_counts_once_with_the_areas_summed() -> None:
    flats = [FlatInput(1, "101", 1, 6000), FlatInput(2, "102", 1, 5000), FlatInput(3, "201", 2, 7000)]
    persons = [PersonInput(1, "张三", "370102195001010011"), PersonInput(2, "李四", "370102195001010022")]
    owns = [OwnershipInput(1, 1), OwnershipInput(2, 1), OwnershipInput(3, 2)]
    ballots = [BallotInput(1, 1, A, SIGNED), BallotInput(2, 1, A, SIGNED), BallotInput(3, 2, D, SIGNED)]
    r = tally(snap(flats, persons, owns, ballots), J21, AS_OF)
    assert (r.persons_total, r.persons_agree, r.persons_disagree) == (2, 1, 1)
    assert (r.area_total, r.area_agree) == (18000, 11000)


def test_the_same_id_number_on_two_person_rows_is_one_person() -> None:
    """Rosters repeat an owner on each flat; the 证件号码 decides, not the row."""
    flats = [FlatInput(1, "101", 1, 6000), FlatInput(2, "102", 1, 6000)]
    persons = [PersonInput(1, "张三", "370102195001010011"), PersonInput(2, "张三", "370102195001010011 ")]
    owns = [OwnershipInput(1, 1), OwnershipInput(2, 2)]
    r = tally(snap(flats, persons, owns, []), J21, AS_OF)
    assert r.persons_total == 1


def test_co_owners_count_once_and_their_flat_area_once() -> None:
    flats = [FlatInput(1, "101", 1, 6000), FlatInput(2, "102", 1, 6000)]
    persons = [PersonInput(1, "王一", "A1"), PersonInput(2, "王二", "A2"), PersonInput(3, "赵三", "A3")]
    owns = [OwnershipInput(1, 1), OwnershipInput(1, 2), OwnershipInput(2, 3)]
    ballots = [BallotInput(1, 1, A, SIGNED), BallotInput(1, 2, A, SIGNED)]
    r = tally(snap(flats, persons, owns, ballots), J21, AS_OF)
    assert (r.persons_total, r.persons_agree, r.area_agree, r.area_total) == (2, 1, 6000, 12000)


def test_one_co_owner_signing_speaks_for_the_flat() -> None:
    flats = [FlatInput(1, "101", 1, 6000)]
    persons = [PersonInput(1, "王一", "A1"), PersonInput(2, "王二", "A2")]
    owns = [OwnershipInput(1, 1), OwnershipInput(1, 2)]
    r = tally(snap(flats, persons, owns, [BallotInput(1, 2, A, SIGNED)]), J21, AS_OF)
    assert r.outcome is TallyOutcome.PASS


def test_developer_unsold_flats_count_as_one_person() -> None:
    flats = [FlatInput(i, f"{i}01", i, 6000, developer_unsold=i > 3) for i in range(1, 7)]
    persons = [PersonInput(i, f"业主{i}", f"ID{i}") for i in range(1, 4)] + [PersonInput(9, "开发商", "DEV")]
    owns = [OwnershipInput(i, i) for i in range(1, 4)] + [OwnershipInput(i, 9) for i in range(4, 7)]
    r = tally(snap(flats, persons, owns, []), J21, AS_OF)
    assert r.persons_total == 4
    assert r.area_total == 36000


def test_owners_without_id_number_count_alone_with_a_warning() -> None:
    flats = [FlatInput(1, "101", 1, 6000), FlatInput(2, "102", 1, 6000)]
    persons = [PersonInput(1, "张三", None), PersonInput(2, "张三", None)]
    owns = [OwnershipInput(1, 1), OwnershipInput(2, 2)]
    r = tally(snap(flats, persons, owns, []), J21, AS_OF)
    assert r.persons_total == 2
    assert any("未登记证件号码" in w for w in r.warnings)


def test_sharing_an_owner_is_transitive() -> None:
    """Co-owner B of 101 also owns 102 alone: one person, B is never counted twice."""
    flats = [FlatInput(1, "101", 1, 6000), FlatInput(2, "102", 1, 5000), FlatInput(3, "201", 2, 5000)]
    persons = [PersonInput(1, "甲", "A"), PersonInput(2, "乙", "B"), PersonInput(3, "丙", "C")]
    owns = [OwnershipInput(1, 1), OwnershipInput(1, 2), OwnershipInput(2, 2), OwnershipInput(3, 3)]
    r = tally(snap(flats, persons, owns, []), J21, AS_OF)
    assert r.persons_total == 2


def test_co_owner_split_makes_the_tally_provisional() -> None:
    roster = f1_roster([A] * 12)
    extra = PersonInput(99, "共有人", "ID-CO")
    split = snap(
        roster.flats,
        (*roster.persons, extra),
        (*roster.ownerships, OwnershipInput(1, 99)),
        (*roster.ballots, BallotInput(1, 99, D, SIGNED)),
    )
    r = tally(split, J21, AS_OF)
    assert r.outcome is TallyOutcome.PROVISIONAL
    assert r.unresolved == ("101",)
    assert "待核实" in r.summary
    relaxed = tally(split, J21, AS_OF, Policies(co_owner_split_unresolved=False))
    assert relaxed.outcome is TallyOutcome.PASS  # 11 of 12 agree; the split flat participates only
    assert relaxed.persons_agree == 11 and relaxed.persons_participating == 12


def test_multi_flat_owner_split_makes_the_tally_provisional() -> None:
    flats = [FlatInput(1, "101", 1, 6000), FlatInput(2, "102", 1, 6000), FlatInput(3, "201", 2, 6000)]
    persons = [PersonInput(1, "张三", "A"), PersonInput(2, "李四", "B")]
    owns = [OwnershipInput(1, 1), OwnershipInput(2, 1), OwnershipInput(3, 2)]
    ballots = [BallotInput(1, 1, A, SIGNED), BallotInput(2, 1, D, SIGNED), BallotInput(3, 2, A, SIGNED)]
    r = tally(snap(flats, persons, owns, ballots), J21, AS_OF)
    assert r.outcome is TallyOutcome.PROVISIONAL
    assert r.unresolved == ("101", "102")


def test_late_ballots_are_left_out_but_reported() -> None:
    roster = f1_roster([A] * 12)
    late = [
        BallotInput(b.flat_id, b.person_id, b.vote, date(2026, 3, 2) if b.flat_id <= 4 else SIGNED)
        for b in roster.ballots
    ]
    r = tally(snap(roster.flats, roster.persons, roster.ownerships, late), J21, AS_OF)
    assert r.late_ballots == ("101", "102", "201", "202")
    assert r.persons_participating == 8
    assert r.outcome is TallyOutcome.PASS  # 8/12 = 2/3 participate, all agree
    counted = tally(
        snap(roster.flats, roster.persons, roster.ownerships, late),
        J21,
        AS_OF,
        Policies(exclude_late_ballots=False),
    )
    assert counted.persons_participating == 12 and counted.late_ballots == ()


def test_occupied_exclusive_part_blocks_a_passing_vote() -> None:
    roster = f1_roster([D] + [A] * 11, **{"101": {"occupies_exclusive": True}})
    r = tally(roster, J21, AS_OF)
    assert r.outcome is TallyOutcome.BLOCKED
    assert r.blocked_by == ("101",)
    assert all(c.met for c in r.clauses)
    off = tally(roster, J21, AS_OF, Policies(occupied_exclusive_requires_consent=False))
    assert off.outcome is TallyOutcome.PASS


def test_boundary_one_hundredth_of_a_square_metre() -> None:
    def run(agree_area: int, other: int) -> TallyOutcome:
        roster = f1_roster([A, D], [agree_area, other])
        return tally(roster, get_rule_set("civil-code-majority"), AS_OF).outcome

    # civil-code-majority needs strictly more than half of participating area and heads;
    # with 2 persons, 1 agreeing is exactly half: never passes on heads.
    assert run(6001, 6000) is TallyOutcome.FAIL
    big_dissenter = f1_roster([A, A, A, D], [3000, 3000, 3000, 9000])  # heads 3/4, area only 1/2
    r = tally(big_dissenter, J21, AS_OF)
    assert r.area_agree * 2 == r.area_participating and r.outcome is TallyOutcome.FAIL
    exact = f1_roster([A, A, A, D], [3000, 3000, 3000, 3000])  # 9000 of 12000 = exactly 3/4
    assert tally(exact, J21, AS_OF).outcome is TallyOutcome.PASS
    short = f1_roster([A, A, A, D], [3000, 3000, 2999, 3001])  # 8999 of 12000: 0.01 m² short
    r = tally(short, J21, AS_OF)
    assert r.outcome is TallyOutcome.FAIL
    assert next(c for c in r.clauses if c.name == "agreement_area").margin == "还差 0.01 ㎡"
    over = f1_roster([A, A, A, D], [3000, 3000, 3001, 2999])
    r = tally(over, J21, AS_OF)
    assert r.outcome is TallyOutcome.PASS
    assert next(c for c in r.clauses if c.name == "agreement_area").margin == "超出 0.01 ㎡"


def test_participation_exactly_two_thirds_and_one_short_by_area() -> None:
    ok = f1_roster([A, A, None], [4000, 4000, 4000])  # 8000 × 3 = 24000 ≥ 12000 × 2
    assert tally(ok, J21, AS_OF).outcome is TallyOutcome.PASS
    short = f1_roster([A, A, None], [4000, 3999, 4001])
    r = tally(short, J21, AS_OF)
    assert next(c for c in r.clauses if c.name == "participation_area").margin == "还差 0.01 ㎡"


def test_zero_flats_fails_with_a_warning() -> None:
    r = tally(TallySnapshot((), (), ()), J21, AS_OF)
    assert r.outcome is TallyOutcome.FAIL
    assert r.persons_total == 0 and r.warnings


def test_majority_rule_is_strict() -> None:
    rule = get_rule_set("civil-code-majority")
    assert tally(f1_roster([A, A, D, D]), rule, AS_OF).outcome is TallyOutcome.FAIL
    assert tally(f1_roster([A, A, A, D]), rule, AS_OF).outcome is TallyOutcome.PASS


def test_2017_trial_needs_everyone() -> None:
    rule = get_rule_set("jinan-2017-trial")
    assert tally(f1_roster([A] * 12), rule, AS_OF).outcome is TallyOutcome.PASS
    r = tally(f1_roster([A] * 11 + [X]), rule, AS_OF)
    assert r.outcome is TallyOutcome.FAIL
    assert r.what_it_takes is not None and not r.what_it_takes.possible


def test_what_it_takes_names_the_largest_unvoted_flats() -> None:
    areas = [6000] * 6 + [9000, 5000, 8000, 5000, 5000, 5000]
    roster = f1_roster([A] * 6 + [None] * 6, areas)
    r = tally(roster, J21, AS_OF)
    assert r.outcome is TallyOutcome.FAIL
    w = r.what_it_takes
    assert w is not None and w.possible and w.persons == 2
    assert w.rooms == ("401", "501")  # 90 m² and 80 m² first
    assert "401、501" in w.text


def test_json_has_the_documented_fields_with_string_areas() -> None:
    data = tally(f1_roster([A] * 9 + [D] * 3), J21, AS_OF).to_json()
    for key in (
        "case",
        "rule",
        "result",
        "area_total",
        "area_participating",
        "area_agree",
        "persons_total",
        "persons_participating",
        "persons_agree",
        "abstain_counts_as_participation",
        "as_of",
        "clauses",
        "unresolved",
        "blocked_by",
    ):
        assert key in data
    assert data["area_total"] == "720.00" and data["area_agree"] == "540.00"
    assert data["result"] == "pass" and data["as_of"] == "2026-03-01"
    assert {c["name"] for c in data["clauses"]} == {
        "participation_area",
        "participation_persons",
        "agreement_area",
        "agreement_persons",
    }


def test_rule_set_choice() -> None:
    assert choose_rule_set(date(2022, 5, 1), "历下区").rule.code == "jinan-2021"
    assert choose_rule_set(date(2019, 5, 1), "历下区").rule.code == "jinan-2017-trial"
    assert choose_rule_set(date(2019, 5, 1), "章丘区").rule.code == "jinan-2021"
    assert choose_rule_set(date(2022, 5, 1), "莱芜区").rule.code == "laiwu-2019"
    chosen = choose_rule_set(date(2022, 5, 1), "历下区", "civil-code-majority", "维修资金使用")
    assert chosen.overridden and chosen.rule.code == "civil-code-majority" and "维修资金" in chosen.reason
    with pytest.raises(UserError):
        choose_rule_set(date(2022, 5, 1), "历下区", "civil-code-majority", " ")
    with pytest.raises(UserError):
        get_rule_set("no-such-rule")


@pytest.mark.parametrize(
    ("num", "den", "strict", "part", "whole", "met", "short", "spare"),
    [
        (2, 3, False, 8, 12, True, 0, 0),
        (2, 3, False, 7, 12, False, 1, 0),
        (3, 4, False, 9, 12, True, 0, 0),
        (3, 4, False, 10, 12, True, 0, 1),
        (1, 2, True, 6, 12, False, 1, 0),
        (1, 2, True, 7, 12, True, 0, 0),
        (2, 3, False, 0, 0, True, 0, 0),
    ],
)
def test_threshold_arithmetic(num, den, strict, part, whole, met, short, spare) -> None:
    t = Threshold(num, den, strict)
    assert t.met(part, whole) is met
    assert t.shortfall(part, whole) == short
    assert t.surplus(part, whole) == spare
    assert t.met(part + t.shortfall(part, whole), whole)
