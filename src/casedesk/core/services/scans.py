"""Signed paper as evidence (issue 25): scanned 业主意见征询表 matched back to their flats.

Each printed ballot carries a QR code naming the case, the room, the roster version and the
form's serial (core/reports/forms.py); `scan_ballots` reads the office copier's output, finds
each page's code and keeps the page image in the document store (SHA-256) as the flat's ballot
paper. Pages it cannot place are listed, never guessed: no readable code (unmatched), another
case or an outdated roster (foreign), the same flat twice (duplicates).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from casedesk.core.audit import record_audit, user_label
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.location import sqlite_file
from casedesk.core.db.models import Ballot, BallotPaper, Case, Document, Flat, Ownership, Person, UserAccount
from casedesk.core.documents import document_path
from casedesk.core.domain.enums import Role
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.privacy import mask_phone
from casedesk.core.scan.pages import ScanPage, iter_pages, page_count
from casedesk.core.scan.payload import BallotCode
from casedesk.core.scan.qr import read_page_code, upright
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import keep_document, resolve_case_id, reveal_personal_data

DOCUMENT_KIND = "ballot_paper"
STORED_JPEG_QUALITY = 85  # a tick, a signature and a date stay legible; a page is ~300 KB

Progress = Callable[[int, int], None]  # (pages done, pages in all)
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class PageRef:
    """One scanned page: the file as given and its page number within it, from 1."""

    file: str
    page: int

    @property
    def label(self) -> str:
        return f"{Path(self.file).name} p.{self.page}"

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "page": self.page}


@dataclass(frozen=True)
class MatchedPage:
    flat_id: int
    room: str
    owners: tuple[str, ...]
    page: PageRef
    sha256: str  # of the stored page image
    form_serial: int
    form_page: int  # page of the printed form (1 for a one-page form)


@dataclass(frozen=True)
class UnmatchedPage:
    page: PageRef
    why: str  # user text: no readable code, a code that is not a CaseDesk ballot's


@dataclass(frozen=True)
class ForeignPage:
    """A ballot of another case, or of this case printed before its roster changed."""

    page: PageRef
    case_no: str
    room: str
    roster_version: int
    why: str


@dataclass(frozen=True)
class DuplicatePage:
    """The same flat (and form page) more than once: in this batch, or already on file.

    *kept* is the page stored for the flat by this batch (the first one read), None when a paper
    was already on file before it; *repeats* are the pages not stored."""

    flat_id: int
    room: str
    kept: PageRef | None
    repeats: tuple[PageRef, ...]
    already_on_file: bool


@dataclass(frozen=True)
class ScanReport:
    case_no: str
    pages_read: int
    matched: tuple[MatchedPage, ...]
    unmatched: tuple[UnmatchedPage, ...]
    foreign: tuple[ForeignPage, ...]
    duplicates: tuple[DuplicatePage, ...]

    @property
    def clean(self) -> bool:
        """Every page placed: nothing for the clerk to look at."""
        return not (self.unmatched or self.foreign or self.duplicates)

    def to_json(self) -> dict[str, Any]:
        """SPEC §4's shape: pages numbered from 1 within their file."""
        return {
            "case": self.case_no,
            "pages": self.pages_read,
            "matched": [
                {
                    **m.page.to_json(),
                    "room": m.room,
                    "owners": list(m.owners),
                    "sha256": m.sha256,
                    "serial": m.form_serial,
                }
                for m in self.matched
            ],
            "unmatched": [{**u.page.to_json(), "why": u.why} for u in self.unmatched],
            "foreign": [
                {
                    **f.page.to_json(),
                    "case": f.case_no,
                    "room": f.room,
                    "roster_version": f.roster_version,
                    "why": f.why,
                }
                for f in self.foreign
            ],
            "duplicates": [
                {
                    "room": d.room,
                    "pages": [r.to_json() for r in d.repeats],
                    "kept": d.kept.to_json() if d.kept else None,
                    "already_on_file": d.already_on_file,
                }
                for d in self.duplicates
            ],
        }


@dataclass(frozen=True)
class PendingPaper:
    """A flat whose signed paper is not on file: for the door-to-door round."""

    flat_id: int
    room: str
    floor: int
    owners: tuple[str, ...]
    phones: tuple[str, ...]  # masked unless the actor's role may see them in full


@dataclass(frozen=True)
class BallotPaperView:
    """The stored scan of a flat's signed ballot, for the side-by-side entry."""

    flat_id: int
    room: str
    document_id: int
    sha256: str
    image_path: Path  # in the document store; an image file (PNG or JPEG)
    scanned_at: datetime
    scanned_by: str  # display name
    source: PageRef  # the file and page it came from
    form_serial: int


