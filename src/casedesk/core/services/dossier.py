"""Build a case's dossier (案卷): read the saved records into snapshots, print every form the
case has the records for, and hand it all to core.reports.dossier."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.core.audit import action_label, record_audit, user_label
from casedesk.core.db import queries
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    Agreement,
    AuditEvent,
    BallotPaper,
    Case,
    ChecklistItem,
    Dispute,
    DisputeParty,
    Document,
    Flat,
    MediationMeeting,
    Notice,
    Objection,
    UserAccount,
)
from casedesk.core.documents import document_path, file_sha256
from casedesk.core.domain.enums import (
    DisputeStatus,
    MeetingOutcome,
    ObjectionStatus,
    PartyRole,
    SideState,
    Stage,
)
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.privacy import mask_phone
from casedesk.core.reports import dossier as paper
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import resolve_case_id, reveal_personal_data
from casedesk.core.services.disputes import may_read_notes
from casedesk.core.services.forms import FORM_KINDS, print_form
from casedesk.core.settings import load_settings
from casedesk.core.workflow.stages import CHECKLISTS, MAIN_LINE

# The case's own forms, in the order the case produced them; the two mediation forms are
# printed per dispute, inside the disputes part.
CASE_FORMS = [k for k in FORM_KINDS if not k.startswith("mediation-")]
# A form belongs in the dossier once the case has reached the stage that produces it: a blank
# street declaration or acceptance record in the file of a case still in its notice period would
# read as if those steps had happened.
FORM_STAGE = {"street-declaration": Stage.STREET_REVIEW, "acceptance": Stage.ACCEPTANCE}
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp")


@dataclass(frozen=True)
class DossierResult:
    path: Path
    pages: int
    contents: list[tuple[str, int, int]]  # 目录: title, level, first page
    omitted: list[tuple[str, str]]  # forms not in the dossier, and why


def _kind_titles() -> dict[str, str]:
    return {item.code: item.title for items in CHECKLISTS.values() for item in items}


def _attached(s: Session, case_id: int, documents_dir: Path) -> list[paper.AttachedFile]:
    titles = _kind_titles()
    item_titles: dict[int | None, str] = dict(
        s.execute(
            select(ChecklistItem.document_id, ChecklistItem.title).where(
                ChecklistItem.case_id == case_id, ChecklistItem.document_id.is_not(None)
            )
        ).all()
    )
    for document_id, title in _ballot_paper_titles(s, case_id).items():
        item_titles[document_id] = title
    files = []
    for doc in s.scalars(select(Document).where(Document.case_id == case_id).order_by(Document.id)):
        path = document_path(documents_dir, doc.sha256)
        if path.is_file():
            actual, _size = file_sha256(path)
            check = N_("一致") if actual == doc.sha256 else N_("不一致")
        else:
            check = N_("文件缺失")  # the path goes no further: only a 一致 file's is passed on
        suffix = Path(doc.filename).suffix.lower()
        files.append(
            paper.AttachedFile(
                title=item_titles.get(doc.id) or titles.get(doc.kind) or N_("附件"),
                filename=doc.filename,
                sha256=doc.sha256,
                size=doc.size,
                path=path if check == N_("一致") else None,  # a swapped file is listed, never shown
                check=check,
                is_image=suffix in IMAGE_SUFFIXES,
                is_pdf=suffix == ".pdf",
            )
        )
    return files


def _ballot_paper_titles(s: Session, case_id: int) -> dict[int, str]:
    """The scanned signed ballots (issue 25) by document, titled with their room, in floor and room
    order: the dossier shows them together, after the forms, as the paper behind the tally."""
    rows = s.execute(
        select(BallotPaper.document_id, Flat.room)
        .join(Flat, Flat.id == BallotPaper.flat_id)
        .where(BallotPaper.case_id == case_id)
        .order_by(Flat.floor, Flat.room, BallotPaper.form_page)
    ).all()
    return {doc_id: N_("签字意见征询表（{room} 室）").format(room=room) for doc_id, room in rows}


def _notices(s: Session, case_id: int, files: dict[str, paper.AttachedFile]) -> list[paper.NoticeRecord]:
    notices = []
    for n in s.scalars(select(Notice).where(Notice.case_id == case_id).order_by(Notice.id)):
        photo = s.get(Document, n.photo_document_id) if n.photo_document_id else None
        stored = files.get(photo.sha256) if photo else None
        unit = N_("工作日") if n.period_unit == "working" else N_("自然日")
        notices.append(
            paper.NoticeRecord(
                n.posted_on,
                n.ends_on,
                N_("{d} 日（{u}）").format(d=n.period_days, u=unit),
                n.places or "",
                n.witness or "",
                stored.path if stored else None,
                photo.filename if photo else "",
                photo.sha256 if photo else "",
            )
        )
    return notices


def _objections(s: Session, case_id: int, reveal: bool) -> list[paper.ObjectionRecord]:
    return [
        paper.ObjectionRecord(
            o.objector_name,
            o.received_on,
            (o.contact if reveal else mask_phone(o.contact)) or "",
            o.address or "",
            o.detail,
            o.written,
            ObjectionStatus(o.status).label,
            o.response or "",
            o.resolved_on,
        )
        for o in s.scalars(select(Objection).where(Objection.case_id == case_id).order_by(Objection.id))
    ]


def _disputes(s: Session, case_id: int, reveal: bool, notes_visible: bool) -> list[paper.DisputeRecord]:
    """*notes_visible*: what was said in mediation (positions, proposals, notes) is for mediators
    and supervisors only (disputes.may_read_notes); others' dossiers say it was left out."""
    withheld = N_("（调解记录仅调解员和主管可阅，本案卷未收录）")
    records = []
    for d in s.scalars(select(Dispute).where(Dispute.case_id == case_id).order_by(Dispute.id)):
        parties = tuple(
            f"{p.name}（{PartyRole(p.role).label}"
            + (f"，{p.room} 室" if p.room else "")
            + (f"，{p.contact if reveal else mask_phone(p.contact)}" if p.contact else "")
            + "）"
            for p in s.scalars(
                select(DisputeParty).where(DisputeParty.dispute_id == d.id).order_by(DisputeParty.id)
            )
        )
        meetings = tuple(
            paper.MeetingRecord(
                m.held_at.strftime("%Y-%m-%d %H:%M"),
                m.place or "",
                m.mediators or "",
                "、".join(a.get("name", "") for a in (m.attendees or [])),
                (m.positions or "") if notes_visible else withheld,
                (m.proposals or "") if notes_visible else "",
                (m.notes or "") if notes_visible else "",
                MeetingOutcome(m.outcome).label if m.outcome else "",
                m.next_date,
            )
            for m in s.scalars(
                select(MediationMeeting)
                .where(MediationMeeting.dispute_id == d.id, MediationMeeting.is_draft.is_(False))
                .order_by(MediationMeeting.held_at, MediationMeeting.id)
            )
        )
        agreements = tuple(
            paper.AgreementRecord(
                a.agreement_no,
                a.signed_on,
                a.terms,
                a.responsibilities or "",
                " ".join(
                    x
                    for x in (
                        a.performance_method or "",
                        N_("期限：{d}").format(d=a.performance_deadline) if a.performance_deadline else "",
                    )
                    if x
                ),
                a.partial,
            )
            for a in s.scalars(select(Agreement).where(Agreement.dispute_id == d.id).order_by(Agreement.id))
        )
        records.append(
            paper.DisputeRecord(
                d.dispute_no,
                d.title,
                DisputeStatus(d.status).label,
                d.opened_on,
                d.closed_on,
                d.committee or "",
                parties,
                meetings,
                agreements,
            )
        )
    return records


