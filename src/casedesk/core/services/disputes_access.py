"""Who may see which dispute, and who may read what neighbours said in confidence.

Meeting notes hold what neighbours said in confidence, so only mediators and supervisors (and
the command line's system account) may read them; that check lives here, not in the screens.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from casedesk.core.db.models import Case, Dispute
from casedesk.core.db.queries import case_id_by_number
from casedesk.core.domain.enums import Role
from casedesk.core.errors import NotFound, PermissionDenied
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor

NOTE_READERS = (Role.MEDIATOR, Role.SUPERVISOR)


def may_read_notes(actor: Actor) -> bool:
    """Mediators and supervisors read what neighbours said in confidence; an administrator's
    account does not (it manages users and backups, not cases). The built-in `system` account of
    the command line still may: whoever runs it holds the database file itself."""
    if actor.role in NOTE_READERS:
        return True
    return actor.user_id is None and actor.username == "system"


def visible(actor: Actor) -> list[ColumnElement[bool]]:
    """Which disputes *actor* may see, as WHERE clauses over Dispute joined to Case: those of the
    communities they hold, and those assigned to them whatever community the case is in (a
    street's mediator is given disputes from every community; issue 20)."""
    if actor.community_ids is None:
        return []
    held = Case.community_id.in_(sorted(actor.community_ids))
    if actor.user_id is None:
        return [held]
    return [or_(held, Dispute.mediator_id == actor.user_id)]


def _assigned(actor: Actor, dispute: Dispute) -> bool:
    return actor.user_id is not None and dispute.mediator_id == actor.user_id


def get_dispute(s: Session, actor: Actor, dispute_no: str) -> Dispute:
    """The dispute, if *actor* may see it: its case's community, or assigned to them."""
    dispute = s.scalar(select(Dispute).where(Dispute.dispute_no == dispute_no.strip()))
    if dispute is None:
        raise NotFound(N_("找不到纠纷：{no}").format(no=dispute_no))
    case = s.get(Case, dispute.case_id)
    assert case is not None
    if not (actor.may_see_community(case.community_id) or _assigned(actor, dispute)):
        raise PermissionDenied(N_("该纠纷不在您的负责范围内：{no}").format(no=dispute.dispute_no))
    return dispute


def case_of_disputes(s: Session, actor: Actor, case_no: str) -> int:
    """The case id for a dispute list by case: a mediator outside its community still lists the
    disputes assigned to them (the rows are filtered by visible)."""
    case_id = case_id_by_number(s, case_no)
    if case_id is None:
        raise NotFound(N_("找不到案件：{case_no}").format(case_no=case_no))
    case = s.get(Case, case_id)
    assert case is not None
    if actor.may_see_community(case.community_id):
        return case_id
    mine: Any = actor.user_id is not None and s.scalar(
        select(func.count(Dispute.id)).where(Dispute.case_id == case_id, Dispute.mediator_id == actor.user_id)
    )
    if not mine:
        raise PermissionDenied(N_("该案件不在您的负责范围内：{case_no}").format(case_no=case_no))
    return case_id
