"""The plain input of a tally: flats, persons, ownerships, ballots and open objections."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from casedesk.core.domain.enums import Vote


@dataclass(frozen=True)
class FlatInput:
    flat_id: int
    room: str
    floor: int
    area_centi: int  # 专有部分面积 in hundredths of m² (SPC art. 8)
    occupies_exclusive: bool = False  # the elevator occupies this flat's exclusive part
    developer_unsold: bool = False  # unsold or undelivered developer flat (SPC art. 9)


@dataclass(frozen=True)
class PersonInput:
    person_id: int
    name: str
    id_number: str | None = None  # 身份证号 or 统一社会信用代码; identifies one person across flats


@dataclass(frozen=True)
class OwnershipInput:
    flat_id: int
    person_id: int


@dataclass(frozen=True)
class BallotInput:
    flat_id: int
    person_id: int
    vote: Vote
    signed_on: date | None = None


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
        data = asdict(self)
        data["ballots"] = [
            {
                **b,
                "vote": b["vote"].value,
                "signed_on": b["signed_on"].isoformat() if b["signed_on"] else None,
            }
            for b in data["ballots"]
        ]
        data["vote_date"] = self.vote_date.isoformat() if self.vote_date else None
        return data

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
