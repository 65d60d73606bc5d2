"""Who is acting: kept here for the services and callers that import it from here (the type
lives in core/domain, below the audit trail, which needs it without importing the services)."""

from __future__ import annotations

from casedesk.core.domain.actor import SYSTEM_ACTOR, Actor

__all__ = ["SYSTEM_ACTOR", "Actor"]
