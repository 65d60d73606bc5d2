"""Workflow use cases: move a case through its stages with every legal step recorded.

Role checks and guards live here, not in the UI, so the command line and the GUI enforce the
same rules. Every write adds an audit event with the field-level before/after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.core.audit import action_label, diff, record_audit, user_label
from casedesk.core.consent import tally
from casedesk.core.db.checklist import checklist_statuses
from casedesk.core.db.disputes import open_blocking_dispute
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    AuditEvent,
    Ballot,
    Case,
    CaseRepresentative,
    ChecklistItem,
    Dispute,
    Document,
    Holiday,
    Notice,
    Objection,
    StageEvent,
    Subsidy,
    Tally,
)
from casedesk.core.db.objections import count_open_written
from casedesk.core.domain.enums import (
    ChecklistStatus,
    ObjectionStatus,
    Role,
    SideState,
    Stage,
    TallyOutcome,
)
from casedesk.core.domain.views import CaseFilter, CaseSummary, Page
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import keep_document, list_cases, resolve_case_id, stage_event
from casedesk.core.services.consent import case_snapshot, rule_for_case
from casedesk.core.settings import load_settings
from casedesk.core.workflow.calendar import WorkCalendar
from casedesk.core.workflow.deadlines import (
    STAGE_MOVE_KINDS,
    LegalWindow,
    StageHold,
    legal_windows,
    stage_holds,
)
from casedesk.core.workflow.guards import CaseFacts, unmet_reasons
from casedesk.core.workflow.stages import (
    ADVANCE_ROLES,
    CHECKLISTS,
    DUE_SOON_DAYS,
    PARALLEL_PROCEDURES,
    SIDE_ROLES,
    checklist_def,
    next_stage,
)

CASE_FIELDS = (
    "stage",
    "side_state",
    "side_reason",
    "stage_entered_on",
    "stage_due_on",
    "started_on",
    "accepted_on",
    "closed_on",
    "vote_date",
)


class GuardFailed(UserError):
    """A gated move is not allowed yet; `reasons` lists every unmet condition."""

    def __init__(self, case_no: str, to: Stage, reasons: list[str]):
        super().__init__(
            N_("{case} 不能进入“{to}”：{why}").format(case=case_no, to=to.label, why="；".join(reasons))
        )
        self.reasons = reasons


@dataclass(frozen=True)
class AuditEntry:
    at: str
    user: str
    action: str
    summary: str | None
    changes: dict[str, Any] | None
    # For screens: the action in words and the user's display name (`action`/`user` stay the
    # stable code and login for --json and scripts).
    action_text: str = ""
    user_name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "user": self.user,
            "action": self.action,
            "summary": self.summary,
            "changes": self.changes,
        }


def _snapshot(case: Case) -> dict[str, Any]:
    return {k: getattr(case, k) for k in CASE_FIELDS}


def _calendar(s: Session) -> WorkCalendar:
    return WorkCalendar({h.day: h.kind for h in s.scalars(select(Holiday))})


def _load(s: Session, actor: Actor, case_no: str) -> Case:
    case = s.get(Case, resolve_case_id(s, actor, case_no))
    assert case is not None
    return case


def _ensure_checklist(s: Session, case: Case, stage: Stage) -> dict[str, ChecklistItem]:
    items = {
        i.code: i
        for i in s.scalars(
            select(ChecklistItem).where(ChecklistItem.case_id == case.id, ChecklistItem.stage == stage.value)
        )
    }
    for d in CHECKLISTS.get(stage, ()):
        if d.code not in items:
            item = ChecklistItem(
                case_id=case.id,
                stage=stage.value,
                code=d.code,
                title=d.title,
                required=d.required,
                status=ChecklistStatus.MISSING.value,
            )
            s.add(item)
            items[d.code] = item
    s.flush()
    return items


def blocking_disputes(s: Session, case_id: int) -> list[str]:
    rows = s.execute(select(Dispute.dispute_no, Dispute.title).where(open_blocking_dispute(case_id))).all()
    return [f"{no} {title}" for no, title in rows]


def case_facts(s: Session, case: Case, on: date) -> CaseFacts:
    stage = Stage(case.stage)
    outcome, summary = None, ""
    if stage is Stage.CONSENT:
        snapshot = case_snapshot(s, case.id)
        result = tally(snapshot, rule_for_case(case, snapshot, on, None).rule, on)
        outcome, summary = result.outcome, result.summary
    notice_end = s.scalar(select(Notice.ends_on).where(Notice.case_id == case.id).order_by(Notice.id.desc()))
    objections = count_open_written(s, case.id)
    checklist = checklist_statuses(s, case.id, stage)
    representatives = (
        s.scalar(select(func.count(CaseRepresentative.id)).where(CaseRepresentative.case_id == case.id)) or 0
    )
    paid = (
        s.scalar(
            select(func.count(Subsidy.id)).where(Subsidy.case_id == case.id, Subsidy.paid_on.is_not(None))
        )
        or 0
    )
    return CaseFacts(
        stage=stage,
        on=on,
        floors=case.floors,
        has_elevator=case.has_elevator,
        state_owned_land=case.state_owned_land,
        in_expropriation_plan=case.in_expropriation_plan,
        representatives=representatives,
        implementer=case.implementer,
        tally_outcome=outcome,
        tally_summary=summary,
        notice_ends_on=notice_end,
        open_objections=objections,
        checklist=checklist,
        blocking_disputes=tuple(blocking_disputes(s, case.id)),
        subsidy_paid=paid > 0,
    )


def check_advance(session_factory: SessionFactory, actor: Actor, case_no: str, on: date) -> list[str]:
    """The unmet conditions for moving *case_no* to its next stage on *on* (empty: it may move)."""
    with session_factory() as s:
        case = _load(s, actor, case_no)
        return unmet_reasons(case_facts(s, case, on))


def advance(
    session_factory: SessionFactory,
    actor: Actor,
    case_no: str,
    to: Stage,
    *,
    on: date,
    note: str | None = None,
) -> Stage:
    """Move a case to the next stage after checking role, side state and every guard."""
    with session_factory.begin() as s:
        case = _load(s, actor, case_no)
        current = Stage(case.stage)
        if case.side_state != SideState.ACTIVE.value:
            raise UserError(N_("案件处于“{s}”状态，不能推进").format(s=SideState(case.side_state).label))
        expected = next_stage(current)
        if expected is None:
            raise UserError(N_("案件已完成"))
        if to is not expected:
            raise UserError(
                N_("只能从“{a}”推进到下一阶段“{b}”，不能跳到“{c}”").format(
                    a=current.label, b=expected.label, c=to.label
                )
            )
        actor.require(*ADVANCE_ROLES[current])
        if on < case.stage_entered_on:
            raise UserError(N_("日期 {d} 早于进入本阶段的日期 {e}").format(d=on, e=case.stage_entered_on))
        reasons = unmet_reasons(case_facts(s, case, on))
        if reasons:
            raise GuardFailed(case.case_no, to, reasons)
        before = _snapshot(case)
        case.stage = to.value
        case.stage_entered_on = on
        case.stage_due_on = load_settings(s).stage_due_on(to, on)
        if current is Stage.CONSENT and case.vote_date is None:
            case.vote_date = on
        if to is Stage.CONSTRUCTION:
            case.started_on = on
        if to is Stage.SUBSIDY:
            case.accepted_on = on
        if to is Stage.DONE:
            case.closed_on = on
        _ensure_checklist(s, case, to)
        s.add(stage_event(case, actor, "advance", on, note, moved=(current.value, to.value)))
        s.flush()
        record_audit(
            s,
            actor,
            "case.advance",
            "case",
            case.id,
            case_id=case.id,
            summary=N_("{a} → {b}").format(a=current.label, b=to.label) + (f"（{note}）" if note else ""),
            changes=diff(before, _snapshot(case)),
        )
        return to


def _side_move(
    session_factory: SessionFactory,
    actor: Actor,
    case_no: str,
    kind: str,
    on: date,
    reason: str | None,
    allowed_from: tuple[SideState, ...],
    new_state: SideState,
) -> None:
    actor.require(*SIDE_ROLES[kind])
    if kind != "resume" and not (reason and reason.strip()):
        raise UserError(N_("须填写原因"))
    with session_factory.begin() as s:
        case = _load(s, actor, case_no)
        state = SideState(case.side_state)
        if state not in allowed_from and not (kind == "reopen" and case.stage == Stage.DONE.value):
            raise UserError(N_("案件当前为“{s}”，不能执行此操作").format(s=state.label))
        before = _snapshot(case)
        case.side_state = new_state.value
        case.side_reason = reason.strip() if reason and new_state is not SideState.ACTIVE else None
        if new_state is SideState.ACTIVE:
            # Time spent suspended does not count against the stage's hold-time limit.
            case.stage_due_on = load_settings(s).stage_due_on(Stage(case.stage), on)
            if kind == "reopen":
                case.closed_on = None
        else:
            case.stage_due_on = None
            if new_state in (SideState.WITHDRAWN, SideState.REJECTED):
                case.closed_on = on
        s.add(stage_event(case, actor, kind, on, reason))
        s.flush()
        record_audit(
            s,
            actor,
            f"case.{kind}",
            "case",
            case.id,
            case_id=case.id,
            summary=N_("{k}：{r}").format(k=_SIDE_LABEL[kind], r=reason or ""),
            changes=diff(before, _snapshot(case)),
        )


_SIDE_LABEL = {
    "suspend": N_("暂停"),
    "resume": N_("恢复"),
    "withdraw": N_("撤回"),
    "reject": N_("不予通过"),
    "reopen": N_("重新开启"),
}


def suspend(sf: SessionFactory, actor: Actor, case_no: str, *, on: date, reason: str) -> None:
    _side_move(sf, actor, case_no, "suspend", on, reason, (SideState.ACTIVE,), SideState.SUSPENDED)


def resume(sf: SessionFactory, actor: Actor, case_no: str, *, on: date, reason: str | None = None) -> None:
    _side_move(sf, actor, case_no, "resume", on, reason, (SideState.SUSPENDED,), SideState.ACTIVE)


def withdraw(sf: SessionFactory, actor: Actor, case_no: str, *, on: date, reason: str) -> None:
    _side_move(
        sf,
        actor,
        case_no,
        "withdraw",
        on,
        reason,
        (SideState.ACTIVE, SideState.SUSPENDED),
        SideState.WITHDRAWN,
    )


def reject(sf: SessionFactory, actor: Actor, case_no: str, *, on: date, reason: str) -> None:
    _side_move(
        sf, actor, case_no, "reject", on, reason, (SideState.ACTIVE, SideState.SUSPENDED), SideState.REJECTED
    )


def reopen(sf: SessionFactory, actor: Actor, case_no: str, *, on: date, reason: str) -> None:
    _side_move(
        sf, actor, case_no, "reopen", on, reason, (SideState.WITHDRAWN, SideState.REJECTED), SideState.ACTIVE
    )


# --- intake facts, procedures, checklists -----------------------------------------------------------


def set_intake_facts(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    *,
    state_owned_land: bool | None = None,
    in_expropriation_plan: bool | None = None,
    has_elevator: bool | None = None,
    implementer: str | None = None,
    representatives: list[str] | None = None,
) -> None:
    """Record eligibility facts and the owner representatives (at most five) or implementer."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    if representatives is not None and len(representatives) > 5:
        raise UserError(N_("业主代表不得超过 5 人"))
    with sf.begin() as s:
        case = _load(s, actor, case_no)
        before = {
            "state_owned_land": case.state_owned_land,
            "in_expropriation_plan": case.in_expropriation_plan,
            "has_elevator": case.has_elevator,
            "implementer": case.implementer,
        }
        if state_owned_land is not None:
            case.state_owned_land = state_owned_land
        if in_expropriation_plan is not None:
            case.in_expropriation_plan = in_expropriation_plan
        if has_elevator is not None:
            case.has_elevator = has_elevator
        if implementer is not None:
            case.implementer = implementer.strip() or None
        after = {k: getattr(case, k) for k in before}
        changes: dict[str, Any] = diff(before, after)
        if representatives is not None:
            old = [
                r.name
                for r in s.scalars(select(CaseRepresentative).where(CaseRepresentative.case_id == case.id))
            ]
            for r in s.scalars(select(CaseRepresentative).where(CaseRepresentative.case_id == case.id)):
                s.delete(r)
            for name in representatives:
                s.add(CaseRepresentative(case_id=case.id, name=name.strip()))
            changes["representatives"] = [old, representatives]
        s.flush()
        record_audit(
            s,
            actor,
            "case.intake",
            "case",
            case.id,
            case_id=case.id,
            summary=N_("登记受理条件与业主代表"),
            changes=changes,
        )


