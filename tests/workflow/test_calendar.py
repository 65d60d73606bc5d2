"""Notice periods by Civil Code arts. 201/203 across holidays, weekends and month ends."""

from __future__ import annotations

from datetime import date

import pytest

from casedesk.core.workflow.calendar import WorkCalendar

CAL = WorkCalendar()


@pytest.mark.parametrize(
    ("posted", "ends", "why"),
    [
        ("2021-03-01", "2021-03-16", "domain.md §g.2: Monday 1 March → Tuesday 16 March"),
        (
            "2026-01-29",
            "2026-02-13",
            "day 15 is Friday 02-13, the last working day before the Spring Festival",
        ),
        (
            "2026-01-31",
            "2026-02-24",
            "day 15 is 02-15, first day of the Spring Festival: moves past all of it",
        ),
        ("2026-02-01", "2026-02-24", "day 15 (02-16) inside the Spring Festival 02-15..02-23 → 02-24"),
        ("2026-09-20", "2026-10-08", "day 15 (10-05) inside National Day 10-01..10-07 → 10-08"),
        ("2025-09-16", "2025-10-09", "day 15 (10-01) in National Day 2025 (10-01..10-08) → 10-09"),
        ("2026-01-13", "2026-01-28", "plain weekday"),
        ("2026-01-17", "2026-02-02", "day 15 is Saturday 01-31 → Monday 02-02 (month end)"),
        ("2024-02-14", "2024-02-29", "leap day"),
        ("2026-01-30", "2026-02-14", "day 15 is Saturday 02-14, an adjusted working day: no shift"),
    ],
)
def test_fifteen_calendar_days(posted: str, ends: str, why: str) -> None:
    assert CAL.period_end(date.fromisoformat(posted), 15) == date.fromisoformat(ends), why


def test_working_days_skip_holidays_and_count_adjusted_saturdays() -> None:
    # Posted Friday 2026-02-13: working days after it are 02-14 (adjusted Saturday), 02-24, 02-25 ...
    assert CAL.period_end(date(2026, 2, 13), 1, "working") == date(2026, 2, 14)
    assert CAL.period_end(date(2026, 2, 13), 3, "working") == date(2026, 2, 25)


def test_database_overrides_win() -> None:
    cal = WorkCalendar({date(2021, 3, 16): "holiday"})
    assert cal.period_end(date(2021, 3, 1), 15) == date(2021, 3, 17)


def test_period_needs_a_day() -> None:
    with pytest.raises(ValueError):
        CAL.period_end(date(2021, 3, 1), 0)
