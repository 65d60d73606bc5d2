"""Writing disputes: opening one (by hand or for a trigger), working it (status, time limit,
categories, meetings, agreements, follow-up visits). Every status change goes through
core/disputes/transitions.move, and each write is audited in its own transaction."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    Agreement,
    Case,
    Dispute,
    DisputeCategoryLink,
    DisputeParty,
    FollowUpVisit,
    MediationMeeting,
    MeetingNoteVersion,
)
from casedesk.core.disputes.rules import (
    can_move,
    judicial_confirmation_until,
    mediation_due,
    suggest_categories,
)
from casedesk.core.disputes.transitions import move, record_opened
from casedesk.core.disputes.views import PartyInput
from casedesk.core.domain.enums import DisputeCategory, DisputeStatus, MeetingOutcome, Role
from casedesk.core.domain.textinput import (
    NAME_MAX,
    NOTE_MAX,
    RECORD_MAX,
    TITLE_MAX,
    check_date,
    clean_text,
    field_limit,
    optional_text,
)
from casedesk.core.errors import NotFound, PermissionDenied, UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id
from casedesk.core.services.disputes_access import get_dispute, may_read_notes
from casedesk.core.services.numbering import dispute_numbers
from casedesk.core.settings import OfficeSettings, load_settings


def dispute_row(
    case: Case,
    number: str,
    settings: OfficeSettings,
    *,
    title: str,
    description: str | None,
    source: str,
    source_key: str | None,
    explanation: str | None,
    opened_on: date,
    blocking: bool,
    mediator_id: int | None = None,
    committee: str | None = None,
) -> Dispute:
    return Dispute(
        dispute_no=number,
        case_id=case.id,
        title=title,
        description=description,
        source=source,
        source_key=source_key,
        source_explanation=explanation,
        status=DisputeStatus.PENDING.value,
        blocking=blocking,
        mediator_id=mediator_id,
        committee=committee or N_("街道人民调解委员会"),
        opened_on=opened_on,
        due_on=mediation_due(opened_on, settings.mediation_limit_days),
    )


def dispute_details(
    s: Session,
    actor: Actor,
    case: Case,
    dispute: Dispute,
    *,
    parties: list[PartyInput],
    categories: list[DisputeCategory],
    confirmed: bool,
) -> None:
    """Parties, categories, the first status and the audit of a dispute that has its id."""
    for p in parties:
        s.add(
            DisputeParty(
                dispute_id=dispute.id,
                person_id=p.person_id,
                name=p.name,
                room=p.room,
                floor=p.floor,
                role=p.role.value,
                contact=p.contact,
            )
        )
    for c in dict.fromkeys(categories):
        s.add(DisputeCategoryLink(dispute_id=dispute.id, code=c.value, confirmed=confirmed))
    record_opened(s, actor, dispute)
    record_audit(
        s,
        actor,
        "dispute.open",
        "dispute",
        dispute.id,
        case_id=case.id,
        summary=N_("纠纷 {no}：{t}").format(no=dispute.dispute_no, t=dispute.title),
        changes={
            "source": dispute.source,
            "explanation": dispute.source_explanation,
            "categories": [c.value for c in categories],
            "blocking": dispute.blocking,
        },
    )


def _new_dispute(
    s: Session,
    actor: Actor,
    case: Case,
    *,
    title: str,
    description: str | None,
    source: str,
    source_key: str | None,
    explanation: str | None,
    opened_on: date,
    parties: list[PartyInput],
    categories: list[DisputeCategory],
    confirmed: bool,
    blocking: bool,
    mediator_id: int | None = None,
    committee: str | None = None,
) -> Dispute:
    settings = load_settings(s)
    (number,) = dispute_numbers(s, settings.dispute_no_pattern, opened_on.year, 1)
    dispute = dispute_row(
        case,
        number,
        settings,
        title=title,
        description=description,
        source=source,
        source_key=source_key,
        explanation=explanation,
        opened_on=opened_on,
        blocking=blocking,
        mediator_id=mediator_id,
        committee=committee,
    )
    s.add(dispute)
    s.flush()
    dispute_details(s, actor, case, dispute, parties=parties, categories=categories, confirmed=confirmed)
    s.flush()
    return dispute


def open_dispute(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    *,
    title: str,
    opened_on: date,
    parties: list[PartyInput],
    categories: list[DisputeCategory] | None = None,
    description: str | None = None,
    blocking: bool = False,
    mediator_id: int | None = None,
) -> str:
    """A dispute opened by hand (clerks may register one; mediators work it)."""
    actor.require(Role.CLERK, Role.MEDIATOR, Role.SUPERVISOR)
    if not title.strip():
        raise UserError(N_("纠纷标题不能为空"))
    if not parties:
        raise UserError(N_("至少登记一方当事人"))
    # What a person typed, checked alike on both databases (issue 23 #10): a party needs a name.
    title = clean_text(title, N_("纠纷标题"), field_limit(Dispute.title, TITLE_MAX), required=True)
    description = optional_text(description, N_("纠纷情况"), NOTE_MAX, multiline=True)
    parties = [p.cleaned() for p in parties]
    check_date(opened_on, N_("立案日期"), date.today())
    with sf.begin() as s:
        case = s.get(Case, resolve_case_id(s, actor, case_no))
        assert case is not None
        suggested = (
            categories if categories is not None else suggest_categories(f"{title} {description or ''}")
        )
        dispute = _new_dispute(
            s,
            actor,
            case,
            title=title.strip(),
            description=description,
            source="manual",
            source_key=None,
            explanation=None,
            opened_on=opened_on,
            parties=parties,
            categories=suggested,
            confirmed=categories is not None,
            blocking=blocking,
            mediator_id=mediator_id,
        )
        return dispute.dispute_no


def change_status(
    sf: SessionFactory, actor: Actor, dispute_no: str, to: DisputeStatus, *, on: date, note: str | None = None
) -> None:
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    with sf.begin() as s:
        d = get_dispute(s, actor, dispute_no)
        if to is DisputeStatus.TERMINATED and not (note and note.strip()):
            raise UserError(N_("终止调解须写明原因及后续途径（如诉讼）"))
        current = move(s, actor, d, to, on=on, note=note)
        s.flush()
        record_audit(
            s,
            actor,
            "dispute.status",
            "dispute",
            d.id,
            case_id=d.case_id,
            summary=N_("{no}：{a} → {b}").format(no=d.dispute_no, a=current.label, b=to.label),
            changes={"status": [current.value, to.value], "note": note},
        )


def extend_deadline(sf: SessionFactory, actor: Actor, dispute_no: str, *, days: int, reason: str) -> date:
    """Extend the mediation time limit with the parties' agreement (recorded)."""
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    if days < 1 or not reason.strip():
        raise UserError(N_("延长调解期限须填写天数和双方同意的情况"))
    with sf.begin() as s:
        d = get_dispute(s, actor, dispute_no)
        # Checked here, not only by the disabled button: another user may have closed it meanwhile.
        if not DisputeStatus(d.status).is_open:
            raise UserError(N_("纠纷已结束，不能延长调解期限"))
        before = d.due_on
        d.due_on = (d.due_on or d.opened_on) + timedelta(days=days)
        s.flush()
        record_audit(
            s,
            actor,
            "dispute.extend",
            "dispute",
            d.id,
            case_id=d.case_id,
            summary=N_("调解期限延长 {n} 天：{r}").format(n=days, r=reason.strip()),
            changes={"due_on": [before, d.due_on], "reason": reason.strip()},
        )
        return d.due_on


