"""Import an owner roster into a case: validate everything, then write all of it or nothing.

Re-importing updates the case and keeps history: changed flats are updated (the audit diff
records the old values), owners who left get an end date on their ownership rather than being
deleted, and a changed opinion supersedes the earlier ballot, which stays on record. A blank
opinion leaves any existing ballot alone: a clerk may have entered it in the program since.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import Ballot, Case, Flat, Ownership, Person
from casedesk.core.domain.enums import Role, VoteSource
from casedesk.core.domain.idnumber import looks_like_organisation
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.roster.parse import ParsedRoster, RosterRow, RowIssue, parse_roster
from casedesk.core.roster.reader import read_table
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id


@dataclass
class ImportReport:
    case_no: str
    file: str
    dry_run: bool
    rows: int = 0
    flats_created: int = 0
    flats_updated: int = 0
    owners_added: int = 0
    owners_ended: int = 0
    persons_created: int = 0
    ballots_recorded: int = 0
    errors: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    encoding: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        def issues(items: list[RowIssue]) -> list[dict[str, Any]]:
            return [{"row": i.row, "column": i.column, "message": i.message} for i in items]

        return {
            "case": self.case_no,
            "file": self.file,
            "dry_run": self.dry_run,
            "ok": self.ok,
            "rows": self.rows,
            "flats_created": self.flats_created,
            "flats_updated": self.flats_updated,
            "owners_added": self.owners_added,
            "owners_ended": self.owners_ended,
            "persons_created": self.persons_created,
            "ballots_recorded": self.ballots_recorded,
            "encoding": self.encoding,
            "errors": issues(self.errors),
            "warnings": issues(self.warnings),
        }


class RosterRejected(UserError):
    """The roster has errors; nothing was written. Carries the full row-by-row report."""

    def __init__(self, report: ImportReport):
        super().__init__(N_("名册有 {n} 处错误，未导入任何数据").format(n=len(report.errors)))
        self.report = report


def import_roster(
    session_factory: SessionFactory,
    actor: Actor,
    case_no: str,
    path: Path,
    *,
    today: date,
    dry_run: bool = False,
) -> ImportReport:
    actor.require(Role.CLERK, Role.SUPERVISOR)
    table = read_table(path)
    report = ImportReport(case_no, str(path), dry_run, encoding=table.encoding)
    with contextlib.suppress(_DryRunDone):
        _import(session_factory, actor, case_no, path, table, report, today, dry_run)
    return report


PREVIEW_ROWS = 2000  # enough for any real unit; a 100,000-row mistake still shows its first errors


@dataclass(frozen=True)
class RosterPreview:
    """What the import wizard shows before anything is written: the file's cells as read, and the
    full dry-run report (errors and warnings by row, and what an import would change)."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells), at most PREVIEW_ROWS
    total_rows: int
    report: ImportReport