def record_procedure(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    kind: str,
    *,
    on: date,
    note: str | None = None,
    number: str | None = None,
) -> None:
    """Design, pipeline survey or planning pre-check, allowed in parallel with consent (2021 rule).

    *number* is the document's 文号/编号; it is kept in the event's note text (the stage_event
    table has no column for it), as "方案设计：编号 X；note"."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    if kind not in PARALLEL_PROCEDURES:
        raise UserError(
            N_("没有这个并行手续：{k}（可选：{all}）").format(k=kind, all="、".join(PARALLEL_PROCEDURES))
        )
    number = (number or "").strip() or None
    note = (note or "").strip() or None
    if number:
        note = N_("编号 {n}").format(n=number) + (f"；{note}" if note else "")
    with sf.begin() as s:
        case = _load(s, actor, case_no)
        entry = f"{PARALLEL_PROCEDURES[kind]}：{note or ''}".rstrip("：")
        s.add(stage_event(case, actor, "procedure", on, entry))
        s.flush()
        record_audit(
            s,
            actor,
            "case.procedure",
            "case",
            case.id,
            case_id=case.id,
            summary=N_("并行手续：{k}").format(k=PARALLEL_PROCEDURES[kind]),
            changes={"kind": kind, "on": on, "note": note, "number": number},
        )


def mark_checklist_item(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    code: str,
    *,
    on: date,
    file: Path | None = None,
    documents_dir: Path | None = None,
    stage: Stage | None = None,
) -> None:
    """Mark a document as present, optionally attaching the file (stored once by SHA-256)."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    with sf.begin() as s:
        case = _load(s, actor, case_no)
        stage = stage or Stage(case.stage)
        definition = checklist_def(stage, code)
        if definition is None:
            codes = "、".join(d.code for d in CHECKLISTS.get(stage, ()))
            raise UserError(
                N_("“{s}”阶段没有材料 {c}（可选：{codes}）").format(s=stage.label, c=code, codes=codes)
            )
        item = _ensure_checklist(s, case, stage)[code]
        document_id = None
        if file is not None:
            if documents_dir is None:
                raise UserError(N_("未配置材料存放文件夹"))
            document_id = keep_document(s, actor, case.id, code, file, documents_dir).id
        _mark_present(s, actor, case, item, on, document_id)


