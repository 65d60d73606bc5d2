"""Read-only data objects handed to the UI and the command line (never live ORM objects)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from casedesk.core.domain.enums import SideState, Stage
from casedesk.core.domain.units import format_area

T = TypeVar("T")


# The orders a case list can be sorted in (the query applies them).
SORT_KEYS = ("case_no", "opened_on", "stage", "stage_due_on", "community", "address")


@dataclass(frozen=True)
class CaseFilter:
    """Which cases a list shows: what the case list, the dashboard's figures and the work queue ask
    the query layer for (a plain value, so the UI never needs the database layer to build one)."""

    stages: tuple[Stage, ...] = ()
    side_states: tuple[SideState, ...] = ()
    community: str | None = None  # name (exact) of a community
    street: str | None = None
    district: str | None = None
    rule_set: str | None = None
    overdue_on: date | None = None  # only cases whose stage hold time ended before this day
    text: str | None = None  # case number, address, owner name, phone or ID-number tail
    due_between: tuple[date, date] | None = None  # active cases whose hold time ends in this range
    blocked: bool = False  # suspended, or with an open blocking dispute
    needs_verification: bool = False  # the latest kept tally is provisional (需核实)
    community_ids: frozenset[int] | None = None  # the actor's visible communities; None = all
    # The cases behind a dashboard figure: (first or None for "since the start", last), inclusive.
    started_between: tuple[date | None, date] | None = None
    accepted_between: tuple[date | None, date] | None = None
    subsidy_paid_between: tuple[date | None, date] | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: tuple[T, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class CaseSummary:
    case_no: str
    district: str
    street: str
    community: str
    compound: str
    building: str
    unit: str
    floors: int
    stage: Stage
    side_state: SideState
    opened_on: date
    stage_entered_on: date
    stage_due_on: date | None
    flat_count: int
    rule_set: str | None

    @property
    def address(self) -> str:
        return f"{self.compound}{self.building}号楼{self.unit}单元"

    @property
    def full_address(self) -> str:
        return f"{self.district}{self.street}{self.community}{self.address}"

    @property
    def stage_text(self) -> str:
        if self.side_state is not SideState.ACTIVE:
            return f"{self.side_state.label}（{self.stage.label}）"
        return self.stage.label

    def is_overdue(self, today: date) -> bool:
        return (
            self.side_state is SideState.ACTIVE
            and self.stage_due_on is not None
            and (self.stage_due_on < today)
        )

    def to_json(self, today: date | None = None) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            stage=self.stage.value,
            side_state=self.side_state.value,
            opened_on=self.opened_on.isoformat(),
            stage_entered_on=self.stage_entered_on.isoformat(),
            stage_due_on=self.stage_due_on.isoformat() if self.stage_due_on else None,
            address=self.full_address,
        )
        if today is not None:
            data["overdue"] = self.is_overdue(today)
        return data


@dataclass(frozen=True)
class OwnerView:
    person_id: int
    name: str
    id_number: str | None
    phone: str | None


@dataclass(frozen=True)
class FlatView:
    flat_id: int
    room: str
    floor: int
    area_centi: int
    area_source: str
    occupies_exclusive: bool
    developer_unsold: bool
    owners: tuple[OwnerView, ...]
    vote: str | None  # current ballot of the first owner that voted, for the overview

    def to_json(self, full_ids: bool = False) -> dict[str, Any]:
        from casedesk.core.privacy import mask_id, mask_phone

        def ident(value: str | None) -> str | None:
            return value if full_ids else mask_id(value)

        def phone(value: str | None) -> str | None:
            return value if full_ids else mask_phone(value)

        return {
            "room": self.room,
            "floor": self.floor,
            "area": format_area(self.area_centi),
            "area_source": self.area_source,
            "occupies_exclusive": self.occupies_exclusive,
            "developer_unsold": self.developer_unsold,
            "owners": [
                {"name": o.name, "id_number": ident(o.id_number), "phone": phone(o.phone)}
                for o in self.owners
            ],
            "vote": self.vote,
        }


@dataclass(frozen=True)
class StageEventView:
    kind: str
    from_stage: str | None
    to_stage: str | None
    occurred_on: date
    actor: str
    note: str | None


@dataclass(frozen=True)
class RepresentativeView:
    """An owner representative (or the implementer's contact) named for the case."""

    name: str
    phone: str | None = None
    room: str | None = None


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    flats: tuple[FlatView, ...]
    events: tuple[StageEventView, ...]
    has_elevator: bool
    state_owned_land: bool | None
    in_expropriation_plan: bool | None
    version: int
    area_total_centi: int = field(default=0)
    implementer: str | None = None
    title_document: str | None = None
    notes: str | None = None
    representatives: tuple[RepresentativeView, ...] = ()

    def to_json(self, today: date | None = None, full_ids: bool = False) -> dict[str, Any]:
        data = self.summary.to_json(today)
        data.update(
            has_elevator=self.has_elevator,
            state_owned_land=self.state_owned_land,
            in_expropriation_plan=self.in_expropriation_plan,
            version=self.version,
            area_total=format_area(self.area_total_centi),
            flats=[f.to_json(full_ids) for f in self.flats],
            events=[
                {
                    "kind": e.kind,
                    "from": e.from_stage,
                    "to": e.to_stage,
                    "on": e.occurred_on.isoformat(),
                    "by": e.actor,
                    "note": e.note,
                }
                for e in self.events
            ],
        )
        return data
