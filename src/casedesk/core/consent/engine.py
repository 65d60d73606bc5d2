"""The tally: count persons and areas as SPC arts. 8–9 define them, then apply a rule set.

Counting, in the order the law and the policies impose:

1. Areas are per flat (专有部分), from the property register (SPC art. 8), summed.
2. Persons (SPC art. 9): each flat is one person, except that flats sharing an owner (the
   same 证件号码) count as one person together, and all unsold or undelivered developer flats
   count as one person. Co-owners of a flat count once. Sharing is transitive (a co-owner who
   also owns another flat joins both flats into one person), so no 证件号码 is ever counted
   twice. Owners without an ID number cannot be matched across flats and count alone.
3. A flat's opinion comes from its owners' current ballots; co-owners who disagree make the
   flat unresolved. A person's opinion is the common opinion of their flats; different
   opinions on different flats make the person unresolved.
4. Area is credited flat by flat (the flat whose owner signed); heads person by person.

Everything is integer arithmetic on hundredths of m²; thresholds are cross-multiplied.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from casedesk.core.consent.policies import Policies
from casedesk.core.consent.result import Clause, TallyResult, WhatItTakes
from casedesk.core.consent.rules import CLAUSE_WORDS, NO_OPEN_OBJECTION, RuleSet, Threshold
from casedesk.core.consent.snapshot import FlatGroup, FlatInput, PersonInput, TallySnapshot
from casedesk.core.domain.enums import TallyOutcome, Vote
from casedesk.core.domain.idnumber import normalise
from casedesk.core.domain.units import format_area
from casedesk.core.i18n import N_

# A flat or person whose opinion cannot be read without a clerk's verification.
UNRESOLVED = "unresolved"
# With a split policy switched off, a split opinion counts as participating without agreeing.
SPLIT_AS_ABSTAIN = "split"
# The opinions as plain strings: an Enum member's .value is a descriptor call, and the counting
# loops below read them hundreds of thousands of times for a city-wide tally.
AGREE, DISAGREE, ABSTAIN = Vote.AGREE.value, Vote.DISAGREE.value, Vote.ABSTAIN.value
_ALWAYS_PARTICIPATING = frozenset((AGREE, DISAGREE, SPLIT_AS_ABSTAIN))
_ABSTAIN_PARTICIPATING = _ALWAYS_PARTICIPATING | {ABSTAIN}


@dataclass(slots=True)
class _Person:
    """One person in the SPC art. 9 sense: one or more flats."""

    flats: list[FlatInput] = field(default_factory=list)
    opinion: str | None = None  # a Vote value, UNRESOLVED, SPLIT_AS_ABSTAIN, or None (no ballot)

    @property
    def area(self) -> int:
        return sum(f.area_centi for f in self.flats)

    @property
    def rooms(self) -> list[str]:
        return [f.room for f in self.flats]


# The ten figures of a tally by the names TallyResult gives them (area_total ... persons_abstain):
# a plain dict, so that TallyResult is the one place that declares them.
_Counts = dict[str, int]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def tally(
    snapshot: TallySnapshot,
    rule: RuleSet,
    as_of: date,
    policies: Policies | None = None,
    *,
    explain: bool = True,
) -> TallyResult:
    """Count the vote of *snapshot* under *rule* with ballots signed up to *as_of*.

    explain=False skips the "what it would take" search (the only part that is not linear);
    counts and clauses are the same either way."""
    policies = policies or Policies()
    c = count_case(snapshot, as_of, policies)
    clauses = _clauses(rule, c.counts, snapshot.open_written_objections)
    outcome = _outcome(clauses, bool(c.unresolved), bool(c.blocked))
    what = None
    if explain and (outcome is TallyOutcome.FAIL or outcome is TallyOutcome.BLOCKED):
        what = _what_it_takes(rule, c.people, c.flat_opinion, policies, snapshot.open_written_objections)
    counts = c.counts
    return TallyResult(
        case_no=snapshot.case_no,
        rule=rule.code,
        rule_version=rule.version,
        rule_name=rule.name,
        outcome=outcome,
        as_of=as_of,
        policies=policies.to_json(),
        **counts,
        clauses=tuple(clauses),
        unresolved=tuple(sorted(set(c.unresolved), key=_room_key)),
        blocked_by=tuple(sorted(c.blocked, key=_room_key)),
        late_ballots=tuple(sorted(set(c.late), key=_room_key)),
        warnings=tuple(c.warnings),
        summary=_summary(outcome, clauses, c.unresolved, c.blocked, rule),
        what_it_takes=what,
        formula=tuple(rule.formula),
    )


def _outcome(clauses: list[Clause], unresolved: bool, blocked: bool) -> TallyOutcome:
    all_met = all(c.met for c in clauses)
    if unresolved:
        return TallyOutcome.PROVISIONAL
    if all_met and blocked:
        return TallyOutcome.BLOCKED
    return TallyOutcome.PASS if all_met else TallyOutcome.FAIL


class OutcomeLine(NamedTuple):
    """A tally's outcome and heads, without the explanation: one line of a many-case list."""

    outcome: TallyOutcome
    persons_agree: int
    persons_total: int


