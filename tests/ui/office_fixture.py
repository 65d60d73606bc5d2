"""An office as it is on its first morning: its places set up in 设置 and three accounts.

Kept apart from test_end_to_end.py so that test imports no service: everything it changes, it
changes through the widgets. Fixtures may prepare the database (issue 20).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from casedesk.core.db.models import Community
from casedesk.core.domain.enums import Role
from casedesk.core.services.actor import Actor
from casedesk.core.services.places import add_community, add_district, add_street
from casedesk.core.services.users import create_user


@dataclass(frozen=True)
class Office:
    clerk: Actor
    mediator: Actor
    supervisor: Actor


def set_up_office(database, system: Actor) -> Office:
    sf = database.session_factory
    add_district(sf, system, "历下区")
    add_street(sf, system, "历下区", "文东街道")
    add_community(sf, system, "历下区", "文东街道", "青龙街社区")
    with sf.begin() as s:
        community = s.scalar(select(Community.id).where(Community.name == "青龙街社区"))
        mine = frozenset({community})
        li = create_user(s, system, "li", "李社工", Role.CLERK, "password-li", tuple(mine))
        zhao = create_user(s, system, "zhao", "赵调解员", Role.MEDIATOR, "password-zhao", tuple(mine))
        zhu = create_user(s, system, "zhu", "朱主任", Role.SUPERVISOR, "password-zhu")
        return Office(
            Actor(li.id, "li", Role.CLERK, "李社工", mine),
            Actor(zhao.id, "zhao", Role.MEDIATOR, "赵调解员", mine),
            Actor(zhu.id, "zhu", Role.SUPERVISOR, "朱主任"),
        )