def _mark_present(
    s: Session, actor: Actor, case: Case, item: ChecklistItem, on: date, document_id: int | None
) -> None:
    """A checklist item is present from *on*, with its document if one came (an earlier one stays
    otherwise); audited with what changed."""
    before = {"status": item.status, "document_id": item.document_id}
    item.status = ChecklistStatus.PRESENT.value
    item.recorded_on = on
    item.document_id = document_id or item.document_id
    s.flush()
    record_audit(
        s,
        actor,
        "checklist.present",
        "checklist_item",
        item.id,
        case_id=case.id,
        summary=N_("材料齐备：{t}").format(t=item.title),
        changes=diff(before, {"status": item.status, "document_id": item.document_id}),
    )


def waive_checklist_item(
    sf: SessionFactory, actor: Actor, case_no: str, code: str, *, reason: str, stage: Stage | None = None
) -> None:
    actor.require(*SIDE_ROLES["waive"])
    if not reason or not reason.strip():
        raise UserError(N_("免交材料须填写理由"))
    with sf.begin() as s:
        case = _load(s, actor, case_no)
        stage = stage or Stage(case.stage)
        if checklist_def(stage, code) is None:
            raise UserError(N_("“{s}”阶段没有材料 {c}").format(s=stage.label, c=code))
        item = _ensure_checklist(s, case, stage)[code]
        before = item.status
        item.status = ChecklistStatus.WAIVED.value
        item.waived_by_id = actor.user_id
        item.waive_reason = reason.strip()
        s.flush()
        record_audit(
            s,
            actor,
            "checklist.waive",
            "checklist_item",
            item.id,
            case_id=case.id,
            summary=N_("主管免交材料：{t}（{r}）").format(t=item.title, r=reason.strip()),
            changes={"status": [before, item.status], "reason": reason.strip()},
        )


