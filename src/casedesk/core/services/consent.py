"""Consent use cases: tally a case from the database, keep tallies, record ballots."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.consent import (
    Policies,
    TallyResult,
    TallySnapshot,
    ballots_counted_until,
    choose_rule_set,
    get_rule_set,
    tally,
    tally_outcome_by_flat_groups,
)
from casedesk.core.consent.rules import RuleChoice
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    Ballot,
    Case,
    Flat,
    Ownership,
    Person,
    Tally,
)
from casedesk.core.db.snapshots import case_snapshot, flat_groups
from casedesk.core.domain.enums import Role, TallyOutcome, Vote, VoteSource
from casedesk.core.domain.textinput import check_date
from casedesk.core.errors import NotFound, UserError
from casedesk.core.gc_pause import bulk_operation
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id
from casedesk.core.services.disputes import raise_flags


@dataclass(frozen=True)
class TallyRun:
    result: TallyResult
    rule_reason: str
    saved_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        data = self.result.to_json()
        data["rule_reason"] = self.rule_reason
        data["saved_id"] = self.saved_id
        return data


def rule_for_case(case: Case, snapshot: TallySnapshot, as_of: date, requested: str | None) -> RuleChoice:
    """An explicit request wins, then a supervisor's recorded override, then date and district."""
    return _rule_choice(
        case.rule_set, case.rule_override_reason, snapshot.vote_date or as_of, snapshot.district, requested
    )


def _rule_choice(
    override: str | None, reason: str | None, vote_day: date, district: str | None, requested: str | None
) -> RuleChoice:
    if requested:
        return RuleChoice(get_rule_set(requested), N_("本次统计指定"), True)
    if override:
        return RuleChoice(get_rule_set(override), reason or N_("案件指定"), True)
    return choose_rule_set(vote_day, district)


def run_tally(
    session_factory: SessionFactory,
    actor: Actor,
    case_no: str,
    *,
    rule: str | None = None,
    as_of: date,
    policies: Policies | None = None,
    save: bool = False,
    note: str | None = None,
) -> TallyRun:
    """Tally *case_no* with ballots signed up to *as_of*; with save=True keep it for reprinting."""
    policies = policies or Policies()
    with session_factory.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        case = s.get(Case, case_id)
        assert case is not None
        snapshot = case_snapshot(s, case_id)
        choice = rule_for_case(case, snapshot, as_of, rule)
        result = tally(snapshot, choice.rule, as_of, policies)
        saved_id = None
        if save:
            actor.require(Role.CLERK, Role.SUPERVISOR)
            row = Tally(
                case_id=case_id,
                purpose="maintenance_fund" if choice.rule.code == "civil-code-majority" else "retrofit",
                rule_set=choice.rule.code,
                rule_version=choice.rule.version,
                policies=policies.to_json(),
                as_of=as_of,
                outcome=result.outcome.value,
                inputs=snapshot.to_json(),
                result={**result.to_json(), "rule_reason": choice.reason},
                run_by_id=actor.user_id,
                run_by_name=actor.name,
                note=note,
            )
            s.add(row)
            s.flush()
            saved_id = row.id
            record_audit(
                s,
                actor,
                "tally.save",
                "tally",
                row.id,
                case_id=case_id,
                summary=N_("保存表决统计：{r}（{rule}，截止 {d}）").format(
                    r=result.outcome.label, rule=choice.rule.code, d=as_of
                ),
            )
        return TallyRun(result, choice.reason, saved_id)


class CaseOutcome(NamedTuple):
    """One line of a many-case tally: enough for a list, with the rule set that produced it.
    A NamedTuple, immutable like the other results but built at C speed, 5,000 for a city."""

    case_no: str
    outcome: TallyOutcome
    rule: str
    rule_version: str
    rule_reason: str
    persons_agree: int
    persons_total: int


@bulk_operation
def tally_all(
    session_factory: SessionFactory, actor: Actor, *, as_of: date, policies: Policies | None = None
) -> list[CaseOutcome]:
    """Tally every case the actor may see; only the explanation is left out, as a list shows
    outcomes. Counted from the database's groups of alike flats and the flats SPC art. 9 may join,
    by the engine (tally_outcome_by_flat_groups); a case's own tally counts the same."""
    policies = policies or Policies()
    with session_factory() as s:
        city = flat_groups(s, actor.community_ids, signed_by=ballots_counted_until(as_of, policies))
    choices: dict[tuple[str | None, str | None, date, str | None], RuleChoice] = {}
    out = []
    for item in city.cases:
        key = (item.rule_set, item.rule_override_reason, item.vote_date or as_of, item.district)
        choice = choices.get(key)
        if choice is None:  # a city has a few dozen (day, district) pairs, not thousands
            choice = choices[key] = _rule_choice(*key, None)
        line = tally_outcome_by_flat_groups(
            item.groups, city.owners_elsewhere, choice.rule, policies, item.open_written_objections
        )
        out.append(
            CaseOutcome(
                item.case_no,
                line.outcome,
                choice.rule.code,
                choice.rule.version,
                choice.reason,
                line.persons_agree,
                line.persons_total,
            )
        )
    return out


