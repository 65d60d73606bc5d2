"""Print a form for a case: read the case into a snapshot, then hand it to the form library."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit
from casedesk.core.consent import Policies, TallySnapshot, get_rule_set, tally
from casedesk.core.consent.explanation import explain
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
    Tally,
    UserAccount,
)
from casedesk.core.disputes.rules import judicial_confirmation_until
from casedesk.core.domain.enums import AreaSource, ChecklistStatus, MeetingOutcome, PartyRole, Stage
from casedesk.core.errors import PermissionDenied, UserError
from casedesk.core.i18n import N_
from casedesk.core.reports import forms
from casedesk.core.scan.payload import BallotCode
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id
from casedesk.core.services.consent import case_snapshot, rule_for_case, run_tally
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


def case_header(s: Session, case: Case) -> forms.CaseHeader:
    """The head every form of *case* prints: office, address, floors, seal."""
    return _header(s, case)


def print_form(
    sf: SessionFactory,
    actor: Actor,
    kind: str,
    case_no: str,
    out: Path,
    *,
    today: date,
    tally_id: int | None = None,
    full_ids: bool = False,
) -> Path:
    """Print *kind* for a case; the mediation forms also take a dispute number (JF-…).

    The tally sheet prints a saved tally (*tally_id*, else the latest); the notice and the street
    declaration cite it. With none saved, one is saved first (consent.run_tally) and the page
    says so. *full_ids* prints the parties' ID numbers in full on the mediation agreement, for a
    mediator or supervisor; the audit record says it was asked for."""
    if kind not in FORM_KINDS:
        raise UserError(N_("没有这种表单：{k}（可选：{all}）").format(k=kind, all="、".join(FORM_KINDS)))
    extra: dict[str, Any] = {"full_ids": full_ids}
    if kind in _CITES_TALLY:
        posted_on = None
        if kind == "notice":
            with sf() as s:  # refuse before saving a tally
                posted_on = _latest_notice(s, resolve_case_id(s, actor, case_no)).posted_on
        # Before the printing transaction: saving a tally is a write of its own (SQLite allows
        # one writer, and a read transaction begun earlier could not be upgraded afterwards).
        extra["tally"] = kept_tally(sf, actor, case_no, today=today, tally_id=tally_id, before=posted_on)
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
            from casedesk.core.services.disputes import may_read_notes

            if not may_read_notes(actor):  # the form prints the notes: not for administrators
                raise PermissionDenied(N_("调解笔录仅调解员和街道主管可以查看和打印"))
            path = _mediation(s, kind, dispute, header, out, today, full_ids=full_ids)
        else:
            path = _BUILDERS[kind](s, case, header, out, today, extra)
        changes: dict[str, Any] = {"kind": kind, "file": str(out)}
        if "tally" in extra:
            changes["tally_id"] = extra["tally"].tally_id
        if full_ids and dispute is not None:
            changes["full_ids"] = True
        record_audit(
            s,
            actor,
            "form.print",
            "case",
            case_id,
            case_id=case_id,
            summary=N_("打印{name}").format(name=FORM_KINDS[kind]),
            changes=changes,
        )
        return path


_CITES_TALLY = ("tally", "notice", "street-declaration")


def kept_tally(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    *,
    today: date,
    tally_id: int | None = None,
    before: date | None = None,
) -> forms.KeptTally:
    """The saved tally a form prints or cites: *tally_id*, else the case's latest saved tally of
    the retrofit vote (for a notice posted on *before*: the latest counted up to that day, the
    vote the notice announced); with none saved, one is saved now through run_tally, as of
    *today* or the posting day if earlier."""
    saved_now = False
    with sf() as s:
        case_id = resolve_case_id(s, actor, case_no)
        row = _saved_row(s, case_id, tally_id, before)
    if row is None:
        run = run_tally(
            sf,
            actor,
            case_no,
            as_of=min(today, before) if before else today,
            save=True,
            note=N_("打印表单时尚无保存的表决统计，自动保存"),
        )
        tally_id, saved_now = run.saved_id, True
    else:
        tally_id = row.id
    with sf() as s:
        row = _saved_row(s, case_id, tally_id)
        assert row is not None
        rule = get_rule_set(row.rule_set)
        policies = Policies.from_json(row.policies)
        # Recomputed from the inputs stored with the tally: the figures as saved, whatever ballots
        # were recorded or withdrawn since (consent.recompute_saved proves the same).
        result = tally(TallySnapshot.from_json(row.inputs), rule, row.as_of, policies)
        user = s.get(UserAccount, row.run_by_id) if row.run_by_id else None
        run_by = user.display_name if user and user.display_name else row.run_by_name
        if row.run_by_id is None and run_by == "system":
            run_by = N_("系统（命令行）")
        reason = (row.result or {}).get("rule_reason", "")
        return forms.KeptTally(row.id, result, rule, policies, run_by, row.run_at, saved_now, reason)


def _saved_row(s: Session, case_id: int, tally_id: int | None, before: date | None = None) -> Tally | None:
    if tally_id is not None:
        row = s.get(Tally, tally_id)
        if row is None or row.case_id != case_id:
            raise UserError(N_("该案件没有第 {id} 号表决统计记录").format(id=tally_id))
        return row
    query = (
        select(Tally)
        .where(Tally.case_id == case_id, Tally.purpose == "retrofit")
        .order_by(Tally.run_at.desc(), Tally.id.desc())
        .limit(1)
    )
    if before is not None:
        found = s.scalar(query.where(Tally.as_of <= before))
        if found is not None:
            return found
    return s.scalar(query)


def _latest_notice(s: Session, case_id: int) -> Notice:
    notice = s.scalar(select(Notice).where(Notice.case_id == case_id).order_by(Notice.id.desc()))
    if notice is None:
        raise UserError(N_("尚未登记公示，请先在“公示与异议”中登记张贴日期和地点"))
    return notice


def _ballot(
    s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date, extra: dict[str, Any]
) -> Path:
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
    # Each form's QR code: case, room, roster version and its serial in this stack (issue 25)
    lines = [
        forms.BallotFlat(
            f.room,
            f.floor,
            f.area_centi,
            AreaSource(f.area_source).label,
            tuple(owners.get(f.id, ())),
            f.occupies_exclusive,
            BallotCode(case.case_no, f.room, case.roster_version, serial),
        )
        for serial, f in enumerate(flats, 1)
    ]
    return forms.ballot_forms(out, header, lines, rule, today)


def _tally(
    s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date, extra: dict[str, Any]
) -> Path:
    kept: forms.KeptTally = extra["tally"]
    return forms.tally_sheet(
        out, header, explain(kept.result, kept.rule_reason), kept.run_by, today, kept=kept
    )


def _office_channel(s: Session, case: Case) -> tuple[str, str, str]:
    """Where objections go: the office's address, phone and contact person when the settings
    hold them (getattr: older databases have no such keys), else the case clerk as contact;
    what is missing prints as a line to fill in by hand."""
    settings = load_settings(s)
    address = getattr(settings, "office_address", "") or ""
    phone = getattr(settings, "office_phone", "") or ""
    contact = getattr(settings, "office_contact", "") or ""
    if not contact and case.clerk_id:
        clerk = s.get(UserAccount, case.clerk_id)
        contact = clerk.display_name if clerk else ""
    return address, phone, contact


def _notice(
    s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date, extra: dict[str, Any]
) -> Path:
    notice = _latest_notice(s, case.id)
    address, phone, contact = _office_channel(s, case)
    from casedesk.core.db.models import CostShare

    items = [N_("增设电梯初步方案及实施方案（含设计图纸）"), N_("业主表决结果统计表")]
    share = s.scalar(
        select(CostShare).where(CostShare.case_id == case.id, CostShare.is_current.is_(True)).limit(1)
    )
    items.append(N_("费用分摊方案"))
    if share is not None and (share.parameters or {}).get("compensation"):
        items.append(N_("低层业主补偿方案"))
    return forms.notice_form(
        out,
        header,
        forms.NoticeInfo(
            notice.posted_on,
            notice.ends_on,
            notice.period_days,
            notice.places,
            notice.witness,
            tally=extra["tally"],
            objection_address=address,
            objection_phone=phone,
            objection_contact=contact,
            posted_items=tuple(items),
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


def _objections(
    s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date, extra: dict[str, Any]
) -> Path:
    return forms.objections_form(out, header, _objection_lines(s, case), today)


def _declaration(
    s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date, extra: dict[str, Any]
) -> Path:
    kept: forms.KeptTally = extra["tally"]
    notice = s.scalar(select(Notice).where(Notice.case_id == case.id).order_by(Notice.id.desc()))
    objections = _objection_lines(s, case)
    open_count = sum(1 for o in objections if o.resolved_on is None)
    return forms.street_declaration(
        out,
        header,
        forms.Declaration(
            representatives=tuple(
                s.scalars(select(CaseRepresentative.name).where(CaseRepresentative.case_id == case.id))
            ),
            implementer=case.implementer,
            tally_summary=kept.citation(),
            notice_period=f"{notice.posted_on} 至 {notice.ends_on}" if notice else N_("尚未公示"),
            objections=N_("共 {n} 条，未处理 {m} 条").format(n=len(objections), m=open_count),
            documents=tuple(_documents(s, case, Stage.STREET_REVIEW)),
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


def _mask(id_number: str | None, full: bool) -> str:
    if not id_number:
        return ""
    return id_number if full else forms._masked(id_number)


def _split_names(text: str | None) -> list[str]:
    return [n.strip() for n in re.split(r"[；;、,，\n]+", text or "") if n.strip()]


def _mediation(
    s: Session,
    kind: str,
    d: Dispute,
    header: forms.CaseHeader,
    out: Path,
    today: date,
    *,
    full_ids: bool = False,
) -> Path:
    party_rows = s.scalars(
        select(DisputeParty).where(DisputeParty.dispute_id == d.id).order_by(DisputeParty.id)
    ).all()
    parties = tuple((p.name, PartyRole(p.role).label, p.room or "") for p in party_rows)
    meetings = tuple(
        forms.MediationMeetingLine(
            m.held_at.strftime("%Y-%m-%d %H:%M"),
            m.place or "",
            m.mediators or "",
            m.recorder or "",
            "、".join(a.get("name", "") for a in (m.attendees or [])),
            m.notes or "",
            MeetingOutcome(m.outcome).label if m.outcome else "",
            positions=m.positions or "",
            proposals=m.proposals or "",
            next_date=m.next_date,
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
            responsibilities=agreement.responsibilities or "",
            partial=bool(agreement.partial),
            particulars=_particulars(s, agreement, party_rows, header, full_ids),
        ),
        today,
    )


def _particulars(
    s: Session, agreement: Agreement, rows: list[DisputeParty] | Any, header: forms.CaseHeader, full: bool
) -> tuple[forms.PartyParticulars, ...]:
    """The agreement's own parties (its parties text, in its order), each with what the dispute
    and the owner register know: role, ID, address (the flat in this building) and contact."""
    by_name = {p.name: p for p in rows}
    names = _split_names(agreement.parties) or list(by_name)
    out = []
    for name in names:
        party = by_name.get(name)
        person = s.get(Person, party.person_id) if party is not None and party.person_id else None
        if person is None and party is not None and party.room:
            person = s.scalar(
                select(Person)
                .join(Ownership, Ownership.person_id == Person.id)
                .join(Flat, Flat.id == Ownership.flat_id)
                .join(Dispute, Dispute.case_id == Flat.case_id)
                .where(
                    Dispute.id == agreement.dispute_id,
                    Flat.room == party.room,
                    Person.name == name,
                    Ownership.valid_to.is_(None),
                )
                .limit(1)
            )
        out.append(
            forms.PartyParticulars(
                name,
                PartyRole(party.role).label if party is not None else "",
                _mask(person.id_number if person else None, full),
                f"{header.address}{party.room} 室" if party is not None and party.room else "",
                (party.contact if party is not None else None) or (person.phone if person else None) or "",
            )
        )
    return tuple(out)


def _documents(s: Session, case: Case, stage: Stage) -> list[tuple[str, str]]:
    return [
        (i.title, ChecklistStatus(i.status).label)
        for i in s.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.case_id == case.id, ChecklistItem.stage == stage.value)
            .order_by(ChecklistItem.id)
        )
    ]


def _cost_share(
    s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date, extra: dict[str, Any]
) -> Path:
    from casedesk.core.db.models import CostShare, CostShareLine
    from casedesk.core.money import sharing
    from casedesk.core.services.costshare import METHODS

    table = s.scalar(
        select(CostShare)
        .where(CostShare.case_id == case.id, CostShare.is_current.is_(True))
        .order_by(CostShare.id.desc())
    )
    if table is None:
        raise UserError(N_("尚未保存费用分摊表，请先在“费用与补贴”中计算并保存"))
    found = s.execute(
        select(CostShareLine, Flat)
        .join(Flat, Flat.id == CostShareLine.flat_id)
        .where(CostShareLine.cost_share_id == table.id)
        .order_by(CostShareLine.id)
    ).all()
    lines = [(f.room, f.floor, f.area_centi, line.amount_fen, line.kind) for line, f in found]
    params = table.parameters or {}
    compensated = set(params.get("compensation") or {})
    exempt = set(params.get("exempt_floors") or ())
    payers = [
        sharing.FlatShareInput(
            f.id, f.room, f.floor, f.area_centi, f.floor not in exempt and f.room not in compensated
        )
        for line, f in found
        if line.kind == "share"
    ]
    coefficients: dict[str, str] = {}
    if table.method == "floor":
        raw = params.get("coefficients")  # JSON turns the floor keys into strings
        by_floor = {int(k): int(v) for k, v in raw.items()} if raw else None
        weights = sharing.weights_by_floor(payers, by_floor, with_area=False)
        coefficients = {p.room: f"{weights[p.flat_id] / 100:.2f}" for p in payers if p.flat_id in weights}
    elif table.method == "area":
        coefficients = {p.room: "1.00" for p in payers if p.pays}  # area × 1
    return forms.cost_share_form(
        out,
        header,
        METHODS.get(table.method, table.method),
        table.purpose,
        table.total_fen,
        lines,
        today,
        coefficients=coefficients,
    )


def _policy_name(name: str) -> str:
    """The subsidy policy as printed: without the working note on an assumed standard, which is
    advice for the clerk, not part of the application."""
    return re.sub(r"（[^（）]*(暂定|待文件确认)[^（）]*）", "", name).strip()


def _subsidy_application(
    s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date, extra: dict[str, Any]
) -> Path:
    from casedesk.core.db.models import CostShare
    from casedesk.core.services.subsidy import subsidy_view_in

    if case.accepted_on is None:
        raise UserError(N_("案件尚未通过竣工验收，不能打印补贴申请表"))
    view = subsidy_view_in(s, case)
    rep = s.scalar(
        select(CaseRepresentative)
        .where(CaseRepresentative.case_id == case.id)
        .order_by(CaseRepresentative.id)
    )
    cost = s.scalar(
        select(CostShare.total_fen)
        .where(
            CostShare.case_id == case.id, CostShare.purpose == "construction", CostShare.is_current.is_(True)
        )
        .order_by(CostShare.id.desc())
        .limit(1)
    )
    phone = (rep.phone or "") if rep else ""
    if rep is not None and not phone:
        # Representatives are recorded by name; an owner of this case by that name has a phone.
        phone = (
            s.scalar(
                select(Person.phone)
                .join(Ownership, Ownership.person_id == Person.id)
                .join(Flat, Flat.id == Ownership.flat_id)
                .where(
                    Flat.case_id == case.id,
                    Person.name == rep.name,
                    Ownership.valid_to.is_(None),
                    Person.phone.is_not(None),
                )
                .limit(1)
            )
            or ""
        )
    return forms.subsidy_application(
        out,
        header,
        _policy_name(view.decision.basis),
        view.decision.amount_fen,
        list(view.decision.reasons),
        case.accepted_on,
        _documents(s, case, Stage.SUBSIDY),
        today,
        applicant=rep.name if rep else "",
        contact=phone,
        implementer=case.implementer or "",
        project_cost_fen=cost,
    )


def _acceptance(
    s: Session, case: Case, header: forms.CaseHeader, out: Path, today: date, extra: dict[str, Any]
) -> Path:
    return forms.acceptance_record(
        out,
        header,
        case.started_on,
        case.accepted_on,
        _documents(s, case, Stage.ACCEPTANCE),
        today,
        implementer=case.implementer or "",
    )


_BUILDERS.update(
    {"cost-share": _cost_share, "subsidy-application": _subsidy_application, "acceptance": _acceptance}
)
