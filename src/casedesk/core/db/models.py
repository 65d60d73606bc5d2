"""The whole CaseDesk data model (SQLAlchemy 2.0 declarative).

Conventions:
* areas are integers in hundredths of m² (`*_centi`), money integers in fen (`*_fen`);
* enum columns store the enum's string code (see casedesk.core.domain.enums), as plain VARCHARs
  so a new code never needs a schema migration and PostgreSQL sees the same schema as SQLite;
* every table has an integer surrogate key; records people edit concurrently carry a `version`
  column used as SQLAlchemy's version_id_col, so a stale save fails instead of overwriting;
* constraint names follow the naming convention below, which Alembic's batch mode needs to drop
  or alter constraints on SQLite (tech-notes §7).

Relationships are declared only where the services navigate them; the models stay data, the
behaviour lives in services.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from casedesk.core.domain.enums import ChecklistStatus, ObjectionStatus, SubsidyStatus

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:
        # Every model names a __tablename__, so its __table__ is a Table (insert(), .name), not
        # the FromClause that DeclarativeBase declares for the general case.
        __table__: ClassVar[Table]


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=_now, onupdate=_now, server_default=func.now()
    )


# --- address hierarchy: 区 / 街道 / 社区 / 小区 / 楼 (the 单元 is the case) -------------------------


class District(Base):
    __tablename__ = "district"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    # GB/T 2260 division code, e.g. 370102 for 历下区; used as the ID-number region in demo data.
    division_code: Mapped[str | None] = mapped_column(String(6))


class Street(Base):
    __tablename__ = "street"
    __table_args__ = (UniqueConstraint("district_id", "name"), UniqueConstraint("district_id", "code"))
    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(8))


class Community(Base):
    __tablename__ = "community"
    __table_args__ = (UniqueConstraint("street_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    street_id: Mapped[int] = mapped_column(ForeignKey("street.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))


class Compound(Base):
    __tablename__ = "compound"
    __table_args__ = (UniqueConstraint("community_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))


class Building(Base):
    __tablename__ = "building"
    __table_args__ = (UniqueConstraint("compound_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))  # 楼号, e.g. "3" or "3号楼"
    built_year: Mapped[int | None] = mapped_column(Integer)


# --- the case: one 单元 ----------------------------------------------------------------------


class Case(TimestampMixin, Base):
    __tablename__ = "case_file"  # "case" is an SQL keyword
    __table_args__ = (
        UniqueConstraint("building_id", "unit_label"),
        CheckConstraint("floors >= 1", name="floors_positive"),
        Index("ix_case_file_stage_side", "stage", "side_state"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(40), unique=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    # Denormalised for the case list and per-community permission filters at city scale.
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    unit_label: Mapped[str] = mapped_column(String(20))  # 单元, e.g. "2"
    floors: Mapped[int] = mapped_column(Integer)
    has_elevator: Mapped[bool] = mapped_column(Boolean, default=False)
    state_owned_land: Mapped[bool | None] = mapped_column(Boolean)
    in_expropriation_plan: Mapped[bool | None] = mapped_column(Boolean)
    title_document: Mapped[str | None] = mapped_column(String(40))
    applicant_type: Mapped[str | None] = mapped_column(String(20))  # owners / implementer
    implementer: Mapped[str | None] = mapped_column(String(120))
    stage: Mapped[str] = mapped_column(String(20), default="intake")
    side_state: Mapped[str] = mapped_column(String(20), default="active")
    side_reason: Mapped[str | None] = mapped_column(Text)
    stage_entered_on: Mapped[date] = mapped_column(Date)
    # The hold-time limit of the current stage; the work queue and overdue filters read it.
    stage_due_on: Mapped[date | None] = mapped_column(Date, index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    started_on: Mapped[date | None] = mapped_column(Date)  # 开工 for the statistics
    accepted_on: Mapped[date | None] = mapped_column(Date)  # 验收 for the statistics
    vote_date: Mapped[date | None] = mapped_column(Date)
    rule_set: Mapped[str | None] = mapped_column(String(40))  # None = chosen by date and district
    rule_override_reason: Mapped[str | None] = mapped_column(Text)
    rule_override_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # Bumped by every change to the roster (flats, owners), in the same transaction: a ballot
    # printed under an older version is recognised as outdated when its scan comes back.
    roster_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    flats: Mapped[list[Flat]] = relationship(back_populates="case", order_by="Flat.floor, Flat.room")


class CaseRepresentative(Base):
    """Owner representatives (at most five) or the implementer's contact."""

    __tablename__ = "case_representative"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str | None] = mapped_column(String(30))
    room: Mapped[str | None] = mapped_column(String(20))
    delegation_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))


