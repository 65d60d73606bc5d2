"""The case list on paper: landscape A4, the filter and the date in the title, one row per case.

The rows come from core/export.py (`list_row`), the same words the Excel export writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from casedesk.core.i18n import N_
from casedesk.core.reports.page import PageInfo, grid, styles, write_pdf

# The printed columns: (index in export.list_row, header, width). 区 and 表决规则 are left off
# paper (one office's list is one district; the rule's long name would crowd the address).
_COLUMNS: tuple[tuple[int, str, float], ...] = (
    (0, N_("案件编号"), 38 * mm),  # "CQ-WFS-2019-0001" is 30 mm at 9.5 pt, plus padding
    (2, N_("街道"), 24 * mm),
    (3, N_("社区"), 26 * mm),
    (4, N_("地址"), 48 * mm),
    (5, N_("层数"), 11 * mm),
    (6, N_("户数"), 11 * mm),
    (7, N_("阶段"), 27 * mm),
    (9, N_("受理日期"), 22 * mm),
    (11, N_("阶段期限"), 22 * mm),
    (12, N_("超期天数"), 18 * mm),
)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def case_list_pdf(out: Path, office: str, description: str, today: date, rows: list[list[Any]]) -> Path:
    st = styles()
    title = N_("案件列表")
    story = [
        Paragraph(title, st["title"]),
        Paragraph(
            N_("筛选：{f}　　共 {n} 件　　打印日期：{d}").format(
                f=description, n=len(rows), d=today.isoformat()
            ),
            st["base"],
        ),
        Paragraph("", st["small"]),
    ]
    table = [[header for _i, header, _w in _COLUMNS]]
    table += [[_text(row[i]) for i, _h, _w in _COLUMNS] for row in rows]
    story.append(grid(table, [w for _i, _h, w in _COLUMNS], st=st))
    info = PageInfo(office=office, title=f"{title}（{description}）", case_no="", printed_on=today)
    return write_pdf(out, info, story, pagesize=landscape(A4))
