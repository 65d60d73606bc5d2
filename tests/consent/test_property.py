"""The integer engine against an independent exact-fraction formulation on random rosters.

The reference below is written separately from the engine on purpose: it groups persons by
repeatedly merging owner sets (not union-find), compares with fractions.Fraction (not
cross-multiplication) and derives opinions in its own way. Agreement on thousands of rosters,
including co-owners, multi-flat owners, owners without ID, developer flats, abstentions and late
ballots, is evidence that both read the rules the same way.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk.core.consent import (
    RULE_SETS,
    BallotInput,
    FlatInput,
    OwnershipInput,
    PersonInput,
    Policies,
    TallySnapshot,
    tally,
)
from casedesk.core.domain.enums import TallyOutcome, Vote

AS_OF = date(2026, 3, 1)

RULES = {
    # code: (participation, agreement, strict agreement, unanimity)
    "jinan-2021": (Fraction(2, 3), Fraction(3, 4), False, False),
    "civil-code-majority": (Fraction(2, 3), Fraction(1, 2), True, False),
    "laiwu-2019": (None, Fraction(2, 3), False, False),
    "jinan-2017-trial": (None, Fraction(1), False, True),
}


def reference(snapshot: TallySnapshot, code: str, policies: Policies) -> dict:
    flats = {f.flat_id: f for f in snapshot.flats}
    id_of = {
        p.person_id: (p.id_number.strip().upper() if p.id_number and p.id_number.strip() else None)
        for p in snapshot.persons
    }
    owner_keys: dict[int, set] = {fid: set() for fid in flats}
    for o in snapshot.ownerships:
        if o.flat_id in flats:
            number = id_of[o.person_id]
            owner_keys[o.flat_id].add(("id", number) if number else ("row", o.person_id))
    groups = []  # list of (set of flat ids, set of keys)
    for fid, f in flats.items():
        keys = {("developer",)} if f.developer_unsold else set(owner_keys[fid])
        merged_flats, merged_keys = {fid}, set(keys)
        keep = []
        for g_flats, g_keys in groups:
            if g_keys & merged_keys:
                merged_flats |= g_flats
                merged_keys |= g_keys
            else:
                keep.append((g_flats, g_keys))
        groups = [*keep, (merged_flats, merged_keys)]
    # Merging can make an earlier group overlap a later one: repeat until stable.
    changed = True
    while changed:
        changed = False
        for (i, a), (j, b) in combinations(enumerate(groups), 2):
            if a[1] & b[1]:
                groups[i] = (a[0] | b[0], a[1] | b[1])
                del groups[j]
                changed = True
                break

    owners_of = {fid: set() for fid in flats}
    for o in snapshot.ownerships:
        if o.flat_id in flats:
            owners_of[o.flat_id].add(o.person_id)
    votes: dict[int, set[str]] = {fid: set() for fid in flats}
    for b in snapshot.ballots:
        if b.person_id not in owners_of[b.flat_id] and not flats[b.flat_id].developer_unsold:
            continue
        if policies.exclude_late_ballots and b.signed_on and b.signed_on > AS_OF:
            continue
        votes[b.flat_id].add(b.vote.value)

    def flat_view(fid):
        v = votes[fid]
        if not v:
            return None
        if len(v) == 1:
            return next(iter(v))
        return "?" if policies.co_owner_split_unresolved else "split"

    def takes_part(view):
        return view in ("agree", "disagree", "split") or (
            view == "abstain" and policies.abstain_counts_as_participation
        )

    area_tot = Fraction(0)
    a_p = a_y = Fraction(0)
    n_tot = n_p = n_y = 0
    unresolved = False
    for g_flats, _ in groups:
        views = {flat_view(fid) for fid in g_flats} - {None}
        n_tot += 1
        area_tot += sum(Fraction(flats[f].area_centi, 100) for f in g_flats)
        if "?" in views or (len(views) > 1 and policies.multi_flat_split_unresolved):
            unresolved = True
            continue
        person_view = (next(iter(views)) if len(views) == 1 else "split") if views else None
        if takes_part(person_view):
            n_p += 1
        if person_view == "agree":
            n_y += 1
        for fid in g_flats:
            view = flat_view(fid)
            if takes_part(view):
                a_p += Fraction(flats[fid].area_centi, 100)
            if view == "agree":
                a_y += Fraction(flats[fid].area_centi, 100)

    part, agree, strict, unanimity = RULES[code]

    def at_least(x: Fraction, share: Fraction, of: Fraction, strictly: bool) -> bool:
        if of == 0:
            return False
        return x / of > share if strictly else x / of >= share

    if part is not None:
        ok = (
            at_least(a_p, part, area_tot, False)
            and at_least(Fraction(n_p), part, Fraction(n_tot), False)
            and n_p > 0
            and at_least(a_y, agree, a_p, strict)
            and at_least(Fraction(n_y), agree, Fraction(n_p), strict)
        )
    else:
        ok = at_least(a_y, agree, area_tot, strict) and at_least(
            Fraction(n_y), agree, Fraction(n_tot), strict
        )
        if unanimity:
            ok = ok and a_y == area_tot and n_y == n_tot
    blocked = policies.occupied_exclusive_requires_consent and any(
        f.occupies_exclusive and flat_view(fid) != "agree" for fid, f in flats.items()
    )
    if unresolved:
        result = TallyOutcome.PROVISIONAL
    elif ok and blocked:
        result = TallyOutcome.BLOCKED
    elif ok:
        result = TallyOutcome.PASS
    else:
        result = TallyOutcome.FAIL
    return {
        "result": result,
        "persons_total": n_tot,
        "persons_participating": n_p,
        "persons_agree": n_y,
        "area_total": area_tot,
        "area_participating": a_p,
        "area_agree": a_y,
        "unresolved": unresolved,
    }


@st.composite
def rosters(draw) -> TallySnapshot:
    n_flats = draw(st.integers(0, 14))
    flats = tuple(
        FlatInput(
            i,
            f"{i // 2 + 1}0{i % 2 + 1}",
            i // 2 + 1,
            draw(st.integers(1, 15000)),
            occupies_exclusive=draw(st.booleans()) and draw(st.booleans()) and draw(st.booleans()),
            developer_unsold=draw(st.integers(0, 9)) == 0,
        )
        for i in range(n_flats)
    )
    n_people = draw(st.integers(1, max(1, n_flats + 2)))
    pool = ["A", "B", "C", "D", "E", "F", None]
    persons = tuple(
        PersonInput(p, f"P{p}", draw(st.sampled_from(pool)) if draw(st.booleans()) else f"U{p}")
        for p in range(n_people)
    )
    owns = []
    for f in flats:
        for p in draw(st.sets(st.integers(0, n_people - 1), min_size=0, max_size=3)):
            owns.append(OwnershipInput(f.flat_id, p))
    ballots = []
    for o in owns:
        if draw(st.integers(0, 3)):
            vote = draw(st.sampled_from([Vote.AGREE, Vote.AGREE, Vote.AGREE, Vote.DISAGREE, Vote.ABSTAIN]))
            signed = draw(st.sampled_from([date(2026, 2, 1), date(2026, 3, 1), date(2026, 3, 2), None]))
            ballots.append(BallotInput(o.flat_id, o.person_id, vote, signed))
    return TallySnapshot(flats, persons, tuple(owns), tuple(ballots), open_written_objections=0)


policies_strategy = st.builds(
    Policies, st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans()
)


@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rosters(), st.sampled_from(sorted(RULE_SETS)), policies_strategy)
def test_engine_agrees_with_the_fraction_reference(snapshot, code, policies) -> None:
    result = tally(snapshot, RULE_SETS[code], AS_OF, policies)
    ref = reference(snapshot, code, policies)
    assert result.outcome is ref["result"]
    assert result.persons_total == ref["persons_total"]
    assert Fraction(result.area_total, 100) == ref["area_total"]
    if not ref["unresolved"]:
        assert result.persons_participating == ref["persons_participating"]
        assert result.persons_agree == ref["persons_agree"]
        assert Fraction(result.area_participating, 100) == ref["area_participating"]
        assert Fraction(result.area_agree, 100) == ref["area_agree"]


@settings(max_examples=300, deadline=None)
@given(rosters())
def test_what_it_takes_is_minimal_and_sufficient(snapshot) -> None:
    """Brute force over every set of not-yet-voted persons confirms the answer."""
    rule = RULE_SETS["jinan-2021"]
    policies = Policies()
    result = tally(snapshot, rule, AS_OF, policies)
    if result.outcome is not TallyOutcome.FAIL or result.what_it_takes is None:
        return
    from casedesk.core.consent import engine

    counted = engine.count_case(snapshot, AS_OF, policies)
    people, opinions = counted.people, counted.flat_opinion
    silent = [p for p in people if p.opinion is None]
    if len(silent) > 10:
        return
    best = None
    for k in range(len(silent) + 1):
        for combo in combinations(silent, k):
            if _passes_unblocked(rule, people, opinions, policies, list(combo)):
                best = k
                break
        if best is not None:
            break
    w = result.what_it_takes
    if best is None:
        assert not w.possible
    else:
        assert w.possible and w.persons == best


def _passes_unblocked(rule, people, opinions, policies, chosen) -> bool:
    from casedesk.core.consent import engine

    if not engine._passes_with(rule, people, opinions, policies, chosen):
        return False
    chosen_flats = {f.flat_id for p in chosen for f in p.flats}
    return not any(
        f.occupies_exclusive and opinions[f.flat_id] != "agree" and f.flat_id not in chosen_flats
        for p in people
        for f in p.flats
    )
