"""Dispute and mediation use cases: open, flag automatically, mediate, agree, follow up.

Meeting notes hold what neighbours said in confidence, so only mediators and supervisors (and
the command line's system account) may read them; that check lives here, not in the screens.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    Agreement,
    Ballot,
    Case,
    Community,
    Dispute,
    DisputeCategoryLink,
    DisputeParty,
    DisputeStatusChange,
    Flat,
    FollowUpVisit,
    MediationMeeting,
    MeetingNoteVersion,
    Objection,
    Ownership,
    Person,
    StageEvent,
)
from casedesk.core.db.objections import open_written
from casedesk.core.db.queries import case_id_by_number
from casedesk.core.disputes.rules import (
    MEETING_TEMPLATE,
    OPEN,
    can_move,
    judicial_confirmation_until,
    mediation_due,
    suggest_categories,
)
from casedesk.core.domain.enums import (
    DisputeCategory,
    DisputeStatus,
    MeetingOutcome,
    PartyRole,
    Role,
    Stage,
    Vote,
)
from casedesk.core.domain.textinput import (
    NAME_MAX,
    NOTE_MAX,
    RECORD_MAX,
    TITLE_MAX,
    check_date,
    clean_text,
    field_limit,
    optional_text,
)
from casedesk.core.errors import NotFound, PermissionDenied, UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id
from casedesk.core.services.numbering import dispute_numbers
from casedesk.core.settings import OfficeSettings, load_settings

NOTE_READERS = (Role.MEDIATOR, Role.SUPERVISOR)


def may_read_notes(actor: Actor) -> bool:
    """Mediators and supervisors read what neighbours said in confidence; an administrator's
    account does not (it manages users and backups, not cases). The built-in `system` account of
    the command line still may: whoever runs it holds the database file itself."""
    if actor.role in NOTE_READERS:
        return True
    return actor.user_id is None and actor.username == "system"


@dataclass(frozen=True)
class PartyInput:
    name: str
    role: PartyRole
    room: str | None = None
    floor: int | None = None
    person_id: int | None = None
    contact: str | None = None

    def cleaned(self) -> PartyInput:
        """The party as typed by a person, checked: a name, and no over-long or invisible text."""
        return replace(
            self,
            name=clean_text(
                self.name, N_("当事人姓名"), field_limit(DisputeParty.name, NAME_MAX), required=True
            ),
            room=optional_text(self.room, N_("当事人房号"), field_limit(DisputeParty.room, NAME_MAX)),
            contact=optional_text(
                self.contact, N_("当事人联系方式"), field_limit(DisputeParty.contact, NAME_MAX)
            ),
        )


@dataclass(frozen=True)
class DisputeSummary:
    dispute_no: str
    case_no: str
    title: str
    status: DisputeStatus
    blocking: bool
    source: str
    opened_on: date
    due_on: date | None
    categories: tuple[str, ...]
    community: str

    def overdue(self, today: date) -> bool:
        return self.status in OPEN and self.due_on is not None and self.due_on < today

    def to_json(self, today: date) -> dict[str, Any]:
        return {
            "dispute": self.dispute_no,
            "case": self.case_no,
            "title": self.title,
            "status": self.status.value,
            "status_label": self.status.label,
            "blocking": self.blocking,
            "source": self.source,
            "opened_on": self.opened_on.isoformat(),
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "overdue": self.overdue(today),
            "categories": list(self.categories),
            "community": self.community,
        }


@dataclass(frozen=True)
class MeetingView:
    meeting_id: int
    held_at: datetime
    place: str | None
    mediators: str | None
    outcome: str | None
    notes: str | None  # None when the reader may not see notes
    versions: int


@dataclass(frozen=True)
class DisputeDetail:
    summary: DisputeSummary
    description: str | None
    source_explanation: str | None
    parties: tuple[PartyInput, ...]
    history: tuple[tuple[str | None, str, date, str, str | None], ...]
    meetings: tuple[MeetingView, ...]
    agreements: tuple[dict[str, Any], ...]
    visits: tuple[dict[str, Any], ...] = field(default=())

    def to_json(self, today: date) -> dict[str, Any]:
        data = self.summary.to_json(today)
        data.update(
            description=self.description,
            source_explanation=self.source_explanation,
            parties=[
                {"name": p.name, "role": p.role.value, "room": p.room, "floor": p.floor} for p in self.parties
            ],
            history=[
                {"from": a, "to": b, "on": d.isoformat(), "by": who, "note": n}
                for a, b, d, who, n in self.history
            ],
            meetings=[
                {
                    "id": m.meeting_id,
                    "held_at": m.held_at.isoformat(sep=" "),
                    "place": m.place,
                    "mediators": m.mediators,
                    "outcome": m.outcome,
                    "notes": m.notes,
                    "versions": m.versions,
                }
                for m in self.meetings
            ],
            agreements=list(self.agreements),
            visits=list(self.visits),
        )
        return data


def _visible(actor: Actor) -> list[Any]:
    """Which disputes *actor* may see, as WHERE clauses over Dispute joined to Case: those of the
    communities they hold, and those assigned to them whatever community the case is in (a
    street's mediator is given disputes from every community; issue 20)."""
    if actor.community_ids is None:
        return []
    held = Case.community_id.in_(sorted(actor.community_ids))
    if actor.user_id is None:
        return [held]
    return [or_(held, Dispute.mediator_id == actor.user_id)]


def _assigned(actor: Actor, dispute: Dispute) -> bool:
    return actor.user_id is not None and dispute.mediator_id == actor.user_id


def _get(s: Session, actor: Actor, dispute_no: str) -> Dispute:
    """The dispute, if *actor* may see it: its case's community, or assigned to them."""
    dispute = s.scalar(select(Dispute).where(Dispute.dispute_no == dispute_no.strip()))
    if dispute is None:
        raise NotFound(N_("找不到纠纷：{no}").format(no=dispute_no))
    case = s.get(Case, dispute.case_id)
    assert case is not None
    if not (actor.may_see_community(case.community_id) or _assigned(actor, dispute)):
        raise PermissionDenied(N_("该纠纷不在您的负责范围内：{no}").format(no=dispute.dispute_no))
    return dispute


def _case_of_disputes(s: Session, actor: Actor, case_no: str) -> int:
    """The case id for a dispute list by case: a mediator outside its community still lists the
    disputes assigned to them (the rows are filtered by _visible)."""
    case_id = case_id_by_number(s, case_no)
    if case_id is None:
        raise NotFound(N_("找不到案件：{case_no}").format(case_no=case_no))
    case = s.get(Case, case_id)
    assert case is not None
    if actor.may_see_community(case.community_id):
        return case_id
    mine = actor.user_id is not None and s.scalar(
        select(func.count(Dispute.id)).where(Dispute.case_id == case_id, Dispute.mediator_id == actor.user_id)
    )
    if not mine:
        raise PermissionDenied(N_("该案件不在您的负责范围内：{case_no}").format(case_no=case_no))
    return case_id


def _dispute_row(
    case: Case,
    number: str,
    settings: OfficeSettings,
    *,
    title: str,
    description: str | None,
    source: str,
    source_key: str | None,
    explanation: str | None,
    opened_on: date,
    blocking: bool,
    mediator_id: int | None = None,
    committee: str | None = None,
) -> Dispute:
    return Dispute(
        dispute_no=number,
        case_id=case.id,
        title=title,
        description=description,
        source=source,
        source_key=source_key,
        source_explanation=explanation,
        status=DisputeStatus.PENDING.value,
        blocking=blocking,
        mediator_id=mediator_id,
        committee=committee or N_("街道人民调解委员会"),
        opened_on=opened_on,
        due_on=mediation_due(opened_on, settings.mediation_limit_days),
    )


def _dispute_details(
    s: Session,
    actor: Actor,
    case: Case,
    dispute: Dispute,
    *,
    parties: list[PartyInput],
    categories: list[DisputeCategory],
    confirmed: bool,
) -> None:
    """Parties, categories, the first status and the audit of a dispute that has its id."""
    for p in parties:
        s.add(
            DisputeParty(
                dispute_id=dispute.id,
                person_id=p.person_id,
                name=p.name,
                room=p.room,
                floor=p.floor,
                role=p.role.value,
                contact=p.contact,
            )
        )
    for c in dict.fromkeys(categories):
        s.add(DisputeCategoryLink(dispute_id=dispute.id, code=c.value, confirmed=confirmed))
    s.add(
        DisputeStatusChange(
            dispute_id=dispute.id,
            from_status=None,
            to_status=DisputeStatus.PENDING.value,
            changed_on=dispute.opened_on,
            actor_name=actor.name,
            note=dispute.source_explanation,
        )
    )
    record_audit(
        s,
        actor,
        "dispute.open",
        "dispute",
        dispute.id,
        case_id=case.id,
        summary=N_("纠纷 {no}：{t}").format(no=dispute.dispute_no, t=dispute.title),
        changes={
            "source": dispute.source,
            "explanation": dispute.source_explanation,
            "categories": [c.value for c in categories],
            "blocking": dispute.blocking,
        },
    )


def _new_dispute(
    s: Session,
    actor: Actor,
    case: Case,
    *,
    title: str,
    description: str | None,
    source: str,
    source_key: str | None,
    explanation: str | None,
    opened_on: date,
    parties: list[PartyInput],
    categories: list[DisputeCategory],
    confirmed: bool,
    blocking: bool,
    mediator_id: int | None = None,
    committee: str | None = None,
) -> Dispute:
    settings = load_settings(s)
    (number,) = dispute_numbers(s, settings.dispute_no_pattern, opened_on.year, 1)
    dispute = _dispute_row(
        case,
        number,
        settings,
        title=title,
        description=description,
        source=source,
        source_key=source_key,
        explanation=explanation,
        opened_on=opened_on,
        blocking=blocking,
        mediator_id=mediator_id,
        committee=committee,
    )
    s.add(dispute)
    s.flush()
    _dispute_details(s, actor, case, dispute, parties=parties, categories=categories, confirmed=confirmed)
    s.flush()
    return dispute


def open_dispute(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    *,
    title: str,
    opened_on: date,
    parties: list[PartyInput],
    categories: list[DisputeCategory] | None = None,
    description: str | None = None,
    blocking: bool = False,
    mediator_id: int | None = None,
) -> str:
    """A dispute opened by hand (clerks may register one; mediators work it)."""
    actor.require(Role.CLERK, Role.MEDIATOR, Role.SUPERVISOR)
    if not title.strip():
        raise UserError(N_("纠纷标题不能为空"))
    if not parties:
        raise UserError(N_("至少登记一方当事人"))
    # What a person typed, checked alike on both databases (issue 23 #10): a party needs a name.
    title = clean_text(title, N_("纠纷标题"), field_limit(Dispute.title, TITLE_MAX), required=True)
    description = optional_text(description, N_("纠纷情况"), NOTE_MAX, multiline=True)
    parties = [p.cleaned() for p in parties]
    check_date(opened_on, N_("立案日期"), date.today())
    with sf.begin() as s:
        case = s.get(Case, resolve_case_id(s, actor, case_no))
        assert case is not None
        suggested = (
            categories if categories is not None else suggest_categories(f"{title} {description or ''}")
        )
        dispute = _new_dispute(
            s,
            actor,
            case,
            title=title.strip(),
            description=description,
            source="manual",
            source_key=None,
            explanation=None,
            opened_on=opened_on,
            parties=parties,
            categories=suggested,
            confirmed=categories is not None,
            blocking=blocking,
            mediator_id=mediator_id,
        )
        return dispute.dispute_no


# --- automatic flags --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Flag:
    key: str
    title: str
    explanation: str
    reason_text: str | None
    parties: list[PartyInput]
    blocking: bool
    extra_categories: tuple[DisputeCategory, ...] = ()


def _flags(s: Session, case: Case) -> list[_Flag]:
    """Every trigger the case holds now, flagged or not.

    This runs inside every ballot and roster import, so the database picks the few candidate
    rows (a reasoned 不同意, a flat or owner with two different opinions, an occupied part) and
    only those are read: a 5,000-flat roster costs a few aggregate queries, not 5,000 objects.
    """
    current = (Ballot.case_id == case.id, Ballot.is_current.is_(True))
    flags: list[_Flag] = []
    for flat_id, person_id, reason, room, floor, name in s.execute(
        select(Ballot.flat_id, Ballot.person_id, Ballot.reason, Flat.room, Flat.floor, Person.name)
        .join(Flat, Flat.id == Ballot.flat_id)
        .join(Person, Person.id == Ballot.person_id)
        .where(*current, Ballot.vote == Vote.DISAGREE.value, Ballot.reason.is_not(None), Ballot.reason != "")
        .order_by(Ballot.id)
    ):
        if not reason.strip():  # Python's strip also drops the full-width space
            continue
        flags.append(
            _Flag(
                f"ballot:{flat_id}:{person_id}",
                N_("{room} 室业主不同意加装电梯").format(room=room),
                N_("由 {room} 室不同意意见自动生成").format(room=room),
                reason,
                [PartyInput(name, PartyRole.OBJECTOR, room, floor, person_id)],
                blocking=False,
            )
        )

    split_flats = (
        select(Ballot.flat_id)
        .where(*current)
        .group_by(Ballot.flat_id)
        .having(func.count(func.distinct(Ballot.vote)) > 1)
    )
    co_owners: dict[int, list[tuple[int, str, str, int]]] = {}
    for flat_id, person_id, room, floor, name in s.execute(
        select(Ballot.flat_id, Ballot.person_id, Flat.room, Flat.floor, Person.name)
        .join(Flat, Flat.id == Ballot.flat_id)
        .join(Person, Person.id == Ballot.person_id)
        .where(*current, Ballot.flat_id.in_(split_flats))
        .order_by(Ballot.flat_id, Ballot.id)
    ):
        co_owners.setdefault(flat_id, []).append((person_id, name, room, floor))
    for flat_id, voters in co_owners.items():
        room, floor = voters[0][2], voters[0][3]
        flags.append(
            _Flag(
                f"co-owner-split:{flat_id}",
                N_("{room} 室共有人意见不一致").format(room=room),
                N_("由 {room} 室共有人意见不一致自动生成").format(room=room),
                None,
                [PartyInput(name, PartyRole.OBJECTOR, room, floor, pid) for pid, name, _r, _f in voters],
                blocking=False,
                extra_categories=(DisputeCategory.PROCEDURE_VALIDITY,),
            )
        )

    split_persons = (
        select(Ballot.person_id)
        .where(*current)
        .group_by(Ballot.person_id)
        .having(func.count(func.distinct(Ballot.flat_id)) > 1, func.count(func.distinct(Ballot.vote)) > 1)
    )
    multi: dict[int, tuple[str, list[str]]] = {}
    for person_id, name, room in s.execute(
        select(Ballot.person_id, Person.name, Flat.room)
        .join(Flat, Flat.id == Ballot.flat_id)
        .join(Person, Person.id == Ballot.person_id)
        .where(*current, Ballot.person_id.in_(split_persons))
        .order_by(Ballot.person_id)
    ):
        multi.setdefault(person_id, (name, []))[1].append(room)
    for person_id, (name, room_list) in multi.items():
        rooms = "、".join(sorted(room_list))
        flags.append(
            _Flag(
                f"multi-flat-split:{person_id}",
                N_("{name} 在多套房屋上意见不一致").format(name=name),
                N_("由 {rooms} 室同一业主意见不一致自动生成").format(rooms=rooms),
                None,
                [PartyInput(name, PartyRole.OBJECTOR, rooms, None, person_id)],
                blocking=False,
                extra_categories=(DisputeCategory.PROCEDURE_VALIDITY,),
            )
        )

    occupied = {
        f.id: f
        for f in s.execute(
            select(Flat.id, Flat.room, Flat.floor)
            .where(Flat.case_id == case.id, Flat.occupies_exclusive.is_(True))
            .order_by(Flat.id)
        )
    }
    opinions: dict[int, set[str]] = {}
    if occupied:
        for flat_id, vote in s.execute(
            select(Ballot.flat_id, Ballot.vote).where(*current, Ballot.flat_id.in_(list(occupied)))
        ):
            opinions.setdefault(flat_id, set()).add(vote)
    # Only once an owner has given an opinion: before the vote an occupied part is a consent still
    # to collect (the tally says 阻断), and flagging it at roster import would block the case in
    # 受理登记 with a dispute nobody has raised.
    blocked = [
        flat
        for flat in occupied.values()
        if opinions.get(flat.id) and (Vote.AGREE.value not in opinions[flat.id] or len(opinions[flat.id]) > 1)
    ]
    owners: dict[int, list[tuple[int, str]]] = {}
    if blocked:
        for flat_id, pid, name in s.execute(
            select(Ownership.flat_id, Person.id, Person.name)
            .join(Person, Person.id == Ownership.person_id)
            .where(Ownership.flat_id.in_([f.id for f in blocked]), Ownership.valid_to.is_(None))
            .order_by(Ownership.id)
        ):
            owners.setdefault(flat_id, []).append((pid, name))
    for flat in blocked:
        flags.append(
            _Flag(
                f"exclusive:{flat.id}",
                N_("电梯占用 {room} 室专有部分，业主未同意").format(room=flat.room),
                N_("由 {room} 室专有部分被占用且未同意自动生成").format(room=flat.room),
                None,
                [
                    PartyInput(n, PartyRole.OBJECTOR, flat.room, flat.floor, p)
                    for p, n in owners.get(flat.id, [])
                ],
                blocking=True,
                extra_categories=(DisputeCategory.ACCESS_PATH,),
            )
        )
    for o in s.scalars(
        select(Objection).where(Objection.case_id == case.id, open_written())
    ):
        flags.append(
            _Flag(
                f"objection:{o.id}",
                N_("{who} 对公示提出书面异议").format(who=o.objector_name),
                N_("由 {who} 的书面异议（{d}）自动生成").format(who=o.objector_name, d=o.received_on),
                o.detail,
                [PartyInput(o.objector_name, PartyRole.OBJECTOR, o.address, None, o.person_id, o.contact)],
                blocking=False,
            )
        )
    for e in s.scalars(
        select(StageEvent).where(StageEvent.case_id == case.id, StageEvent.kind == "obstruction")
    ):
        flags.append(
            _Flag(
                f"obstruction:{e.id}",
                N_("施工受阻（{d}）").format(d=e.occurred_on),
                N_("由 {d} 施工阻挠记录自动生成").format(d=e.occurred_on),
                e.note,
                [PartyInput(N_("阻挠人（待核实）"), PartyRole.OBJECTOR)],
                blocking=True,
                extra_categories=(DisputeCategory.OBSTRUCTION,),
            )
        )
    return flags


def raise_flags(s: Session, actor: Actor, case: Case, today: date) -> list[str]:
    """Open an explained dispute for every trigger of *case* that has none yet, inside the caller's
    transaction (the write that created the trigger), and return the new numbers.

    Each trigger has a stable key (Dispute.source_key, unique per case), so running it again never
    duplicates, and a dispute closed by mediation is not reopened by the same old ballot. No role
    check here: the calling service checked that *actor* may make its write, and the flag is part
    of that write (a clerk's ballot raises it, and the audit names the clerk).
    """
    s.flush()
    known = set(
        s.scalars(
            select(Dispute.source_key).where(Dispute.case_id == case.id, Dispute.source_key.is_not(None))
        )
    )
    fresh = [flag for flag in _flags(s, case) if flag.key not in known]
    if not fresh:
        return []
    # All at once: one block of numbers, one insert of the disputes, one of what hangs on them,
    # so a roster with hundreds of reasoned 不同意 stays a bulk write (not ~6 statements each).
    settings = load_settings(s)
    numbers = dispute_numbers(s, settings.dispute_no_pattern, today.year, len(fresh))
    rows = [
        _dispute_row(
            case,
            number,
            settings,
            title=flag.title,
            description=flag.reason_text,
            source="auto",
            source_key=flag.key,
            explanation=flag.explanation,
            opened_on=today,
            blocking=flag.blocking,
        )
        for flag, number in zip(fresh, numbers, strict=True)
    ]
    s.add_all(rows)
    s.flush()
    for flag, dispute in zip(fresh, rows, strict=True):
        _dispute_details(
            s,
            actor,
            case,
            dispute,
            parties=flag.parties,
            categories=suggest_categories(flag.reason_text) + list(flag.extra_categories),
            confirmed=False,
        )
    s.flush()
    return numbers


# Command line only: a re-scan for databases written before flags were raised with their trigger
# (raise_flags runs inside every ballot, roster, objection and obstruction write, GUI or CLI).
def flag_disputes(sf: SessionFactory, actor: Actor, case_no: str, *, today: date) -> list[str]:
    """Re-scan a case for triggers without a dispute (`casedesk dispute flag`); returns the new
    numbers. The writes that create triggers raise their flags themselves (raise_flags), so this
    finds something only for data written before they did."""
    actor.require(Role.CLERK, Role.MEDIATOR, Role.SUPERVISOR)
    with sf.begin() as s:
        case = s.get(Case, resolve_case_id(s, actor, case_no))
        assert case is not None
        return raise_flags(s, actor, case, today)


def log_obstruction(
    sf: SessionFactory, actor: Actor, case_no: str, *, on: date, description: str
) -> list[str]:
    """Record that works were obstructed; the blocking dispute it triggers is opened in the same
    transaction, dated *on*. Returns the numbers of the disputes opened."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    with sf.begin() as s:
        case = s.get(Case, resolve_case_id(s, actor, case_no))
        assert case is not None
        if case.stage != Stage.CONSTRUCTION.value:
            raise UserError(N_("只有施工阶段才能登记施工受阻"))
        event = StageEvent(
            case_id=case.id,
            kind="obstruction",
            from_stage=case.stage,
            to_stage=case.stage,
            occurred_on=on,
            note=description,
            actor_id=actor.user_id,
            actor_name=actor.name,
        )
        s.add(event)
        s.flush()
        record_audit(
            s,
            actor,
            "case.obstruction",
            "case",
            case.id,
            case_id=case.id,
            summary=N_("施工受阻：{d}").format(d=description),
        )
        return raise_flags(s, actor, case, on)


# --- working a dispute -------------------------------------------------------------------------------


def _move(
    s: Session, actor: Actor, d: Dispute, to: DisputeStatus, *, on: date, note: str | None
) -> DisputeStatus:
    """The one way a dispute's status changes: the rules' machine is asked (rules.can_move), the
    status and its closing date are set and the move is written to the status history. Every
    writer (status change, meeting, agreement, follow-up visit) goes through here, so no writer can
    make a move the rules forbid (a terminated dispute never becomes agreed). Returns the old status."""
    current = DisputeStatus(d.status)
    if not can_move(current, to):
        raise UserError(N_("纠纷状态不能从“{a}”变为“{b}”").format(a=current.label, b=to.label))
    d.status = to.value
    if current in OPEN and to not in OPEN:  # the day mediation ended (a later visit keeps it)
        d.closed_on = on
    s.add(
        DisputeStatusChange(
            dispute_id=d.id,
            from_status=current.value,
            to_status=to.value,
            changed_on=on,
            actor_name=actor.name,
            note=note,
        )
    )
    return current


def change_status(
    sf: SessionFactory, actor: Actor, dispute_no: str, to: DisputeStatus, *, on: date, note: str | None = None
) -> None:
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    with sf.begin() as s:
        d = _get(s, actor, dispute_no)
        if to is DisputeStatus.TERMINATED and not (note and note.strip()):
            raise UserError(N_("终止调解须写明原因及后续途径（如诉讼）"))
        current = _move(s, actor, d, to, on=on, note=note)
        s.flush()
        record_audit(
            s,
            actor,
            "dispute.status",
            "dispute",
            d.id,
            case_id=d.case_id,
            summary=N_("{no}：{a} → {b}").format(no=d.dispute_no, a=current.label, b=to.label),
            changes={"status": [current.value, to.value], "note": note},
        )


def extend_deadline(sf: SessionFactory, actor: Actor, dispute_no: str, *, days: int, reason: str) -> date:
    """Extend the mediation time limit with the parties' agreement (recorded)."""
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    if days < 1 or not reason.strip():
        raise UserError(N_("延长调解期限须填写天数和双方同意的情况"))
    with sf.begin() as s:
        d = _get(s, actor, dispute_no)
        before = d.due_on
        d.due_on = (d.due_on or d.opened_on) + timedelta(days=days)
        s.flush()
        record_audit(
            s,
            actor,
            "dispute.extend",
            "dispute",
            d.id,
            case_id=d.case_id,
            summary=N_("调解期限延长 {n} 天：{r}").format(n=days, r=reason.strip()),
            changes={"due_on": [before, d.due_on], "reason": reason.strip()},
        )
        return d.due_on


def confirm_categories(
    sf: SessionFactory, actor: Actor, dispute_no: str, codes: list[DisputeCategory]
) -> None:
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    with sf.begin() as s:
        d = _get(s, actor, dispute_no)
        before = sorted(
            s.scalars(select(DisputeCategoryLink.code).where(DisputeCategoryLink.dispute_id == d.id))
        )
        for link in s.scalars(select(DisputeCategoryLink).where(DisputeCategoryLink.dispute_id == d.id)):
            s.delete(link)
        s.flush()
        for code in dict.fromkeys(codes):
            s.add(DisputeCategoryLink(dispute_id=d.id, code=code.value, confirmed=True))
        s.flush()
        record_audit(
            s,
            actor,
            "dispute.categories",
            "dispute",
            d.id,
            case_id=d.case_id,
            changes={"categories": [before, [c.value for c in codes]]},
        )


def meeting_template(held_at: datetime, place: str, mediators: str, recorder: str, attendees: str) -> str:
    return MEETING_TEMPLATE.format(
        held_at=held_at.strftime("%Y-%m-%d %H:%M"),
        place=place,
        mediators=mediators,
        recorder=recorder,
        attendees=attendees,
    )


def save_meeting(
    sf: SessionFactory,
    actor: Actor,
    dispute_no: str,
    *,
    held_at: datetime,
    place: str,
    mediators: str,
    recorder: str,
    attendees: list[dict[str, Any]],
    notes: str,
    outcome: MeetingOutcome | None = None,
    next_date: date | None = None,
    positions: str | None = None,
    proposals: str | None = None,
    meeting_id: int | None = None,
    draft: bool = False,
) -> int:
    """Create or edit a meeting record; every save keeps a version of the notes."""
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    if not may_read_notes(actor):  # an administrator sees no notes, so saving would blank them
        raise PermissionDenied(N_("调解笔录仅调解员和街道主管可以填写"))
    # A saved record names where and by whom (a draft may still be incomplete); every field is
    # checked for length and invisible characters alike on both databases (issue 23 #10).
    place = clean_text(
        place, N_("调解地点"), field_limit(MediationMeeting.place, TITLE_MAX), required=not draft
    )
    mediators = clean_text(
        mediators, N_("调解员"), field_limit(MediationMeeting.mediators, TITLE_MAX), required=not draft
    )
    recorder = clean_text(recorder, N_("记录人"), field_limit(MediationMeeting.recorder, NAME_MAX))
    notes = clean_text(notes, N_("调解笔录"), RECORD_MAX, multiline=True)
    positions = optional_text(positions, N_("各方意见"), RECORD_MAX, multiline=True)
    proposals = optional_text(proposals, N_("调解方案"), RECORD_MAX, multiline=True)
    check_date(held_at.date(), N_("调解时间"), date.today())
    if next_date is not None:
        check_date(next_date, N_("下次调解日期"), date.today())
    with sf.begin() as s:
        d = _get(s, actor, dispute_no)
        if meeting_id is None:
            meeting = MediationMeeting(dispute_id=d.id, held_at=held_at, created_by_id=actor.user_id)
            s.add(meeting)
        else:
            meeting = s.get(MediationMeeting, meeting_id)
            if meeting is None or meeting.dispute_id != d.id:
                raise NotFound(N_("找不到这次调解记录"))
        meeting.held_at, meeting.place, meeting.mediators, meeting.recorder = (
            held_at,
            place,
            mediators,
            recorder,
        )
        meeting.attendees, meeting.notes, meeting.positions, meeting.proposals = (
            attendees,
            notes,
            positions,
            proposals,
        )
        meeting.outcome = outcome.value if outcome else None
        meeting.next_date, meeting.is_draft = next_date, draft
        s.flush()
        number = (
            s.scalar(
                select(func.max(MeetingNoteVersion.version_no)).where(
                    MeetingNoteVersion.meeting_id == meeting.id
                )
            )
            or 0
        ) + 1
        s.add(
            MeetingNoteVersion(
                meeting_id=meeting.id,
                version_no=number,
                saved_by=actor.name,
                content={
                    "notes": notes,
                    "positions": positions,
                    "proposals": proposals,
                    "outcome": meeting.outcome,
                    "attendees": attendees,
                    "draft": draft,
                },
            )
        )
        if d.status == DisputeStatus.PENDING.value and not draft:
            _move(s, actor, d, DisputeStatus.IN_MEDIATION, on=held_at.date(), note=N_("首次调解"))
        s.flush()
        # The audit names the meeting but does not copy what was said (the notes' privacy).
        record_audit(
            s,
            actor,
            "meeting.save",
            "meeting",
            meeting.id,
            case_id=d.case_id,
            summary=N_("{no} 调解记录第 {v} 版").format(no=d.dispute_no, v=number),
        )
        return meeting.id


def add_agreement(
    sf: SessionFactory,
    actor: Actor,
    dispute_no: str,
    *,
    terms: str,
    signed_on: date,
    parties: str,
    facts: str,
    matters: str,
    performance_method: str,
    performance_deadline: date,
    partial: bool = False,
    responsibilities: str | None = None,
) -> str:
    """调解协议书 with the contents of 人民调解法 art. 29 (各方当事人的责任 among them, where the
    parties state them); it takes effect when signed."""
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    for label, value in (
        (N_("协议内容"), terms),
        (N_("当事人"), parties),
        (N_("纠纷事实"), facts),
        (N_("争议事项"), matters),
        (N_("履行方式"), performance_method),
    ):
        if not value or not value.strip():
            raise UserError(N_("调解协议书缺少：{x}").format(x=label))
    if performance_deadline < signed_on:
        raise UserError(N_("履行期限不能早于签订日期"))
    with sf.begin() as s:
        d = _get(s, actor, dispute_no)
        earlier = s.scalar(select(func.count(Agreement.id)).where(Agreement.dispute_id == d.id)) or 0
        number = f"{d.dispute_no}-XY{earlier + 1}"
        agreement = Agreement(
            dispute_id=d.id,
            agreement_no=number,
            parties=parties,
            facts=facts,
            matters=matters,
            terms=terms,
            performance_method=performance_method,
            performance_deadline=performance_deadline,
            signed_on=signed_on,
            effective_on=signed_on,
            partial=partial,
            responsibilities=(responsibilities or "").strip() or None,
        )
        s.add(agreement)
        target = DisputeStatus.PARTIAL if partial else DisputeStatus.AGREED
        if d.status != target.value:
            # An agreement is reached in mediation: a dispute still waiting, partly agreed or failed
            # first (re)enters mediation; a terminated or performed one is refused by the rules.
            if DisputeStatus(d.status) in (
                DisputeStatus.PENDING,
                DisputeStatus.PARTIAL,
                DisputeStatus.FAILED,
            ):
                _move(s, actor, d, DisputeStatus.IN_MEDIATION, on=signed_on, note=number)
            _move(s, actor, d, target, on=signed_on, note=number)
        s.flush()
        record_audit(
            s,
            actor,
            "agreement.add",
            "agreement",
            agreement.id,
            case_id=d.case_id,
            summary=N_("签订调解协议 {no}").format(no=number),
            changes={
                "performance_deadline": performance_deadline,
                "judicial_confirmation_until": judicial_confirmation_until(signed_on),
            },
        )
        return number


def add_follow_up(
    sf: SessionFactory,
    actor: Actor,
    dispute_no: str,
    *,
    visited_on: date,
    findings: str,
    performed: bool = False,
    reason: str | None = None,
) -> None:
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    with sf.begin() as s:
        d = _get(s, actor, dispute_no)
        agreement_id = s.scalar(
            select(Agreement.id).where(Agreement.dispute_id == d.id).order_by(Agreement.id.desc())
        )
        visit = FollowUpVisit(
            dispute_id=d.id,
            agreement_id=agreement_id,
            visited_on=visited_on,
            visitor=actor.name,
            reason=reason,
            findings=findings,
        )
        s.add(visit)
        if performed:
            if not can_move(DisputeStatus(d.status), DisputeStatus.PERFORMED):
                raise UserError(N_("尚未达成协议，不能登记为已履行"))  # said in the visit's words
            _move(s, actor, d, DisputeStatus.PERFORMED, on=visited_on, note=findings)
            if agreement_id:
                s.get(Agreement, agreement_id).performed_on = visited_on  # type: ignore[union-attr]
        s.flush()
        record_audit(
            s,
            actor,
            "dispute.follow_up",
            "dispute",
            d.id,
            case_id=d.case_id,
            summary=N_("回访：{f}").format(f=findings),
        )


# --- reading -----------------------------------------------------------------------------------------


def _summary_rows(s: Session, where: list[Any], limit: int | None = None) -> list[DisputeSummary]:
    stmt = (
        select(Dispute, Case.case_no, Community.name)
        .join(Case, Case.id == Dispute.case_id)
        .join(Community, Community.id == Case.community_id)
        .where(*where)
        .order_by(Dispute.due_on, Dispute.id)
    )
    if limit:
        stmt = stmt.limit(limit)
    rows = s.execute(stmt).all()
    ids = [d.id for d, _c, _n in rows]
    cats: dict[int, list[str]] = {}
    for did, code in s.execute(
        select(DisputeCategoryLink.dispute_id, DisputeCategoryLink.code).where(
            DisputeCategoryLink.dispute_id.in_(ids)
        )
    ):
        cats.setdefault(did, []).append(code)
    return [
        DisputeSummary(
            d.dispute_no,
            case_no,
            d.title,
            DisputeStatus(d.status),
            d.blocking,
            d.source,
            d.opened_on,
            d.due_on,
            tuple(cats.get(d.id, ())),
            community,
        )
        for d, case_no, community in rows
    ]


def list_disputes(
    sf: SessionFactory,
    actor: Actor,
    *,
    status: DisputeStatus | None = None,
    case_no: str | None = None,
    overdue_on: date | None = None,
    mine: bool = False,
    limit: int = 1000,
) -> list[DisputeSummary]:
    """Disputes the actor may see, by due date: the mediator's queue."""
    with sf() as s:
        where: list[Any] = _visible(actor)
        if status is not None:
            where.append(Dispute.status == status.value)
        if case_no:
            where.append(Dispute.case_id == _case_of_disputes(s, actor, case_no))
        if overdue_on is not None:
            where += [Dispute.status.in_([x.value for x in OPEN]), Dispute.due_on < overdue_on]
        if mine:
            where.append(Dispute.mediator_id == actor.user_id)
        return _summary_rows(s, where, limit)


def dispute_detail(sf: SessionFactory, actor: Actor, dispute_no: str) -> DisputeDetail:
    notes_visible = may_read_notes(actor)
    with sf() as s:
        d = _get(s, actor, dispute_no)
        summary = _summary_rows(s, [Dispute.id == d.id])[0]
        parties = tuple(
            PartyInput(p.name, PartyRole(p.role), p.room, p.floor, p.person_id, p.contact)
            for p in s.scalars(select(DisputeParty).where(DisputeParty.dispute_id == d.id))
        )
        history = tuple(
            (h.from_status, h.to_status, h.changed_on, h.actor_name, h.note)
            for h in s.scalars(
                select(DisputeStatusChange)
                .where(DisputeStatusChange.dispute_id == d.id)
                .order_by(DisputeStatusChange.id)
            )
        )
        meetings = []
        for m in s.scalars(
            select(MediationMeeting)
            .where(MediationMeeting.dispute_id == d.id)
            .order_by(MediationMeeting.held_at)
        ):
            versions = (
                s.scalar(
                    select(func.count(MeetingNoteVersion.id)).where(MeetingNoteVersion.meeting_id == m.id)
                )
                or 0
            )
            meetings.append(
                MeetingView(
                    m.id,
                    m.held_at,
                    m.place,
                    m.mediators,
                    m.outcome,
                    m.notes if notes_visible else None,
                    versions,
                )
            )
        agreements = tuple(
            {
                "agreement": a.agreement_no,
                "terms": a.terms if notes_visible else None,
                "signed_on": a.signed_on.isoformat() if a.signed_on else None,
                "performance_deadline": a.performance_deadline.isoformat()
                if a.performance_deadline
                else None,
                "judicial_confirmation_until": judicial_confirmation_until(a.effective_on).isoformat()
                if a.effective_on
                else None,
                "performed_on": a.performed_on.isoformat() if a.performed_on else None,
            }
            for a in s.scalars(select(Agreement).where(Agreement.dispute_id == d.id))
        )
        visits = tuple(
            {"on": v.visited_on.isoformat(), "by": v.visitor, "findings": v.findings}
            for v in s.scalars(select(FollowUpVisit).where(FollowUpVisit.dispute_id == d.id))
        )
        return DisputeDetail(
            summary,
            d.description,
            d.source_explanation,
            parties,
            history,
            tuple(meetings),
            agreements,
            visits,
        )


def meeting_versions(
    sf: SessionFactory, actor: Actor, dispute_no: str, meeting_id: int
) -> list[dict[str, Any]]:
    if not may_read_notes(actor):
        raise PermissionDenied(N_("调解笔录仅调解员和街道主管可以查看"))
    with sf() as s:
        d = _get(s, actor, dispute_no)
        meeting = s.get(MediationMeeting, meeting_id)
        if meeting is None or meeting.dispute_id != d.id:
            raise NotFound(N_("找不到这次调解记录"))
        return [
            {
                "version": v.version_no,
                "saved_at": v.saved_at.isoformat(sep=" "),
                "by": v.saved_by,
                **v.content,
            }
            for v in s.scalars(
                select(MeetingNoteVersion)
                .where(MeetingNoteVersion.meeting_id == meeting_id)
                .order_by(MeetingNoteVersion.version_no)
            )
        ]


@dataclass(frozen=True)
class DisputeStats:
    opened: int
    resolved: int
    overdue: int
    by_category: dict[str, int]
    by_community: dict[str, int]
    by_status: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "opened": self.opened,
            "resolved": self.resolved,
            "overdue": self.overdue,
            "by_category": self.by_category,
            "by_community": self.by_community,
            "by_status": self.by_status,
        }


