"""The shared page layout: CJK line breaking in table cells and long tables laid out page by page."""

from __future__ import annotations

import re
from datetime import date

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from casedesk.core.reports.fonts import REGULAR, register_fonts
from casedesk.core.reports.page import PagedRows, PageInfo, grid, styles, wrap_cjk, write_pdf
from tests.reports.test_forms import pdftotext

SIZE = 9


@pytest.fixture(autouse=True)
def fonts() -> None:
    register_fonts()


def lines_of(text: str, width: float) -> list[str]:
    return wrap_cjk(text, REGULAR, SIZE, width).split("\n")


def test_short_text_is_left_alone() -> None:
    assert wrap_cjk("同意", REGULAR, SIZE, 100) == "同意"


def test_every_line_fits_and_nothing_is_lost() -> None:
    text = "业主王某某认为加装电梯影响一楼采光和通风，要求补偿；二楼以上业主表示愿意协商。" * 3
    width = stringWidth("业主王某某认为加装", REGULAR, SIZE) + 1
    lines = lines_of(text, width)
    assert len(lines) > 5
    assert "".join(lines) == text
    assert all(stringWidth(line, REGULAR, SIZE) <= width for line in lines)


def test_punctuation_never_starts_a_line_and_an_opening_bracket_never_ends_one() -> None:
    # Widths chosen so a plain greedy break would put "，" or "）" first, or "（" last, on a line.
    texts = ["一二三四，五六七八九十", "一二三四五（六七）八九十", "一二三（四五六七八九十"]
    for text in texts:
        for chars in range(2, 8):
            width = stringWidth("一" * chars, REGULAR, SIZE) + 0.5
            lines = lines_of(text, width)
            assert "".join(lines) == text
            assert not any(line[:1] in "，）" for line in lines[1:]), (text, chars, lines)
            assert not any(line[-1:] == "（" for line in lines[:-1]), (text, chars, lines)


def test_latin_runs_stay_whole_unless_longer_than_the_column() -> None:
    width = stringWidth("JN-2026-0001", REGULAR, SIZE) + 1
    lines = lines_of("案件 JN-2026-0001 已受理", width)
    assert "JN-2026-0001" in lines
    narrow = stringWidth("JN-20", REGULAR, SIZE) + 1
    broken = lines_of("JN-2026-0001", narrow)
    assert len(broken) > 1 and "".join(broken) == "JN-2026-0001"
    assert all(stringWidth(line, REGULAR, SIZE) <= narrow for line in broken)


def test_grid_pages_long_tables_and_keeps_short_ones_as_one_table() -> None:
    widths = [30 * mm, 60 * mm]
    short = grid([["编号", "地址"], ["1", "甲"]], widths)
    long = grid([["编号", "地址"], *[[str(i), "甲"] for i in range(100)]], widths)
    assert not isinstance(short, PagedRows)
    assert isinstance(long, PagedRows)


def test_a_long_table_spans_pages_with_its_header_on_each_and_every_row_once(tmp_path) -> None:
    rows = [["序号", "案件编号", "地址"]]
    for i in range(1, 401):
        # every seventh address wraps onto a second line, so rows differ in height
        address = f"历下区某某小区{i}号楼" + ("二单元东侧加装电梯项目" * 2 if i % 7 == 0 else "")
        rows.append([f"R{i:04d}", f"JN-{i:04d}", address])
    story = [grid(rows, [25 * mm, 35 * mm, 60 * mm], st=styles())]
    pdf = write_pdf(tmp_path / "long.pdf", PageInfo("测试街道", "测试", "", date(2026, 11, 25)), story)
    pages = pdftotext(pdf).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 5
    assert all("案件编号" in page for page in pages)  # the header row repeats
    numbers = re.findall(r"R(\d{4})", "\n".join(pages))
    assert numbers == [f"{i:04d}" for i in range(1, 401)]  # each row once, in order