def recompute_saved(session_factory: SessionFactory, actor: Actor, tally_id: int) -> TallyResult:
    """Recompute a kept tally from its stored inputs: the proof it can be reproduced unchanged."""
    with session_factory() as s:
        row = s.get(Tally, tally_id)
        if row is None:
            raise NotFound(N_("找不到表决统计记录 {id}").format(id=tally_id))
        resolve_case_id(s, actor, s.get(Case, row.case_id).case_no)  # type: ignore[union-attr]
        snapshot = TallySnapshot.from_json(row.inputs)
        return tally(snapshot, get_rule_set(row.rule_set), row.as_of, Policies.from_json(row.policies))


# --- ballots ------------------------------------------------------------------------------------


def _flat_and_owner(
    s: Session, case_id: int, room: str, owner: str | None, person_id: int | None = None
) -> tuple[Flat, Person]:
    flat = s.scalar(select(Flat).where(Flat.case_id == case_id, Flat.room == room.strip()))
    if flat is None:
        raise NotFound(N_("本案件没有 {room} 室").format(room=room))
    owners = (
        s.execute(
            select(Person)
            .join(Ownership, Ownership.person_id == Person.id)
            .where(Ownership.flat_id == flat.id, Ownership.valid_to.is_(None))
        )
        .scalars()
        .all()
    )
    if not owners:
        raise UserError(N_("{room} 室没有登记业主，请先导入名册或登记业主").format(room=room))
    if person_id is not None:
        for person in owners:
            if person.id == person_id:
                return flat, person
        raise UserError(N_("{room} 室的业主中没有这位业主").format(room=room))
    if owner is None:
        if len(owners) > 1:
            raise UserError(
                N_("{room} 室有多位共有人（{names}），请指明是哪一位").format(
                    room=room, names="、".join(o.name for o in owners)
                )
            )
        return flat, owners[0]
    wanted = owner.strip()
    for person in owners:
        if wanted in (person.name, person.id_number, (person.id_number or "")[-4:]):
            return flat, person
    raise UserError(N_("{room} 室的业主中没有 {owner}").format(room=room, owner=owner))


def record_ballot(
    session_factory: SessionFactory,
    actor: Actor,
    case_no: str,
    room: str,
    vote: Vote,
    *,
    signed_on: date,
    owner: str | None = None,
    person_id: int | None = None,
    source: VoteSource = VoteSource.PAPER,
    agent_name: str | None = None,
    agent_id_number: str | None = None,
    reason: str | None = None,
    today: date,
) -> int:
    """Record or change one owner's opinion on one flat; the previous ballot is kept as history."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    if signed_on > today:
        raise UserError(N_("签署日期不能晚于今天"))
    check_date(signed_on, N_("签署日期"), today)  # 1900-01-01 is an empty spreadsheet cell, not a date
    if source is VoteSource.AGENT and not (agent_name and agent_name.strip()):
        raise UserError(N_("委托代理人签署须填写代理人姓名"))
    with session_factory.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        flat, person = _flat_and_owner(s, case_id, room, owner, person_id)
        previous = s.scalar(
            select(Ballot).where(
                Ballot.flat_id == flat.id, Ballot.person_id == person.id, Ballot.is_current.is_(True)
            )
        )
        if previous is not None:
            previous.is_current = False
        ballot = Ballot(
            case_id=case_id,
            flat_id=flat.id,
            person_id=person.id,
            vote=vote.value,
            signed_on=signed_on,
            source=source.value,
            agent_name=agent_name,
            agent_id_number=agent_id_number,
            reason=reason,
            is_current=True,
            recorded_by_id=actor.user_id,
        )
        s.add(ballot)
        s.flush()
        record_audit(
            s,
            actor,
            "ballot.change" if previous else "ballot.record",
            "ballot",
            ballot.id,
            case_id=case_id,
            summary=N_("{room} 室 {name}：{vote}").format(room=flat.room, name=person.name, vote=vote.label),
            changes={
                "vote": [previous.vote if previous else None, vote.value],
                "signed_on": [previous.signed_on if previous else None, signed_on],
                "source": source.value,
            },
        )
        # A 不同意 with a reason, a co-owner split or an occupied part not agreed opens its dispute
        # in this same transaction, so the GUI and the command line need no `dispute flag`.
        case = s.get(Case, case_id)
        assert case is not None
        raise_flags(s, actor, case, today)
        return ballot.id


def withdraw_ballot(
    session_factory: SessionFactory,
    actor: Actor,
    case_no: str,
    room: str,
    owner: str | None = None,
    reason: str | None = None,
    *,
    person_id: int | None = None,
) -> None:
    """An owner takes back their opinion: the ballot stops counting but stays on record.
    The grid names the owner by *person_id*: two co-owners may share a name.
    It raises no dispute: with fewer opinions no new split or disagreement can appear (an
    occupied part left with no opinion at all is a consent to collect, not a dispute)."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    with session_factory.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        flat, person = _flat_and_owner(s, case_id, room, owner, person_id)
        current = s.scalar(
            select(Ballot).where(
                Ballot.flat_id == flat.id, Ballot.person_id == person.id, Ballot.is_current.is_(True)
            )
        )
        if current is None:
            raise UserError(
                N_("{room} 室 {name} 没有有效的表决意见").format(room=flat.room, name=person.name)
            )
        current.is_current = False
        current.withdrawn_at = datetime.now().replace(microsecond=0)
        record_audit(
            s,
            actor,
            "ballot.withdraw",
            "ballot",
            current.id,
            case_id=case_id,
            summary=N_("{room} 室 {name} 撤回表决意见").format(room=flat.room, name=person.name),
            changes={"vote": [current.vote, None], "reason": reason},
        )


