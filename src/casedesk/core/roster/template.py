"""A blank roster (.xlsx) built so the mistakes offices make cannot happen (issue 22): 证件号码,
联系电话 and 房号 are text cells (Excel cannot round an ID number to 15 digits), the opinion and
占用专有部分 are drop-downs, the notes are on a sheet of their own, and the case's address is the
title so a file is not imported into the wrong unit."""

from __future__ import annotations

from pathlib import Path

from casedesk.core.i18n import N_
from casedesk.core.roster.parse import LABEL

COLUMNS = (
    "room",
    "floor",
    "area",
    "area_source",
    "owner",
    "id_number",
    "phone",
    "vote",
    "signed_on",
    "occupies_exclusive",
    "reason",
)
TEXT_COLUMNS = ("room", "id_number", "phone")
WIDTHS = {"owner": 16, "id_number": 22, "phone": 15, "reason": 30, "signed_on": 12}
TEMPLATE_ROWS = 300  # rows formatted and validated in advance: more than a unit ever has

NOTES = (
    N_("填表说明"),
    N_("1. 每位业主一行；同一套房屋有多位共有人时，每人一行，房号、楼层、面积相同。"),
    N_("2. 房号只填号码，如 301；楼层填整数；专有部分面积填平方米数，最多两位小数，小数点用“.”。"),
    N_("3. 证件号码一列已设为文本格式：请直接输入 18 位身份证号或统一社会信用代码，不要改成数字格式。"),
    N_("4. 表决意见从下拉框选择：同意 / 不同意 / 弃权；未表决留空。"),
    N_("5. 签署日期写成 2026-03-02；不同意时请填写意见理由。"),
    N_("6. 占用专有部分：电梯占用该户专有部分时选“是”。"),
    N_("7. 请不要合并单元格、插入合计行或修改表头。"),
)


def write_template(path: Path, address: str) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = N_("业主名册")
    last = get_column_letter(len(COLUMNS))
    ws.append([N_("{address} 业主名册").format(address=address)])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([LABEL[name] for name in COLUMNS])
    for cell in ws[2]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A3"
    for index, name in enumerate(COLUMNS, 1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = WIDTHS.get(name, 12)
        if name in TEXT_COLUMNS:
            # The cells themselves, not only the column: Excel applies a cell's own format first.
            for row in range(3, TEMPLATE_ROWS + 3):
                ws.cell(row=row, column=index).number_format = "@"
    rows = f"3:{TEMPLATE_ROWS + 2}"

    def choose(name: str, values: str) -> None:
        letter = get_column_letter(COLUMNS.index(name) + 1)
        check = DataValidation(type="list", formula1=f'"{values}"', allow_blank=True)
        check.error = N_("请从下拉框中选择")
        check.showErrorMessage = True
        ws.add_data_validation(check)
        check.add(f"{letter}{rows.split(':')[0]}:{letter}{rows.split(':')[1]}")

    choose("vote", "同意,不同意,弃权")
    choose("occupies_exclusive", "是,否")
    choose("area_source", "不动产登记簿,测绘,合同")
    notes = wb.create_sheet(N_("填表说明"))
    for line in NOTES:
        notes.append([line])
    notes.column_dimensions["A"].width = 100
    wb.save(path)
    return path
