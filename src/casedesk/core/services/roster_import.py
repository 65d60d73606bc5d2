"""Import an owner roster into a case: validate everything, then write all of it or nothing.

Re-importing updates the case and keeps history: changed flats are updated (the audit diff
records the old values), owners who left get an end date on their ownership rather than being
deleted, and a changed opinion supersedes the earlier ballot, which stays on record. A blank
opinion leaves any existing ballot alone: a clerk may have entered it in the program since.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db.bulk import ids_by_key, insert_rows, plain_rows
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import Ballot, Case, Flat, OfficeSetting, Ownership, Person
from casedesk.core.domain.enums import Role, VoteSource
from casedesk.core.errors import UserError
from casedesk.core.gc_pause import bulk_operation
from casedesk.core.i18n import N_
from casedesk.core.roster.parse import ParsedRoster, RosterRow, RowIssue, parse_roster, unplaced_columns
from casedesk.core.roster.reader import read_table
from casedesk.core.roster.template import write_template
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id
from casedesk.core.services.disputes import raise_flags


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
    # Numbers of the disputes the import opened (a 不同意 with a reason, a co-owner split, …).
    disputes_opened: list[str] = field(default_factory=list)
    # The column assignments used: the office's remembered ones with this import's on top.
    mapping: dict[str, str] = field(default_factory=dict)
    parsed_rows: list[RosterRow] = field(default_factory=list, repr=False)

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
            "disputes_opened": list(self.disputes_opened),
            "column_mapping": dict(self.mapping),
            "errors": issues(self.errors),
            "warnings": issues(self.warnings),
        }


class RosterRejected(UserError):
    """The roster has errors; nothing was written. Carries the full row-by-row report."""

    def __init__(self, report: ImportReport):
        super().__init__(N_("名册有 {n} 处错误，未导入任何数据").format(n=len(report.errors)))
        self.report = report


@bulk_operation
def import_roster(
    session_factory: SessionFactory,
    actor: Actor,
    case_no: str,
    path: Path,
    *,
    today: date,
    dry_run: bool = False,
    mapping: dict[str, str] | None = None,
) -> ImportReport:
    """*mapping*: a header as the file spells it -> a field (or "" to ignore the column), for the
    columns the built-in header words do not place (the wizard's column step, `--column`)."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    table = read_table(path)
    report = ImportReport(case_no, str(path), dry_run, encoding=table.encoding)
    with contextlib.suppress(_DryRunDone):
        _import(session_factory, actor, case_no, path, table, report, today, dry_run, mapping)
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
    # Headers neither the built-in words nor the mapping place: the wizard's column step.
    unplaced: list[str] = field(default_factory=list)
    sheet: str | None = None
    # Each checked row as it will be stored, by spreadsheet row number (co-owners: several).
    stored: dict[int, list[RosterRow]] = field(default_factory=dict)


@bulk_operation
def preview_roster(
    session_factory: SessionFactory,
    actor: Actor,
    case_no: str,
    path: Path,
    *,
    today: date,
    mapping: dict[str, str] | None = None,
) -> RosterPreview:
    """Read and check *path* against the case as a dry run; never writes, never raises for bad rows."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    table = read_table(path)
    report = ImportReport(case_no, str(path), True, encoding=table.encoding)
    with contextlib.suppress(_DryRunDone, RosterRejected):
        _import(session_factory, actor, case_no, path, table, report, today, True, mapping)
    stored: dict[int, list[RosterRow]] = {}
    for row in report.parsed_rows:
        stored.setdefault(row.row, []).append(row)
    return RosterPreview(
        table.headers,
        table.rows[:PREVIEW_ROWS],
        len(table.rows),
        report,
        unplaced_columns(table.headers, report.mapping),
        table.sheet,
        stored,
    )


class _DryRunDone(Exception):
    """Raised inside the transaction to roll back a dry run after everything was checked."""


def _import(session_factory, actor, case_no, path, table, report, today, dry_run, mapping=None) -> None:
    with session_factory.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        case = s.get(Case, case_id)
        assert case is not None
        report.mapping = {**office_mapping(s), **(mapping or {})}
        parsed = parse_roster(table, today=today, floors=case.floors, mapping=report.mapping)
        report.rows = len(table.rows)
        report.errors, report.warnings = parsed.errors, parsed.warnings
        report.parsed_rows = parsed.rows
        if not parsed.ok:
            raise RosterRejected(report)
        if mapping and not dry_run:
            _remember_mapping(s, report.mapping)
        _apply(s, actor, case, parsed, report, today)
        if report.flats_created or report.flats_updated or report.owners_added or report.owners_ended:
            bump_roster_version(s, case_id)
        record_audit(
            s,
            actor,
            "roster.import",
            "case",
            case_id,
            case_id=case_id,
            summary=N_("导入业主名册 {file}：{rows} 行").format(file=path.name, rows=report.rows),
            changes={
                k: v
                for k, v in report.to_json().items()
                if k not in ("errors", "warnings", "disputes_opened")
            },
        )
        if dry_run:
            # Everything was checked against the real data, including the database constraints;
            # leaving by an exception rolls back and leaves the database exactly as it was.
            s.flush()
            raise _DryRunDone
        # Once for the whole roster, after every row is written (one scan of the case, not one
        # per row), in the same transaction: a refused import opens no dispute.
        report.disputes_opened = raise_flags(s, actor, case, today)


def bump_roster_version(s: Session, case_id: int) -> None:
    """A new roster version: ballots printed before this change are outdated (issue 25). A plain
    UPDATE, not the ORM's: the case's own version (its edit lock) is not the roster's business."""
    s.execute(
        update(Case).where(Case.id == case_id).values(roster_version=Case.roster_version + 1),
        execution_options={"synchronize_session": False},
    )


def _apply(
    s: Session, actor: Actor, case: Case, parsed: ParsedRoster, report: ImportReport, today: date
) -> None:
    """Write the checked roster. Everything the rows refer to is read up front in a few set-based
    queries and new rows are flushed in two batches, so a 5,000-row roster costs a handful of
    statements rather than several per row (issue 12 measured 7.6 s before, for 5,000 rows)."""
    case_id = case.id  # an ORM attribute: read once, not once per row
    with s.no_autoflush:
        flats = {f.room: f for f in s.scalars(select(Flat).where(Flat.case_id == case_id))}
        by_room: dict[str, list[RosterRow]] = {}
        for row in parsed.rows:
            by_room.setdefault(row.room, []).append(row)
        for room in flats.keys() - by_room.keys():
            report.warnings.append(
                RowIssue(0, "房号", N_("名册中没有 {room} 室，保留原有记录").format(room=room))
            )
        persons = _known_persons(s, {r.id_number for r in parsed.rows if r.id_number})

        # 1. flats and persons: changes to known ones through the ORM, new ones in two bulk
        #    inserts that return their ids (one statement per few hundred rows, not per row)
        new_flats: list[_NewRow] = []
        for room, rows in by_room.items():
            _apply_flat(s, actor, case_id, flats, room, rows, report, new_flats)
        new_persons: list[_NewRow] = []
        # By the row itself: co-owners given in one cell share their spreadsheet row number.
        row_person: dict[int, Person | _NewRow] = {}
        for row in parsed.rows:
            row_person[id(row)] = _person_for(row, persons, new_persons)
        report.flats_created += len(new_flats)
        report.persons_created += len(new_persons)
        s.flush()
        _insert_new_flats(s, case_id, new_flats)
        _insert_new_persons(s, new_persons)

        # 2. ownerships and ballots against what is on record now
        # Only flats already on record can have owners; the ones just inserted have none yet.
        flat_ids = [f.id for f in flats.values() if isinstance(f, Flat)]
        current_owners: dict[int, dict[int, Ownership]] = {}
        current_ballots: dict[tuple[int, int], Ballot] = {}
        for chunk in _chunks(flat_ids):
            for o in s.scalars(
                select(Ownership).where(Ownership.flat_id.in_(chunk), Ownership.valid_to.is_(None))
            ):
                current_owners.setdefault(o.flat_id, {})[o.person_id] = o
        for b in s.scalars(select(Ballot).where(Ballot.case_id == case_id, Ballot.is_current.is_(True))):
            current_ballots[(b.flat_id, b.person_id)] = b
        # New ownerships and ballots are plain rows nobody reads back in this transaction: Core
        # executemany inserts them without building an ORM object per row.
        new_owners: list[dict[str, Any]] = []
        new_ballots: list[dict[str, Any]] = []
        recorded_by = actor.user_id
        for room, rows in by_room.items():
            flat_id = flats[room].id
            current = current_owners.get(flat_id, {})
            keep: set[int] = set()
            for row in rows:
                person_id = row_person[id(row)].id
                keep.add(person_id)
                if person_id not in current:
                    new_owners.append({"flat_id": flat_id, "person_id": person_id, "valid_from": today})
                    current[person_id] = None  # type: ignore[assignment]  # a second row of the same owner
                if row.vote is not None:
                    _ballot(case_id, recorded_by, flat_id, person_id, row, current_ballots, new_ballots)
            for person_id, ownership in current.items():
                if person_id not in keep and ownership is not None:
                    ownership.valid_to = today
                    report.owners_ended += 1
        report.owners_added += len(new_owners)
        report.ballots_recorded += len(new_ballots)
        s.flush()
        insert_rows(s.connection(), Ownership.__table__, new_owners)
        insert_rows(s.connection(), Ballot.__table__, new_ballots)


@dataclass
class _NewRow:
    """A flat or person the import creates: its column values now, its id once inserted."""

    values: dict[str, Any]
    id: int = 0


def _insert_new_flats(s: Session, case_id: int, rows: list[_NewRow]) -> None:
    """One executemany, then the ids by room (unique within a case)."""
    insert_rows(s.connection(), Flat.__table__, [r.values for r in rows])
    if rows:
        ids = dict(plain_rows(s.connection(), select(Flat.room, Flat.id).where(Flat.case_id == case_id)))
        for r in rows:
            r.id = ids[r.values["room"]]


def _insert_new_persons(s: Session, rows: list[_NewRow]) -> None:
    """Persons with a 证件号码 in one executemany, then their ids by that (unique) number; the
    few without one have no natural key, so each is inserted on its own and returns its id."""
    numbered = [r for r in rows if r.values["id_number"]]
    insert_rows(s.connection(), Person.__table__, [r.values for r in numbered])
    ids = ids_by_key(s.connection(), Person.id_number, Person.id, [r.values["id_number"] for r in numbered])
    for r in numbered:
        r.id = ids[r.values["id_number"]]
    statement = Person.__table__.insert().returning(Person.__table__.c.id)
    for r in rows:
        if not r.values["id_number"]:
            r.id = s.connection().execute(statement, r.values).scalar_one()


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    # SQLite allows 32,766 bound parameters; PostgreSQL more. 500 keeps statements small on both.
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _known_persons(s: Session, id_numbers: set[str]) -> dict[str, Person]:
    # Most owners of a new roster are new: find which numbers are on record first, then load
    # only those persons (their phone may change).
    ids = list(ids_by_key(s.connection(), Person.id_number, Person.id, sorted(id_numbers)).values())
    found: dict[str, Person] = {}
    for chunk in _chunks(ids):
        for person in s.scalars(select(Person).where(Person.id.in_(chunk))):
            found[person.id_number or ""] = person
    return found


_DEVELOPER_UNSOLD = attrgetter("developer_unsold")


def _apply_flat(
    s: Session,
    actor: Actor,
    case_id: int,
    flats: dict[str, Any],
    room: str,
    rows: list[RosterRow],
    report: ImportReport,
    new_flats: list[_NewRow],
) -> None:
    first = rows[0]
    values = {
        "floor": first.floor,
        "area_centi": first.area_centi,
        "area_source": str(first.area_source),  # StrEnum: str() is the code (.value is slow)
        "occupies_exclusive": first.occupies_exclusive,
        "developer_unsold": any(map(_DEVELOPER_UNSOLD, rows)),
    }
    flat = flats.get(room)
    if flat is None:
        flats[room] = new = _NewRow({"case_id": case_id, "room": room, **values, "version": 1})
        new_flats.append(new)
        return
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
            case_id=case_id,
            summary=N_("名册更新 {room} 室").format(room=room),
            changes={k: [before[k], v] for k, v in values.items() if before[k] != v},
        )


