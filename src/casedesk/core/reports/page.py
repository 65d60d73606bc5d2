"""The page every form shares: A4, office name, title, case number, date, "第 x 页 共 y 页",
an optional seal box; and the atomic write (temporary file, then replace)."""

from __future__ import annotations

import functools
import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import accumulate
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

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
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=12,
            leading=18,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=1,  # a heading never stays alone at the foot of a page
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
        width, height = self._pagesize  # A4, or A4 on its side for a wide list
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


def write_pdf(
    path: Path, info: PageInfo, story: list[Flowable], *, pagesize: tuple[float, float] = A4
) -> Path:
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
            pagesize=pagesize,
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
_V_PADDING = 3  # grid()'s top and bottom cell padding
GRID_COLOUR = colors.HexColor("#555555")
HEADER_SHADE = colors.HexColor("#EEEEEE")

# Characters a line must not start with, and must not end with (避头尾 in Chinese typesetting).
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕…,.;:?!)%")
_NO_LINE_END = frozenset("（《「『【〔(")
# A run of Latin letters and digits (a date, a case number, "3号楼" 's "3", a masked ID such as
# 370102********1234) stays on one line.
_TOKEN = re.compile(r"[A-Za-z0-9\-./:*]+|.", re.DOTALL)


@functools.cache
def _wider_than_an_em(font: str) -> frozenset[str] | None:
    """The few characters of *font* wider than 1 em (a three-em dash, №), or None when its glyphs'
    widths are unknown or missing glyphs would be wider."""
    face = getattr(getFont(font), "face", None)
    widths = getattr(face, "charWidths", None)
    if widths is None or getattr(face, "defaultWidth", 1001) > 1000:
        return None
    return frozenset(chr(code) for code, w in widths.items() if w > 1000)


def _fits_by_count(text: str, font: str, size: float, width: float) -> bool:
    """True when *text* certainly fits *width* without measuring it: n characters none of which is
    wider than 1 em are at most n em wide (a month's table has 20,000 such short cells)."""
    if len(text) * size > width:
        return False
    wide = _wider_than_an_em(font)
    return wide is not None and wide.isdisjoint(text)


def wrap_cjk(text: str, font: str, size: float, width: float) -> str:
    """*text* with line breaks so that no line is wider than *width* points.

    Chinese may break between any two characters; Latin runs break only where they must. This is
    what ReportLab's CJK Paragraph does for a table cell, at a fraction of its cost: a table cell
    of plain text is measured by counting lines, a Paragraph by laying it out (the city's monthly
    report spent most of its time there)."""
    if "\n" not in text and (
        _fits_by_count(text, font, size, width) or stringWidth(text, font, size) <= width
    ):
        return text  # most cells: counted, or measured once
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for token in _TOKEN.findall(paragraph):
            w = stringWidth(token, font, size)
            if line and used + w > width:
                if token in _NO_LINE_START and len(line) > 1:
                    carried = line.pop()  # take the last character down with the punctuation
                    lines.append("".join(line))
                    line, used = [carried], stringWidth(carried, font, size)
                elif line[-1] in _NO_LINE_END and len(line) > 1:
                    opening = line.pop()  # an opening bracket goes down with what it opens
                    lines.append("".join(line))
                    line, used = [opening], stringWidth(opening, font, size)
                else:
                    lines.append("".join(line))
                    line, used = [], 0.0
            if w > width and len(token) > 1:  # a Latin run longer than the column: break it anywhere
                for ch in token:
                    cw = stringWidth(ch, font, size)
                    if line and used + cw > width:
                        lines.append("".join(line))
                        line, used = [], 0.0
                    line.append(ch)
                    used += cw
                continue
            line.append(token)
            used += w
        lines.append("".join(line))
    return "\n".join(lines)


def grid(
    rows: list[list[Any]], widths: list[float], *, header: bool = True, st: dict | None = None
) -> Flowable:
    """A bordered table whose text cells wrap (CJK); the header row repeats on every page.

    Text cells are wrapped here (wrap_cjk) and stay plain strings in the table's font, so
    ReportLab sizes a row by counting lines; other flowables (a Paragraph with markup) pass
    through unchanged."""
    st = st or styles()
    cell, bold = st["cell"], st["cell_bold"]
    body = []
    for i, row in enumerate(rows):
        style = bold if header and i == 0 else cell
        body.append(
            [
                wrap_cjk(c, style.fontName, style.fontSize, widths[col] - 2 * CELL_PADDING)
                if isinstance(c, str)
                else c
                for col, c in enumerate(row)
            ]
        )
    if header and len(body) > PAGED_ROWS and all(isinstance(c, str) for row in body for c in row):
        # Plain-text rows are as tall as their most wrapped cell, so the rows that fit a page are
        # known without ReportLab measuring (and, at every page break, re-measuring) them all.
        heights = [max(c.count("\n") + 1 for c in row) * cell.leading + 2 * _V_PADDING for row in body]
        look = _RowsLook(bold.fontName, cell.fontName, cell.fontSize, cell.leading)
        return PagedRows(body, heights, widths, look)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells would otherwise be Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), _V_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _V_PADDING),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE))
        commands.append(("FONTNAME", (0, 0), (-1, 0), BOLD))
    style = TableStyle(commands)
    table = Table(body, colWidths=widths, repeatRows=1 if header else 0)
    table.setStyle(style)
    return table


