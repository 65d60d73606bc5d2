"""Export the database to an Excel workbook: one sheet per kind of record, Chinese headers; and
the case list as filtered on screen, to Excel or to a printed PDF.

ID and phone numbers are masked. Cells that start with = + - @ are prefixed with an apostrophe
so a spreadsheet never runs them as formulas (CSV/formula injection).
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import select

from casedesk.core.audit import record_audit
from casedesk.core.consent.rules import RULE_SETS
from casedesk.core.db.engine import SessionFactory
from casedesk.core.db.models import (
    Ballot,
    Building,
    Case,
    Community,
    Compound,
    Dispute,
    District,
    Flat,
    Ownership,
    Person,
    Street,
    Subsidy,
)
from casedesk.core.domain.enums import AreaSource, DisputeStatus, SideState, Stage, Vote
from casedesk.core.domain.units import format_area, format_yuan
from casedesk.core.domain.views import CaseFilter, CaseSummary
from casedesk.core.i18n import N_
from casedesk.core.privacy import mask_id, mask_phone
from casedesk.core.services.actor import Actor
from casedesk.core.services.cases import list_cases

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_xlsx(sf: SessionFactory, actor: Actor, out: Path) -> dict[str, int]:
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    counts: dict[str, int] = {}
    visible = [Case.community_id.in_(sorted(actor.community_ids))] if actor.community_ids is not None else []
    with sf() as s:

        def sheet(title: str, headers: list[str], widths: list[int], rows) -> None:
            ws = workbook.create_sheet(title)
            for i, width in enumerate(widths):
                ws.column_dimensions[chr(ord("A") + i)].width = width
            header_cells = []
            for h in headers:
                cell = WriteOnlyCell(ws, value=h)
                cell.font = bold
                header_cells.append(cell)
            ws.append(header_cells)
            n = 0
            for row in rows:
                ws.append([safe_cell(v) for v in row])
                n += 1
            counts[title] = n

        sheet(
            N_("案件"),
            [
                "案件编号",
                "区",
                "街道",
                "社区",
                "小区",
                "楼号",
                "单元",
                "层数",
                "阶段",
                "状态",
                "受理日期",
                "阶段期限",
                "开工日期",
                "验收日期",
            ],
            [20, 8, 12, 14, 18, 6, 6, 6, 10, 8, 12, 12, 12, 12],
            (
                [
                    c.case_no,
                    d,
                    st,
                    cm,
                    cp,
                    b,
                    c.unit_label,
                    c.floors,
                    Stage(c.stage).label,
                    SideState(c.side_state).label,
                    c.opened_on,
                    c.stage_due_on,
                    c.started_on,
                    c.accepted_on,
                ]
                for c, d, st, cm, cp, b in s.execute(
                    select(Case, District.name, Street.name, Community.name, Compound.name, Building.number)
                    .join(Building, Building.id == Case.building_id)
                    .join(Compound, Compound.id == Building.compound_id)
                    .join(Community, Community.id == Case.community_id)
                    .join(Street, Street.id == Community.street_id)
                    .join(District, District.id == Street.district_id)
                    .where(*visible)
                    .order_by(Case.case_no)
                )
            ),
        )
        sheet(
            N_("房屋与业主"),
            ["案件编号", "房号", "楼层", "专有部分面积(㎡)", "面积来源", "业主", "证件号码", "电话"],
            [20, 8, 6, 16, 14, 14, 22, 14],
            (
                [
                    no,
                    f.room,
                    f.floor,
                    format_area(f.area_centi),
                    AreaSource(f.area_source).label,
                    p.name,
                    mask_id(p.id_number),
                    mask_phone(p.phone),
                ]
                for no, f, p in s.execute(
                    select(Case.case_no, Flat, Person)
                    .join(Flat, Flat.case_id == Case.id)
                    .join(Ownership, Ownership.flat_id == Flat.id)
                    .join(Person, Person.id == Ownership.person_id)
                    .where(Ownership.valid_to.is_(None), *visible)
                    .order_by(Case.case_no, Flat.floor, Flat.room)
                )
            ),
        )
        sheet(
            N_("表决"),
            ["案件编号", "房号", "业主", "意见", "签署日期", "来源", "理由"],
            [20, 8, 14, 8, 12, 12, 40],
            (
                [no, room, name, Vote(b.vote).label, b.signed_on, b.source, b.reason]
                for no, room, name, b in s.execute(
                    select(Case.case_no, Flat.room, Person.name, Ballot)
                    .join(Ballot, Ballot.case_id == Case.id)
                    .join(Flat, Flat.id == Ballot.flat_id)
                    .join(Person, Person.id == Ballot.person_id)
                    .where(Ballot.is_current.is_(True), *visible)
                    .order_by(Case.case_no, Flat.room)
                )
            ),
        )
        sheet(
            N_("纠纷"),
            ["纠纷编号", "案件编号", "标题", "状态", "阻断", "登记日期", "调解期限", "办结日期"],
            [18, 20, 36, 10, 6, 12, 12, 12],
            (
                [
                    d.dispute_no,
                    no,
                    d.title,
                    DisputeStatus(d.status).label,
                    "是" if d.blocking else "否",
                    d.opened_on,
                    d.due_on,
                    d.closed_on,
                ]
                for d, no in s.execute(
                    select(Dispute, Case.case_no)
                    .join(Case, Case.id == Dispute.case_id)
                    .where(*visible)
                    .order_by(Dispute.dispute_no)
                )
            ),
        )
        sheet(
            N_("补贴"),
            ["案件编号", "政策", "可得金额(元)", "状态", "拨付金额(元)", "拨付日期", "凭证号"],
            [20, 20, 14, 10, 14, 12, 18],
            (
                [
                    no,
                    x.policy_code,
                    format_yuan(x.eligible_fen),
                    x.status,
                    format_yuan(x.paid_fen) if x.paid_fen is not None else None,
                    x.paid_on,
                    x.voucher_no,
                ]
                for x, no in s.execute(
                    select(Subsidy, Case.case_no)
                    .join(Case, Case.id == Subsidy.case_id)
                    .where(*visible)
                    .order_by(Case.case_no)
                )
            ),
        )
    _save_workbook(workbook, out)
    with sf.begin() as s:
        record_audit(
            s,
            actor,
            "export.xlsx",
            "database",
            None,
            summary=N_("导出 Excel：{f}").format(f=out.name),
            changes={"file": str(out), "rows": counts, "on": date.today()},
        )
    return counts


# --- the case list as the clerk sees it ----------------------------------------------------------

LIST_HEADERS = (
    N_("案件编号"),
    N_("区"),
    N_("街道"),
    N_("社区"),
    N_("地址"),
    N_("层数"),
    N_("户数"),
    N_("阶段"),
    N_("表决规则"),
    N_("受理日期"),
    N_("进入本阶段"),
    N_("阶段期限"),
    N_("超期天数"),
)
_LIST_BATCH = 1000


def filter_words(case_filter: CaseFilter) -> str:
    """The filter in words, for the title of a printed or exported list ("全部案件" when none)."""
    f = case_filter
    parts: list[str] = []
    if f.stages:
        parts.append(N_("阶段：{s}").format(s="、".join(s.label for s in f.stages)))
    if f.side_states:
        parts.append(N_("状态：{s}").format(s="、".join(s.label for s in f.side_states)))
    for value, label in ((f.district, N_("区")), (f.street, N_("街道")), (f.community, N_("社区"))):
        if value:
            parts.append(f"{label}：{value}")
    if f.rule_set:
        rule = RULE_SETS.get(f.rule_set)
        parts.append(N_("表决规则：{r}").format(r=rule.name if rule else f.rule_set))
    if f.overdue_on is not None:
        parts.append(N_("逾期"))
    if f.due_between is not None:
        parts.append(N_("期限在 {a} 至 {b}").format(a=f.due_between[0], b=f.due_between[1]))
    if f.blocked:
        parts.append(N_("受阻"))
    if f.needs_verification:
        parts.append(N_("表决需核实"))
    for bounds, label in (
        (f.started_between, N_("开工")),
        (f.accepted_between, N_("竣工验收")),
        (f.subsidy_paid_between, N_("补贴拨付")),
    ):
        if bounds is not None:
            first, last = bounds
            when = N_("{a} 至 {b}").format(a=first, b=last) if first else N_("{b} 以前").format(b=last)
            parts.append(f"{label}：{when}")
    if f.text:
        parts.append(N_("搜索“{t}”").format(t=f.text))
    return "；".join(parts) or N_("全部案件")


def filtered_cases(
    sf: SessionFactory,
    actor: Actor,
    case_filter: CaseFilter,
    *,
    sort: str = "case_no",
    descending: bool = False,
) -> list[CaseSummary]:
    """Every case the list shows with *case_filter*, in the list's order (all pages)."""
    rows: list[CaseSummary] = []
    while True:
        page = list_cases(
            sf, actor, case_filter, sort=sort, descending=descending, offset=len(rows), limit=_LIST_BATCH
        )
        rows.extend(page.rows)
        if not page.rows or len(rows) >= page.total:
            return rows


