"""Which facts of a case call for a dispute (domain.md §e): a reasoned 不同意, co-owners of a flat
or one owner's flats with different opinions, an occupied exclusive part without its owner's
agreement, a written objection to the notice, an obstruction of the works. Pure: the rows come
from services/disputes_flags.py, and each trigger has a stable key so it is raised once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from casedesk.core.consent.engine import signed_apart
from casedesk.core.disputes.views import PartyInput
from casedesk.core.domain.enums import DisputeCategory, PartyRole, Vote
from casedesk.core.i18n import N_


class BallotRow(NamedTuple):
    """A current ballot of the case with its flat and signer."""

    flat_id: int
    person_id: int
    vote: str  # a Vote value
    reason: str | None
    room: str
    floor: int
    name: str


class OccupiedFlat(NamedTuple):
    """A flat whose exclusive part the elevator occupies, with its current owners (id, name)."""

    flat_id: int
    room: str
    floor: int
    owners: tuple[tuple[int, str], ...]


class ObjectionRow(NamedTuple):
    """An open written objection to the notice."""

    objection_id: int
    objector_name: str
    received_on: date
    detail: str | None
    address: str | None
    person_id: int | None
    contact: str | None


class ObstructionRow(NamedTuple):
    event_id: int
    occurred_on: date
    note: str | None


@dataclass(frozen=True)
class Trigger:
    key: str  # Dispute.source_key: unique per case, so a trigger opens one dispute ever
    title: str
    explanation: str
    reason_text: str | None
    parties: list[PartyInput]
    blocking: bool
    extra_categories: tuple[DisputeCategory, ...] = ()


def _in_question(ballots: Sequence[BallotRow]) -> list[BallotRow]:
    """The ballots a trigger can involve: those of a flat or a signer with an opinion other than
    同意 on some current ballot. Every ballot trigger below needs one (a reasoned 不同意, a flat
    or an owner with two opinions, an occupied part not plainly agreed), and each reads all the
    ballots of that flat or signer, which this keeps, in their order. A roster of 5,000 mostly
    agreeing owners leaves a few hundred to look at."""
    agree = Vote.AGREE.value
    flats = {b.flat_id for b in ballots if b.vote != agree}
    persons = {b.person_id for b in ballots if b.vote != agree}
    return [b for b in ballots if b.flat_id in flats or b.person_id in persons]


def _reasoned_disagreements(ballots: Sequence[BallotRow]) -> list[Trigger]:
    return [
        Trigger(
            f"ballot:{b.flat_id}:{b.person_id}",
            N_("{room} 室业主不同意加装电梯").format(room=b.room),
            N_("由 {room} 室不同意意见自动生成").format(room=b.room),
            b.reason,
            [PartyInput(b.name, PartyRole.OBJECTOR, b.room, b.floor, b.person_id)],
            blocking=False,
        )
        for b in ballots
        # Python's strip also drops the full-width space a reason may be "filled" with
        if b.vote == Vote.DISAGREE.value and b.reason and b.reason.strip()
    ]


def _split_flats(ballots: Sequence[BallotRow]) -> list[Trigger]:
    """Co-owners of one flat who signed different opinions: the split the tally counts as
    共有人意见不一致 (consent.engine.signed_apart)."""
    votes: dict[int, set[str]] = {}
    for b in ballots:
        votes.setdefault(b.flat_id, set()).add(b.vote)
    signers: dict[int, list[BallotRow]] = {}
    for b in ballots:
        if signed_apart(votes[b.flat_id]):
            signers.setdefault(b.flat_id, []).append(b)
    return [
        Trigger(
            f"co-owner-split:{flat_id}",
            N_("{room} 室共有人意见不一致").format(room=rows[0].room),
            N_("由 {room} 室共有人意见不一致自动生成").format(room=rows[0].room),
            None,
            [PartyInput(b.name, PartyRole.OBJECTOR, b.room, b.floor, b.person_id) for b in rows],
            blocking=False,
            extra_categories=(DisputeCategory.PROCEDURE_VALIDITY,),
        )
        for flat_id, rows in sorted(signers.items())
    ]


def _split_owners(ballots: Sequence[BallotRow]) -> list[Trigger]:
    """One owner who signed different opinions on two or more flats (signed_apart), by the person
    on record: the tally joins owners by 证件号码, a dispute names the one who signed."""
    flats: dict[int, set[int]] = {}
    votes: dict[int, set[str]] = {}
    rooms: dict[int, list[str]] = {}
    names: dict[int, str] = {}
    for b in ballots:
        flats.setdefault(b.person_id, set()).add(b.flat_id)
        votes.setdefault(b.person_id, set()).add(b.vote)
        rooms.setdefault(b.person_id, []).append(b.room)
        names[b.person_id] = b.name
    found = []
    for person_id in sorted(flats):
        if len(flats[person_id]) < 2 or not signed_apart(votes[person_id]):
            continue
        name, joined = names[person_id], "、".join(sorted(rooms[person_id]))
        found.append(
            Trigger(
                f"multi-flat-split:{person_id}",
                N_("{name} 在多套房屋上意见不一致").format(name=name),
                N_("由 {rooms} 室同一业主意见不一致自动生成").format(rooms=joined),
                None,
                [PartyInput(name, PartyRole.OBJECTOR, joined, None, person_id)],
                blocking=False,
                extra_categories=(DisputeCategory.PROCEDURE_VALIDITY,),
            )
        )
    return found


def _occupied_without_consent(
    ballots: Sequence[BallotRow], occupied: Iterable[OccupiedFlat]
) -> list[Trigger]:
    """An occupied exclusive part whose owners have given an opinion that is not a plain 同意.

    Only once an owner has given one: before the vote an occupied part is a consent still to
    collect (the tally says 阻断), and flagging it at roster import would block the case in
    受理登记 with a dispute nobody has raised."""
    opinions: dict[int, set[str]] = {}
    for b in ballots:
        opinions.setdefault(b.flat_id, set()).add(b.vote)
    return [
        Trigger(
            f"exclusive:{flat.flat_id}",
            N_("电梯占用 {room} 室专有部分，业主未同意").format(room=flat.room),
            N_("由 {room} 室专有部分被占用且未同意自动生成").format(room=flat.room),
            None,
            [PartyInput(name, PartyRole.OBJECTOR, flat.room, flat.floor, pid) for pid, name in flat.owners],
            blocking=True,
            extra_categories=(DisputeCategory.ACCESS_PATH,),
        )
        for flat in occupied
        if opinions.get(flat.flat_id) and opinions[flat.flat_id] != {Vote.AGREE.value}
    ]


def _objections(objections: Iterable[ObjectionRow]) -> list[Trigger]:
    return [
        Trigger(
            f"objection:{o.objection_id}",
            N_("{who} 对公示提出书面异议").format(who=o.objector_name),
            N_("由 {who} 的书面异议（{d}）自动生成").format(who=o.objector_name, d=o.received_on),
            o.detail,
            [PartyInput(o.objector_name, PartyRole.OBJECTOR, o.address, None, o.person_id, o.contact)],
            blocking=False,
        )
        for o in objections
    ]


def _obstructions(events: Iterable[ObstructionRow]) -> list[Trigger]:
    return [
        Trigger(
            f"obstruction:{e.event_id}",
            N_("施工受阻（{d}）").format(d=e.occurred_on),
            N_("由 {d} 施工阻挠记录自动生成").format(d=e.occurred_on),
            e.note,
            [PartyInput(N_("阻挠人（待核实）"), PartyRole.OBJECTOR)],
            blocking=True,
            extra_categories=(DisputeCategory.OBSTRUCTION,),
        )
        for e in events
    ]


def detect(
    ballots: Sequence[BallotRow],
    occupied: Iterable[OccupiedFlat] = (),
    objections: Iterable[ObjectionRow] = (),
    obstructions: Iterable[ObstructionRow] = (),
) -> list[Trigger]:
    """Every trigger the case holds now, flagged or not, in a stable order. *ballots* are the
    case's current ballots in the order they were recorded."""
    ballots = _in_question(ballots)
    return [
        *_reasoned_disagreements(ballots),
        *_split_flats(ballots),
        *_split_owners(ballots),
        *_occupied_without_consent(ballots, occupied),
        *_objections(objections),
        *_obstructions(obstructions),
    ]
