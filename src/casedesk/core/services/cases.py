"""Case use cases: register a unit, list and show cases."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db import queries
from casedesk.core.db.address import ensure_address
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    Building,
    Case,
    Community,
    Compound,
    Dispute,
    District,
    Document,
    StageEvent,
    Street,
)
from casedesk.core.documents import store_document
from casedesk.core.domain.enums import Role, SideState, Stage
from casedesk.core.domain.textinput import (
    NAME_MAX,
    NOTE_MAX,
    TITLE_MAX,
    check_date,
    clean_text,
    field_limit,
    optional_text,
)
from casedesk.core.domain.views import CaseDetail, CaseSummary, Page
from casedesk.core.errors import NotFound, PermissionDenied, UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.services.numbering import case_number
from casedesk.core.settings import load_settings

MAX_FLOORS = 40


@dataclass(frozen=True)
class NewCase:
    district: str
    street: str
    community: str
    compound: str
    building: str
    unit: str
    floors: int
    opened_on: date | None = None
    has_elevator: bool = False
    state_owned_land: bool | None = None
    in_expropriation_plan: bool | None = None

    def validate(self) -> None:
        for label, value, column in (
            (N_("区"), self.district, District.name),
            (N_("街道"), self.street, Street.name),
            (N_("社区"), self.community, Community.name),
            (N_("小区"), self.compound, Compound.name),
            (N_("楼号"), self.building, Building.number),
            (N_("单元"), self.unit, Case.unit_label),
        ):
            if not value or not value.strip():
                raise UserError(N_("{field}不能为空").format(field=label))
            # length and control characters: refused alike on SQLite and PostgreSQL
            clean_text(value, label, field_limit(column, NAME_MAX))
        check_date(self.opened_on, N_("受理日期"), date.today())
        if not 1 <= self.floors <= MAX_FLOORS:
            raise UserError(
                N_("楼层数应在 1 到 {max} 之间：{floors}").format(max=MAX_FLOORS, floors=self.floors)
            )


def create_case(session_factory: SessionFactory, actor: Actor, new: NewCase) -> str:
    """Register a unit as a new case in `intake`; returns its case number."""
    from casedesk.core.services.places import building_number, clean_name, unit_number

    actor.require(Role.CLERK, Role.SUPERVISOR)
    # Cleaned before checking and storing (issue 23 #10): "３", "3\u200d", "03", "3号楼" and "3栋"
    # are one building to the clerk, so they must be one building here, or a stairwell gets two
    # cases and two votes.
    new = replace(
        new,
        district=clean_name(new.district),
        street=clean_name(new.street),
        community=clean_name(new.community),
        compound=clean_name(new.compound),
        building=building_number(new.building),
        unit=unit_number(new.unit),
    )
    new.validate()
    opened = new.opened_on or date.today()
    with session_factory.begin() as s:
        building, existing = _look_alike(s, new)
        if existing:
            raise UserError(
                N_("该单元已有案件：{case_no}（{b}号楼{u}单元），不能重复登记").format(
                    case_no=existing, b=new.building, u=new.unit
                )
            )
        ids = ensure_address(s, new.district, new.street, new.community, new.compound, building)
        if not actor.may_see_community(ids.community_id):
            raise PermissionDenied(N_("该社区不在您的负责范围内：{c}").format(c=new.community))
        settings = load_settings(s)
        number = case_number(s, settings.case_no_pattern, ids.district_code, ids.street_code, opened.year)
        case = Case(
            case_no=number,
            building_id=ids.building_id,
            community_id=ids.community_id,
            unit_label=new.unit,
            floors=new.floors,
            has_elevator=new.has_elevator,
            state_owned_land=new.state_owned_land,
            in_expropriation_plan=new.in_expropriation_plan,
            stage=Stage.INTAKE.value,
            side_state=SideState.ACTIVE.value,
            stage_entered_on=opened,
            stage_due_on=settings.stage_due_on(Stage.INTAKE, opened),  # 受理登记 has its limit too
            opened_on=opened,
            clerk_id=actor.user_id,
        )
        s.add(case)
        s.flush()
        s.add(stage_event(case, actor, "open", opened, moved=(None, Stage.INTAKE.value)))
        record_audit(
            s,
            actor,
            "case.create",
            "case",
            case.id,
            case_id=case.id,
            summary=N_("登记案件 {no}").format(no=number),
            changes={
                "case_no": number,
                "address": f"{new.district}{new.street}{new.community}"
                f"{new.compound}{new.building}号楼{new.unit}单元",
                "floors": new.floors,
            },
        )
        return number


def _look_alike(s, new: NewCase) -> tuple[str, str | None]:
    """The building number to store (an older row typed "3号楼" is the same building as "3") and
    the number of a case already open for the same stairwell, if any."""
    from casedesk.core.db.models import Building, Community, Compound, District, Street
    from casedesk.core.services.places import building_number, unit_number

    buildings = s.execute(
        select(Building.id, Building.number)
        .join(Compound, Compound.id == Building.compound_id)
        .join(Community, Community.id == Compound.community_id)
        .join(Street, Street.id == Community.street_id)
        .join(District, District.id == Street.district_id)
        .where(
            District.name == new.district,
            Street.name == new.street,
            Community.name == new.community,
            Compound.name == new.compound,
        )
    ).all()
    same = {b_id: number for b_id, number in buildings if building_number(number) == new.building}
    if not same:
        return new.building, None
    stored = new.building if new.building in same.values() else next(iter(same.values()))
    for case_no, unit in s.execute(
        select(Case.case_no, Case.unit_label).where(Case.building_id.in_(same)).order_by(Case.id)
    ):
        if unit_number(unit) == new.unit:
            return stored, case_no
    return stored, None


def list_cases(
    session_factory: SessionFactory,
    actor: Actor,
    case_filter: queries.CaseFilter,
    *,
    sort: str = "case_no",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> Page[CaseSummary]:
    """A page of cases the actor may see (a clerk only their communities)."""
    if actor.community_ids is not None:
        allowed = actor.community_ids
        if case_filter.community_ids is not None:
            allowed = allowed & case_filter.community_ids
        case_filter = replace(case_filter, community_ids=frozenset(allowed))
    with session_factory() as s:
        return queries.list_cases(
            s, case_filter, sort=sort, descending=descending, offset=offset, limit=limit
        )


def visible_communities(session_factory: SessionFactory, actor: Actor) -> list[str]:
    """Names of the communities the actor may see, for the case list's filter."""
    with session_factory() as s:
        return queries.community_names(s, actor.community_ids)