def list_row(case: CaseSummary, today: date) -> list[Any]:
    """One case as the exported and printed list gives it: words and dates, no internal codes."""
    rule = RULE_SETS.get(case.rule_set) if case.rule_set else None
    overdue = (today - case.stage_due_on).days if case.is_overdue(today) and case.stage_due_on else None
    return [
        case.case_no,
        case.district,
        case.street,
        case.community,
        case.address,
        case.floors,
        case.flat_count,
        case.stage_text,
        rule.name if rule else "",
        case.opened_on,
        case.stage_entered_on,
        case.stage_due_on,
        overdue,
    ]


def _display_width(value: Any) -> int:
    """Columns of a spreadsheet cell the value needs: a CJK character takes two."""
    text = value.isoformat() if isinstance(value, date) else "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def export_case_list(
    sf: SessionFactory,
    actor: Actor,
    case_filter: CaseFilter,
    out: Path,
    *,
    today: date,
    sort: str = "case_no",
    descending: bool = False,
) -> int:
    """Write the cases of *case_filter* (the list's filter) to an .xlsx: one sheet, Chinese
    headers, the header row frozen, columns as wide as their contents. Only case data: no owner,
    no 证件号码. Returns the number of cases written."""
    from openpyxl.utils import get_column_letter

    cases = filtered_cases(sf, actor, case_filter, sort=sort, descending=descending)
    description = filter_words(case_filter)
    workbook = Workbook()
    ws = workbook.active
    ws.title = N_("案件列表")
    workbook.properties.title = N_("案件列表")
    workbook.properties.subject = N_("{f}（{d} 导出）").format(f=description, d=today.isoformat())
    workbook.properties.creator = "CaseDesk"
    bold = Font(bold=True)
    ws.append(list(LIST_HEADERS))
    for cell in ws[1]:
        cell.font = bold
    widths = [_display_width(h) for h in LIST_HEADERS]
    date_columns = {
        i for i, h in enumerate(LIST_HEADERS) if h in (N_("受理日期"), N_("进入本阶段"), N_("阶段期限"))
    }
    for case in cases:
        values = [safe_cell(v) for v in list_row(case, today)]
        ws.append(values)
        widths = [max(w, _display_width(v)) for w, v in zip(widths, values, strict=True)]
    for i, width in enumerate(widths):
        letter = get_column_letter(i + 1)
        ws.column_dimensions[letter].width = min(max(width, 6) + 2, 60)
        if i in date_columns:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i + 1, max_col=i + 1):
                cell.number_format = "yyyy-mm-dd"  # a real date, so the spreadsheet sorts it as one
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    _save_workbook(workbook, out)
    with sf.begin() as s:
        record_audit(
            s,
            actor,
            "export.xlsx",
            "case_list",
            None,
            summary=N_("导出案件列表：{f}（{d}，{n} 件）").format(f=out.name, d=description, n=len(cases)),
            changes={"file": str(out), "filter": description, "rows": len(cases), "on": today},
        )
    return len(cases)


