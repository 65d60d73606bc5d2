"""Readable, stable case and dispute numbers, never reused."""

from __future__ import annotations

from sqlalchemy.orm import Session

from casedesk.core.db.models import CaseNumberCounter


def next_serial(session: Session, prefix: str) -> int:
    """The next serial for *prefix*, inside the caller's transaction (SQLite has one writer,
    PostgreSQL locks the counter row), so two clerks never get the same number."""
    counter = session.get(CaseNumberCounter, prefix, with_for_update=True)
    if counter is None:
        counter = CaseNumberCounter(prefix=prefix, last_serial=0)
        session.add(counter)
    counter.last_serial += 1
    session.flush()
    return counter.last_serial


def case_number(session: Session, pattern: str, district: str, street: str, year: int) -> str:
    prefix = f"case:{district}-{street}-{year}"
    return pattern.format(district=district, street=street, year=year, serial=next_serial(session, prefix))


def dispute_number(session: Session, pattern: str, year: int) -> str:
    return pattern.format(year=year, serial=next_serial(session, f"dispute:{year}"))
