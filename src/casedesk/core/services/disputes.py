"""Dispute and mediation use cases, the public face: open, flag automatically, mediate, agree,
follow up, read. The code lives in modules with one job each, re-exported here so callers keep
one import:

- core/disputes/rules.py: the pure rules (categories, status machine, time limits, template);
- core/disputes/transitions.py: the one function that writes a status (and its history);
- core/disputes/triggers.py: the pure detection of what calls for a dispute;
- core/disputes/views.py: the typed records the screens, the command line and reports get
  (the status history, meetings, agreements and visits of a DisputeDetail among them);
- services/disputes_access.py: who may see a dispute and read its notes;
- services/disputes_flags.py: the triggers' rows and the disputes opened for them;
- services/disputes_write.py: the write use cases;
- services/disputes_read.py: the queue, the detail and the statistics.
"""

from __future__ import annotations

from casedesk.core.disputes.rules import meeting_template
from casedesk.core.disputes.views import DisputeDetail, DisputeStats, DisputeSummary, PartyInput
from casedesk.core.services.disputes_access import NOTE_READERS, may_read_notes
from casedesk.core.services.disputes_flags import flag_disputes, log_obstruction, raise_flags
from casedesk.core.services.disputes_read import (
    dispute_detail,
    dispute_stats,
    list_disputes,
    meeting_versions,
)
from casedesk.core.services.disputes_write import (
    add_agreement,
    add_follow_up,
    change_status,
    confirm_categories,
    extend_deadline,
    open_dispute,
    save_meeting,
)

__all__ = [
    "NOTE_READERS",
    "DisputeDetail",
    "DisputeStats",
    "DisputeSummary",
    "PartyInput",
    "add_agreement",
    "add_follow_up",
    "change_status",
    "confirm_categories",
    "dispute_detail",
    "dispute_stats",
    "extend_deadline",
    "flag_disputes",
    "list_disputes",
    "log_obstruction",
    "may_read_notes",
    "meeting_template",
    "meeting_versions",
    "open_dispute",
    "raise_flags",
    "save_meeting",
]