def get_case(session_factory: SessionFactory, actor: Actor, case_no: str) -> CaseDetail:
    with session_factory() as s:
        return queries.case_detail(s, resolve_case_id(s, actor, case_no))


def resolve_case_id(session, actor: Actor, case_no: str) -> int:
    """Case id for *case_no* inside an open session, with the actor's community check."""
    case_id = queries.case_id_by_number(session, case_no)
    if case_id is None:
        raise NotFound(N_("找不到案件：{case_no}").format(case_no=case_no))
    case = session.get(Case, case_id)
    if (
        case is not None
        and not actor.may_see_community(case.community_id)
        and not _mediates_in(session, actor, case_id)
    ):
        raise PermissionDenied(N_("该案件不在您的负责范围内：{case_no}").format(case_no=case_no))
    return case_id


def _mediates_in(session, actor: Actor, case_id: int) -> bool:
    """A mediator assigned to one of the case's disputes may open the case, whichever communities
    they hold: the dispute's queue shows it to them (issue 20), so its case must open too."""
    if actor.role is not Role.MEDIATOR or actor.user_id is None:
        return False
    return (
        session.scalar(
            select(Dispute.id)
            .where(Dispute.case_id == case_id, Dispute.mediator_id == actor.user_id)
            .limit(1)
        )
        is not None
    )


EDITABLE_CASE_FIELDS = (
    "floors",
    "has_elevator",
    "state_owned_land",
    "in_expropriation_plan",
    "implementer",
    "title_document",
    "notes",
)
# The log shows what was edited in words, never the column names.
CASE_FIELD_LABELS = {
    "floors": N_("楼层数"),
    "has_elevator": N_("已有电梯"),
    "state_owned_land": N_("国有土地"),
    "in_expropriation_plan": N_("列入征收计划"),
    "implementer": N_("实施主体"),
    "title_document": N_("权属证明"),
    "notes": N_("备注"),
}


