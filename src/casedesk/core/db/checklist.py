"""The documents recorded for a case's stage, read the same way by the guards and the views."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.db.models import ChecklistItem
from casedesk.core.domain.enums import ChecklistStatus, Stage


def checklist_statuses(session: Session, case_id: int, stage: Stage) -> dict[str, ChecklistStatus]:
    """The recorded documents of a stage by code (a document never recorded is missing)."""
    rows = session.execute(
        select(ChecklistItem.code, ChecklistItem.status).where(
            ChecklistItem.case_id == case_id, ChecklistItem.stage == stage.value
        )
    )
    return {code: ChecklistStatus(status) for code, status in rows}