def tally_outcome(snapshot: TallySnapshot, rule: RuleSet, as_of: date, policies: Policies) -> OutcomeLine:
    """What `tally` decides, without its words: the same counting (count_case) and the same
    clauses, for lists of many cases (a city's 5,000) that show the outcome only."""
    c = count_case(snapshot, as_of, policies)
    clauses = _clauses(rule, c.counts, snapshot.open_written_objections, texts=False)
    outcome = _outcome(clauses, bool(c.unresolved), bool(c.blocked))
    return OutcomeLine(outcome, c.counts["persons_agree"], c.counts["persons_total"])


# --- counting ------------------------------------------------------------------------------------


class Counted(NamedTuple):
    """What SPC arts. 8-9 and the policies make of a case's rolls and ballots, before any rule
    set is applied: the persons, each flat's opinion and the totals."""

    people: list[_Person]
    flat_opinion: dict[int, str | None]
    counts: _Counts
    unresolved: list[str]  # rooms of persons whose opinion needs verifying
    blocked: list[str]  # occupied exclusive parts without agreement
    late: list[str]  # rooms with a ballot signed after the cut-off day (left out)
    warnings: list[str]


def count_case(snapshot: TallySnapshot, as_of: date, policies: Policies) -> Counted:
    """The one place where persons are merged (SPC art. 9), co-owners' and one owner's flats'
    opinions combined, and heads and areas summed."""
    warnings: list[str] = []
    flats = {f.flat_id: f for f in snapshot.flats}
    persons = {p.person_id: p for p in snapshot.persons}
    owners: dict[int, list[int]] = {flat_id: [] for flat_id in flats}
    for o in snapshot.ownerships:
        found = owners.get(o.flat_id)
        if found is not None and o.person_id in persons and o.person_id not in found:
            found.append(o.person_id)

    people = _group_persons(snapshot, owners, persons, warnings)
    flat_opinion, late = _flat_opinions(snapshot, flats, owners, as_of, policies, warnings)
    unresolved: list[str] = []
    for person in people:
        person.opinion = _person_opinion(person, flat_opinion, policies)
        if person.opinion == UNRESOLVED:
            unresolved += person.rooms
    if not flats:
        warnings.append(N_("本单元没有登记房屋，无法表决"))
    return Counted(
        people,
        flat_opinion,
        _count(people, flat_opinion, policies),
        unresolved,
        _blocking_rooms(people, flat_opinion, policies),
        late,
        warnings,
    )


def _group_persons(snapshot, owners, persons, warnings) -> list[_Person]:
    """Flats joined into persons (join_flats), keyed by their owners: the same 证件号码, or the
    same person row where none is recorded. Warns of flats nobody owns and owners without a number."""
    warned: set[int] = set()
    keys: dict[int, list[object]] = {}
    for flat in snapshot.flats:
        if flat.developer_unsold:
            continue
        flat_owners = owners[flat.flat_id]
        if not flat_owners:
            warnings.append(N_("{room} 室没有登记业主，按一人计").format(room=flat.room))
        keys[flat.flat_id] = [owner_key(persons[pid]) for pid in flat_owners]
        for pid, key in zip(flat_owners, keys[flat.flat_id], strict=True):
            if key == pid and pid not in warned:  # keyed by the person row: no number on record
                warned.add(pid)
                warnings.append(
                    N_("{name}（{room} 室）未登记证件号码，无法与其他房屋合并，单独计为一人").format(
                        name=persons[pid].name, room=flat.room
                    )
                )
    return join_flats(snapshot.flats, keys)


def owner_key(person: PersonInput) -> object:
    """What makes two ownerships one owner (SPC art. 9): the normalised 证件号码, or the person
    row itself where none is recorded (an int never equals a normalised number, a str)."""
    number = person.id_number
    return normalise(number) if number and number.strip() else person.person_id


