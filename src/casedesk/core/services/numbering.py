"""Readable, stable case and dispute numbers, never reused."""

from __future__ import annotations

from sqlalchemy.orm import Session

from casedesk.core.db.models import CaseNumberCounter


def next_serial(session: Session, prefix: str, count: int = 1) -> int:
    """The next serial for *prefix* (the first of *count* consecutive ones), inside the caller's
    transaction (SQLite has one writer, PostgreSQL locks the counter row), so two clerks never get
    the same number."""
    counter = session.get(CaseNumberCounter, prefix, with_for_update=True)
    if counter is None:
        counter = CaseNumberCounter(prefix=prefix, last_serial=0)
        session.add(counter)
    first = counter.last_serial + 1
    counter.last_serial += count
    session.flush()
    return first


def case_number(session: Session, pattern: str, district: str, street: str, year: int) -> str:
    prefix = f"case:{district}-{street}-{year}"
    return pattern.format(district=district, street=street, year=year, serial=next_serial(session, prefix))


def dispute_number(session: Session, pattern: str, year: int) -> str:
    return pattern.format(year=year, serial=next_serial(session, f"dispute:{year}"))


def dispute_numbers(session: Session, pattern: str, year: int, count: int) -> list[str]:
    """*count* consecutive dispute numbers from one counter update (a roster's flags at once)."""
    first = next_serial(session, f"dispute:{year}", count)
    return [pattern.format(year=year, serial=first + i) for i in range(count)]