def override_rule_set(
    session_factory: SessionFactory, actor: Actor, case_no: str, rule: str | None, reason: str
) -> None:
    """A supervisor fixes the case's rule set (or clears it with rule=None), with a recorded reason."""
    actor.require(Role.SUPERVISOR)
    if not reason or not reason.strip():
        raise UserError(N_("更换表决规则须填写理由"))
    code = get_rule_set(rule).code if rule else None
    with session_factory.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        case = s.get(Case, case_id)
        assert case is not None
        before = case.rule_set
        case.rule_set = code
        case.rule_override_reason = reason.strip() if code else None
        case.rule_override_by_id = actor.user_id if code else None
        record_audit(
            s,
            actor,
            "case.rule_override",
            "case",
            case_id,
            case_id=case_id,
            summary=N_("表决规则：{a} → {b}（{why}）").format(
                a=before or N_("自动"), b=code or N_("自动"), why=reason.strip()
            ),
            changes={"rule_set": [before, code], "reason": reason.strip()},
        )


@dataclass(frozen=True)
class BallotRow:
    """One owner of one flat, with their current opinion: a row of the ballot-entry grid."""

    flat_id: int
    room: str
    floor: int
    area_centi: int
    person_id: int
    owner: str
    id_tail: str | None
    co_owners: int  # owners of this flat
    other_flats: int  # other flats of the same person in this case
    vote: Vote | None
    signed_on: date | None
    source: str | None
    reason: str | None = None  # why they disagree, as written on the form


def ballot_sheet(session_factory: SessionFactory, actor: Actor, case_no: str) -> list[BallotRow]:
    with session_factory() as s:
        case_id = resolve_case_id(s, actor, case_no)
        owners = s.execute(
            select(Flat, Person)
            .join(Ownership, Ownership.flat_id == Flat.id)
            .join(Person, Person.id == Ownership.person_id)
            .where(Flat.case_id == case_id, Ownership.valid_to.is_(None))
            .order_by(Flat.floor, Flat.room, Person.id)
        ).all()
        current = {
            (b.flat_id, b.person_id): b
            for b in s.scalars(select(Ballot).where(Ballot.case_id == case_id, Ballot.is_current.is_(True)))
        }
        per_flat: dict[int, int] = {}
        per_person: dict[int, int] = {}
        for flat, person in owners:
            per_flat[flat.id] = per_flat.get(flat.id, 0) + 1
            per_person[person.id] = per_person.get(person.id, 0) + 1
        rows = []
        for flat, person in owners:
            b = current.get((flat.id, person.id))
            rows.append(
                BallotRow(
                    flat.id,
                    flat.room,
                    flat.floor,
                    flat.area_centi,
                    person.id,
                    person.name,
                    person.id_tail,
                    per_flat[flat.id],
                    per_person[person.id] - 1,
                    Vote(b.vote) if b else None,
                    b.signed_on if b else None,
                    b.source if b else None,
                    b.reason if b else None,
                )
            )
        return rows