def confirm_categories(
    sf: SessionFactory, actor: Actor, dispute_no: str, codes: list[DisputeCategory]
) -> None:
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    with sf.begin() as s:
        d = get_dispute(s, actor, dispute_no)
        before = sorted(
            s.scalars(select(DisputeCategoryLink.code).where(DisputeCategoryLink.dispute_id == d.id))
        )
        for link in s.scalars(select(DisputeCategoryLink).where(DisputeCategoryLink.dispute_id == d.id)):
            s.delete(link)
        s.flush()
        for code in dict.fromkeys(codes):
            s.add(DisputeCategoryLink(dispute_id=d.id, code=code.value, confirmed=True))
        s.flush()
        record_audit(
            s,
            actor,
            "dispute.categories",
            "dispute",
            d.id,
            case_id=d.case_id,
            changes={"categories": [before, [c.value for c in codes]]},
        )


def save_meeting(
    sf: SessionFactory,
    actor: Actor,
    dispute_no: str,
    *,
    held_at: datetime,
    place: str,
    mediators: str,
    recorder: str,
    attendees: list[dict[str, Any]],
    notes: str,
    outcome: MeetingOutcome | None = None,
    next_date: date | None = None,
    positions: str | None = None,
    proposals: str | None = None,
    meeting_id: int | None = None,
    draft: bool = False,
) -> int:
    """Create or edit a meeting record; every save keeps a version of the notes."""
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    if not may_read_notes(actor):  # an administrator sees no notes, so saving would blank them
        raise PermissionDenied(N_("调解笔录仅调解员和街道主管可以填写"))
    # A saved record names where and by whom (a draft may still be incomplete); every field is
    # checked for length and invisible characters alike on both databases (issue 23 #10).
    place = clean_text(
        place, N_("调解地点"), field_limit(MediationMeeting.place, TITLE_MAX), required=not draft
    )
    mediators = clean_text(
        mediators, N_("调解员"), field_limit(MediationMeeting.mediators, TITLE_MAX), required=not draft
    )
    recorder = clean_text(recorder, N_("记录人"), field_limit(MediationMeeting.recorder, NAME_MAX))
    notes = clean_text(notes, N_("调解笔录"), RECORD_MAX, multiline=True)
    positions = optional_text(positions, N_("各方意见"), RECORD_MAX, multiline=True)
    proposals = optional_text(proposals, N_("调解方案"), RECORD_MAX, multiline=True)
    check_date(held_at.date(), N_("调解时间"), date.today())
    if next_date is not None:
        check_date(next_date, N_("下次调解日期"), date.today())
    with sf.begin() as s:
        d = get_dispute(s, actor, dispute_no)
        meeting: MediationMeeting | None
        if meeting_id is None:
            meeting = MediationMeeting(dispute_id=d.id, held_at=held_at, created_by_id=actor.user_id)
            s.add(meeting)
        else:
            meeting = s.get(MediationMeeting, meeting_id)
            if meeting is None or meeting.dispute_id != d.id:
                raise NotFound(N_("找不到这次调解记录"))
        meeting.held_at, meeting.place, meeting.mediators, meeting.recorder = (
            held_at,
            place,
            mediators,
            recorder,
        )
        meeting.attendees, meeting.notes, meeting.positions, meeting.proposals = (
            attendees,
            notes,
            positions,
            proposals,
        )
        meeting.outcome = outcome.value if outcome else None
        meeting.next_date, meeting.is_draft = next_date, draft
        s.flush()
        number = (
            s.scalar(
                select(func.max(MeetingNoteVersion.version_no)).where(
                    MeetingNoteVersion.meeting_id == meeting.id
                )
            )
            or 0
        ) + 1
        s.add(
            MeetingNoteVersion(
                meeting_id=meeting.id,
                version_no=number,
                saved_by=actor.name,
                content={
                    "notes": notes,
                    "positions": positions,
                    "proposals": proposals,
                    "outcome": meeting.outcome,
                    "attendees": attendees,
                    "draft": draft,
                },
            )
        )
        if d.status == DisputeStatus.PENDING.value and not draft:
            move(s, actor, d, DisputeStatus.IN_MEDIATION, on=held_at.date(), note=N_("首次调解"))
        s.flush()
        # The audit names the meeting but does not copy what was said (the notes' privacy).
        record_audit(
            s,
            actor,
            "meeting.save",
            "meeting",
            meeting.id,
            case_id=d.case_id,
            summary=N_("{no} 调解记录第 {v} 版").format(no=d.dispute_no, v=number),
        )
        return meeting.id


