"""The database side of the automatic flags: the rows core/disputes/triggers.detect reads, and
the disputes opened for the triggers that have none yet, inside the write that created them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db.bulk import plain_rows
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import Ballot, Case, Dispute, Flat, Objection, Ownership, Person, StageEvent
from casedesk.core.db.objections import open_written
from casedesk.core.disputes import triggers
from casedesk.core.disputes.rules import suggest_categories
from casedesk.core.domain.enums import Role, Stage
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.services import disputes_write
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id, stage_event
from casedesk.core.services.numbering import dispute_numbers
from casedesk.core.settings import load_settings


def case_triggers(s: Session, case: Case) -> list[triggers.Trigger]:
    """Every trigger *case* holds now, flagged or not.

    This runs inside every ballot and roster import: the case's current ballots come as plain
    rows in one query (a few columns, no objects), the occupied flats' owners, open written
    objections and obstructions in one each; triggers.detect does the rest."""
    s.flush()  # plain reads do not autoflush
    ballots = list(
        map(
            triggers.BallotRow._make,
            plain_rows(
                s.connection(),
                select(
                    Ballot.flat_id,
                    Ballot.person_id,
                    Ballot.vote,
                    Ballot.reason,
                    Flat.room,
                    Flat.floor,
                    Person.name,
                )
                .join(Flat, Flat.id == Ballot.flat_id)
                .join(Person, Person.id == Ballot.person_id)
                .where(Ballot.case_id == case.id, Ballot.is_current.is_(True))
                .order_by(Ballot.id),
            ),
        )
    )
    occupied: list[triggers.OccupiedFlat] = []
    rows = s.execute(
        select(Flat.id, Flat.room, Flat.floor)
        .where(Flat.case_id == case.id, Flat.occupies_exclusive.is_(True))
        .order_by(Flat.id)
    ).all()
    if rows:
        owners: dict[int, list[tuple[int, str]]] = {}
        for flat_id, pid, name in s.execute(
            select(Ownership.flat_id, Person.id, Person.name)
            .join(Person, Person.id == Ownership.person_id)
            .where(Ownership.flat_id.in_([r[0] for r in rows]), Ownership.valid_to.is_(None))
            .order_by(Ownership.id)
        ):
            owners.setdefault(flat_id, []).append((pid, name))
        occupied = [
            triggers.OccupiedFlat(fid, room, floor, tuple(owners.get(fid, ()))) for fid, room, floor in rows
        ]
    objections = [
        triggers.ObjectionRow(
            o.id, o.objector_name, o.received_on, o.detail, o.address, o.person_id, o.contact
        )
        for o in s.scalars(
            select(Objection).where(Objection.case_id == case.id, open_written()).order_by(Objection.id)
        )
    ]
    obstructions = [
        triggers.ObstructionRow(e.id, e.occurred_on, e.note)
        for e in s.scalars(
            select(StageEvent)
            .where(StageEvent.case_id == case.id, StageEvent.kind == "obstruction")
            .order_by(StageEvent.id)
        )
    ]
    return triggers.detect(ballots, occupied, objections, obstructions)


def raise_flags(s: Session, actor: Actor, case: Case, today: date) -> list[str]:
    """Open an explained dispute for every trigger of *case* that has none yet, inside the caller's
    transaction (the write that created the trigger), and return the new numbers.

    Each trigger has a stable key (Dispute.source_key, unique per case), so running it again never
    duplicates, and a dispute closed by mediation is not reopened by the same old ballot. No role
    check here: the calling service checked that *actor* may make its write, and the flag is part
    of that write (a clerk's ballot raises it, and the audit names the clerk).
    """
    s.flush()
    known = set(
        s.scalars(
            select(Dispute.source_key).where(Dispute.case_id == case.id, Dispute.source_key.is_not(None))
        )
    )
    fresh = [flag for flag in case_triggers(s, case) if flag.key not in known]
    if not fresh:
        return []
    # All at once: one block of numbers, one insert of the disputes, one of what hangs on them,
    # so a roster with hundreds of reasoned 不同意 stays a bulk write (not ~6 statements each).
    settings = load_settings(s)
    numbers = dispute_numbers(s, settings.dispute_no_pattern, today.year, len(fresh))
    rows = [
        disputes_write.dispute_row(
            case,
            number,
            settings,
            title=flag.title,
            description=flag.reason_text,
            source="auto",
            source_key=flag.key,
            explanation=flag.explanation,
            opened_on=today,
            blocking=flag.blocking,
        )
        for flag, number in zip(fresh, numbers, strict=True)
    ]
    s.add_all(rows)
    s.flush()
    for flag, dispute in zip(fresh, rows, strict=True):
        disputes_write.dispute_details(
            s,
            actor,
            case,
            dispute,
            parties=flag.parties,
            categories=suggest_categories(flag.reason_text) + list(flag.extra_categories),
            confirmed=False,
        )
    s.flush()
    return numbers


# Command line only: a re-scan for databases written before flags were raised with their trigger
# (raise_flags runs inside every ballot, roster, objection and obstruction write, GUI or CLI).
def flag_disputes(sf: SessionFactory, actor: Actor, case_no: str, *, today: date) -> list[str]:
    """Re-scan a case for triggers without a dispute (`casedesk dispute flag`); returns the new
    numbers. The writes that create triggers raise their flags themselves (raise_flags), so this
    finds something only for data written before they did."""
    actor.require(Role.CLERK, Role.MEDIATOR, Role.SUPERVISOR)
    with sf.begin() as s:
        case = s.get(Case, resolve_case_id(s, actor, case_no))
        assert case is not None
        return raise_flags(s, actor, case, today)


def log_obstruction(
    sf: SessionFactory, actor: Actor, case_no: str, *, on: date, description: str
) -> list[str]:
    """Record that works were obstructed; the blocking dispute it triggers is opened in the same
    transaction, dated *on*. Returns the numbers of the disputes opened."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    with sf.begin() as s:
        case = s.get(Case, resolve_case_id(s, actor, case_no))
        assert case is not None
        if case.stage != Stage.CONSTRUCTION.value:
            raise UserError(N_("只有施工阶段才能登记施工受阻"))
        event = stage_event(case, actor, "obstruction", on, description)
        s.add(event)
        s.flush()
        record_audit(
            s,
            actor,
            "case.obstruction",
            "case",
            case.id,
            case_id=case.id,
            summary=N_("施工受阻：{d}").format(d=description),
        )
        return raise_flags(s, actor, case, on)
