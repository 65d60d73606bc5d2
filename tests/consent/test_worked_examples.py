"""Every worked example of domain.md §g.1a, under the rule sets it names."""

from __future__ import annotations

from casedesk.core.consent import Policies, get_rule_set, tally
from casedesk.core.domain.enums import TallyOutcome

from .builders import AS_OF, A, D, X, f1_roster

J21 = get_rule_set("jinan-2021")


def outcome(snapshot, rule=J21, policies=None):
    return tally(snapshot, rule, AS_OF, policies)


def clause(result, name):
    return next(c for c in result.clauses if c.name == name)


def test_1_all_vote_nine_agree_is_exactly_three_quarters() -> None:
    r = outcome(f1_roster([A] * 9 + [D] * 3))
    assert r.outcome is TallyOutcome.PASS
    assert clause(r, "agreement_area").margin == "恰好达到"
    assert clause(r, "agreement_persons").margin == "恰好达到"


def test_2_all_vote_eight_agree_fails_on_agreement() -> None:
    r = outcome(f1_roster([A] * 8 + [D] * 4))
    assert r.outcome is TallyOutcome.FAIL
    assert clause(r, "participation_area").met and clause(r, "participation_persons").met
    assert not clause(r, "agreement_area").met and not clause(r, "agreement_persons").met
    assert clause(r, "agreement_persons").margin == "还差 1 人"
    assert clause(r, "agreement_area").margin == "还差 60.00 ㎡"


def test_3_eight_vote_six_agree_passes_with_half_of_all_owners() -> None:
    r = outcome(f1_roster([A] * 6 + [D] * 2 + [None] * 4))
    assert r.outcome is TallyOutcome.PASS
    assert (r.persons_participating, r.persons_agree) == (8, 6)
    assert clause(r, "participation_persons").margin == "恰好达到"


def test_4_seven_vote_all_agree_fails_on_participation() -> None:
    r = outcome(f1_roster([A] * 7 + [None] * 5))
    assert r.outcome is TallyOutcome.FAIL
    assert not clause(r, "participation_persons").met
    assert clause(r, "participation_persons").margin == "还差 1 人"
    assert clause(r, "participation_area").margin == "还差 60.00 ㎡"
    assert r.what_it_takes is not None and r.what_it_takes.persons == 1


def test_5_abstentions_count_as_participation_only_under_the_policy() -> None:
    roster = f1_roster([A] * 6 + [X] * 2 + [None] * 4)
    assert outcome(roster).outcome is TallyOutcome.PASS
    strict = outcome(roster, policies=Policies(abstain_counts_as_participation=False))
    assert strict.outcome is TallyOutcome.FAIL
    assert strict.persons_participating == 6
    assert not clause(strict, "participation_persons").met


def test_6_nobody_votes_fails_without_dividing_by_zero() -> None:
    r = outcome(f1_roster([None] * 12))
    assert r.outcome is TallyOutcome.FAIL
    assert not any(c.met for c in r.clauses)
    assert clause(r, "agreement_area").margin == "无人参与表决"


def test_7_heads_pass_but_area_fails() -> None:
    areas = [9000] * 4 + [5000] * 8
    votes = [A, D, D, D] + [A] * 8
    r = outcome(f1_roster(votes, areas))
    assert r.area_total == 76000
    assert r.area_agree == 49000
    assert clause(r, "agreement_persons").met
    assert not clause(r, "agreement_area").met
    assert r.outcome is TallyOutcome.FAIL


def test_8_eight_agree_four_disagree_under_jinan_and_laiwu() -> None:
    roster = f1_roster([A] * 8 + [D] * 4)
    assert outcome(roster).outcome is TallyOutcome.FAIL
    laiwu = get_rule_set("laiwu-2019")
    assert outcome(roster, laiwu).outcome is TallyOutcome.PASS
    with_objections = type(roster)(**{**roster.__dict__, "open_written_objections": 2})
    r = outcome(with_objections, laiwu)
    assert r.outcome is TallyOutcome.FAIL
    assert clause(r, "no_open_objection").margin == "尚有 2 条书面异议未处理"
    assert clause(r, "consent_area").met and clause(r, "consent_persons").met
