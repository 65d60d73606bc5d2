"""Signed ballots back from the copier (issue 25): every flat matched by its QR code, the blank
page and the repeat listed, never guessed; foreign and outdated forms refused; cancel is clean."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casedesk.core.db.models import AuditEvent, Ballot, BallotPaper, Document, Flat
from casedesk.core.documents import document_path, file_sha256
from casedesk.core.domain.enums import Role
from casedesk.core.errors import PermissionDenied
from casedesk.core.services.actor import Actor
from casedesk.core.services.roster_import import import_roster
from casedesk.core.services.scans import (
    ScanCancelled,
    ballot_paper,
    flats_with_paper,
    paper_backing,
    pending_papers,
    scan_ballots,
)
from tests.scan.paper import (
    SAMPLE_ROOMS,
    TODAY,
    as_scanned,
    blank_page,
    printed_pages,
    sample_case,
    save_jpeg,
    save_pdf,
)
from tests.shared_paths import SAMPLES


def counts(sf) -> tuple[int, int]:
    with sf() as s:
        return (
            s.scalar(select(func.count()).select_from(BallotPaper)) or 0,
            s.scalar(select(func.count()).select_from(Document)) or 0,
        )


def test_a_signed_stack_comes_back_to_its_flats(session_factory, actor, tmp_path: Path) -> None:
    sf = session_factory
    case_no = sample_case(sf, actor)
    assert len(pending_papers(sf, actor, case_no)) == len(SAMPLE_ROOMS)
    pages = printed_pages(sf, actor, case_no, tmp_path)
    assert len(pages) == len(SAMPLE_ROOMS)

    # The copier's output: each page tilted a degree and a half (alternately either way),
    # blurred, greyscale; one laid upside down; shuffled; a blank sheet among them; one page
    # fed twice. Seven pages in one multi-page PDF, the rest as JPEG and PNG files.
    scans = [
        as_scanned(p, tilt=1.5 if i % 2 else -1.5, turn=180 if i == 4 else 0) for i, p in enumerate(pages)
    ]
    order = list(range(len(scans)))
    random.Random(25).shuffle(order)
    stack = [scans[i] for i in order]
    pdf = save_pdf(tmp_path / "copier.pdf", [*stack[:6], blank_page(stack[0])])
    jpegs = [save_jpeg(tmp_path / f"page-{n}.jpg", img) for n, img in enumerate(stack[6:9])]
    pngs = []
    for n, img in enumerate(stack[9:]):
        pngs.append(tmp_path / f"page-{n}.png")
        img.save(pngs[-1])
    again = save_jpeg(tmp_path / "again.jpg", scans[2], quality=55)  # room 201 fed a second time
    documents = tmp_path / "documents"
    seen: list[tuple[int, int]] = []

    report = scan_ballots(
        sf, actor, case_no, [pdf, *jpegs, *pngs, again], documents, progress=lambda d, t: seen.append((d, t))
    )

    assert report.pages_read == 14 and seen[0] == (0, 14) and seen[-1] == (14, 14)
    assert sorted(m.room for m in report.matched) == sorted(SAMPLE_ROOMS)
    assert [(u.page.file, u.page.page) for u in report.unmatched] == [(str(pdf), 7)]
    assert report.foreign == ()
    (dup,) = report.duplicates
    assert dup.room == "201" and not dup.already_on_file
    assert (
        [r.file for r in dup.repeats] == [str(again)] and dup.kept is not None and dup.kept.file != str(again)
    )
    assert not report.clean
    by_room = {m.room: m for m in report.matched}
    assert by_room["301"].owners == ("陈明", "赵丽")  # the co-owners, as on the form
    assert by_room["101"].page.label in {f"copier.pdf p.{n}" for n in range(1, 7)} | {
        p.name + " p.1" for p in [*jpegs, *pngs]
    }

    # each page kept in the store under its SHA-256, linked to its flat
    with sf() as s:
        rows = s.execute(
            select(Flat.room, Document.sha256, Document.kind, BallotPaper.form_serial)
            .join(BallotPaper, BallotPaper.flat_id == Flat.id)
            .join(Document, Document.id == BallotPaper.document_id)
        ).all()
        audit = s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "ballot.scan")
        )
    assert len(rows) == len(SAMPLE_ROOMS) and audit == 1
    for room, sha, kind, serial in rows:
        assert kind == "ballot_paper" and by_room[room].sha256 == sha
        assert file_sha256(document_path(documents, sha))[0] == sha
        assert serial == SAMPLE_ROOMS.index(room) + 1  # printed in floor/room order
    # a page standing upright is kept exactly as the copier wrote it: a PNG file as it is, a
    # scanned PDF's page as the very JPEG inside the PDF
    png_room = next(m for m in report.matched if m.page.file == str(pngs[0]))
    assert png_room.sha256 == file_sha256(pngs[0])[0]
    upright_in_pdf = [m for m in report.matched if m.page.file == str(pdf) and order[m.page.page - 1] != 4]
    assert len(upright_in_pdf) >= 5
    for m in upright_in_pdf:
        kept = document_path(documents, m.sha256).read_bytes()
        assert kept[:2] == b"\xff\xd8" and kept in pdf.read_bytes()

    assert pending_papers(sf, actor, case_no) == []
    with sf() as s:
        flat_ids = frozenset(s.scalars(select(Flat.id)))
        ballots = s.scalar(select(func.count()).select_from(Ballot).where(Ballot.is_current.is_(True)))
    assert flats_with_paper(sf, actor, case_no) == flat_ids
    backing = paper_backing(sf, actor, case_no)
    assert (backing.backed, backing.typed_without_paper, backing.flats_with_paper) == (ballots, 0, 12)

    # the page laid upside down is kept upright: its code reads as-is at the bottom right
    upside = by_room[SAMPLE_ROOMS[4]]
    view = ballot_paper(sf, actor, case_no, upside.flat_id, documents)
    assert view is not None and view.sha256 == upside.sha256 and view.image_path.is_file()
    assert view.scanned_by and view.source.label == upside.page.label  # the name, not where it was
    from PIL import Image

    from casedesk.core.scan.qr import read_page_code

    with Image.open(view.image_path) as stored:
        corner = stored.crop((stored.width // 2, stored.height * 3 // 4, stored.width, stored.height))
        found = read_page_code(corner)
    assert found is not None and found.code is not None and found.turn == 0 and found.code.room == upside.room


def test_scanning_the_same_papers_again_stores_nothing_new(session_factory, actor, tmp_path: Path) -> None:
    sf = session_factory
    case_no = sample_case(sf, actor)
    pages = printed_pages(sf, actor, case_no, tmp_path)
    first = save_pdf(tmp_path / "first.pdf", [as_scanned(p) for p in pages[:3]])
    scan_ballots(sf, actor, case_no, [first], tmp_path / "docs")
    before = counts(sf)

    report = scan_ballots(sf, actor, case_no, [first], tmp_path / "docs")

    assert report.matched == () and counts(sf) == before
    assert sorted(d.room for d in report.duplicates) == ["101", "102", "201"]
    assert all(d.already_on_file and d.kept is None for d in report.duplicates)
    assert [p.room for p in pending_papers(sf, actor, case_no)] == list(SAMPLE_ROOMS[3:])
    assert ballot_paper(sf, actor, case_no, pending_papers(sf, actor, case_no)[0].flat_id) is None


def test_another_cases_form_and_an_outdated_one_are_refused(session_factory, actor, tmp_path: Path) -> None:
    sf = session_factory
    ours = sample_case(sf, actor, building="3")
    theirs = sample_case(sf, actor, building="5")
    their_page = as_scanned(printed_pages(sf, actor, theirs, tmp_path)[0])
    old_page = as_scanned(printed_pages(sf, actor, ours, tmp_path)[1])
    # the roster changes after printing: 102's area is corrected
    changed = tmp_path / "roster.csv"
    text = (SAMPLES / "roster-sample.csv").read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[2].startswith("102,1,78.36")
    lines[2] = lines[2].replace("78.36", "78.63", 1)
    changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_roster(sf, actor, ours, changed, today=TODAY).flats_updated == 1
    new_page = as_scanned(printed_pages(sf, actor, ours, tmp_path)[2])

    report = scan_ballots(
        sf,
        actor,
        ours,
        [save_pdf(tmp_path / "mixed.pdf", [their_page, old_page, new_page])],
        tmp_path / "docs",
    )

    assert [m.room for m in report.matched] == ["201"]
    other, outdated = report.foreign
    assert (other.page.page, other.case_no, other.room) == (1, theirs, "101")
    assert theirs in other.why
    assert (outdated.page.page, outdated.case_no, outdated.room) == (2, ours, "102")
    assert outdated.roster_version < report_version(sf, ours) and "名册" in outdated.why
    assert counts(sf)[0] == 1


def report_version(sf, case_no: str) -> int:
    from casedesk.core.db.models import Case

    with sf() as s:
        return s.scalar(select(Case.roster_version).where(Case.case_no == case_no))


def test_cancel_leaves_the_database_and_the_store_unchanged(session_factory, actor, tmp_path: Path) -> None:
    sf = session_factory
    case_no = sample_case(sf, actor)
    pages = printed_pages(sf, actor, case_no, tmp_path)
    pdf = save_pdf(tmp_path / "stack.pdf", [as_scanned(p) for p in pages[:5]])
    done: list[int] = []
    documents = tmp_path / "docs"
    before = counts(sf)

    with pytest.raises(ScanCancelled):
        scan_ballots(
            sf,
            actor,
            case_no,
            [pdf],
            documents,
            progress=lambda d, t: done.append(d),
            cancelled=lambda: len(done) > 3,
        )

    assert max(done) == 3  # it stopped between pages, not after reading them all
    assert counts(sf) == before
    assert not documents.exists() or not any(documents.rglob("*"))
    assert len(pending_papers(sf, actor, case_no)) == 12


def test_pending_list_masks_phones_and_scanning_needs_a_clerk(session_factory, actor, tmp_path: Path) -> None:
    sf = session_factory
    case_no = sample_case(sf, actor)
    first = pending_papers(sf, actor, case_no)[0]
    assert (first.room, first.owners, first.phones) == ("101", ("王建国",), ("139****0001",))
    full = pending_papers(sf, actor, case_no, reveal=True)[0]
    assert full.phones == ("13905310001",)
    mediator = Actor(None, "m", Role.MEDIATOR, "调解员")
    with pytest.raises(PermissionDenied):
        scan_ballots(sf, mediator, case_no, [tmp_path / "none.pdf"], tmp_path / "docs")
    with pytest.raises(PermissionDenied):
        pending_papers(sf, mediator, case_no, reveal=True)