def join_flats(flats: Sequence[FlatInput], owner_keys: Mapping[int, Sequence[object]]) -> list[_Person]:
    """Flats joined into persons (SPC art. 9): flats sharing an owner key, transitively (a
    co-owner who also owns another flat joins both), and all developer's unsold flats as one.
    owner_keys: each flat's owners' keys (owner_key); flats not in it have no owner to share."""
    uf = _UnionFind()
    first_flat_of_key: dict[object, int] = {}
    developer_root: int | None = None
    merged = False
    for flat in flats:
        if flat.developer_unsold:
            if developer_root is None:
                developer_root = flat.flat_id
            else:
                uf.union(developer_root, flat.flat_id)
                merged = True
            continue
        for key in owner_keys.get(flat.flat_id, ()):
            first = first_flat_of_key.setdefault(key, flat.flat_id)
            if first != flat.flat_id:
                uf.union(first, flat.flat_id)
                merged = True
    if not merged:  # most cases: every flat is a person of its own
        return [_Person([flat]) for flat in flats]
    groups: dict[int, _Person] = {}
    for flat in flats:
        groups.setdefault(uf.find(flat.flat_id), _Person()).flats.append(flat)
    return list(groups.values())


def _flat_opinions(snapshot, flats, owners, as_of, policies, warnings):
    """Each flat's opinion from its current owners' ballots: one opinion, a split (co-owners who
    disagree, under the co-owner policy), or None."""
    votes: dict[int, set[str]] = {}
    late: list[str] = []
    undated_warned = False
    exclude_late = policies.exclude_late_ballots
    for b in snapshot.ballots:
        flat = flats.get(b.flat_id)
        if flat is None:
            continue
        if b.person_id not in owners[b.flat_id] and not flat.developer_unsold:
            warnings.append(N_("{room} 室有一张非登记业主签署的意见，未计入").format(room=flat.room))
            continue
        signed_on = b.signed_on
        if signed_on is None:
            if not undated_warned:
                undated_warned = True
                warnings.append(N_("有意见表未填写签署日期，已计入，请核实"))
        elif exclude_late and signed_on > as_of:
            late.append(flat.room)
            continue
        votes.setdefault(b.flat_id, set()).add(b.vote.value)
    split = _split_opinion(policies.co_owner_split_unresolved)
    return {flat_id: _common_opinion(votes.get(flat_id), split) for flat_id in flats}, late


def signed_apart(opinions: Collection[str | None]) -> bool:
    """Different opinions where the law wants one: a flat's co-owners, or one owner's flats. The
    tally makes such a flat or person a split (_common_opinion, _person_opinion); the dispute
    triggers (core/disputes/triggers) flag the same split for mediation. *opinions*: a set."""
    return len(opinions) > 1


def _common_opinion(votes: set[str] | None, split: str) -> str | None:
    """A flat's opinion from the votes its owners signed: none, the one they share, or *split*."""
    if not votes:
        return None
    if signed_apart(votes):
        return split
    (vote,) = votes
    return vote


def _signed_opinions(split: str) -> dict[tuple[int, int, int], str | None]:
    """_common_opinion for each set of opinions a flat's ballots may carry, by which were signed
    (agree, disagree, abstain): the fast count reads a flat's ballots as those three facts."""
    return {
        (a, d, ab): _common_opinion({v for v, on in ((AGREE, a), (DISAGREE, d), (ABSTAIN, ab)) if on}, split)
        for a in (0, 1)
        for d in (0, 1)
        for ab in (0, 1)
    }


def _split_opinion(split_is_unresolved: bool) -> str:
    """What different opinions (of co-owners, or of one owner's flats) count as under the policy."""
    return UNRESOLVED if split_is_unresolved else SPLIT_AS_ABSTAIN


_OPINION_OF_SIGNED = {split: _signed_opinions(split) for split in (UNRESOLVED, SPLIT_AS_ABSTAIN)}


def _person_opinion(person: _Person, flat_opinion, policies) -> str | None:
    """A person's opinion is their flats' common opinion; flats that differ split the person."""
    if len(person.flats) == 1:
        return flat_opinion[person.flats[0].flat_id]
    seen = {flat_opinion[f.flat_id] for f in person.flats} - {None}
    if not seen:
        return None
    if UNRESOLVED in seen:
        return UNRESOLVED
    if signed_apart(seen):
        return _split_opinion(policies.multi_flat_split_unresolved)
    return next(iter(seen))


