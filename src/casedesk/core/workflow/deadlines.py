"""Deadlines beside the stage limits: stage hold times and the statutory 30-day windows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from casedesk.core.domain.enums import Stage
from casedesk.core.i18n import N_

STATUTORY_WINDOW_DAYS = 30
STAGE_MOVE_KINDS = ("open", "advance")  # the stage events that put a case into a stage


@dataclass(frozen=True)
class StageHold:
    stage: Stage
    entered_on: date
    left_on: date | None  # None: still there

    def days(self, today: date) -> int:
        return ((self.left_on or today) - self.entered_on).days


# A day: a date, or (for reports over the whole city) the day's number, which subtracts the same.
Day = TypeVar("Day", date, int)
CaseKey = TypeVar("CaseKey")


def hold_spans(
    moves: Iterable[tuple[CaseKey, str | None, Day]],
) -> Iterator[tuple[CaseKey, str, Day, Day | None]]:
    """The stage hold rule, once: a case is held in a stage from the open/advance event into it
    until its next such event; 办结 holds nothing.

    *moves* are (case, to_stage, day), each case's together and in order, so the whole city's
    events pass in one loop. Yields (case, stage code, entered, left or None while still there)."""
    done = Stage.DONE.value  # looked up once: an enum's value is a slow attribute in a long loop
    running: tuple[CaseKey, str, Day] | None = None  # the hold under way: case, stage, since
    for case, to, on in moves:
        if running is not None:
            yield running[0], running[1], running[2], (on if case == running[0] else None)
        running = (case, to, on) if to and to != done else None
    if running is not None:
        yield running[0], running[1], running[2], None


def stage_holds(moves: list[tuple[str | None, str | None, date]]) -> list[StageHold]:
    """Hold time of each stage from the case's advance events (from_stage, to_stage, date), in order."""
    return [
        StageHold(Stage(stage), entered, left)
        for _case, stage, entered, left in hold_spans((None, to, on) for _from, to, on in moves)
    ]


@dataclass(frozen=True)
class LegalWindow:
    name: str
    basis: str
    due_on: date
    done: bool

    def overdue(self, today: date) -> bool:
        return not self.done and today > self.due_on


def legal_windows(
    accepted_on: date | None, use_registered: bool, documents_handed_over: bool
) -> list[LegalWindow]:
    """The 30-day windows that start with acceptance (特种设备安全法 arts. 24 and 33)."""
    if accepted_on is None:
        return []
    due = accepted_on + timedelta(days=STATUTORY_WINDOW_DAYS)
    return [
        LegalWindow(
            N_("电梯使用登记"),
            N_("特种设备安全法第三十三条：投入使用前或者投入使用后三十日内"),
            due,
            use_registered,
        ),
        LegalWindow(
            N_("安装技术资料移交使用单位"),
            N_("特种设备安全法第二十四条：验收后三十日内"),
            due,
            documents_handed_over,
        ),
    ]
