"""Domain vocabulary: enums and plain data classes shared by core, CLI and UI."""

from casedesk.core.domain.enums import (
    AreaSource,
    DisputeCategory,
    DisputeStatus,
    MeetingOutcome,
    PartyRole,
    Role,
    SideState,
    Stage,
    TallyOutcome,
    Vote,
    VoteSource,
)

__all__ = [
    "AreaSource",
    "DisputeCategory",
    "DisputeStatus",
    "MeetingOutcome",
    "PartyRole",
    "Role",
    "SideState",
    "Stage",
    "TallyOutcome",
    "Vote",
    "VoteSource",
]
