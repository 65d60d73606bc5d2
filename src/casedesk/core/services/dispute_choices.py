"""Small reads the dispute screens need besides the queue and the detail: who can mediate, and
which of a dispute's categories a mediator has already confirmed."""

from __future__ import annotations

from sqlalchemy import select

from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import DisputeCategoryLink, UserAccount
from casedesk.core.domain.enums import DisputeCategory, Role
from casedesk.core.services.actor import Actor
from casedesk.core.services.disputes_access import get_dispute


def mediator_choices(sf: SessionFactory, actor: Actor) -> list[tuple[int, str]]:
    """(user id, display name) of the active accounts a new dispute can be given to."""
    actor.require(Role.CLERK, Role.MEDIATOR, Role.SUPERVISOR)
    with sf() as s:
        return [
            (uid, name)
            for uid, name in s.execute(
                select(UserAccount.id, UserAccount.display_name)
                .where(
                    UserAccount.role.in_([Role.MEDIATOR.value, Role.SUPERVISOR.value]),
                    UserAccount.active.is_(True),
                )
                .order_by(UserAccount.display_name, UserAccount.id)
            )
        ]


def dispute_categories(
    sf: SessionFactory, actor: Actor, dispute_no: str
) -> list[tuple[DisputeCategory, bool]]:
    """The dispute's categories with whether a mediator confirmed each (else only suggested)."""
    with sf() as s:
        d = get_dispute(s, actor, dispute_no)
        known = {c.value for c in DisputeCategory}
        return [
            (DisputeCategory(code), bool(confirmed))
            for code, confirmed in s.execute(
                select(DisputeCategoryLink.code, DisputeCategoryLink.confirmed)
                .where(DisputeCategoryLink.dispute_id == d.id)
                .order_by(DisputeCategoryLink.id)
            )
            if code in known
        ]