def _person_for(row: RosterRow, known: dict[str, Any], new_persons: list[_NewRow]) -> Person | _NewRow:
    """Match by 证件号码 (one person across flats and cases); without one, a new person per row."""
    if row.id_number:
        person = known.get(row.id_number)
        if isinstance(person, _NewRow):  # a second row of an owner this file introduces
            if row.phone:
                person.values["phone"] = row.phone
            return person
        if person is not None:
            if row.phone and person.phone != row.phone:
                person.phone = row.phone
            return person
    person = _NewRow(
        {
            "name": row.owner,
            "id_number": row.id_number,
            "id_tail": row.id_number[-4:] if row.id_number else None,
            "phone": row.phone,
            "is_organisation": row.organisation,
            "version": 1,
        }
    )
    new_persons.append(person)
    if row.id_number:
        known[row.id_number] = person
    return person


_ROSTER_SOURCE = VoteSource.ROSTER.value


def _ballot(
    case_id: int,
    recorded_by: int | None,
    flat_id: int,
    person_id: int,
    row: RosterRow,
    current: dict[tuple[int, int], Any],
    new_ballots: list[dict[str, Any]],
) -> None:
    """A changed or first opinion becomes a new current ballot; the earlier one stays on record."""
    assert row.vote is not None
    key = (flat_id, person_id)
    previous = current.get(key)
    if previous is not None:
        vote, signed = (
            (previous.vote, previous.signed_on)
            if isinstance(previous, Ballot)
            else (previous["vote"], previous["signed_on"])
        )
        if vote == row.vote and signed == row.signed_on:
            return
        if isinstance(previous, Ballot):
            previous.is_current = False
        else:  # a second row for the same owner and flat in this file: the later row wins
            new_ballots.remove(previous)
    ballot = {
        "case_id": case_id,
        "flat_id": flat_id,
        "person_id": person_id,
        "vote": str(row.vote),
        "signed_on": row.signed_on,
        "source": _ROSTER_SOURCE,
        "reason": row.reason,
        "is_current": True,
        "recorded_by_id": recorded_by,
    }
    new_ballots.append(ballot)
    current[key] = ballot


