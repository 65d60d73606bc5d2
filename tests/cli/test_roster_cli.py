"""`casedesk roster import --column` and `casedesk roster template` (issue 22)."""

from __future__ import annotations

import csv
import json

import openpyxl

from tests.cli.helpers import NEW_CASE, run
from tests.shared_paths import SAMPLES

SAMPLE = SAMPLES / "roster-sample.csv"


def new_case(capsys, db: str, building: str = "3") -> str:
    args = list(NEW_CASE)
    args[args.index("--building") + 1] = building
    code, out, _ = run(capsys, db, *args, "--json")
    assert code == 0
    return json.loads(out)["case"]


def own_headers_csv(path, owner_header: str = "权属人") -> str:
    text = SAMPLE.read_text(encoding="utf-8-sig")
    text = (
        text.replace("房号,", "门牌,", 1)
        .replace("业主姓名", owner_header, 1)
        .replace("意见理由", "房屋坐落", 1)
    )
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_unplaced_columns_are_assigned_on_the_command_line_and_remembered(tmp_path, capsys, db_url) -> None:
    db = db_url
    case = new_case(capsys, db)
    code, _out, err = run(capsys, db, "roster", "import", case, own_headers_csv(tmp_path / "a.csv"))
    assert code == 2 and "缺少必填列" in err and "房号" in err
    code, out, err = run(
        capsys, db, "roster", "import", case, own_headers_csv(tmp_path / "a.csv"), "--json",
        "--column", "门牌=room", "--column", "权属人=业主姓名", "--column", "房屋坐落=ignore",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert (data["flats_created"], data["owners_added"], data["ballots_recorded"]) == (12, 13, 11)
    assert data["column_mapping"] == {"门牌": "room", "权属人": "owner", "房屋坐落": ""}
    assert not any(w["column"] == "房屋坐落" for w in data["warnings"])
    # The office's next file, in the same layout, reads without the options.
    other = new_case(capsys, db, "4")
    code, out, err = run(capsys, db, "roster", "import", other, own_headers_csv(tmp_path / "b.csv"), "--json")
    assert code == 0, err and json.loads(out)["flats_created"] == 12


def test_a_column_assigned_to_no_field_is_refused(tmp_path, capsys, db_url) -> None:
    from casedesk.cli import main

    case = new_case(capsys, db_url)
    try:
        code = main(["--db", db_url, "roster", "import", case, str(SAMPLE), "--column", "门牌=门牌号码"])
    except SystemExit as exc:  # argparse's own exit for a bad option value
        code = exc.code
    assert code == 2
    assert "没有字段 门牌号码" in capsys.readouterr().err


def test_blank_template_is_built_against_the_mistakes_and_imports_once_filled(
    tmp_path, capsys, db_url
) -> None:
    db = db_url
    case = new_case(capsys, db)
    path = tmp_path / "名册模板.xlsx"
    code, out, err = run(capsys, db, "roster", "template", case, "-o", str(path))
    assert code == 0, err and path.exists()
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    assert "山大北路小区3号楼2单元" in ws["A1"].value and "A1:K1" in {str(r) for r in ws.merged_cells.ranges}
    headers = [c.value for c in ws[2]]
    assert headers[:6] == ["房号", "楼层", "专有部分面积", "面积来源", "业主姓名", "证件号码"]
    id_col = headers.index("证件号码") + 1
    assert all(ws.cell(row=r, column=id_col).number_format == "@" for r in (3, 50, 300))
    lists = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert '"同意,不同意,弃权"' in lists and '"是,否"' in lists
    assert wb.sheetnames[1] == "填表说明" and "文本" in " ".join(str(c.value) for c in wb.worksheets[1]["A"])

    # A clerk types the sample into it: numbers where Excel makes numbers, text in the text columns.
    for r, row in enumerate(list(csv.reader(SAMPLE.read_text(encoding="utf-8-sig").splitlines()))[1:], 3):
        for c, value in enumerate(row, 1):
            ws.cell(row=r, column=c, value=float(value) if c == 3 else int(value) if c == 2 else value)
    wb.save(path)
    code, out, err = run(capsys, db, "roster", "import", case, str(path), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["flats_created"], data["owners_added"], data["ballots_recorded"]) == (12, 13, 11)