def add_agreement(
    sf: SessionFactory,
    actor: Actor,
    dispute_no: str,
    *,
    terms: str,
    signed_on: date,
    parties: str,
    facts: str,
    matters: str,
    performance_method: str,
    performance_deadline: date,
    partial: bool = False,
    responsibilities: str | None = None,
) -> str:
    """调解协议书 with the contents of 人民调解法 art. 29 (各方当事人的责任 among them, where the
    parties state them); it takes effect when signed."""
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    for label, value in (
        (N_("协议内容"), terms),
        (N_("当事人"), parties),
        (N_("纠纷事实"), facts),
        (N_("争议事项"), matters),
        (N_("履行方式"), performance_method),
    ):
        if not value or not value.strip():
            raise UserError(N_("调解协议书缺少：{x}").format(x=label))
    if performance_deadline < signed_on:
        raise UserError(N_("履行期限不能早于签订日期"))
    with sf.begin() as s:
        d = get_dispute(s, actor, dispute_no)
        earlier = s.scalar(select(func.count(Agreement.id)).where(Agreement.dispute_id == d.id)) or 0
        number = f"{d.dispute_no}-XY{earlier + 1}"
        agreement = Agreement(
            dispute_id=d.id,
            agreement_no=number,
            parties=parties,
            facts=facts,
            matters=matters,
            terms=terms,
            performance_method=performance_method,
            performance_deadline=performance_deadline,
            signed_on=signed_on,
            effective_on=signed_on,
            partial=partial,
            responsibilities=(responsibilities or "").strip() or None,
        )
        s.add(agreement)
        target = DisputeStatus.PARTIAL if partial else DisputeStatus.AGREED
        if d.status != target.value:
            # An agreement is reached in mediation: a dispute still waiting, partly agreed or failed
            # first (re)enters mediation; a terminated or performed one is refused by the rules.
            if DisputeStatus(d.status) in (
                DisputeStatus.PENDING,
                DisputeStatus.PARTIAL,
                DisputeStatus.FAILED,
            ):
                move(s, actor, d, DisputeStatus.IN_MEDIATION, on=signed_on, note=number)
            move(s, actor, d, target, on=signed_on, note=number)
        s.flush()
        record_audit(
            s,
            actor,
            "agreement.add",
            "agreement",
            agreement.id,
            case_id=d.case_id,
            summary=N_("签订调解协议 {no}").format(no=number),
            changes={
                "performance_deadline": performance_deadline,
                "judicial_confirmation_until": judicial_confirmation_until(signed_on),
            },
        )
        return number


