"""Reading disputes: the mediator's queue, one dispute whole (typed records, core/disputes/views),
the versions of a meeting's notes, and the statistics (counted as the monthly report counts)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from casedesk.core.db.disputes import dispute_counts, open_dispute
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    Agreement,
    Case,
    Community,
    Dispute,
    DisputeCategoryLink,
    DisputeParty,
    DisputeStatusChange,
    FollowUpVisit,
    MediationMeeting,
    MeetingNoteVersion,
)
from casedesk.core.disputes.rules import judicial_confirmation_until
from casedesk.core.disputes.views import (
    AgreementView,
    DisputeDetail,
    DisputeStats,
    DisputeSummary,
    MeetingView,
    PartyInput,
    StatusChange,
    VisitView,
)
from casedesk.core.domain.enums import DisputeStatus, PartyRole
from casedesk.core.errors import NotFound, PermissionDenied
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor
from casedesk.core.services.disputes_access import case_of_disputes, get_dispute, may_read_notes, visible


def _summary_rows(
    s: Session, where: list[ColumnElement[bool]], limit: int | None = None
) -> list[DisputeSummary]:
    stmt = (
        select(Dispute, Case.case_no, Community.name)
        .join(Case, Case.id == Dispute.case_id)
        .join(Community, Community.id == Case.community_id)
        .where(*where)
        .order_by(Dispute.due_on, Dispute.id)
    )
    if limit:
        stmt = stmt.limit(limit)
    rows = s.execute(stmt).all()
    ids = [d.id for d, _c, _n in rows]
    cats: dict[int, list[str]] = {}
    for did, code in s.execute(
        select(DisputeCategoryLink.dispute_id, DisputeCategoryLink.code).where(
            DisputeCategoryLink.dispute_id.in_(ids)
        )
    ):
        cats.setdefault(did, []).append(code)
    return [
        DisputeSummary(
            d.dispute_no,
            case_no,
            d.title,
            DisputeStatus(d.status),
            d.blocking,
            d.source,
            d.opened_on,
            d.due_on,
            tuple(cats.get(d.id, ())),
            community,
        )
        for d, case_no, community in rows
    ]


def list_disputes(
    sf: SessionFactory,
    actor: Actor,
    *,
    status: DisputeStatus | None = None,
    case_no: str | None = None,
    overdue_on: date | None = None,
    mine: bool = False,
    limit: int = 1000,
) -> list[DisputeSummary]:
    """Disputes the actor may see, by due date: the mediator's queue."""
    with sf() as s:
        where: list[ColumnElement[bool]] = visible(actor)
        if status is not None:
            where.append(Dispute.status == status.value)
        if case_no:
            where.append(Dispute.case_id == case_of_disputes(s, actor, case_no))
        if overdue_on is not None:
            where += [open_dispute(), Dispute.due_on < overdue_on]
        if mine:
            where.append(Dispute.mediator_id == actor.user_id)
        return _summary_rows(s, where, limit)


def dispute_detail(sf: SessionFactory, actor: Actor, dispute_no: str) -> DisputeDetail:
    notes_visible = may_read_notes(actor)
    with sf() as s:
        d = get_dispute(s, actor, dispute_no)
        summary = _summary_rows(s, [Dispute.id == d.id])[0]
        parties = tuple(
            PartyInput(p.name, PartyRole(p.role), p.room, p.floor, p.person_id, p.contact)
            for p in s.scalars(select(DisputeParty).where(DisputeParty.dispute_id == d.id))
        )
        history = tuple(
            StatusChange(
                DisputeStatus(h.from_status) if h.from_status else None,
                DisputeStatus(h.to_status),
                h.changed_on,
                h.actor_name,
                h.note,
            )
            for h in s.scalars(
                select(DisputeStatusChange)
                .where(DisputeStatusChange.dispute_id == d.id)
                .order_by(DisputeStatusChange.id)
            )
        )
        meetings = []
        for m in s.scalars(
            select(MediationMeeting)
            .where(MediationMeeting.dispute_id == d.id)
            .order_by(MediationMeeting.held_at)
        ):
            versions = (
                s.scalar(
                    select(func.count(MeetingNoteVersion.id)).where(MeetingNoteVersion.meeting_id == m.id)
                )
                or 0
            )
            meetings.append(
                MeetingView(
                    m.id,
                    m.held_at,
                    m.place,
                    m.mediators,
                    m.outcome,
                    m.notes if notes_visible else None,
                    versions,
                )
            )
        agreements = tuple(
            AgreementView(
                a.agreement_no,
                a.terms if notes_visible else None,
                a.signed_on,
                a.performance_deadline,
                judicial_confirmation_until(a.effective_on) if a.effective_on else None,
                a.performed_on,
            )
            for a in s.scalars(select(Agreement).where(Agreement.dispute_id == d.id).order_by(Agreement.id))
        )
        visits = tuple(
            VisitView(v.visited_on, v.visitor, v.findings)
            for v in s.scalars(
                select(FollowUpVisit).where(FollowUpVisit.dispute_id == d.id).order_by(FollowUpVisit.id)
            )
        )
        return DisputeDetail(
            summary,
            d.description,
            d.source_explanation,
            parties,
            history,
            tuple(meetings),
            agreements,
            visits,
        )


def meeting_versions(
    sf: SessionFactory, actor: Actor, dispute_no: str, meeting_id: int
) -> list[dict[str, Any]]:
    if not may_read_notes(actor):
        raise PermissionDenied(N_("调解笔录仅调解员和街道主管可以查看"))
    with sf() as s:
        d = get_dispute(s, actor, dispute_no)
        meeting = s.get(MediationMeeting, meeting_id)
        if meeting is None or meeting.dispute_id != d.id:
            raise NotFound(N_("找不到这次调解记录"))
        return [
            {
                "version": v.version_no,
                "saved_at": v.saved_at.isoformat(sep=" "),
                "by": v.saved_by,
                **v.content,
            }
            for v in s.scalars(
                select(MeetingNoteVersion)
                .where(MeetingNoteVersion.meeting_id == meeting_id)
                .order_by(MeetingNoteVersion.version_no)
            )
        ]


def dispute_stats(sf: SessionFactory, actor: Actor, *, first: date, last: date, today: date) -> DisputeStats:
    """Opened and resolved in [first, last] and overdue (db/disputes.dispute_counts, as the monthly
    report counts them), and those opened in the period by category, community and status."""
    with sf() as s:
        scope = visible(actor)
        base = select(func.count(Dispute.id)).join(Case, Case.id == Dispute.case_id).where(*scope)
        counts = dispute_counts(s, base, first=first, last=last, today=today)
        in_period = [Dispute.opened_on.between(first, last), *scope]

        def by(key: Any) -> dict[str, int]:
            """Disputes opened in the period, counted by *key* (a column of one of the joins); a
            dispute counts once under each of its categories, and once by community and status."""
            rows = s.execute(
                select(key, func.count(func.distinct(Dispute.id)))
                .join(Case, Case.id == Dispute.case_id)
                .join(Community, Community.id == Case.community_id)
                .outerjoin(DisputeCategoryLink, DisputeCategoryLink.dispute_id == Dispute.id)
                .where(*in_period)
                .group_by(key)
            )
            return {k: n for k, n in rows if k is not None}

        return DisputeStats(
            counts.opened,
            counts.resolved,
            counts.overdue,
            by(DisputeCategoryLink.code),
            by(Community.name),
            by(Dispute.status),
        )