def dispute_stats(sf: SessionFactory, actor: Actor, *, first: date, last: date, today: date) -> DisputeStats:
    """Opened and resolved in [first, last], overdue on *today*, by category, community and status."""
    closed = [x.value for x in DisputeStatus if x not in OPEN]
    with sf() as s:
        visible = _visible(actor)
        base = select(func.count(Dispute.id)).join(Case, Case.id == Dispute.case_id).where(*visible)
        opened = s.scalar(base.where(Dispute.opened_on.between(first, last))) or 0
        resolved = (
            s.scalar(base.where(Dispute.status.in_(closed), Dispute.closed_on.between(first, last))) or 0
        )
        overdue = (
            s.scalar(base.where(Dispute.status.in_([x.value for x in OPEN]), Dispute.due_on < today)) or 0
        )
        in_period = [Dispute.opened_on.between(first, last), *visible]
        by_category = dict(
            s.execute(
                select(DisputeCategoryLink.code, func.count(DisputeCategoryLink.id))
                .join(Dispute, Dispute.id == DisputeCategoryLink.dispute_id)
                .join(Case, Case.id == Dispute.case_id)
                .where(*in_period)
                .group_by(DisputeCategoryLink.code)
            ).all()
        )
        by_community = dict(
            s.execute(
                select(Community.name, func.count(Dispute.id))
                .join(Case, Case.id == Dispute.case_id)
                .join(Community, Community.id == Case.community_id)
                .where(*in_period)
                .group_by(Community.name)
            ).all()
        )
        by_status = dict(
            s.execute(
                select(Dispute.status, func.count(Dispute.id))
                .join(Case, Case.id == Dispute.case_id)
                .where(*in_period)
                .group_by(Dispute.status)
            ).all()
        )
        return DisputeStats(opened, resolved, overdue, by_category, by_community, by_status)