# Longer tables than this are laid out page by page (PagedRows); shorter ones are one Table.
PAGED_ROWS = 60


@dataclass(frozen=True)
class _RowsLook:
    """What grid() gives a long table: the header's font, the body's, size and leading; the
    grid, padding and header shading are grid()'s too (GRID_COLOUR, HEADER_SHADE, CELL_PADDING)."""

    header_font: str
    body_font: str
    size: float
    leading: float


class PagedRows(Flowable):
    """A long table with a header row, laid out one page at a time and drawn directly.

    ReportLab splits a long Table by rebuilding a Table of all remaining rows at each page
    break, which made the city's 2,000-row appendix quadratic; this flowable cuts off the rows
    that fit. Each page's rows are then drawn as one PDF text object and one set of grid lines,
    where a Table draws every cell as its own text object (most of the city report's time);
    the page looks the same as grid()'s Table: same padding, middle alignment, grid and shade."""

    def __init__(self, rows: list[list[str]], heights: list[float], widths: list[float], look: _RowsLook):
        super().__init__()
        self.rows, self.heights, self.widths, self.look = rows, heights, widths, look
        self.width = sum(widths)
        self.height = sum(heights)
        self.hAlign = "CENTER"  # placed like a Table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - self.heights[0]
        count = 0
        for h in self.heights[1:]:
            if h > room:
                break
            room -= h
            count += 1
        if count == 0:
            return []  # not even one row fits: the frame moves on to the next page
        header, head_height = self.rows[0], self.heights[0]
        return [
            PagedRows(self.rows[: count + 1], self.heights[: count + 1], self.widths, self.look),
            PagedRows(
                [header, *self.rows[count + 1 :]],
                [head_height, *self.heights[count + 1 :]],
                self.widths,
                self.look,
            ),
        ]

    def draw(self) -> None:
        canvas, look = self.canv, self.look
        lefts = [CELL_PADDING + x for x in accumulate(self.widths[:-1], initial=0.0)]
        canvas.setFillColor(HEADER_SHADE)
        canvas.rect(0, self.height - self.heights[0], self.width, self.heights[0], stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        top = self.height
        for i, (row, height) in enumerate(zip(self.rows, self.heights, strict=True)):
            text.setFont(look.header_font if i == 0 else look.body_font, look.size, look.leading)
            bottom = top - height
            for left, value in zip(lefts, row, strict=True):
                if not value:
                    continue
                lines = value.split("\n")
                # Table's MIDDLE alignment for plain strings, as in its _drawCell; textLine then
                # steps down by the leading (T*) and, unlike textOut, measures nothing
                y = bottom + (_V_PADDING + height - _V_PADDING + len(lines) * look.leading) / 2 - look.size
                text.setTextOrigin(left, y)
                for line in lines:
                    text.textLine(line)
            top = bottom
        canvas.drawText(text)
        canvas.setStrokeColor(GRID_COLOUR)
        canvas.setLineWidth(0.5)
        edges = list(accumulate(self.widths, initial=0.0))
        rules = [self.height - y for y in accumulate(self.heights, initial=0.0)]
        canvas.lines([(0, y, self.width, y) for y in rules] + [(x, 0, x, self.height) for x in edges])


def signature_block(labels: list[str], st: dict, seal_text: str = "", *, seal_line: bool = False) -> Table:
    """Signature and date lines, with an optional seal box (盖章处) for the office.

    The block never splits across pages (NOSPLIT); with *seal_line* a "（盖章）" line is printed
    even when no seal text is configured, for the office to stamp by hand."""
    rows = [
        [
            Paragraph(f"{label}：", st["base"]),
            Paragraph("________________", st["base"]),
            Paragraph("日期：", st["base"]),
            Paragraph("______年____月____日", st["base"]),
        ]
        for label in labels
    ]
    if seal_text or seal_line:
        rows.append([Paragraph("（盖章）", st["base"]), Paragraph(seal_text, st["base"]), "", ""])
    table = Table(rows, colWidths=[58 * mm, 44 * mm, 16 * mm, 52 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("NOSPLIT", (0, 0), (-1, -1)),
            ]
        )
    )
    return table


def closing(*flowables: Flowable) -> Flowable:
    """The last lines of a form (a declaration and its signatures) kept on one page, so a
    signature block is never stranded on a page of its own without what it signs."""
    return KeepTogether(list(flowables))


Builder = Callable[[dict[str, ParagraphStyle]], list[Flowable]]