# --- notice and objections ----------------------------------------------------------------------------


def _vote_day(s: Session, case: Case) -> date | None:
    """The day of the vote a notice publishes: the latest saved retrofit tally's date, or, with no
    tally saved yet, the latest current ballot's signing date (None: no vote recorded at all)."""
    tallied = s.scalar(
        select(Tally.as_of)
        .where(Tally.case_id == case.id, Tally.purpose == "retrofit")
        .order_by(Tally.id.desc())
        .limit(1)
    )
    if tallied is not None:
        return tallied
    return s.scalar(
        select(func.max(Ballot.signed_on)).where(Ballot.case_id == case.id, Ballot.is_current.is_(True))
    )


def _check_notice_date(s: Session, case: Case, posted_on: date, today: date) -> None:
    """A notice is honest only if it was posted while the case existed, after the vote it
    publishes, and not in the future (a clerk records what was posted, not what will be)."""
    if posted_on > today:
        raise UserError(N_("公示张贴日期 {d} 晚于今天（{t}）：请在张贴后再登记").format(d=posted_on, t=today))
    if posted_on < case.opened_on:
        raise UserError(N_("公示张贴日期 {d} 早于案件登记日期 {o}").format(d=posted_on, o=case.opened_on))
    voted = _vote_day(s, case)
    if voted is not None and posted_on < voted:
        raise UserError(
            N_("公示张贴日期 {d} 早于所公示的表决（{v}）：表决结果出来后才能公示").format(
                d=posted_on, v=voted
            )
        )