def print_case_list(
    sf: SessionFactory,
    actor: Actor,
    case_filter: CaseFilter,
    out: Path,
    *,
    today: date,
    sort: str = "case_no",
    descending: bool = False,
    heading: str | None = None,
) -> Path:
    """A PDF of the list as filtered (landscape A4; the title says the filter and the date).
    *heading* names where the filter came from, e.g. the dashboard figure a supervisor clicked."""
    from casedesk.core.reports.case_list import case_list_pdf
    from casedesk.core.settings import load_settings

    cases = filtered_cases(sf, actor, case_filter, sort=sort, descending=descending)
    description = filter_words(case_filter)
    if heading:
        description = f"{heading}（{description}）"
    with sf() as s:
        office = load_settings(s).office_name
    path = case_list_pdf(out, office, description, today, [list_row(c, today) for c in cases])
    with sf.begin() as s:
        record_audit(
            s,
            actor,
            "report.case_list",
            "case_list",
            None,
            summary=N_("打印案件列表：{d}（{n} 件）").format(d=description, n=len(cases)),
            changes={"file": str(out), "filter": description, "rows": len(cases)},
        )
    return path


def _save_workbook(workbook: Workbook, out: Path) -> None:
    """Save beside *out*, then replace it: a failed save never leaves half a file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".casedesk-", suffix=".xlsx")
    os.close(fd)
    try:
        workbook.save(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