def _participating(policies: Policies) -> frozenset[str]:
    """The opinions that take part in the vote: abstaining only if the policy says so."""
    return _ABSTAIN_PARTICIPATING if policies.abstain_counts_as_participation else _ALWAYS_PARTICIPATING


def _count(people: list[_Person], flat_opinion, policies: Policies) -> _Counts:
    heads: dict[str | None, int] = {}
    areas: dict[str | None, int] = {}
    area_total = _add_people(people, flat_opinion, heads, areas)
    return _counts_from(area_total, len(people), heads, areas, policies)


def _add_people(
    people: list[_Person], flat_opinion, heads: dict[str | None, int], areas: dict[str | None, int]
) -> int:
    """Add *people*'s heads (person by person) and areas (flat by flat) to the sums by opinion;
    returns their whole area. Unresolved persons are left out until verified."""
    area_total = 0
    for person in people:
        area_total += person.area
        if person.opinion == UNRESOLVED:
            continue  # excluded until verified; the result is provisional anyway
        heads[person.opinion] = heads.get(person.opinion, 0) + 1
        for flat in person.flats:  # area is credited flat by flat
            op = flat_opinion[flat.flat_id]
            areas[op] = areas.get(op, 0) + flat.area_centi
    return area_total


def _counts_from(
    area_total: int,
    persons_total: int,
    heads: dict[str | None, int],
    areas: dict[str | None, int],
    policies: Policies,
) -> _Counts:
    """The counts from heads per person opinion and areas per flat opinion (unresolved left out)."""
    participating = _participating(policies)
    return {
        "area_total": area_total,
        "area_participating": sum(a for op, a in areas.items() if op in participating),
        "area_agree": areas.get(AGREE, 0),
        "area_disagree": areas.get(DISAGREE, 0),
        "area_abstain": areas.get(ABSTAIN, 0),
        "persons_total": persons_total,
        "persons_participating": sum(n for op, n in heads.items() if op in participating),
        "persons_agree": heads.get(AGREE, 0),
        "persons_disagree": heads.get(DISAGREE, 0),
        "persons_abstain": heads.get(ABSTAIN, 0),
    }


def _blocking_rooms(people: list[_Person], flat_opinion, policies: Policies) -> list[str]:
    if not policies.occupied_exclusive_requires_consent:
        return []
    return [
        f.room for p in people for f in p.flats if f.occupies_exclusive and flat_opinion[f.flat_id] != AGREE
    ]


# --- the fast count of a city's cases from groups of alike flats ------------------------------------


def tally_outcome_by_flat_groups(
    groups: Iterable[FlatGroup],
    owners_elsewhere: Mapping[int, Sequence[PersonInput]],
    rule: RuleSet,
    policies: Policies,
    open_written_objections: int,
) -> OutcomeLine:
    """What `tally_outcome` decides, for a case given as groups of alike flats.

    A flat that SPC art. 9 cannot join to another (no developer's flat, no owner on record for
    another flat) is a person of its own whose opinion is the flat's: such flats come summed by
    their facts, and heads are flats. A flat that may be joined comes alone (FlatGroup.flat_id),
    with its owners on record elsewhere (*owners_elsewhere*, by flat id): those flats are joined
    into persons by join_flats and counted by _add_people, as count_case does. The opinion, the
    split policy, the blocking rule and the clauses are count_case's functions too. A city's list
    counts its cases from rows the database summed (core/db/snapshots.flat_groups) instead of
    reading every owner and ballot; tests/consent/test_tally_all.py holds both to the same answers.
    """
    split = _split_opinion(policies.co_owner_split_unresolved)
    must_agree = policies.occupied_exclusive_requires_consent
    heads: dict[str | None, int] = {}
    areas: dict[str | None, int] = {}
    persons_total = area_total = 0
    unresolved = blocked = False
    joinable: list[FlatInput] = []
    flat_opinion: dict[int, str | None] = {}
    opinion_of = _OPINION_OF_SIGNED[split]  # False/True facts look up as 0/1: equal, same hash
    for unsold, occupying, agree, disagree, abstain, flats, area, flat_id in groups:
        opinion = opinion_of[agree, disagree, abstain]
        if flat_id is not None:
            joinable.append(FlatInput(flat_id, "", 0, area, bool(occupying), bool(unsold)))
            flat_opinion[flat_id] = opinion
            continue
        persons_total += flats
        area_total += area
        if occupying and must_agree and opinion != AGREE:
            blocked = True
        if opinion == UNRESOLVED:
            unresolved = True
            continue  # excluded until verified, as in _add_people
        heads[opinion] = heads.get(opinion, 0) + flats
        areas[opinion] = areas.get(opinion, 0) + area
    if joinable:
        keys = {f.flat_id: [owner_key(p) for p in owners_elsewhere.get(f.flat_id, ())] for f in joinable}
        people = join_flats(joinable, keys)
        for person in people:
            person.opinion = _person_opinion(person, flat_opinion, policies)
            unresolved = unresolved or person.opinion == UNRESOLVED
        persons_total += len(people)
        area_total += _add_people(people, flat_opinion, heads, areas)
        blocked = blocked or bool(_blocking_rooms(people, flat_opinion, policies))
    counts = _counts_from(area_total, persons_total, heads, areas, policies)
    clauses = _clauses(rule, counts, open_written_objections, texts=False)
    return OutcomeLine(_outcome(clauses, unresolved, blocked), counts["persons_agree"], persons_total)