def post_notice(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    *,
    posted_on: date,
    places: str | None = None,
    witness: str | None = None,
    photo: Path | None = None,
    documents_dir: Path | None = None,
    today: date | None = None,
) -> date:
    """Record the posting of the notice; returns its last day (Civil Code arts. 201/203).

    A photo of the posted notice is stored by SHA-256 and marks the 公示现场照片 document of the
    notice stage present, in the same transaction: a notice is never saved without its photo when
    one was given, nor the photo without the notice."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    places = (places or "").strip() or None
    witness = (witness or "").strip() or None
    if photo is not None and documents_dir is None:
        raise UserError(N_("未配置材料存放文件夹"))
    with sf.begin() as s:
        case = _load(s, actor, case_no)
        _check_notice_date(s, case, posted_on, today or date.today())
        snapshot = case_snapshot(s, case.id)
        rule = rule_for_case(case, snapshot, posted_on, None).rule
        ends = _calendar(s).period_end(posted_on, rule.notice_days, rule.notice_unit)
        notice = Notice(
            case_id=case.id,
            posted_on=posted_on,
            period_days=rule.notice_days,
            period_unit=rule.notice_unit,
            ends_on=ends,
            places=places,
            witness=witness,
        )
        s.add(notice)
        s.flush()
        if photo is not None:
            assert documents_dir is not None
            notice.photo_document_id = _attach_notice_photo(s, actor, case, photo, documents_dir, posted_on)
        record_audit(
            s,
            actor,
            "notice.post",
            "notice",
            notice.id,
            case_id=case.id,
            summary=N_("公示：{a} 张贴，至 {b} 止").format(a=posted_on, b=ends),
            changes={
                "posted_on": posted_on,
                "ends_on": ends,
                "places": places,
                "witness": witness,
                "photo": photo.name if photo is not None else None,
            },
        )
        return ends


def _attach_notice_photo(
    s: Session, actor: Actor, case: Case, photo: Path, documents_dir: Path, on: date
) -> int:
    """Store the photo and mark the notice stage's 公示现场照片 present with it; returns its id."""
    document_id = keep_document(s, actor, case.id, "notice_photo", photo, documents_dir).id
    _mark_present(s, actor, case, _ensure_checklist(s, case, Stage.NOTICE)["notice_photo"], on, document_id)
    return document_id


def add_objection(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    *,
    objector: str,
    received_on: date,
    detail: str,
    contact: str | None = None,
    address: str | None = None,
    written: bool = True,
) -> int:
    actor.require(Role.CLERK, Role.SUPERVISOR)
    if not objector.strip() or not detail.strip():
        raise UserError(N_("异议人和异议内容不能为空"))
    with sf.begin() as s:
        case = _load(s, actor, case_no)
        notice_id = s.scalar(select(Notice.id).where(Notice.case_id == case.id).order_by(Notice.id.desc()))
        row = Objection(
            case_id=case.id,
            notice_id=notice_id,
            objector_name=objector.strip(),
            contact=contact,
            address=address,
            received_on=received_on,
            detail=detail.strip(),
            written=written,
            status=ObjectionStatus.OPEN.value,
        )
        s.add(row)
        s.flush()
        record_audit(
            s,
            actor,
            "objection.add",
            "objection",
            row.id,
            case_id=case.id,
            summary=N_("登记异议：{who}").format(who=objector.strip()),
            changes={"objector": objector, "detail": detail, "received_on": received_on},
        )
        # A written objection opens its dispute in this transaction, dated the day it was received.
        # Imported here so that disputes may read workflow one day without an import cycle.
        from casedesk.core.services.disputes import raise_flags

        raise_flags(s, actor, case, received_on)
        return row.id


