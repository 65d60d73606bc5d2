"""未交回意见征询表清单: the flats whose signed ballot is not on file, for the community's
door-to-door round (room, owners, phone as the printing role may see it)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from casedesk.core.reports.forms import CaseHeader
from casedesk.core.reports.page import PageInfo, grid, styles, write_pdf

TITLE = "未交回意见征询表清单"


class PendingRow(Protocol):
    """What the list prints of a flat (services.scans.PendingPaper)."""

    @property
    def room(self) -> str: ...
    @property
    def floor(self) -> int: ...
    @property
    def owners(self) -> tuple[str, ...]: ...
    @property
    def phones(self) -> tuple[str, ...]: ...


def pending_list(path: Path, header: CaseHeader, rows: Sequence[PendingRow], printed_on: date) -> Path:
    st = styles()
    story: list = [
        Paragraph(TITLE, st["title"]),
        Paragraph(f"地址：{header.address}", st["base"]),
        Paragraph(
            f"截至 {printed_on.isoformat()}，以下 {len(rows)} 户的签字意见征询表尚未交回存档，请入户收取。",
            st["base"],
        ),
        Spacer(1, 3 * mm),
    ]
    if rows:
        table = [["房号", "楼层", "业主（共有人）", "联系电话", "收取情况（入户时填写）"]]
        table += [
            [r.room, str(r.floor), "、".join(r.owners) or "（未登记）", "\n".join(r.phones), ""] for r in rows
        ]
        story.append(grid(table, [18 * mm, 14 * mm, 52 * mm, 38 * mm, 52 * mm], st=st))
    else:
        story.append(Paragraph("各户签字意见征询表均已存档。", st["base"]))
    return write_pdf(
        path, PageInfo(header.office, TITLE, header.case_no, printed_on, header.seal_text), story
    )