ROSTER_COLUMNS_KEY = "roster_columns"  # an office_setting row: the column assignments it confirmed


def office_mapping(s: Session) -> dict[str, str]:
    """The columns this office assigned by hand before (header -> field, "" = ignored): an office
    keeps its own sheet, so the next file it sends reads without asking again."""
    row = s.get(OfficeSetting, ROSTER_COLUMNS_KEY)
    if row is None:
        return {}
    try:
        value = json.loads(row.value)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _remember_mapping(s: Session, mapping: dict[str, str]) -> None:
    text = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
    row = s.get(OfficeSetting, ROSTER_COLUMNS_KEY)
    if row is None:
        s.add(OfficeSetting(key=ROSTER_COLUMNS_KEY, value=text))
    elif row.value != text:
        row.value = text


def write_roster_template(session_factory: SessionFactory, actor: Actor, case_no: str, path: Path) -> Path:
    """A blank roster for the case (docs/roster-format.md), its address in the title."""
    from casedesk.core.db import queries

    actor.require(Role.CLERK, Role.SUPERVISOR)
    with session_factory() as s:
        case_id = resolve_case_id(s, actor, case_no)
        summary = queries.case_summary(s, case_id)
        assert summary is not None
        address = summary.full_address
    try:
        return write_template(path, address)
    except OSError as exc:
        raise UserError(N_("无法写入文件 {path}：{err}").format(path=path, err=exc.strerror or exc)) from exc
