"""The one way a dispute's status is written: the rules' machine is asked, the closing date kept
and the status history written. Every writer (status change, meeting, agreement, follow-up visit,
a new dispute's first status) goes through here, so none can make a move the rules forbid."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from casedesk.core.db.models import Dispute, DisputeStatusChange
from casedesk.core.disputes.rules import can_move
from casedesk.core.domain.enums import DisputeStatus
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor


def _history(
    s: Session,
    actor: Actor,
    d: Dispute,
    was: DisputeStatus | None,
    to: DisputeStatus,
    on: date,
    note: str | None,
) -> None:
    s.add(
        DisputeStatusChange(
            dispute_id=d.id,
            from_status=was.value if was else None,
            to_status=to.value,
            changed_on=on,
            actor_name=actor.name,
            note=note,
        )
    )


def record_opened(s: Session, actor: Actor, d: Dispute) -> None:
    """The first line of a new dispute's history (待调解 on the day it was opened); *d* has its id."""
    _history(s, actor, d, None, DisputeStatus(d.status), d.opened_on, d.source_explanation)


def move(
    s: Session, actor: Actor, d: Dispute, to: DisputeStatus, *, on: date, note: str | None
) -> DisputeStatus:
    """Move *d* to *to* if the rules allow it (rules.can_move; a terminated dispute never becomes
    agreed), else raise UserError. Returns the old status.

    The closing date is the day mediation ended: set when the dispute leaves the open statuses,
    kept by later closed moves (a follow-up visit's 已履行), cleared when it re-enters mediation,
    so the monthly report and the statistics can count resolutions by it alone."""
    current = DisputeStatus(d.status)
    if not can_move(current, to):
        raise UserError(N_("纠纷状态不能从“{a}”变为“{b}”").format(a=current.label, b=to.label))
    d.status = to.value
    if current.is_open and not to.is_open:
        d.closed_on = on
    elif to.is_open:
        d.closed_on = None
    _history(s, actor, d, current, to, on, note)
    return current