def ballots_counted_until(as_of: date, policies: Policies) -> date | None:
    """The last signing day a tally as of *as_of* counts: None when late ballots count too."""
    return as_of if policies.exclude_late_ballots else None


# --- clauses ---------------------------------------------------------------------------------------


def _clause(name: str, t: Threshold, part: int, whole: int, area: bool, texts: bool = True) -> Clause:
    """One clause decided by cross-multiplication, with its margin and formula in CLAUSE_WORDS'
    words; areas in hundredths of m², persons in heads."""
    met = whole != 0 and t.met(part, whole)
    words = CLAUSE_WORDS[name]
    if not texts:
        return Clause(name, words.name, met, "", "")
    show = format_area if area else str
    formula = words.figures.format(part=show(part), whole=show(whole), num=t.num, den=t.den, op=t.op)
    if whole == 0:
        return Clause(
            name, words.name, False, N_("没有可计入的面积") if area else N_("没有可计入的人数"), formula
        )
    if met:
        spare = t.surplus(part, whole)
        if not spare:
            margin = N_("恰好达到")
        else:
            margin = (
                N_("超出 {x} ㎡").format(x=format_area(spare)) if area else N_("超出 {n} 人").format(n=spare)
            )
    else:
        short = t.shortfall(part, whole)
        margin = N_("还差 {x} ㎡").format(x=format_area(short)) if area else N_("还差 {n} 人").format(n=short)
    return Clause(name, words.titled.format(threshold=t.text), met, margin, formula)


def _clauses(rule: RuleSet, c: _Counts, open_objections: int, texts: bool = True) -> list[Clause]:
    """The rule's clauses applied to the counts; texts=False decides each clause the same way but
    leaves out the margins and formulas that only a printed or shown tally needs."""
    clauses: list[Clause] = []
    a = rule.agreement
    if rule.participation is not None:
        t = rule.participation
        area = _clause("agreement_area", a, c["area_agree"], c["area_participating"], True, texts)
        heads = _clause("agreement_persons", a, c["persons_agree"], c["persons_participating"], False, texts)
        if c["persons_participating"] == 0:  # nobody voted: nothing was agreed, whatever 0 ≥ 0 says
            area = Clause(area.name, area.label, False, N_("无人参与表决"), area.formula)
            heads = Clause(heads.name, heads.label, False, N_("无人参与表决"), heads.formula)
        clauses += [
            _clause("participation_area", t, c["area_participating"], c["area_total"], True, texts),
            _clause("participation_persons", t, c["persons_participating"], c["persons_total"], False, texts),
            area,
            heads,
        ]
    else:
        clauses += [
            _clause("consent_area", a, c["area_agree"], c["area_total"], True, texts),
            _clause("consent_persons", a, c["persons_agree"], c["persons_total"], False, texts),
        ]
    if rule.no_open_written_objection:
        met = open_objections == 0
        clauses.append(
            Clause("no_open_objection", "", met, "", "")
            if not texts
            else Clause(
                "no_open_objection",
                NO_OPEN_OBJECTION,
                met,
                N_("无") if met else N_("尚有 {n} 条书面异议未处理").format(n=open_objections),
                N_("未处理书面异议 {n} 条").format(n=open_objections),
            )
        )
    return clauses


