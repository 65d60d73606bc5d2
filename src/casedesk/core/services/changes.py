"""What other people changed since this client last looked, for a live-updating desktop."""

from __future__ import annotations

from dataclasses import dataclass, field

from casedesk.core.db.changes import LOOK_BACK_IDS, events_after, latest_event_id
from casedesk.core.db.engine import SessionFactory


@dataclass(frozen=True)
class ChangeCursor:
    last_id: int
    recent_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class ChangeBatch:
    """Events by other users since the last poll; `cursor` is what to pass next time."""

    cursor: ChangeCursor
    by_others: tuple[tuple[str, str | None], ...]  # (who: display name, case number or None)

    @property
    def case_numbers(self) -> set[str]:
        return {case_no for _user, case_no in self.by_others if case_no}

    @property
    def people(self) -> list[str]:
        return sorted({who for who, _case in self.by_others})


def start_cursor(sf: SessionFactory) -> ChangeCursor:
    """Everything already in the database counts as seen."""
    with sf() as s:
        last_id = latest_event_id(s)
        rows = events_after(s, last_id)
    return _cursor(last_id, rows)


def poll_changes(sf: SessionFactory, cursor: ChangeCursor, my_username: str) -> ChangeBatch:
    """Events not seen before (late commits of lower ids included), minus this user's own."""
    with sf() as s:
        rows = events_after(s, cursor.last_id)
    new_rows = [r for r in rows if r.event_id not in cursor.recent_ids]
    last_id = max([cursor.last_id, *(r.event_id for r in rows)])
    return ChangeBatch(
        _cursor(last_id, rows),
        tuple((r.who, r.case_no) for r in new_rows if r.username != my_username),
    )


def _cursor(last_id: int, rows: list) -> ChangeCursor:
    return ChangeCursor(last_id, frozenset(r.event_id for r in rows if r.event_id > last_id - LOOK_BACK_IDS))
