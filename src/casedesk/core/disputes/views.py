"""What the screens, the command line and the reports are given about disputes: plain frozen
records with real dates (the JSON of `--json` is made here, in one place)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from casedesk.core.db.models import DisputeParty
from casedesk.core.domain.enums import DisputeStatus, PartyRole
from casedesk.core.domain.textinput import NAME_MAX, clean_text, field_limit, optional_text
from casedesk.core.i18n import N_


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


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
        return self.status.is_open and self.due_on is not None and self.due_on < today

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
            "due_on": _iso(self.due_on),
            "overdue": self.overdue(today),
            "categories": list(self.categories),
            "community": self.community,
        }


@dataclass(frozen=True)
class StatusChange:
    """One line of a dispute's status history; *was* is None on the line that opened it."""

    was: DisputeStatus | None
    to: DisputeStatus
    on: date
    by: str
    note: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.was.value if self.was else None,
            "to": self.to.value,
            "on": self.on.isoformat(),
            "by": self.by,
            "note": self.note,
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

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.meeting_id,
            "held_at": self.held_at.isoformat(sep=" "),
            "place": self.place,
            "mediators": self.mediators,
            "outcome": self.outcome,
            "notes": self.notes,
            "versions": self.versions,
        }


@dataclass(frozen=True)
class AgreementView:
    agreement_no: str
    terms: str | None  # None when the reader may not see what was agreed in confidence
    signed_on: date | None
    performance_deadline: date | None
    judicial_confirmation_until: date | None  # 人民调解法 art. 33, from the day it took effect
    performed_on: date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "agreement": self.agreement_no,
            "terms": self.terms,
            "signed_on": _iso(self.signed_on),
            "performance_deadline": _iso(self.performance_deadline),
            "judicial_confirmation_until": _iso(self.judicial_confirmation_until),
            "performed_on": _iso(self.performed_on),
        }


@dataclass(frozen=True)
class VisitView:
    """A follow-up visit (回访) after an agreement."""

    on: date
    by: str | None
    findings: str | None

    def to_json(self) -> dict[str, Any]:
        return {"on": self.on.isoformat(), "by": self.by, "findings": self.findings}


@dataclass(frozen=True)
class DisputeDetail:
    summary: DisputeSummary
    description: str | None
    source_explanation: str | None
    parties: tuple[PartyInput, ...]
    history: tuple[StatusChange, ...]
    meetings: tuple[MeetingView, ...]
    agreements: tuple[AgreementView, ...]
    visits: tuple[VisitView, ...] = ()

    def to_json(self, today: date) -> dict[str, Any]:
        data = self.summary.to_json(today)
        data.update(
            description=self.description,
            source_explanation=self.source_explanation,
            parties=[
                {"name": p.name, "role": p.role.value, "room": p.room, "floor": p.floor} for p in self.parties
            ],
            history=[h.to_json() for h in self.history],
            meetings=[m.to_json() for m in self.meetings],
            agreements=[a.to_json() for a in self.agreements],
            visits=[v.to_json() for v in self.visits],
        )
        return data


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
