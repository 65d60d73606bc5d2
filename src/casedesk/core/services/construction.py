"""Construction and acceptance as the 费用与补贴 tab shows them: works started, obstructions logged,
the acceptance documents and the date the elevator passed its acceptance.

Read-only. Obstructions are written by `disputes.log_obstruction`; the acceptance date is set by
`workflow.advance` when the case leaves 竣工验收 (its guard checks the inspection report and the
acceptance record), so the acceptance screen goes through that one service and no second path
can set the date without those documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from casedesk.core.db.checklist import checklist_statuses
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import Case, Flat, StageEvent
from casedesk.core.domain.enums import ChecklistStatus, SideState, Stage
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id
from casedesk.core.workflow.stages import CHECKLISTS


@dataclass(frozen=True)
class Obstruction:
    on: date
    description: str
    by: str


@dataclass(frozen=True)
class AcceptanceDocument:
    title: str
    status: ChecklistStatus


@dataclass(frozen=True)
class ConstructionView:
    stage: Stage
    active: bool  # False: suspended, withdrawn or rejected
    stage_entered_on: date
    started_on: date | None
    accepted_on: date | None
    obstructions: tuple[Obstruction, ...]
    acceptance_documents: tuple[AcceptanceDocument, ...]
    floors: int
    rooms: tuple[str, ...]  # the flats' rooms, low floors first (for the compensation list)

    @property
    def can_record_acceptance(self) -> bool:
        return self.active and self.stage is Stage.ACCEPTANCE


def construction_view(sf: SessionFactory, actor: Actor, case_no: str) -> ConstructionView:
    with sf() as s:
        case = s.get(Case, resolve_case_id(s, actor, case_no))
        assert case is not None
        obstructions = tuple(
            Obstruction(on, note or "", name or "")
            for on, note, name in s.execute(
                select(StageEvent.occurred_on, StageEvent.note, StageEvent.actor_name)
                .where(StageEvent.case_id == case.id, StageEvent.kind == "obstruction")
                .order_by(StageEvent.occurred_on, StageEvent.id)
            )
        )
        status = checklist_statuses(s, case.id, Stage.ACCEPTANCE)
        documents = tuple(
            AcceptanceDocument(d.title, status.get(d.code, ChecklistStatus.MISSING))
            for d in CHECKLISTS[Stage.ACCEPTANCE]
        )
        rooms = tuple(
            s.scalars(select(Flat.room).where(Flat.case_id == case.id).order_by(Flat.floor, Flat.room))
        )
        return ConstructionView(
            Stage(case.stage),
            case.side_state == SideState.ACTIVE.value,
            case.stage_entered_on,
            case.started_on,
            case.accepted_on,
            obstructions,
            documents,
            case.floors,
            rooms,
        )
