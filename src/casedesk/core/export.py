"""Export the database to an Excel workbook: one sheet per kind of record, Chinese headers.

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
from casedesk.core.i18n import N_
from casedesk.core.privacy import mask_id, mask_phone
from casedesk.core.services.actor import Actor

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
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".casedesk-", suffix=".xlsx")
    os.close(fd)
    try:
        workbook.save(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
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