def resolve_objection(
    sf: SessionFactory, actor: Actor, objection_id: int, *, response: str, on: date
) -> None:
    actor.require(Role.CLERK, Role.SUPERVISOR)
    if not response.strip():
        raise UserError(N_("须填写异议处理答复"))
    with sf.begin() as s:
        row = s.get(Objection, objection_id)
        if row is None:
            raise UserError(N_("找不到异议 {id}").format(id=objection_id))
        case = s.get(Case, row.case_id)
        assert case is not None
        resolve_case_id(s, actor, case.case_no)
        if row.status != ObjectionStatus.OPEN:
            raise UserError(N_("该异议已处理"))
        if on < row.received_on:
            raise UserError(N_("处理日期 {d} 早于收到异议的日期 {r}").format(d=on, r=row.received_on))
        row.status, row.response, row.resolved_on = ObjectionStatus.RESOLVED.value, response.strip(), on
        s.flush()
        record_audit(
            s,
            actor,
            "objection.resolve",
            "objection",
            row.id,
            case_id=row.case_id,
            summary=N_("异议已处理：{r}").format(r=response.strip()),
            changes={"status": [ObjectionStatus.OPEN.value, row.status], "response": response.strip()},
        )


# --- timeline ------------------------------------------------------------------------------------


def case_timeline(sf: SessionFactory, actor: Actor, case_no: str) -> list[AuditEntry]:
    """The case's audit trail, oldest first. Nothing in it can be edited through the program."""
    from casedesk.core.db.models import UserAccount

    with sf() as s:
        case_id = resolve_case_id(s, actor, case_no)
        rows = s.execute(
            select(AuditEvent, UserAccount.display_name)
            .outerjoin(UserAccount, UserAccount.id == AuditEvent.user_id)
            .where(AuditEvent.case_id == case_id)
            .order_by(AuditEvent.id)
        ).all()
        return [
            AuditEntry(
                r.at.isoformat(sep=" "),
                r.username,
                r.action,
                r.summary,
                r.changes,
                action_label(r.action),
                user_label(r.username, name),
            )
            for r, name in rows
        ]


# --- work queue ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueItem:
    """One case in a work-queue list, with why it is there in words."""

    case: CaseSummary
    reason: str  # "超期 12 天：街道审核（期限 2026-10-02）；缺少材料：…"
    days_overdue: int = 0  # calendar days past the stage's hold-time limit; 0 when not overdue

    def to_json(self, today: date) -> dict[str, Any]:
        return {**self.case.to_json(today), "reason": self.reason, "days_overdue": self.days_overdue}


@dataclass(frozen=True)
class QueueList:
    """The first cases of one list and how many there are in all."""

    items: tuple[QueueItem, ...] = ()
    total: int = 0

    @property
    def rows(self) -> tuple[CaseSummary, ...]:
        return tuple(i.case for i in self.items)


@dataclass(frozen=True)
class WorkQueue:
    overdue: QueueList
    due_soon: QueueList
    blocked: QueueList
    needs_verification: QueueList
    # 待我审核: cases in 街道审核 waiting for the street's stamp, for those who may give it (a
    # supervisor); `may_review` is False for everyone else and the list is then empty.
    to_review: QueueList = QueueList()
    may_review: bool = False

    def lists(self) -> list[tuple[str, QueueList]]:
        named = [
            ("overdue", self.overdue),
            ("due_soon", self.due_soon),
            ("blocked", self.blocked),
            ("needs_verification", self.needs_verification),
        ]
        return [("to_review", self.to_review), *named] if self.may_review else named

    def to_json(self, today: date) -> dict[str, Any]:
        return {
            name: {"count": page.total, "cases": [i.to_json(today) for i in page.items]}
            for name, page in self.lists()
        }


def work_queue(sf: SessionFactory, actor: Actor, today: date, *, limit: int = 50) -> WorkQueue:
    """The actor's cases that need attention now, each list with its full count and each case
    with the reason it is listed. The overdue list comes most overdue first (the earliest hold-time
    limit first)."""
    may_review = actor.role is Role.ADMIN or actor.role in ADVANCE_ROLES[Stage.STREET_REVIEW]

    def page(**kw: Any) -> Page[CaseSummary]:
        return list_cases(sf, actor, CaseFilter(**kw), sort="stage_due_on", limit=limit)

    pages = {
        "overdue": page(overdue_on=today),
        "due_soon": page(due_between=(today, today + timedelta(days=DUE_SOON_DAYS))),
        "blocked": page(blocked=True),
        "needs_verification": page(needs_verification=True),
    }
    if may_review:
        pages["to_review"] = page(stages=(Stage.STREET_REVIEW,), side_states=(SideState.ACTIVE,))
    with sf() as s:
        reasons = _QueueReasons(s, today, {c.case_no for p in pages.values() for c in p.rows})
        lists = {
            key: QueueList(tuple(reasons.item(key, c) for c in p.rows), p.total) for key, p in pages.items()
        }
    return WorkQueue(
        overdue=lists["overdue"],
        due_soon=lists["due_soon"],
        blocked=lists["blocked"],
        needs_verification=lists["needs_verification"],
        to_review=lists.get("to_review", QueueList()),
        may_review=may_review,
    )


