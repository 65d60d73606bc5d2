"""Who is acting: carried into every service call and every audit event."""

from __future__ import annotations

from dataclasses import dataclass

from casedesk.core.domain.enums import Role
from casedesk.core.errors import PermissionDenied
from casedesk.core.i18n import N_


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: Role
    display_name: str = ""
    # None = every community (supervisors, admins, the system account).
    community_ids: frozenset[int] | None = None

    @property
    def name(self) -> str:
        return self.display_name or self.username

    def require(self, *roles: Role) -> None:
        """Raise PermissionDenied unless the actor has one of *roles* (admins always pass)."""
        if self.role is Role.ADMIN or self.role in roles:
            return
        wanted = "、".join(r.label for r in roles)
        raise PermissionDenied(
            N_("权限不足：此操作需要{roles}角色（当前：{role}）").format(roles=wanted, role=self.role.label)
        )

    def may_see_community(self, community_id: int) -> bool:
        return self.community_ids is None or community_id in self.community_ids


# The command line acts as this built-in account (SPEC §4): admin rights, named in the audit trail.
SYSTEM_ACTOR = Actor(user_id=None, username="system", role=Role.ADMIN, display_name="system")
