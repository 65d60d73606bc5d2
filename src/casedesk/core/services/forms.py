"""Print a form for a case: read the case into a snapshot, then hand it to the form library."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.consent import Policies, tally
from casedesk.core.db import queries
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    Agreement,
    Case,
    CaseRepresentative,
    ChecklistItem,
    Dispute,
    DisputeParty,
    Flat,
    MediationMeeting,
    Notice,
    Objection,
    Ownership,
    Person,
)
from casedesk.core.disputes.rules import judicial_confirmation_until
from casedesk.core.domain.enums import AreaSource, MeetingOutcome, PartyRole, Role, Stage
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.reports import forms
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id
from casedesk.core.services.consent import case_snapshot, rule_for_case
from casedesk.core.settings import load_settings

FORM_KINDS: dict[str, str] = {
    "ballot": N_("业主意见征询表"),
    "tally": N_("表决结果统计表"),
    "notice": N_("公示"),
    "objections": N_("异议登记及处理表"),
    "street-declaration": N_("街道审核申报表及真实性承诺"),
    "mediation-record": N_("调解笔录"),
    "mediation-agreement": N_("调解协议书"),
    "cost-share": N_("费用分摊表"),
    "subsidy-application": N_("补贴申请表"),
    "acceptance": N_("竣工验收记录"),
}


def _header(s: Session, case: Case) -> forms.CaseHeader:
    settings = load_settings(s)
    summary = queries.case_summary(s, case.id)
    assert summary is not None
    return forms.CaseHeader(
        case.case_no, settings.office_name, summary.full_address, case.floors, settings.seal_text
    )


def print_form(sf: SessionFactory, actor: Actor, kind: str, case_no: str, out: Path, *, today: date) -> Path:
    """Print *kind* for a case; the mediation forms also take a dispute number (JF-…)."""
    if kind not in FORM_KINDS:
        raise UserError(N_("没有这种表单：{k}（可选：{all}）").format(k=kind, all="、".join(FORM_KINDS)))
    with sf.begin() as s:
        dispute = None
        if kind.startswith("mediation-"):
            dispute = _dispute_for(s, actor, case_no)
            case_no = s.get(Case, dispute.case_id).case_no  # type: ignore[union-attr]
        case_id = resolve_case_id(s, actor, case_no)
        case = s.get(Case, case_id)
        assert case is not None
        header = _header(s, case)
        if dispute is not None:
            actor.require(Role.MEDIATOR, Role.SUPERVISOR)
            path = _mediation(s, kind, dispute, header, out, today)
        else:
            path = _BUILDERS[kind](s, case, header, out, today)
        record_audit(
            s,
            actor,
            "form.print",
            "case",
            case_id,
            case_id=case_id,
            summary=N_("打印{name}").format(name=FORM_KINDS[kind]),
            changes={"kind": kind, "file": str(out)},
        )
        return path


def _ballot(s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date) -> Path:
    snapshot = case_snapshot(s, case.id)
    rule = rule_for_case(case, snapshot, today, None).rule
    flats = s.scalars(select(Flat).where(Flat.case_id == case.id).order_by(Flat.floor, Flat.room)).all()
    if not flats:
        raise UserError(N_("案件还没有房屋，请先导入业主名册"))
    owners: dict[int, list[forms.OwnerLine]] = {}
    for flat_id, name, number in s.execute(
        select(Ownership.flat_id, Person.name, Person.id_number)
        .join(Person, Person.id == Ownership.person_id)
        .join(Flat, Flat.id == Ownership.flat_id)
        .where(Flat.case_id == case.id, Ownership.valid_to.is_(None))
    ):
        owners.setdefault(flat_id, []).append(forms.OwnerLine(name, number))
    lines = [
        forms.BallotFlat(
            f.room,
            f.floor,
            f.area_centi,
            AreaSource(f.area_source).label,
            tuple(owners.get(f.id, ())),
            f.occupies_exclusive,
        )
        for f in flats
    ]
    return forms.ballot_forms(out, header, lines, rule, today)


def _tally(s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date) -> Path:
    snapshot = case_snapshot(s, case.id)
    rule = rule_for_case(case, snapshot, today, None).rule
    policies = Policies()
    return forms.tally_sheet(
        out, header, tally(snapshot, rule, today, policies), rule, policies, N_("经办人"), today
    )


def _notice(s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date) -> Path:
    notice = s.scalar(select(Notice).where(Notice.case_id == case.id).order_by(Notice.id.desc()))
    if notice is None:
        raise UserError(N_("尚未登记公示（casedesk notice post）"))
    snapshot = case_snapshot(s, case.id)
    result = tally(snapshot, rule_for_case(case, snapshot, notice.posted_on, None).rule, notice.posted_on)
    return forms.notice_form(
        out,
        header,
        forms.NoticeInfo(
            notice.posted_on,
            notice.ends_on,
            notice.period_days,
            notice.places,
            notice.witness,
            result.summary,
        ),
        today,
    )


def _objection_lines(s: Session, case: Case) -> list[forms.ObjectionLine]:
    return [
        forms.ObjectionLine(
            o.objector_name, o.received_on, o.contact, o.address, o.detail, o.response, o.resolved_on
        )
        for o in s.scalars(select(Objection).where(Objection.case_id == case.id).order_by(Objection.id))
    ]


def _objections(s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date) -> Path:
    return forms.objections_form(out, header, _objection_lines(s, case), today)


def _declaration(s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date) -> Path:
    snapshot = case_snapshot(s, case.id)
    result = tally(snapshot, rule_for_case(case, snapshot, today, None).rule, today)
    notice = s.scalar(select(Notice).where(Notice.case_id == case.id).order_by(Notice.id.desc()))
    objections = _objection_lines(s, case)
    open_count = sum(1 for o in objections if o.resolved_on is None)
    docs = tuple(
        (i.title, {"present": "已提交", "waived": "主管批准免交", "missing": "缺"}[i.status])
        for i in s.scalars(
            select(ChecklistItem).where(
                ChecklistItem.case_id == case.id, ChecklistItem.stage == Stage.STREET_REVIEW.value
            )
        )
    )
    return forms.street_declaration(
        out,
        header,
        forms.Declaration(
            representatives=tuple(
                s.scalars(select(CaseRepresentative.name).where(CaseRepresentative.case_id == case.id))
            ),
            implementer=case.implementer,
            tally_summary=result.summary,
            notice_period=f"{notice.posted_on} 至 {notice.ends_on}" if notice else N_("尚未公示"),
            objections=N_("共 {n} 条，未处理 {m} 条").format(n=len(objections), m=open_count),
            documents=docs,
        ),
        today,
    )


_BUILDERS = {
    "ballot": _ballot,
    "tally": _tally,
    "notice": _notice,
    "objections": _objections,
    "street-declaration": _declaration,
}


def _dispute_for(s: Session, actor: Actor, number: str) -> Dispute:
    """A dispute by its number, or the latest dispute of a case given by case number."""
    dispute = s.scalar(select(Dispute).where(Dispute.dispute_no == number.strip()))
    if dispute is None:
        case_id = resolve_case_id(s, actor, number)
        dispute = s.scalar(select(Dispute).where(Dispute.case_id == case_id).order_by(Dispute.id.desc()))
    if dispute is None:
        raise UserError(N_("该案件没有纠纷记录：{n}").format(n=number))
    return dispute


def _mediation(s: Session, kind: str, d: Dispute, header: forms.CaseHeader, out: Path, today: date) -> Path:
    parties = tuple(
        (p.name, PartyRole(p.role).label, p.room or "")
        for p in s.scalars(select(DisputeParty).where(DisputeParty.dispute_id == d.id))
    )
    meetings = tuple(
        forms.MediationMeetingLine(
            m.held_at.strftime("%Y-%m-%d %H:%M"),
            m.place or "",
            m.mediators or "",
            m.recorder or "",
            "、".join(a.get("name", "") for a in (m.attendees or [])),
            m.notes or "",
            MeetingOutcome(m.outcome).label if m.outcome else "",
        )
        for m in s.scalars(
            select(MediationMeeting)
            .where(MediationMeeting.dispute_id == d.id, MediationMeeting.is_draft.is_(False))
            .order_by(MediationMeeting.held_at)
        )
    )
    base = forms.MediationCase(
        d.dispute_no, d.title, d.committee or "", parties, d.description or d.title, meetings
    )
    if kind == "mediation-record":
        return forms.mediation_record(out, header, base, today)
    agreement = s.scalar(select(Agreement).where(Agreement.dispute_id == d.id).order_by(Agreement.id.desc()))
    if agreement is None:
        raise UserError(N_("纠纷 {no} 尚未登记调解协议").format(no=d.dispute_no))
    return forms.mediation_agreement(
        out,
        header,
        replace(
            base,
            agreement_no=agreement.agreement_no,
            facts=agreement.facts or base.facts,
            matters=agreement.matters or "",
            terms=agreement.terms,
            performance=agreement.performance_method or "",
            deadline=agreement.performance_deadline,
            signed_on=agreement.signed_on,
            confirmation_until=judicial_confirmation_until(agreement.effective_on)
            if agreement.effective_on
            else None,
        ),
        today,
    )


def _documents(s: Session, case: Case, stage: Stage) -> list[tuple[str, str]]:
    status = {"present": N_("已提交"), "waived": N_("主管批准免交"), "missing": N_("缺")}
    return [
        (i.title, status[i.status])
        for i in s.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.case_id == case.id, ChecklistItem.stage == stage.value)
            .order_by(ChecklistItem.id)
        )
    ]


def _cost_share(s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date) -> Path:
    from casedesk.core.db.models import CostShare, CostShareLine
    from casedesk.core.services.costshare import METHODS

    table = s.scalar(
        select(CostShare)
        .where(CostShare.case_id == case.id, CostShare.is_current.is_(True))
        .order_by(CostShare.id.desc())
    )
    if table is None:
        raise UserError(N_("尚未保存费用分摊表（casedesk costshare CASE --total … --save）"))
    lines = [
        (f.room, f.floor, f.area_centi, line.amount_fen, line.kind)
        for line, f in s.execute(
            select(CostShareLine, Flat)
            .join(Flat, Flat.id == CostShareLine.flat_id)
            .where(CostShareLine.cost_share_id == table.id)
            .order_by(CostShareLine.id)
        )
    ]
    return forms.cost_share_form(
        out, header, METHODS.get(table.method, table.method), table.purpose, table.total_fen, lines, today
    )


def _subsidy_application(s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date) -> Path:
    from casedesk.core.services.subsidy import subsidy_view_in

    view = subsidy_view_in(s, case)
    return forms.subsidy_application(
        out,
        header,
        view.decision.basis,
        view.decision.amount_fen,
        list(view.decision.reasons),
        case.accepted_on,
        _documents(s, case, Stage.SUBSIDY),
        today,
    )


def _acceptance(s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date) -> Path:
    return forms.acceptance_record(
        out, header, case.started_on, case.accepted_on, _documents(s, case, Stage.ACCEPTANCE), today
    )


_BUILDERS.update(
    {"cost-share": _cost_share, "subsidy-application": _subsidy_application, "acceptance": _acceptance}
)