def stale_message(s, case: Case) -> str:
    """Who changed the case last, when and what: the clerk must know whose work they would lose."""
    from casedesk.core.audit import action_label, user_label
    from casedesk.core.db.models import AuditEvent, UserAccount

    last = s.scalar(select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id.desc()))
    if last is None:
        return N_("案件 {no} 已被他人修改，请重新打开后再保存").format(no=case.case_no)
    # In words and by name: a colleague is known by name, an action by what it did.
    what = last.summary or action_label(last.action)
    name = s.scalar(select(UserAccount.display_name).where(UserAccount.id == last.user_id))
    return N_(
        "案件 {no} 已被 {who} 于 {at} 修改（{what}）。您看到的是旧版本，未保存任何内容；请重新打开后再改。"
    ).format(
        no=case.case_no, who=user_label(last.username, name), at=last.at.strftime("%Y-%m-%d %H:%M"), what=what
    )


def update_case(
    session_factory: SessionFactory, actor: Actor, case_no: str, *, expected_version: int, changes: dict
) -> int:
    """Edit case facts if nobody saved the case since *expected_version* was read; returns the new version."""
    from sqlalchemy.orm.exc import StaleDataError

    from casedesk.core.audit import diff
    from casedesk.core.errors import StaleVersion

    actor.require(Role.CLERK, Role.SUPERVISOR)
    unknown = set(changes) - set(EDITABLE_CASE_FIELDS)
    if unknown:
        raise UserError(N_("不能修改这些字段：{f}").format(f="、".join(sorted(unknown))))
    if "floors" in changes and not 1 <= int(changes["floors"]) <= MAX_FLOORS:
        raise UserError(N_("楼层数应在 1 到 {max} 之间").format(max=MAX_FLOORS))
    changes = dict(changes)
    for key, label, limit in (
        ("implementer", N_("实施主体"), field_limit(Case.implementer, TITLE_MAX)),
        ("title_document", N_("权属证明"), field_limit(Case.title_document, TITLE_MAX)),
        ("notes", N_("备注"), NOTE_MAX),
    ):
        if isinstance(changes.get(key), str):
            changes[key] = optional_text(changes[key], label, limit, multiline=key == "notes")
    try:
        with session_factory.begin() as s:
            case = s.get(Case, resolve_case_id(s, actor, case_no))
            assert case is not None
            if case.version != expected_version:
                raise StaleVersion(stale_message(s, case))
            before = {k: getattr(case, k) for k in changes}
            for key, value in changes.items():
                setattr(case, key, value)
            s.flush()  # the UPDATE checks the version in its WHERE clause: a racing writer loses here
            record_audit(
                s,
                actor,
                "case.update",
                "case",
                case.id,
                case_id=case.id,
                summary=N_("修改案件信息：{f}").format(f="、".join(CASE_FIELD_LABELS[k] for k in changes)),
                changes=diff(before, changes),
            )
            return case.version
    except StaleDataError:
        with session_factory() as s:
            case = s.get(Case, resolve_case_id(s, actor, case_no))
            assert case is not None  # resolve_case_id has just found it
            raise StaleVersion(stale_message(s, case)) from None


def reveal_personal_data(session_factory: SessionFactory, actor: Actor, case_no: str) -> None:
    """Full ID and phone numbers are for the roles that verify owners; every look is audited."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    with session_factory.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        record_audit(
            s,
            actor,
            "case.view_personal_data",
            "case",
            case_id,
            case_id=case_id,
            summary=N_("查看完整证件号码和电话"),
        )


def stage_event(
    case: Case,
    actor: Actor,
    kind: str,
    on: date,
    note: str | None = None,
    *,
    moved: tuple[str | None, str] | None = None,
) -> StageEvent:
    """A line of the case's history, signed by *actor*: a move of stage (*moved*: from, to) or,
    by default, something that happened within the stage the case is in."""
    from_stage, to_stage = moved if moved is not None else (case.stage, case.stage)
    return StageEvent(
        case_id=case.id,
        kind=kind,
        from_stage=from_stage,
        to_stage=to_stage,
        occurred_on=on,
        note=note,
        actor_id=actor.user_id,
        actor_name=actor.name,
    )


def keep_document(
    s: Session,
    actor: Actor,
    case_id: int,
    kind: str,
    file: Path,
    documents_dir: Path,
    filename: str | None = None,
) -> Document:
    """A document of the case: *file* in the store (kept once by SHA-256) and its row, under
    *filename* (the file's own name by default), flushed so that it has its id."""
    sha, size = store_document(file, documents_dir)
    doc = Document(
        case_id=case_id,
        kind=kind,
        filename=file.name if filename is None else filename,
        sha256=sha,
        size=size,
        created_by_id=actor.user_id,
    )
    s.add(doc)
    s.flush()
    return doc