class Flat(Base):
    __tablename__ = "flat"
    __table_args__ = (
        UniqueConstraint("case_id", "room"),
        CheckConstraint("area_centi > 0", name="area_positive"),
        CheckConstraint("floor >= 1", name="floor_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    room: Mapped[str] = mapped_column(String(20))  # 房号
    floor: Mapped[int] = mapped_column(Integer)
    area_centi: Mapped[int] = mapped_column(Integer)  # 专有部分面积 in 0.01 m²
    area_source: Mapped[str] = mapped_column(String(20), default="register")
    occupies_exclusive: Mapped[bool] = mapped_column(Boolean, default=False)
    developer_unsold: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    case: Mapped[Case] = relationship(back_populates="flats")
    ownerships: Mapped[list[Ownership]] = relationship(back_populates="flat")


class Person(Base):
    """An owner, agent, objector or other party. One 证件号码 identifies one person."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    # 身份证号 or 统一社会信用代码; NULL when unknown (then the person counts alone, with a warning).
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    # Last four characters, indexed, for the clerk's "search by ID tail".
    id_tail: Mapped[str | None] = mapped_column(String(4), index=True)
    phone: Mapped[str | None] = mapped_column(String(30), index=True)
    is_organisation: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Ownership(Base):
    """Flat ↔ person. Several rows for one flat are co-owners; history is kept by valid_to."""

    __tablename__ = "ownership"
    __table_args__ = (UniqueConstraint("flat_id", "person_id", "valid_from"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    flat_id: Mapped[int] = mapped_column(ForeignKey("flat.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)  # NULL = current owner

    flat: Mapped[Flat] = relationship(back_populates="ownerships")
    person: Mapped[Person] = relationship()


class Ballot(Base):
    """An owner's written opinion on one flat. Changes add a row; the old row is superseded."""

    __tablename__ = "ballot"
    __table_args__ = (
        Index("ix_ballot_flat_current", "flat_id", "is_current"),
        # One current opinion per owner and flat, held by the database itself: two programs
        # recording at once can no longer both leave theirs current (issue 23, finding 1).
        Index(
            "uq_ballot_current_owner",
            "flat_id",
            "person_id",
            unique=True,
            sqlite_where=text("is_current"),
            postgresql_where=text("is_current"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    flat_id: Mapped[int] = mapped_column(ForeignKey("flat.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    vote: Mapped[str] = mapped_column(String(10))  # Vote code
    signed_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(10), default="paper")  # VoteSource code
    agent_name: Mapped[str | None] = mapped_column(String(60))
    agent_id_number: Mapped[str | None] = mapped_column(String(18))
    power_of_attorney_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class BallotPaper(Base):
    """The scanned page of a flat's signed 业主意见征询表, kept in the document store: the paper a
    typed opinion rests on. One row per flat and form page; a rescan of the same page is refused
    as a duplicate, never silently replaces the evidence."""

    __tablename__ = "ballot_paper"
    __table_args__ = (UniqueConstraint("flat_id", "form_page"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    flat_id: Mapped[int] = mapped_column(ForeignKey("flat.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    roster_version: Mapped[int] = mapped_column(Integer)  # as printed in the code
    form_serial: Mapped[int] = mapped_column(Integer)
    form_page: Mapped[int] = mapped_column(Integer, default=1)
    source_file: Mapped[str] = mapped_column(String(255))  # the scanned file's name, and
    source_page: Mapped[int] = mapped_column(Integer)  # the page in it (from 1)
    scanned_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    scanned_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    scanned_by_name: Mapped[str] = mapped_column(String(60))


class Tally(Base):
    """A kept tally: everything needed to reprint it unchanged years later."""

    __tablename__ = "tally"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(20), default="retrofit")  # or maintenance_fund
    rule_set: Mapped[str] = mapped_column(String(40))
    rule_version: Mapped[str] = mapped_column(String(20))
    policies: Mapped[dict] = mapped_column(JSON)
    as_of: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(12))  # TallyOutcome code
    inputs: Mapped[dict] = mapped_column(JSON)
    result: Mapped[dict] = mapped_column(JSON)
    run_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    run_by_name: Mapped[str] = mapped_column(String(60))
    run_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    note: Mapped[str | None] = mapped_column(Text)


# --- workflow -------------------------------------------------------------------------------


class StageEvent(Base):
    """Every move of a case: advance, suspend, resume, withdraw, reject, reopen, procedure."""

    __tablename__ = "stage_event"
    __table_args__ = (Index("ix_stage_event_case_date", "case_id", "occurred_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    from_stage: Mapped[str | None] = mapped_column(String(20))
    to_stage: Mapped[str | None] = mapped_column(String(20))
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    actor_name: Mapped[str] = mapped_column(String(60))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class ChecklistItem(Base):
    __tablename__ = "checklist_item"
    __table_args__ = (UniqueConstraint("case_id", "stage", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(120))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(10), default=ChecklistStatus.MISSING.value)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    recorded_on: Mapped[date | None] = mapped_column(Date)
    waived_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    waive_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Document(Base):
    """A file stored once in the data folder under its SHA-256."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class Notice(Base):
    """公示: posting date, period and place."""

    __tablename__ = "notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    posted_on: Mapped[date] = mapped_column(Date)
    period_days: Mapped[int] = mapped_column(Integer, default=15)
    period_unit: Mapped[str] = mapped_column(String(12), default="calendar")  # or working
    ends_on: Mapped[date] = mapped_column(Date)
    places: Mapped[str | None] = mapped_column(Text)
    witness: Mapped[str | None] = mapped_column(String(120))
    photo_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))


class Objection(Base):
    """异议: a written objection, usually during the notice period."""

    __tablename__ = "objection"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("notice.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    objector_name: Mapped[str] = mapped_column(String(60))
    contact: Mapped[str | None] = mapped_column(String(60))
    address: Mapped[str | None] = mapped_column(String(120))
    received_on: Mapped[date] = mapped_column(Date)
    detail: Mapped[str] = mapped_column(Text)
    written: Mapped[bool] = mapped_column(Boolean, default=True)
    response: Mapped[str | None] = mapped_column(Text)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default=ObjectionStatus.OPEN.value)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


# --- disputes and mediation -------------------------------------------------------------------


class Dispute(TimestampMixin, Base):
    __tablename__ = "dispute"
    __table_args__ = (UniqueConstraint("case_id", "source_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_no: Mapped[str] = mapped_column(String(40), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(30), default="manual")
    # Identifies an automatic flag ("ballot:1234") so re-running the flagger never duplicates.
    source_key: Mapped[str | None] = mapped_column(String(80))
    source_explanation: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    blocking: Mapped[bool] = mapped_column(Boolean, default=False)
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    committee: Mapped[str | None] = mapped_column(String(120))
    opened_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class DisputeParty(Base):
    __tablename__ = "dispute_party"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("dispute.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    name: Mapped[str] = mapped_column(String(60))
    room: Mapped[str | None] = mapped_column(String(20))
    floor: Mapped[int | None] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(30))  # PartyRole code
    contact: Mapped[str | None] = mapped_column(String(60))


class DisputeCategoryLink(Base):
    __tablename__ = "dispute_category"
    __table_args__ = (UniqueConstraint("dispute_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("dispute.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(30))  # DisputeCategory code
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)  # suggested until a mediator confirms


class DisputeStatusChange(Base):
    __tablename__ = "dispute_status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("dispute.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    actor_name: Mapped[str] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)


class MediationMeeting(Base):
    __tablename__ = "mediation_meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("dispute.id", ondelete="CASCADE"), index=True)
    held_at: Mapped[datetime] = mapped_column(DateTime)
    place: Mapped[str | None] = mapped_column(String(120))
    mediators: Mapped[str | None] = mapped_column(String(200))
    recorder: Mapped[str | None] = mapped_column(String(60))
    # [{"name":..., "role":..., "room":..., "floor":...}]
    attendees: Mapped[list] = mapped_column(JSON, default=list)
    positions: Mapped[str | None] = mapped_column(Text)
    proposals: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(20))  # MeetingOutcome code
    next_date: Mapped[date | None] = mapped_column(Date)
    is_draft: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class MeetingNoteVersion(Base):
    """Every saved version of a meeting's notes, so nothing a mediator typed is lost."""

    __tablename__ = "meeting_note_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("mediation_meeting.id", ondelete="CASCADE"), index=True
    )
    version_no: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    saved_by: Mapped[str] = mapped_column(String(60))


class Agreement(Base):
    """调解协议书 with the contents of 人民调解法 art. 29."""

    __tablename__ = "agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("dispute.id", ondelete="CASCADE"), index=True)
    agreement_no: Mapped[str] = mapped_column(String(40), unique=True)
    parties: Mapped[str | None] = mapped_column(Text)
    facts: Mapped[str | None] = mapped_column(Text)
    matters: Mapped[str | None] = mapped_column(Text)
    responsibilities: Mapped[str | None] = mapped_column(Text)
    terms: Mapped[str] = mapped_column(Text)
    performance_method: Mapped[str | None] = mapped_column(Text)
    performance_deadline: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    effective_on: Mapped[date | None] = mapped_column(Date)
    judicial_confirmation_requested_on: Mapped[date | None] = mapped_column(Date)
    performed_on: Mapped[date | None] = mapped_column(Date)
    partial: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class FollowUpVisit(Base):
    __tablename__ = "follow_up_visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("dispute.id", ondelete="CASCADE"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
    visited_on: Mapped[date] = mapped_column(Date)
    visitor: Mapped[str | None] = mapped_column(String(60))
    reason: Mapped[str | None] = mapped_column(Text)
    findings: Mapped[str | None] = mapped_column(Text)


# --- money -----------------------------------------------------------------------------------


class Subsidy(Base):
    __tablename__ = "subsidy"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    policy_code: Mapped[str] = mapped_column(String(40))
    eligible_fen: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default=SubsidyStatus.APPLIED.value)
    applied_on: Mapped[date | None] = mapped_column(Date)
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    approved_on: Mapped[date | None] = mapped_column(Date)
    approved_fen: Mapped[int | None] = mapped_column(Integer)
    paid_on: Mapped[date | None] = mapped_column(Date, index=True)
    paid_fen: Mapped[int | None] = mapped_column(Integer)
    voucher_no: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CostShare(Base):
    """A cost-sharing table for construction or running costs, kept as computed."""

    __tablename__ = "cost_share"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(20), default="construction")  # or running
    method: Mapped[str] = mapped_column(String(20))  # floor / area / equal / custom
    total_fen: Mapped[int] = mapped_column(Integer)
    parameters: Mapped[dict] = mapped_column(JSON, default=dict)
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)


class CostShareLine(Base):
    __tablename__ = "cost_share_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    cost_share_id: Mapped[int] = mapped_column(ForeignKey("cost_share.id", ondelete="CASCADE"), index=True)
    flat_id: Mapped[int] = mapped_column(ForeignKey("flat.id"))
    kind: Mapped[str] = mapped_column(String(20), default="share")  # share / compensation / buy_in
    amount_fen: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class FundUse(Base):
    """Use of the residential maintenance fund, after its own civil-code-majority vote."""

    __tablename__ = "fund_use"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    tally_id: Mapped[int | None] = mapped_column(ForeignKey("tally.id"))
    amount_fen: Mapped[int] = mapped_column(Integer)
    drawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


# --- users, audit, settings -------------------------------------------------------------------


class UserAccount(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(20))  # Role code
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class UserCommunity(Base):
    """The communities a clerk (or mediator) works for; supervisors and admins see all."""

    __tablename__ = "user_community"
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), primary_key=True)


class AuditEvent(Base):
    """Append-only: who did what to which record, written in the same transaction as the change."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_object", "object_type", "object_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=_now, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    username: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id", ondelete="SET NULL"), index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    changes: Mapped[dict | None] = mapped_column(JSON)


class OfficeSetting(Base):
    """Office-wide settings travel with the data (office name, seal text, case-number pattern)."""

    __tablename__ = "office_setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Holiday(Base):
    """Statutory holidays and adjusted working days (调休), used for notice-period counting."""

    __tablename__ = "holiday"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # holiday / workday
    name: Mapped[str | None] = mapped_column(String(40))


class AnnualTarget(Base):
    __tablename__ = "annual_target"
    __table_args__ = (UniqueConstraint("year", "district_id", "street_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    district_id: Mapped[int | None] = mapped_column(ForeignKey("district.id"))
    street_id: Mapped[int | None] = mapped_column(ForeignKey("street.id"))
    starts_target: Mapped[int] = mapped_column(Integer, default=0)
    acceptances_target: Mapped[int] = mapped_column(Integer, default=0)


class CaseNumberCounter(Base):
    """The last serial used per district-street-year prefix, so numbers are never reused."""

    __tablename__ = "case_number_counter"
    prefix: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)
