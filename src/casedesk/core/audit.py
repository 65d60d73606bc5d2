"""The append-only audit trail, written in the same transaction as the change it records."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from casedesk.core.db.models import AuditEvent
from casedesk.core.services.actor import Actor


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    return value


def record_audit(
    session: Session,
    actor: Actor,
    action: str,
    object_type: str,
    object_id: int | None,
    *,
    case_id: int | None = None,
    summary: str | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event to *session*'s transaction.

    `changes` is a field-level diff {"field": [old, new]} for edits, or the created values.
    Personal data may appear here: the audit table is as protected as the data itself.
    """
    event = AuditEvent(
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        object_type=object_type,
        object_id=object_id,
        case_id=case_id,
        summary=summary,
        changes=_jsonable(changes) if changes is not None else None,
    )
    session.add(event)
    return event


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Field-level diff of two plain dicts: only the fields whose value changed."""
    return {k: [before.get(k), after.get(k)] for k in after if before.get(k) != after.get(k)}
