"""Signed paper as evidence (issue 25): scanned 业主意见征询表 matched back to their flats.

Each printed ballot carries a QR code naming the case, the flat, the roster version and the
form's serial (core/reports/forms.py); `scan_ballots` reads the office copier's output, finds
each page's code and keeps the page image in the document store (SHA-256) as the flat's ballot
paper. Pages it cannot place are listed, never guessed: no readable code (unmatched), another
case or an outdated roster (foreign), the same flat twice (duplicates).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from casedesk.core.db.engine import SessionFactory
from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.services.actor import Actor

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
        raise NotImplementedError


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
    raise NotImplementedError


def pending_papers(sf: SessionFactory, actor: Actor, case_no: str) -> list[PendingPaper]:
    """Flats of the case whose signed paper is not on file, by floor and room."""
    raise NotImplementedError


def ballot_paper(sf: SessionFactory, actor: Actor, case_no: str, flat_id: int) -> BallotPaperView | None:
    """The scanned paper of one flat (its first form page), or None when none is on file."""
    raise NotImplementedError


def flats_with_paper(sf: SessionFactory, actor: Actor, case_no: str) -> frozenset[int]:
    """Ids of the case's flats whose signed paper is on file (for marking ballot rows)."""
    raise NotImplementedError


def paper_backing(sf: SessionFactory, actor: Actor, case_no: str) -> PaperBacking:
    """Counts for the tally: current opinions backed by a scan, and typed without one."""
    raise NotImplementedError
