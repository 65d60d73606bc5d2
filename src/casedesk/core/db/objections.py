"""The objections that hold a case at the notice stage, asked the same way everywhere."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from casedesk.core.db.models import Objection
from casedesk.core.domain.enums import ObjectionStatus


def open_written() -> ColumnElement[bool]:
    """An objection still to be answered that was made in writing (an oral one is only noted):
    the kind that blocks the notice stage and the tally, and that a mediator takes up."""
    return and_(Objection.status == ObjectionStatus.OPEN.value, Objection.written.is_(True))


def count_open_written(session: Session, case_id: int) -> int:
    return (
        session.scalar(select(func.count(Objection.id)).where(Objection.case_id == case_id, open_written()))
        or 0
    )