def _audit(s: Session, case_id: int) -> list[paper.AuditLine]:
    return [
        paper.AuditLine(
            at.strftime("%Y-%m-%d %H:%M"),
            user_label(username, display),
            action_label(action),
            summary or "",
        )
        for at, username, display, action, summary in s.execute(
            select(
                AuditEvent.at,
                AuditEvent.username,
                UserAccount.display_name,
                AuditEvent.action,
                AuditEvent.summary,
            )
            .outerjoin(UserAccount, UserAccount.id == AuditEvent.user_id)
            .where(AuditEvent.case_id == case_id)
            .order_by(AuditEvent.at, AuditEvent.id)
        )
    ]


def build_dossier(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    out: Path,
    *,
    documents_dir: Path,
    today: date,
    reveal: bool = False,
    now: datetime | None = None,
) -> DossierResult:
    """The whole case as one PDF. With *reveal*, contact numbers print in full: only for the roles
    that verify owners, and the look is audited like 查看完整证件号码与电话 (the printed forms
    themselves always mask ID numbers)."""
    now = now or datetime.now()
    if reveal:
        reveal_personal_data(sf, actor, case_no)  # refuses other roles, and records the look
    with sf() as s:
        case_id = resolve_case_id(s, actor, case_no)
        case = s.get(Case, case_id)
        assert case is not None
        case_no = case.case_no
        settings = load_settings(s)
        summary = queries.case_summary(s, case_id)
        assert summary is not None
        reached = Stage(case.stage)
        stage = reached.label
        if case.side_state != SideState.ACTIVE.value:
            stage = f"{SideState(case.side_state).label}（{stage}）"
        cover = paper.Cover(
            case_no=case_no,
            office=settings.office_name,
            address=summary.full_address,
            stage=stage,
            opened_on=case.opened_on,
            printed_by=user_label(actor.username, actor.display_name),
            printed_at=now.strftime("%Y-%m-%d %H:%M"),
            personal_data=N_("联系电话完整显示（已记录查看）")
            if reveal
            else N_("证件号码、联系电话已部分遮蔽"),
            printed_on=today,
            seal_text=settings.seal_text,
        )
        files = _attached(s, case_id, documents_dir)
        paper_titles = _ballot_paper_titles(s, case_id)
        by_hash = {f.sha256: f for f in files}
        notices = _notices(s, case_id, by_hash)
        objections = _objections(s, case_id, reveal)
        disputes = _disputes(s, case_id, reveal, may_read_notes(actor))
        audit = _audit(s, case_id)  # read before the forms below add their own print records
        photo_hashes = {n.photo_sha256 for n in notices if n.photo_sha256}

    dossier = paper.Dossier(cover)
    with tempfile.TemporaryDirectory(prefix="casedesk-dossier-") as tmp:
        work = Path(tmp)
        for kind in CASE_FORMS:
            if kind == "objections" and not notices and not objections:
                # its empty form says "公示期内未收到书面异议", untrue of a notice never posted
                dossier.omitted.append((FORM_KINDS[kind], N_("尚未公示，也未收到异议")))
                continue
            needs = FORM_STAGE.get(kind)
            if needs is not None and MAIN_LINE.index(reached) < MAIN_LINE.index(needs):
                dossier.omitted.append((FORM_KINDS[kind], N_("案件尚未进入“{s}”阶段").format(s=needs.label)))
                continue
            try:
                pdf = print_form(sf, actor, kind, case_no, work / f"{kind}.pdf", today=today)
            except UserError as exc:  # a form the case has no records for yet
                dossier.omitted.append((FORM_KINDS[kind], str(exc)))
                continue
            dossier.parts.append(paper.Part(FORM_KINDS[kind], pdf))
        dossier.parts.append(
            paper.Part(
                N_("公示记录（公示期与张贴照片）"),
                paper.notice_pdf(work / "notice.pdf", cover, notices, today),
            )
        )
        dossier.parts.append(
            paper.Part(
                N_("异议及答复"), paper.objections_pdf(work / "objections.pdf", cover, objections, today)
            )
        )
        dossier.parts.append(
            paper.Part(
                N_("纠纷、调解会议与调解协议"),
                paper.disputes_pdf(work / "disputes.pdf", cover, disputes, today),
            )
        )
        for i, d in enumerate(disputes):
            for kind in ("mediation-record", "mediation-agreement"):
                title = f"{FORM_KINDS[kind]}（{d.dispute_no}）"
                try:
                    pdf = print_form(sf, actor, kind, d.dispute_no, work / f"{kind}-{i}.pdf", today=today)
                except UserError as exc:
                    dossier.omitted.append((title, str(exc)))
                    continue
                dossier.parts.append(paper.Part(title, pdf, level=1))
        scans = [f for f in files if f.sha256 not in photo_hashes and f.path is not None]
        # the signed ballots first, by floor and room, then the other attachments as attached
        papers = list(paper_titles.values())
        scans.sort(key=lambda f: papers.index(f.title) if f.title in papers else len(papers))
        for i, f in enumerate(scans):
            title = f"{N_('附件')}：{f.title}（{f.filename}）"
            if f.is_image:
                try:
                    pdf = paper.image_pdf(work / f"scan-{i}.pdf", cover, f, today)
                except Exception:  # an image PIL cannot read: listed in the manifest, not shown
                    dossier.omitted.append((title, N_("图片无法读取，见附件清单")))
                    continue
                dossier.parts.append(paper.Part(title, pdf))
            elif f.is_pdf:
                try:
                    paper.page_count(f.path)  # type: ignore[arg-type]
                except Exception:  # a damaged or encrypted scan is listed, not shown
                    dossier.omitted.append((title, N_("PDF 文件无法读取，见附件清单")))
                    continue
                dossier.parts.append(paper.Part(title, f.path))  # type: ignore[arg-type]
            else:
                dossier.omitted.append((title, N_("此类文件无法附入 PDF，见附件清单")))
        dossier.parts.append(
            paper.Part(N_("操作日志摘录"), paper.audit_pdf(work / "audit.pdf", cover, audit, today))
        )
        dossier.parts.append(
            paper.Part(
                N_("附件清单（SHA-256）"), paper.manifest_pdf(work / "manifest.pdf", cover, files, today)
            )
        )
        path, contents = paper.assemble(
            out,
            dossier,
            lambda p: paper.cover_pdf(p, cover, today),
            lambda p, rows: paper.toc_pdf(p, cover, rows, dossier.omitted, today),
            work,
        )
    pages = paper.page_count(path)
    with sf.begin() as s:
        record_audit(
            s,
            actor,
            "form.print",
            "case",
            case_id,
            case_id=case_id,
            summary=N_("打印案卷（{n} 页）").format(n=pages),
            changes={"kind": "dossier", "file": str(out), "pages": pages, "revealed": reveal},
        )
    return DossierResult(path, pages, contents, list(dossier.omitted))
