"""Counting periods in days (Civil Code arts. 201 and 203) over the holiday calendar."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from casedesk.core.workflow.holidays import BUILT_IN


@dataclass(frozen=True)
class WorkCalendar:
    """Statutory holidays and adjusted working days; `overrides` (from the database) win.

    Ordinary Saturdays and Sundays are rest days unless adjusted to working days: domain.md
    §g.2 reads "法定休假日" in art. 203 as including them, which is how courts usually apply it.
    """

    overrides: Mapping[date, str] = field(default_factory=dict)  # day -> "holiday" | "workday"

    def kind(self, day: date) -> str:
        if day in self.overrides:
            return self.overrides[day]
        if day in BUILT_IN:
            return BUILT_IN[day][0]
        return "holiday" if day.weekday() >= 5 else "workday"

    def is_working_day(self, day: date) -> bool:
        return self.kind(day) == "workday"

    def next_working_day(self, day: date) -> date:
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def period_end(self, start_event: date, length: int, unit: str = "calendar") -> date:
        """The last day of a period of *length* days that starts with an event on *start_event*.

        Art. 201: the day of the event does not count, day 1 is the next day. Art. 203: a last
        day that is a statutory holiday (or rest day) moves to the first working day after it.
        """
        if length < 1:
            raise ValueError("a period has at least one day")
        if unit == "working":
            day, counted = start_event, 0
            while counted < length:
                day += timedelta(days=1)
                if self.is_working_day(day):
                    counted += 1
            return day
        return self.next_working_day(start_event + timedelta(days=length))