def _summary(
    outcome: TallyOutcome, clauses: list[Clause], unresolved: list[str], blocked: list[str], rule: RuleSet
) -> str:
    if outcome is TallyOutcome.PASS:
        return N_("表决通过：符合{rule}").format(rule=rule.name)  # the rule in words, never its code
    if outcome is TallyOutcome.PROVISIONAL:
        rooms = "、".join(sorted(set(unresolved), key=_room_key))
        return N_("结果待核实：{rooms} 的意见不一致或需核实，核实前不能确定表决结果").format(rooms=rooms)
    if outcome is TallyOutcome.BLOCKED:
        return N_("表决比例已达到，但电梯占用 {rooms} 室专有部分，须该业主同意").format(
            rooms="、".join(blocked)
        )
    # Each clause by its name without the threshold, and its margin: both N_ texts, so a screen can
    # translate the pieces of "同意面积，还差 3 ㎡".
    missing = [
        N_("{label}，{margin}").format(label=c.label.split("（")[0], margin=c.margin)
        for c in clauses
        if not c.met
    ]
    return N_("表决未通过：{why}").format(why="；".join(missing))


def _room_key(room: str) -> tuple[int, str]:
    digits = "".join(ch for ch in room if ch.isdigit())
    return (int(digits) if digits else 0, room)


# --- what it would take -------------------------------------------------------------------------------


def _what_it_takes(rule, people, flat_opinion, policies, open_objections) -> WhatItTakes:
    """The fewest not-yet-voted persons whose agreement makes the vote pass.

    Adding an agreeing person adds their area to the participating and the agreeing area and one
    head to both. Every clause only gets easier as added area grows (for agreement:
    d*(Y+x) ≥ n*(P+x) ⟺ d*Y + (d-n)*x ≥ n*P with d ≥ n), and the head clauses depend only on how
    many are added; so for k persons the k largest are best, and the first k that passes is the
    minimum. Owners whose exclusive part is occupied must agree in any case and come first.
    """
    candidates = [p for p in people if p.opinion is None]
    forced = [
        p
        for p in candidates
        if policies.occupied_exclusive_requires_consent and any(f.occupies_exclusive for f in p.flats)
    ]
    others = sorted(
        (p for p in candidates if p not in forced), key=lambda p: (-p.area, _room_key(p.rooms[0]))
    )
    blocked_voted = [
        f.room
        for p in people
        if p.opinion is not None
        for f in p.flats
        if f.occupies_exclusive
        and policies.occupied_exclusive_requires_consent
        and flat_opinion[f.flat_id] != Vote.AGREE.value
    ]
    objection_note = ""
    if rule.no_open_written_objection and open_objections:
        objection_note = N_("；另须先处理 {n} 条书面异议").format(n=open_objections)
    if blocked_voted:
        return WhatItTakes(
            False,
            0,
            (),
            N_("{rooms} 室的专有部分被占用且业主未同意，须先取得其同意{note}").format(
                rooms="、".join(blocked_voted), note=objection_note
            ),
        )
    for k in range(len(others) + 1):
        chosen = forced + others[:k]
        if _passes_with(rule, people, flat_opinion, policies, chosen):
            if not chosen:
                return WhatItTakes(
                    bool(objection_note), 0, (), N_("业主表决比例已达到{note}").format(note=objection_note)
                )
            rooms = tuple(r for p in chosen for r in p.rooms)
            return WhatItTakes(
                True,
                len(chosen),
                rooms,
                N_("再有 {n} 位业主同意即可通过，建议优先征询：{rooms}{note}").format(
                    n=len(chosen), rooms="、".join(rooms), note=objection_note
                ),
            )
    return WhatItTakes(
        False,
        0,
        (),
        N_("其余尚未表决的业主全部同意也不能通过，须争取已表态业主改变意见{note}").format(
            note=objection_note
        ),
    )


def _passes_with(rule, people, flat_opinion, policies, chosen: list[_Person]) -> bool:
    added_area = sum(p.area for p in chosen)
    resolved = [p for p in people if p.opinion != UNRESOLVED]
    base = _count(resolved, flat_opinion, policies)
    area_p = base["area_participating"] + added_area
    area_y = base["area_agree"] + added_area
    heads_p = base["persons_participating"] + len(chosen)
    heads_y = base["persons_agree"] + len(chosen)
    if base["area_total"] == 0 or base["persons_total"] == 0:
        return False
    if rule.participation is not None:
        t, a = rule.participation, rule.agreement
        return (
            t.met(area_p, base["area_total"])
            and t.met(heads_p, base["persons_total"])
            and heads_p > 0
            and a.met(area_y, area_p)
            and a.met(heads_y, heads_p)
        )
    a = rule.agreement
    return a.met(area_y, base["area_total"]) and a.met(heads_y, base["persons_total"])
