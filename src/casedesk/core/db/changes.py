"""The change feed: every write lands in audit_event in the same transaction, so the audit table
doubles as the list of what other clients changed. Polling it by primary key costs one index
range scan, on SQLite and PostgreSQL alike (no LISTEN connection to keep alive through a flaky
office network).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.core.db.models import AuditEvent, Case, UserAccount

# PostgreSQL hands out ids when rows are inserted, not when transactions commit: a colleague's
# longer transaction can commit an id lower than one already seen. Looking back this many ids
# (and skipping the ones already seen) catches those late commits.
LOOK_BACK_IDS = 200


@dataclass(frozen=True)
class ChangeRow:
    event_id: int
    username: str
    who: str  # the display name a colleague knows, or the username of an account since removed
    case_no: str | None


def latest_event_id(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.max(AuditEvent.id), 0))) or 0


def events_after(session: Session, after_id: int, *, limit: int = 500) -> list[ChangeRow]:
    rows = session.execute(
        select(
            AuditEvent.id,
            AuditEvent.username,
            func.coalesce(UserAccount.display_name, AuditEvent.username),
            Case.case_no,
        )
        .outerjoin(Case, Case.id == AuditEvent.case_id)
        .outerjoin(UserAccount, UserAccount.id == AuditEvent.user_id)
        .where(AuditEvent.id > after_id - LOOK_BACK_IDS)
        .order_by(AuditEvent.id)
        .limit(limit + LOOK_BACK_IDS)
    ).all()
    return [ChangeRow(*row) for row in rows]