def preview_roster(
    session_factory: SessionFactory, actor: Actor, case_no: str, path: Path, *, today: date
) -> RosterPreview:
    """Read and check *path* against the case as a dry run; never writes, never raises for bad rows."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    table = read_table(path)
    report = ImportReport(case_no, str(path), True, encoding=table.encoding)
    with contextlib.suppress(_DryRunDone, RosterRejected):
        _import(session_factory, actor, case_no, path, table, report, today, True)
    return RosterPreview(table.headers, table.rows[:PREVIEW_ROWS], len(table.rows), report)


class _DryRunDone(Exception):
    """Raised inside the transaction to roll back a dry run after everything was checked."""


def _import(session_factory, actor, case_no, path, table, report, today, dry_run) -> None:
    with session_factory.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        case = s.get(Case, case_id)
        assert case is not None
        parsed = parse_roster(table, today=today, floors=case.floors)
        report.rows = len(table.rows)
        report.errors, report.warnings = parsed.errors, parsed.warnings
        if not parsed.ok:
            raise RosterRejected(report)
        _apply(s, actor, case, parsed, report, today)
        record_audit(
            s,
            actor,
            "roster.import",
            "case",
            case_id,
            case_id=case_id,
            summary=N_("导入业主名册 {file}：{rows} 行").format(file=path.name, rows=report.rows),
            changes={k: v for k, v in report.to_json().items() if k not in ("errors", "warnings")},
        )
        if dry_run:
            # Everything was checked against the real data, including the database constraints;
            # leaving by an exception rolls back and leaves the database exactly as it was.
            s.flush()
            raise _DryRunDone


def _apply(
    s: Session, actor: Actor, case: Case, parsed: ParsedRoster, report: ImportReport, today: date
) -> None:
    flats = {f.room: f for f in s.scalars(select(Flat).where(Flat.case_id == case.id))}
    by_room: dict[str, list[RosterRow]] = {}
    for row in parsed.rows:
        by_room.setdefault(row.room, []).append(row)
    for room in flats.keys() - by_room.keys():
        report.warnings.append(
            RowIssue(0, "房号", N_("名册中没有 {room} 室，保留原有记录").format(room=room))
        )
    persons_by_id: dict[str, Person] = {}
    for room, rows in by_room.items():
        first = rows[0]
        flat = flats.get(room)
        values = {
            "floor": first.floor,
            "area_centi": first.area_centi,
            "area_source": first.area_source.value,
            "occupies_exclusive": first.occupies_exclusive,
            "developer_unsold": any(r.developer_unsold for r in rows),
        }
        if flat is None:
            flat = Flat(case_id=case.id, room=room, **values)
            s.add(flat)
            s.flush()
            report.flats_created += 1
        else:
            before = {k: getattr(flat, k) for k in values}
            if before != values:
                for k, v in values.items():
                    setattr(flat, k, v)
                report.flats_updated += 1
                record_audit(
                    s,
                    actor,
                    "flat.update",
                    "flat",
                    flat.id,
                    case_id=case.id,
                    summary=N_("名册更新 {room} 室").format(room=room),
                    changes={k: [before[k], v] for k, v in values.items() if before[k] != v},
                )
        current = {
            o.person_id: o
            for o in s.scalars(
                select(Ownership).where(Ownership.flat_id == flat.id, Ownership.valid_to.is_(None))
            )
        }
        keep: set[int] = set()
        for row in rows:
            person = _person_for(s, row, persons_by_id, report)
            keep.add(person.id)
            if person.id not in current:
                s.add(Ownership(flat_id=flat.id, person_id=person.id, valid_from=today))
                report.owners_added += 1
            if row.vote is not None:
                _ballot(s, actor, case, flat, person, row, report)
        for person_id, ownership in current.items():
            if person_id not in keep:
                ownership.valid_to = today
                report.owners_ended += 1
    s.flush()


def _person_for(s: Session, row: RosterRow, cache: dict[str, Person], report: ImportReport) -> Person:
    """Match by 证件号码 (one person across flats and cases); without one, a new person per row."""
    if row.id_number:
        person = cache.get(row.id_number) or s.scalar(select(Person).where(Person.id_number == row.id_number))
        if person is not None:
            if row.phone and person.phone != row.phone:
                person.phone = row.phone
            cache[row.id_number] = person
            return person
    person = Person(
        name=row.owner,
        id_number=row.id_number,
        id_tail=row.id_number[-4:] if row.id_number else None,
        phone=row.phone,
        is_organisation=bool(row.id_number and looks_like_organisation(row.id_number)),
    )
    s.add(person)
    s.flush()
    report.persons_created += 1
    if row.id_number:
        cache[row.id_number] = person
    return person


def _ballot(
    s: Session, actor: Actor, case: Case, flat: Flat, person: Person, row: RosterRow, report: ImportReport
) -> None:
    assert row.vote is not None
    previous = s.scalar(
        select(Ballot).where(
            Ballot.flat_id == flat.id, Ballot.person_id == person.id, Ballot.is_current.is_(True)
        )
    )
    if previous is not None and previous.vote == row.vote.value and previous.signed_on == row.signed_on:
        return
    if previous is not None:
        previous.is_current = False
    s.add(
        Ballot(
            case_id=case.id,
            flat_id=flat.id,
            person_id=person.id,
            vote=row.vote.value,
            signed_on=row.signed_on,
            source=VoteSource.ROSTER.value,
            reason=row.reason,
            is_current=True,
            recorded_by_id=actor.user_id,
        )
    )
    report.ballots_recorded += 1