@dataclass(frozen=True)
class PaperBacking:
    """How many of the case's current opinions rest on a scanned paper."""

    backed: int  # current ballots whose flat has its paper on file
    typed_without_paper: int  # current ballots whose flat has none
    flats_with_paper: int


class ScanCancelled(UserError):
    """Raised by scan_ballots when *cancelled* answered True: nothing was recorded."""

    def __init__(self) -> None:
        super().__init__(N_("扫描录入已取消，未记录任何内容"))


@dataclass(frozen=True)
class _ReadPage:
    """A page whose code was read, waiting for the transaction that files it."""

    ref: PageRef
    code: BallotCode
    image_file: Path  # the file to store: the scan itself, or the page as an upright image
    filename: str  # the name the document is kept under


def scan_ballots(
    sf: SessionFactory,
    actor: Actor,
    case_no: str,
    paths: list[Path],
    documents_dir: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ScanReport:
    """Read every page of *paths*, match it by its QR code and record each flat's paper.

    Reading comes first (progress per page); the records are written afterwards in one
    transaction. A cancel raises ScanCancelled and leaves the database unchanged."""
    actor.require(Role.CLERK, Role.SUPERVISOR)
    if not paths:
        raise UserError(N_("请选择要录入的扫描文件"))
    with sf() as s:
        resolve_case_id(s, actor, case_no)  # refuse an unknown or foreign case before reading
    with tempfile.TemporaryDirectory(prefix="casedesk-scan-") as tmp:
        read, unmatched, pages = _read_all(paths, Path(tmp), progress, cancelled)
        if cancelled is not None and cancelled():
            raise ScanCancelled
        with sf.begin() as s:
            return _file_papers(s, actor, case_no, read, unmatched, pages, documents_dir)


def _read_all(
    paths: list[Path], tmp: Path, progress: Progress | None, cancelled: Cancelled | None
) -> tuple[list[_ReadPage], list[UnmatchedPage], int]:
    total = sum(page_count(Path(p)) for p in paths)
    done = 0
    if progress is not None:
        progress(0, total)
    read: list[_ReadPage] = []
    unmatched: list[UnmatchedPage] = []
    for path in paths:
        path = Path(path)
        for page in iter_pages(path):
            if cancelled is not None and cancelled():
                raise ScanCancelled
            ref = PageRef(str(path), page.number)
            found = read_page_code(page.image) if page.image is not None else None
            if page.image is None:
                unmatched.append(UnmatchedPage(ref, page.error))
            elif found is None:
                unmatched.append(
                    UnmatchedPage(ref, N_("未找到可读的二维码（空白页、非本系统打印，或二维码污损）"))
                )
            elif found.code is None:
                unmatched.append(UnmatchedPage(ref, N_("二维码不是本系统打印的意见征询表")))
            else:
                read.append(_keep_page(page, found.turn, found.code, ref, tmp))
            done += 1
            if progress is not None:
                progress(done, max(total, done))
    return read, unmatched, done


def _keep_page(page: ScanPage, turn: int, code: BallotCode, ref: PageRef, tmp: Path) -> _ReadPage:
    """The file to keep for a read page. A page standing upright is kept exactly as the copier
    wrote it: a one-page image file as it is, a scanned PDF's page as its own JPEG. A page that
    had to be turned, or a PDF page that had to be rasterised, is kept as an upright JPEG."""
    source = Path(ref.file)
    if page.whole_file and turn == 0:
        return _ReadPage(ref, code, source, source.name[-200:])
    name = f"{code.room}室-意见征询表-{source.stem[:80]}-p{ref.page}.jpg"
    target = tmp / f"{ref.page}-{len(name)}-{id(page)}.jpg"
    if page.jpeg is not None and turn == 0:
        target.write_bytes(page.jpeg)
        return _ReadPage(ref, code, target, name)
    assert page.image is not None
    picture = upright(page.image, turn)
    if picture.mode not in ("L", "RGB"):
        picture = picture.convert("RGB")
    picture.save(target, "JPEG", quality=STORED_JPEG_QUALITY)
    return _ReadPage(ref, code, target, name)


def _file_papers(
    s: Session,
    actor: Actor,
    case_no: str,
    read: list[_ReadPage],
    unmatched: list[UnmatchedPage],
    pages: int,
    documents_dir: Path,
) -> ScanReport:
    case_id = resolve_case_id(s, actor, case_no)
    case = s.get(Case, case_id)
    assert case is not None
    flats = {f.room: f for f in s.scalars(select(Flat).where(Flat.case_id == case_id))}
    owners = _owner_names(s, case_id)
    on_file = set(
        s.execute(select(BallotPaper.flat_id, BallotPaper.form_page).where(BallotPaper.case_id == case_id))
    )
    matched: list[MatchedPage] = []
    foreign: list[ForeignPage] = []
    kept: dict[tuple[int, int], PageRef | None] = {}
    repeats: dict[tuple[int, int], list[PageRef]] = {}
    now = datetime.now().replace(microsecond=0)
    for page in read:
        code = page.code
        flat = flats.get(code.room) if code.case_no == case.case_no else None
        why = _foreign_why(case, code, flat)
        if why:
            foreign.append(ForeignPage(page.ref, code.case_no, code.room, code.roster_version, why))
            continue
        assert flat is not None
        key = (flat.id, code.page)
        if key in on_file or key in kept:
            kept.setdefault(key, None)
            repeats.setdefault(key, []).append(page.ref)
            continue
        doc = keep_document(s, actor, case_id, DOCUMENT_KIND, page.image_file, documents_dir, page.filename)
        s.add(
            BallotPaper(
                case_id=case_id,
                flat_id=flat.id,
                document_id=doc.id,
                roster_version=code.roster_version,
                form_serial=code.serial,
                form_page=code.page,
                source_file=Path(page.ref.file).name[-255:],
                source_page=page.ref.page,
                scanned_at=now,
                scanned_by_id=actor.user_id,
                scanned_by_name=user_label(actor.username, actor.display_name)[:60],
            )
        )
        kept[key] = page.ref
        matched.append(
            MatchedPage(
                flat.id, flat.room, owners.get(flat.id, ()), page.ref, doc.sha256, code.serial, code.page
            )
        )
    room_of = {f.id: f.room for f in flats.values()}
    duplicates = [
        DuplicatePage(
            flat_id,
            room_of[flat_id],
            kept[(flat_id, form_page)],
            tuple(refs),
            (flat_id, form_page) in on_file,
        )
        for (flat_id, form_page), refs in repeats.items()
    ]
    s.flush()
    record_audit(
        s,
        actor,
        "ballot.scan",
        "case",
        case_id,
        case_id=case_id,
        summary=N_(
            "扫描录入意见征询表：{pages} 页，匹配 {matched} 户，未识别 {unmatched} 页，"
            "非本案件或已过期 {foreign} 页，重复 {dup} 页"
        ).format(
            pages=pages,
            matched=len(matched),
            unmatched=len(unmatched),
            foreign=len(foreign),
            dup=sum(len(d.repeats) for d in duplicates),
        ),
        changes={
            "files": sorted(
                {Path(p.ref.file).name for p in read} | {Path(u.page.file).name for u in unmatched}
            ),
            "matched": [[m.room, m.page.label, m.sha256] for m in matched],
        },
    )
    return ScanReport(
        case.case_no, pages, tuple(matched), tuple(unmatched), tuple(foreign), tuple(duplicates)
    )


def _foreign_why(case: Case, code: BallotCode, flat: Flat | None) -> str:
    """Why a read code cannot be filed in *case*, or "" when it can."""
    if code.case_no != case.case_no:
        return N_("其他案件（{case}）的意见征询表").format(case=code.case_no)
    if flat is None:
        return N_("本案件名册中没有 {room} 室").format(room=code.room)
    if code.roster_version != case.roster_version:
        return N_("名册变更前打印的意见征询表（名册第 {v} 版，现为第 {now} 版），请重新打印后签署").format(
            v=code.roster_version, now=case.roster_version
        )
    return ""


def _owner_names(s: Session, case_id: int) -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = {}
    for flat_id, name in s.execute(
        select(Ownership.flat_id, Person.name)
        .join(Person, Person.id == Ownership.person_id)
        .join(Flat, Flat.id == Ownership.flat_id)
        .where(Flat.case_id == case_id, Ownership.valid_to.is_(None))
        .order_by(Ownership.flat_id, Ownership.id)
    ):
        names.setdefault(flat_id, []).append(name)
    return {k: tuple(v) for k, v in names.items()}


def _has_paper(case_id: int):
    """SQL condition: the flat's (first) form page is on file."""
    return exists().where(
        BallotPaper.flat_id == Flat.id, BallotPaper.form_page == 1, BallotPaper.case_id == case_id
    )


def pending_papers(
    sf: SessionFactory, actor: Actor, case_no: str, *, reveal: bool = False
) -> list[PendingPaper]:
    """Flats of the case whose signed paper is not on file, by floor and room.

    Phones are masked; with *reveal* they are in full, for the roles that may see them, and the
    look is audited (cases.reveal_personal_data)."""
    if reveal:
        reveal_personal_data(sf, actor, case_no)
    with sf() as s:
        case_id = resolve_case_id(s, actor, case_no)
        flats = s.execute(
            select(Flat.id, Flat.room, Flat.floor)
            .where(Flat.case_id == case_id, ~_has_paper(case_id))
            .order_by(Flat.floor, Flat.room)
        ).all()
        people: dict[int, list[tuple[str, str | None]]] = {}
        for flat_id, name, phone in s.execute(
            select(Ownership.flat_id, Person.name, Person.phone)
            .join(Person, Person.id == Ownership.person_id)
            .join(Flat, Flat.id == Ownership.flat_id)
            .where(Flat.case_id == case_id, Ownership.valid_to.is_(None))
            .order_by(Ownership.flat_id, Ownership.id)
        ):
            people.setdefault(flat_id, []).append((name, phone))
    result = []
    for flat_id, room, floor in flats:
        owners = people.get(flat_id, [])
        phones = tuple(p if reveal else (mask_phone(p) or "") for _n, p in owners if p)
        result.append(PendingPaper(flat_id, room, floor, tuple(n for n, _p in owners), phones))
    return result


def pending_papers_pdf(
    sf: SessionFactory, actor: Actor, case_no: str, out: Path, *, today: date, reveal: bool = False
) -> Path:
    """The reminder list for the community's door-to-door round, as a PDF; the printing is
    audited (it carries owners' names)."""
    from casedesk.core.reports.pending import pending_list
    from casedesk.core.services.forms import case_header

    rows = pending_papers(sf, actor, case_no, reveal=reveal)
    with sf.begin() as s:
        case_id = resolve_case_id(s, actor, case_no)
        case = s.get(Case, case_id)
        assert case is not None
        path = pending_list(out, case_header(s, case), rows, today)
        record_audit(
            s,
            actor,
            "form.print",
            "case",
            case_id,
            case_id=case_id,
            summary=N_("打印未交回意见征询表清单：{n} 户").format(n=len(rows)),
            changes={"kind": "ballot-pending", "file": str(out), "flats": len(rows), "revealed": reveal},
        )
    return path


def _documents_dir(sf: SessionFactory, documents_dir: Path | None) -> Path:
    """The store beside the database unless told (the desktop and the command line pass none)."""
    if documents_dir is not None:
        return documents_dir
    from casedesk import paths

    bind = sf.kw.get("bind")
    url = bind.url.render_as_string(hide_password=False) if bind is not None else ""
    return paths.documents_dir_for(sqlite_file(url) if url else None)


def ballot_paper(
    sf: SessionFactory, actor: Actor, case_no: str, flat_id: int, documents_dir: Path | None = None
) -> BallotPaperView | None:
    """The scanned paper of one flat (its first form page), or None when none is on file."""
    with sf() as s:
        case_id = resolve_case_id(s, actor, case_no)
        row = s.execute(
            select(BallotPaper, Document.sha256, Flat.room)
            .join(Document, Document.id == BallotPaper.document_id)
            .join(Flat, Flat.id == BallotPaper.flat_id)
            .where(BallotPaper.case_id == case_id, BallotPaper.flat_id == flat_id)
            .order_by(BallotPaper.form_page)
            .limit(1)
        ).first()
        if row is None:
            return None
        paper, sha, room = row
        by = paper.scanned_by_name
        if paper.scanned_by_id is not None:
            account = s.get(UserAccount, paper.scanned_by_id)
            if account is not None:
                by = user_label(account.username, account.display_name)
        return BallotPaperView(
            flat_id=flat_id,
            room=room,
            document_id=paper.document_id,
            sha256=sha,
            image_path=document_path(_documents_dir(sf, documents_dir), sha),
            scanned_at=paper.scanned_at,
            scanned_by=by,
            source=PageRef(paper.source_file, paper.source_page),
            form_serial=paper.form_serial,
        )


def flats_with_paper(sf: SessionFactory, actor: Actor, case_no: str) -> frozenset[int]:
    """Ids of the case's flats whose signed paper is on file (for marking ballot rows)."""
    with sf() as s:
        case_id = resolve_case_id(s, actor, case_no)
        return frozenset(
            s.scalars(
                select(BallotPaper.flat_id).where(BallotPaper.case_id == case_id, BallotPaper.form_page == 1)
            )
        )


def paper_backing(sf: SessionFactory, actor: Actor, case_no: str) -> PaperBacking:
    """Counts for the tally: current opinions backed by a scan, and typed without one."""
    with sf() as s:
        case_id = resolve_case_id(s, actor, case_no)
        papers = select(BallotPaper.flat_id).where(BallotPaper.case_id == case_id, BallotPaper.form_page == 1)
        current = select(func.count(Ballot.id)).where(Ballot.case_id == case_id, Ballot.is_current.is_(True))
        backed = s.scalar(current.where(Ballot.flat_id.in_(papers))) or 0
        without = s.scalar(current.where(Ballot.flat_id.not_in(papers))) or 0
        flats = s.scalar(select(func.count()).select_from(papers.subquery())) or 0
    return PaperBacking(backed, without, flats)