def add_follow_up(
    sf: SessionFactory,
    actor: Actor,
    dispute_no: str,
    *,
    visited_on: date,
    findings: str,
    performed: bool = False,
    reason: str | None = None,
) -> None:
    actor.require(Role.MEDIATOR, Role.SUPERVISOR)
    with sf.begin() as s:
        d = get_dispute(s, actor, dispute_no)
        agreement_id = s.scalar(
            select(Agreement.id).where(Agreement.dispute_id == d.id).order_by(Agreement.id.desc())
        )
        visit = FollowUpVisit(
            dispute_id=d.id,
            agreement_id=agreement_id,
            visited_on=visited_on,
            visitor=actor.name,
            reason=reason,
            findings=findings,
        )
        s.add(visit)
        if performed:
            if not can_move(DisputeStatus(d.status), DisputeStatus.PERFORMED):
                raise UserError(N_("尚未达成协议，不能登记为已履行"))  # said in the visit's words
            move(s, actor, d, DisputeStatus.PERFORMED, on=visited_on, note=findings)
            agreement = s.get(Agreement, agreement_id) if agreement_id else None
            if agreement is not None:
                agreement.performed_on = visited_on
        s.flush()
        record_audit(
            s,
            actor,
            "dispute.follow_up",
            "dispute",
            d.id,
            case_id=d.case_id,
            summary=N_("回访：{f}").format(f=findings),
        )