class _QueueReasons:
    """Why each listed case is listed: its hold time, and what stops it from moving on.

    The obstacles are the stage guards' own conditions (one per case, read once however many
    lists show the case), except that a case in 意见征询 is judged by its last *saved* tally:
    recounting the votes of fifty listed cases took most of a second, and the queue reloads after
    every change."""

    def __init__(self, s: Session, today: date, case_nos: set[str]):
        self.today = today
        self.obstacles: dict[str, list[str]] = {}
        self.disputes: dict[str, tuple[str, ...]] = {}
        self.side_reasons: dict[str, str | None] = {}
        if not case_nos:
            return
        cases = s.scalars(select(Case).where(Case.case_no.in_(sorted(case_nos)))).all()
        for case in cases:
            facts = self._facts(s, case) if case.stage == Stage.CONSENT.value else case_facts(s, case, today)
            self.obstacles[case.case_no] = unmet_reasons(facts)
            self.disputes[case.case_no] = facts.blocking_disputes
            self.side_reasons[case.case_no] = case.side_reason

    def _facts(self, s: Session, case: Case) -> CaseFacts:
        saved = s.scalar(
            select(Tally.outcome)
            .where(Tally.case_id == case.id, Tally.purpose == "retrofit")
            .order_by(Tally.id.desc())
            .limit(1)
        )
        checklist = checklist_statuses(s, case.id, Stage(case.stage))
        return CaseFacts(
            stage=Stage.CONSENT,
            on=self.today,
            floors=case.floors,
            has_elevator=case.has_elevator,
            state_owned_land=case.state_owned_land,
            in_expropriation_plan=case.in_expropriation_plan,
            representatives=0,
            implementer=case.implementer,
            tally_outcome=TallyOutcome(saved) if saved else None,
            checklist=checklist,
            blocking_disputes=tuple(blocking_disputes(s, case.id)),
        )

    def _obstacle(self, case_no: str) -> str:
        found = self.obstacles.get(case_no) or []
        if not found:
            return ""
        # A saved tally's summary is not kept in words: "表决统计结果为“未通过”：" ends bare.
        first = found[0].rstrip("：")
        return first if len(found) == 1 else N_("{first} 等 {n} 项").format(first=first, n=len(found))

    def item(self, key: str, case: CaseSummary) -> QueueItem:
        due = case.stage_due_on  # None: the stage has no deadline, so is never overdue
        days = (self.today - due).days if due is not None and case.is_overdue(self.today) else 0
        hold = N_("{stage}（期限 {due}）").format(
            stage=case.stage.label, due=case.stage_due_on.isoformat() if case.stage_due_on else "—"
        )
        obstacle = self._obstacle(case.case_no)
        if key == "blocked":
            # Blocked means suspended or held by a dispute: say which, not every missing paper.
            disputes = [
                N_("纠纷 {d} 未解决（阻断）").format(d=d) for d in self.disputes.get(case.case_no, ())
            ]
            obstacle = "；".join(disputes)
            why = self.side_reasons.get(case.case_no)
            if case.side_state is SideState.SUSPENDED:
                reason = N_("已暂停：{r}").format(r=why) if why else N_("已暂停")
            else:
                reason, obstacle = obstacle, ""
        elif key == "needs_verification":
            reason = N_("最近保存的表决统计为“{o}”，核实后请重新统计").format(
                o=TallyOutcome.PROVISIONAL.label
            )
            obstacle = ""
        elif days:
            reason = N_("超期 {n} 天：{hold}").format(n=days, hold=hold)
        elif key == "to_review":
            waited = (self.today - case.stage_entered_on).days
            reason = N_("待街道审核，已等 {n} 天：{hold}").format(n=waited, hold=hold)
        elif case.stage_due_on is not None:
            left = (case.stage_due_on - self.today).days
            reason = (
                N_("今天到期：{hold}").format(hold=hold)
                if left == 0
                else N_("{n} 天后到期：{hold}").format(n=left, hold=hold)
            )
        else:
            reason = hold
        return QueueItem(case, f"{reason}；{obstacle}" if obstacle and reason else reason or obstacle, days)


