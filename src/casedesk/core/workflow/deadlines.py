"""Deadlines beside the stage limits: stage hold times and the statutory 30-day windows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from casedesk.core.domain.enums import Stage
from casedesk.core.i18n import N_

STATUTORY_WINDOW_DAYS = 30


@dataclass(frozen=True)
class StageHold:
    stage: Stage
    entered_on: date
    left_on: date | None  # None: still there

    def days(self, today: date) -> int:
        return ((self.left_on or today) - self.entered_on).days


def stage_holds(moves: list[tuple[str | None, str | None, date]]) -> list[StageHold]:
    """Hold time of each stage from the case's advance events (from_stage, to_stage, date), in order."""
    holds: list[StageHold] = []
    for _from, to, on in moves:
        if holds and holds[-1].left_on is None:
            holds[-1] = StageHold(holds[-1].stage, holds[-1].entered_on, on)
        if to and to != Stage.DONE.value:  # a finished case is not "held" anywhere
            holds.append(StageHold(Stage(to), on, None))
    return holds


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
