"""Building what the office copier produces, from ballots CaseDesk printed: tilted, blurred,
greyscale, JPEG-compressed pages, in multi-page PDFs and single image files. Shared by the scan
service, command line and desktop tests."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pypdfium2
from PIL import Image, ImageFilter

from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.forms import print_form
from casedesk.core.services.roster_import import import_roster
from tests.shared_paths import SAMPLES

TODAY = date(2026, 3, 20)
SAMPLE_ROOMS = ("101", "102", "201", "202", "301", "302", "401", "402", "501", "502", "601", "602")


def sample_case(sf, actor: Actor, building: str = "3") -> str:
    """A case with the sample roster (12 flats), as an office would have it before printing."""
    case_no = create_case(
        sf,
        actor,
        NewCase(
            "历下区", "文东街道", "青龙街社区", "山大北路小区", building, "2", 6, opened_on=date(2026, 1, 10)
        ),
    )
    report = import_roster(sf, actor, case_no, SAMPLES / "roster-sample.csv", today=TODAY)
    assert report.ok, report.errors
    return case_no


def printed_pages(sf, actor: Actor, case_no: str, folder: Path, dpi: int = 200) -> list[Image.Image]:
    """The case's 业主意见征询表 as printed, one greyscale image per page."""
    pdf_path = print_form(sf, actor, "ballot", case_no, folder / f"{case_no}-ballots.pdf", today=TODAY)
    pdf = pypdfium2.PdfDocument(pdf_path)
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def as_scanned(page: Image.Image, *, tilt: float = 1.5, blur: float = 1.2, turn: int = 0) -> Image.Image:
    """The page after the copier: laid on the glass turned by *turn* degrees and tilted by *tilt*,
    slightly out of focus, greyscale."""
    out = page.rotate(turn, expand=True) if turn else page
    out = out.rotate(tilt, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    return out.filter(ImageFilter.GaussianBlur(blur)).convert("L")


def blank_page(like: Image.Image) -> Image.Image:
    """An empty sheet fed through the copier: paper grey, a little noise, no code."""
    rng = random.Random(7)
    img = Image.new("L", like.size, 246)
    for _ in range(400):
        img.putpixel((rng.randrange(like.width), rng.randrange(like.height)), rng.randrange(120, 240))
    return img


def save_pdf(path: Path, pages: list[Image.Image], quality: int = 60) -> Path:
    """Pages as one multi-page PDF, each a JPEG-compressed image, as a copier writes them."""
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=200, quality=quality)
    return path


def save_jpeg(path: Path, page: Image.Image, quality: int = 60) -> Path:
    page.save(path, "JPEG", quality=quality)
    return path