# --- deadlines -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseDeadlines:
    holds: list[StageHold]
    windows: list[LegalWindow]

    def to_json(self, today: date) -> dict[str, Any]:
        return {
            "holds": [
                {
                    "stage": h.stage.value,
                    "entered_on": h.entered_on.isoformat(),
                    "left_on": h.left_on.isoformat() if h.left_on else None,
                    "days": h.days(today),
                }
                for h in self.holds
            ],
            "windows": [
                {
                    "name": w.name,
                    "basis": w.basis,
                    "due_on": w.due_on.isoformat(),
                    "done": w.done,
                    "overdue": w.overdue(today),
                }
                for w in self.windows
            ],
        }


def case_deadlines(sf: SessionFactory, actor: Actor, case_no: str) -> CaseDeadlines:
    """How long the case stayed in each stage (the street's hold especially) and the 30-day windows."""
    with sf() as s:
        case = _load(s, actor, case_no)
        moves = s.execute(
            select(StageEvent.from_stage, StageEvent.to_stage, StageEvent.occurred_on)
            .where(StageEvent.case_id == case.id, StageEvent.kind.in_(STAGE_MOVE_KINDS))
            .order_by(StageEvent.occurred_on, StageEvent.id)
        ).all()
        items = {
            code: ChecklistStatus(status)
            for code, status in s.execute(
                select(ChecklistItem.code, ChecklistItem.status).where(ChecklistItem.case_id == case.id)
            )
        }
        missing = ChecklistStatus.MISSING
        return CaseDeadlines(
            holds=stage_holds(list(moves)),
            windows=legal_windows(
                case.accepted_on,
                items.get("use_registration", missing).settled,
                items.get("acceptance_record", missing).settled,
            ),
        )


@dataclass(frozen=True)
class ObjectionRow:
    """One objection as the 公示与异议 tab and the command line show it."""

    id: int
    objector: str
    contact: str | None
    address: str | None
    received_on: date
    written: bool  # 书面; an oral objection is recorded but does not hold the case
    detail: str
    status: ObjectionStatus
    response: str | None
    resolved_on: date | None

    @property
    def is_open(self) -> bool:
        return self.status is ObjectionStatus.OPEN

    @property
    def status_text(self) -> str:
        return self.status.label


@dataclass(frozen=True)
class NoticeView:
    """The latest notice of a case (all None when none is posted) and every objection."""

    posted_on: date | None
    ends_on: date | None
    places: str | None
    objections: tuple[ObjectionRow, ...]
    witness: str | None = None
    period_days: int | None = None
    period_unit: str | None = None  # calendar / working
    photo_document_id: int | None = None
    photo_filename: str | None = None

    def days_left(self, today: date) -> int | None:
        """Days the notice still runs counting today (objections are taken until 24:00 of the
        last day); 0 once it has run; None when no notice is posted."""
        if self.ends_on is None:
            return None
        return max((self.ends_on - today).days + 1, 0)


def notice_and_objections(sf: SessionFactory, actor: Actor, case_no: str) -> NoticeView:
    with sf() as s:
        case_id = resolve_case_id(s, actor, case_no)
        notice = s.scalar(select(Notice).where(Notice.case_id == case_id).order_by(Notice.id.desc()))
        objections = tuple(
            ObjectionRow(
                o.id,
                o.objector_name,
                o.contact,
                o.address,
                o.received_on,
                bool(o.written),
                o.detail,
                ObjectionStatus(o.status),
                o.response,
                o.resolved_on,
            )
            for o in s.scalars(select(Objection).where(Objection.case_id == case_id).order_by(Objection.id))
        )
        if notice is None:
            return NoticeView(None, None, None, objections)
        photo_name = (
            s.scalar(select(Document.filename).where(Document.id == notice.photo_document_id))
            if notice.photo_document_id is not None
            else None
        )
        return NoticeView(
            notice.posted_on,
            notice.ends_on,
            notice.places,
            objections,
            witness=notice.witness,
            period_days=notice.period_days,
            period_unit=notice.period_unit,
            photo_document_id=notice.photo_document_id,
            photo_filename=photo_name,
        )
