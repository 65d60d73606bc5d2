"""What is asked of disputes in SQL, asked one way: which are open, which block a case, and how
many were opened, resolved and overdue in a period (the monthly report and the dispute statistics
both count with dispute_counts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_
from sqlalchemy.orm import Session

from casedesk.core.db.models import Dispute
from casedesk.core.domain.enums import OPEN_DISPUTE_STATUSES


def open_dispute() -> ColumnElement[bool]:
    """Dispute rows still to be mediated (DisputeStatus.is_open, in SQL)."""
    return Dispute.status.in_(sorted(s.value for s in OPEN_DISPUTE_STATUSES))


def open_blocking_dispute(case_id: Any) -> ColumnElement[bool]:
    """An open dispute that holds *case_id* (a value or a correlated Case.id) where it stands."""
    return and_(Dispute.case_id == case_id, Dispute.blocking.is_(True), open_dispute())


@dataclass(frozen=True)
class DisputeCounts:
    opened: int  # opened in the period
    resolved: int  # mediation ended in the period (agreed, failed, terminated…)
    overdue: int  # past the mediation limit and still open on the period's last day (or today)


def dispute_counts(s: Session, base: Select[Any], *, first: date, last: date, today: date) -> DisputeCounts:
    """Disputes of *base* (a `select(func.count(Dispute.id))` with the caller's joins and scope)
    opened and resolved in [first, last], and overdue: now for a period that runs to today or
    later, else as they stood on *last* (opened by then, not closed by then, past their limit).
    A dispute's closing date is set when it leaves mediation and cleared if it re-enters it
    (core/disputes/transitions.move), so the closing date alone says when it was resolved."""
    as_of = min(last, today)
    opened = s.scalar(base.where(Dispute.opened_on.between(first, last))) or 0
    resolved = s.scalar(base.where(Dispute.closed_on.between(first, last))) or 0
    if as_of >= today:
        overdue = s.scalar(base.where(open_dispute(), Dispute.due_on < today)) or 0
    else:
        overdue = (
            s.scalar(
                base.where(
                    Dispute.opened_on <= as_of,
                    Dispute.closed_on.is_(None) | (Dispute.closed_on > as_of),
                    Dispute.due_on < as_of,
                )
            )
            or 0
        )
    return DisputeCounts(opened, resolved, overdue)
