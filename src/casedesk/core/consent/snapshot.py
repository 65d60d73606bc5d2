"""The plain input of a tally: flats, persons, ownerships, ballots and open objections.

The four row types are NamedTuples: immutable like frozen dataclasses, but built at C speed. The
city's "which cases pass" reads 330,000 of them; frozen dataclasses' __init__ was a third of that."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from casedesk.core.domain.enums import Vote


class FlatInput(NamedTuple):
    flat_id: int
    room: str
    floor: int
    area_centi: int  # 专有部分面积 in hundredths of m² (SPC art. 8)
    occupies_exclusive: bool = False  # the elevator occupies this flat's exclusive part
    developer_unsold: bool = False  # unsold or undelivered developer flat (SPC art. 9)


class PersonInput(NamedTuple):
    person_id: int
    name: str
    id_number: str | None = None  # 身份证号 or 统一社会信用代码; identifies one person across flats


class OwnershipInput(NamedTuple):
    flat_id: int
    person_id: int


class BallotInput(NamedTuple):
    flat_id: int
    person_id: int
    vote: Vote
    signed_on: date | None = None


class FlatGroup(NamedTuple):
    """Flats of one case alike in the facts the fast count reads (engine.tally_outcome_by_flat_groups):
    facts as recorded, with no rule applied; what they mean is decided in the engine."""

    # Facts as 0 or 1 (or False/True), as a database's CASE returns them and the engine reads them.
    developer_unsold: int
    occupying: int  # the elevator occupies these flats' exclusive part
    # Which opinions the flats' current ballots carry, signed by the day asked for: an owner's
    # ballot, or for a developer's unsold flat whoever signed it (as engine._flat_opinions reads).
    agree: int
    disagree: int
    abstain: int
    flats: int
    area_centi: int
    # The flat, when the group is one flat that SPC art. 9 may join to others (an owner on record
    # for another flat too, now or before, or developer_unsold): such flats are never summed, since
    # joining them is the engine's to decide.
    flat_id: int | None = None


@dataclass(frozen=True)
class TallySnapshot:
    flats: tuple[FlatInput, ...]
    persons: tuple[PersonInput, ...]
    ownerships: tuple[OwnershipInput, ...]
    ballots: tuple[BallotInput, ...] = ()
    open_written_objections: int = 0
    case_no: str = ""
    district: str | None = None
    vote_date: date | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The inputs as stored with a kept tally, so it can be recomputed and reprinted."""
        return {
            "flats": [f._asdict() for f in self.flats],
            "persons": [p._asdict() for p in self.persons],
            "ownerships": [o._asdict() for o in self.ownerships],
            "ballots": [
                {
                    **b._asdict(),
                    "vote": b.vote.value,
                    "signed_on": b.signed_on.isoformat() if b.signed_on else None,
                }
                for b in self.ballots
            ],
            "open_written_objections": self.open_written_objections,
            "case_no": self.case_no,
            "district": self.district,
            "vote_date": self.vote_date.isoformat() if self.vote_date else None,
            "extra": dict(self.extra),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TallySnapshot:
        return cls(
            flats=tuple(FlatInput(**f) for f in data["flats"]),
            persons=tuple(PersonInput(**p) for p in data["persons"]),
            ownerships=tuple(OwnershipInput(**o) for o in data["ownerships"]),
            ballots=tuple(
                BallotInput(
                    b["flat_id"],
                    b["person_id"],
                    Vote(b["vote"]),
                    date.fromisoformat(b["signed_on"]) if b.get("signed_on") else None,
                )
                for b in data["ballots"]
            ),
            open_written_objections=data.get("open_written_objections", 0),
            case_no=data.get("case_no", ""),
            district=data.get("district"),
            vote_date=date.fromisoformat(data["vote_date"]) if data.get("vote_date") else None,
            extra=data.get("extra", {}),
        )
