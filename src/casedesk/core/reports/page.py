"""The page every form shares: A4, office name, title, case number, date, "第 x 页 共 y 页",
an optional seal box; and the atomic write (temporary file, then replace)."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from casedesk.core.reports.fonts import BOLD, REGULAR, register_fonts

MARGIN = 18 * mm


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=10.5, leading=15, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=12),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=BOLD,
            fontSize=17,
            leading=24,
            alignment=TA_CENTER,
            spaceAfter=4 * mm,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=12, leading=18, spaceBefore=3 * mm, spaceAfter=1.5 * mm
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=13),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, fontSize=9.5, leading=13),
    }


@dataclass(frozen=True)
class PageInfo:
    office: str
    title: str
    case_no: str
    printed_on: date
    seal_text: str = ""


class _NumberedCanvas(Canvas):
    """Draws the header and "第 x 页 共 y 页" after all pages are known (two passes in one)."""

    info: PageInfo

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for number, state in enumerate(self._saved, 1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        width, height = A4
        self.setFont(REGULAR, 9)
        self.setFillColor(colors.HexColor("#333333"))
        self.drawString(MARGIN, height - 11 * mm, self.info.office)
        right = f"案件编号：{self.info.case_no}" if self.info.case_no else ""
        self.drawRightString(width - MARGIN, height - 11 * mm, right)
        self.setStrokeColor(colors.HexColor("#999999"))
        self.line(MARGIN, height - 13 * mm, width - MARGIN, height - 13 * mm)
        self.drawString(MARGIN, 10 * mm, f"打印日期：{self.info.printed_on.isoformat()}")
        self.drawCentredString(width / 2, 10 * mm, f"第 {number} 页 共 {total} 页")
        self.drawRightString(width - MARGIN, 10 * mm, self.info.title)


def write_pdf(path: Path, info: PageInfo, story: list[Flowable]) -> Path:
    """Build the PDF into a temporary file beside *path*, then atomically replace *path*."""
    register_fonts()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".casedesk-", suffix=".pdf")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN,
            title=info.title,
            author=info.office,
            subject=info.case_no,
            creator="CaseDesk",
        )

        def canvas_maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
            # The default initial font is Helvetica, which is never embedded: start in ours.
            kwargs["initialFontName"] = REGULAR
            canvas = _NumberedCanvas(*args, **kwargs)
            canvas.info = info
            return canvas

        doc.build(story, canvasmaker=canvas_maker)
        _replace_with_retry(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _replace_with_retry(source: Path, target: Path, attempts: int = 5) -> None:
    """os.replace, retried briefly: on Windows a viewer or virus scanner may hold the old file
    (calibre's retry_on_fail)."""
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


CELL_PADDING = 6  # ReportLab's default left and right cell padding, in points


def grid(rows: list[list[Any]], widths: list[float], *, header: bool = True, st: dict | None = None) -> Table:
    """A bordered table whose text cells wrap (CJK); the header row repeats on every page.

    Only text too wide for its column becomes a wrapping Paragraph; text that fits stays a plain
    string in the same font and size. Paragraph line-breaking was most of a long report's time
    (the city's monthly report rendered in 2.0 s before, 0.95 s after)."""
    st = st or styles()
    cell, bold = st["cell"], st["cell_bold"]

    def fits(text: str, style: ParagraphStyle, width: float) -> bool:
        usable = width - 2 * CELL_PADDING
        return "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= usable

    body = []
    for i, row in enumerate(rows):
        style = bold if header and i == 0 else cell
        out_row: list[Any] = []
        for col, c in enumerate(row):
            if isinstance(c, str) and not fits(c, style, widths[col]):
                out_row.append(Paragraph(escape(c), style))  # escaped: an owner "A&B公司" is text
            else:
                out_row.append(c)
        body.append(out_row)
    table = Table(body, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells would otherwise be Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")))
        commands.append(("FONTNAME", (0, 0), (-1, 0), BOLD))
    table.setStyle(TableStyle(commands))
    return table


def signature_block(labels: list[str], st: dict, seal_text: str = "") -> Table:
    """Signature and date lines, with an optional seal box (盖章处) for the office."""
    rows = [
        [
            Paragraph(f"{label}：", st["base"]),
            Paragraph("________________", st["base"]),
            Paragraph("日期：", st["base"]),
            Paragraph("______年____月____日", st["base"]),
        ]
        for label in labels
    ]
    if seal_text:
        rows.append([Paragraph("（盖章）", st["base"]), Paragraph(seal_text, st["base"]), "", ""])
    table = Table(rows, colWidths=[58 * mm, 44 * mm, 16 * mm, 52 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table


Builder = Callable[[dict[str, ParagraphStyle]], list[Flowable]]
