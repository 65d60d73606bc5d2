"""Rosters as offices really send them (issue 22): each kind of messy file, built here with
openpyxl or xlwt, imports to exactly the flats, owners, opinions and tally of the clean sample,
or is refused by row, column and reason with the case left as it was. Never misread."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from casedesk.core.db.models import Ballot, Case, Flat, Ownership, Person
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.consent import run_tally
from casedesk.core.services.roster_import import RosterRejected, import_roster
from tests.shared_paths import SAMPLES

TODAY = date(2026, 3, 20)
SAMPLE = SAMPLES / "roster-sample.csv"
HEADER, *ROWS = list(csv.reader(SAMPLE.read_text(encoding="utf-8-sig").splitlines()))
ROOM, FLOOR, AREA, SOURCE, OWNER, ID, PHONE, VOTE, SIGNED, OCCUPIES, REASON = range(11)

Rows = list[list[object]]


def new_case(sf, actor, building: str) -> str:
    return create_case(
        sf, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", building, "2", 6)
    )


def snapshot(sf, case_no: str) -> tuple[list, list, list]:
    """The case's flats, current owners and current opinions, without ids."""
    with sf() as s:
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        flats = sorted(
            (f.room, f.floor, f.area_centi, f.area_source, f.occupies_exclusive, f.developer_unsold)
            for f in s.scalars(select(Flat).where(Flat.case_id == case_id))
        )
        owners = sorted(
            (room, name, id_number, phone)
            for room, name, id_number, phone in s.execute(
                select(Flat.room, Person.name, Person.id_number, Person.phone)
                .join(Ownership, Ownership.flat_id == Flat.id)
                .join(Person, Person.id == Ownership.person_id)
                .where(Flat.case_id == case_id, Ownership.valid_to.is_(None))
            )
        )
        ballots = sorted(
            (room, name, vote, str(signed), reason or "")
            for room, name, vote, signed, reason in s.execute(
                select(Flat.room, Person.name, Ballot.vote, Ballot.signed_on, Ballot.reason)
                .join(Flat, Flat.id == Ballot.flat_id)
                .join(Person, Person.id == Ballot.person_id)
                .where(Ballot.case_id == case_id, Ballot.is_current.is_(True))
            )
        )
    return flats, owners, ballots


def tally(sf, actor, case_no: str) -> tuple[int, ...]:
    r = run_tally(sf, actor, case_no, as_of=date(2026, 3, 10)).result
    return (r.persons_total, r.persons_agree, r.area_total, r.area_agree, r.area_disagree, r.outcome.value)


def digest(sf) -> str:
    with sf() as s:
        rows = [
            repr(tuple(r))
            for m in (Flat, Person, Ownership, Ballot)
            for r in s.execute(select(*m.__table__.columns)).all()
        ]
    return hashlib.sha256("".join(sorted(rows)).encode()).hexdigest()


def excel_rows() -> Rows:
    """The sample as Excel holds it once typed: floors as integers, areas as numbers, the rest text."""
    return [[r[0], int(r[1]), float(r[2]), *r[3:]] for r in ROWS]


def save_xlsx(path: Path, header: list[object], rows: Rows, before: Rows = (), sheet=None) -> Path:  # type: ignore[assignment]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "业主名册"
    for row in [*before, header, *rows]:
        ws.append(row)
    if sheet is not None:
        sheet(wb, ws)
    wb.save(path)
    return path


# --- files that must read exactly as the clean sample ------------------------------------------


def title_rows(path: Path) -> Path:
    def merge(wb, ws) -> None:
        ws.merge_cells("A1:K1")
        ws.merge_cells("A2:K2")

    return save_xlsx(
        path,
        HEADER,
        excel_rows(),
        [["山大北路小区3号楼2单元业主名册"], ["填报单位：青龙街社区居委会"], []],
        merge,
    )


def office_headers(path: Path) -> Path:
    words = ["室号", "所在楼层", "建筑面积（㎡）", "面积来源", "产权人", "身份证号码", "联系方式",
             "表决意见", "签字日期", "占用专有部分", "备注"]  # fmt: skip
    return save_xlsx(path, words, excel_rows())


def serial_and_total(path: Path) -> Path:
    rows = [[i, *r] for i, r in enumerate(excel_rows(), 1)]
    rows += [["合计", "", "", 940.32], [], ["制表人：李娜", "", "", "", "", "审核：王强"]]
    return save_xlsx(path, ["序号", *HEADER], rows)


def instructions_first(path: Path) -> Path:
    def notes(wb, ws) -> None:
        info = wb.create_sheet("填表说明", 0)
        for line in (
            "填表说明",
            "房号：填写室号，如 301",
            "业主姓名：与不动产权证一致",
            "证件号码：18 位身份证号",
        ):
            info.append([line])
        info.append(["房号", "楼层", "业主姓名"])  # an example header in the notes, not the roster

    return save_xlsx(path, HEADER, excel_rows(), sheet=notes)


def merged_floors(path: Path) -> Path:
    rows = excel_rows()
    first: dict[object, int] = {}
    for i, r in enumerate(rows):
        first.setdefault(r[FLOOR], i)
    spans = []
    for floor, start in first.items():
        end = max(i for i, r in enumerate(rows) if r[FLOOR] == floor)
        spans.append((start + 2, end + 2))
        for i in range(start + 1, end + 1):
            rows[i][FLOOR] = None

    def merge(wb, ws) -> None:
        for a, b in spans:
            if b > a:
                ws.merge_cells(start_row=a, start_column=FLOOR + 1, end_row=b, end_column=FLOOR + 1)

    return save_xlsx(path, HEADER, rows, sheet=merge)


def blank_rows(path: Path) -> Path:
    rows: Rows = []
    for r in excel_rows():
        rows += [r, [None] * 11, ["", " ", "\u3000"]]
    return save_xlsx(path, HEADER, rows)


def full_width(path: Path) -> Path:
    wide = str.maketrans("0123456789.-X", "０１２３４５６７８９．－Ｘ")
    rows = [
        [r[ROOM].translate(wide), str(r[FLOOR]).translate(wide) + "层", r[AREA].translate(wide) + "㎡",
         r[SOURCE], "\u200b" + r[OWNER] + "\u00a0", r[ID].translate(wide), r[PHONE].translate(wide),
         r[VOTE], r[SIGNED].translate(wide), r[OCCUPIES], r[REASON]]
        for r in ROWS
    ]  # fmt: skip
    return save_xlsx(path, ["\ufeff房号", *HEADER[1:]], rows)


def room_suffix(path: Path) -> Path:
    rows = excel_rows()
    for r in rows:
        r[ROOM] = f"{r[ROOM]}室"
        r[AREA] = f"{r[AREA]:.2f}平方米"
    return save_xlsx(path, HEADER, rows)


def co_owners_in_one_cell(path: Path) -> Path:
    rows = [r for r in excel_rows() if r[OWNER] != "赵丽"]
    for r in rows:
        if r[OWNER] == "陈明":
            r[OWNER], r[ID], r[PHONE] = (
                "陈明、赵丽",
                "370105197707074444，370105197909095555",
                "13905310005/13905310006",
            )
    return save_xlsx(path, HEADER, rows)


def tick_columns(path: Path) -> Path:
    marks = {"同意": "√", "不同意": "✓", "弃权": "是"}
    header = [*HEADER[:VOTE], "同意", "不同意", "弃权", *HEADER[VOTE + 1 :]]
    rows = []
    for r in excel_rows():
        ticks = ["√" if r[VOTE] == "同意" else "", marks["不同意"] if r[VOTE] == "不同意" else "",
                 marks["弃权"] if r[VOTE] == "弃权" else ""]  # fmt: skip
        rows.append([*r[:VOTE], *ticks, *r[VOTE + 1 :]])
    return save_xlsx(path, header, rows)


def _two_row_tick_header() -> tuple[list[object], list[object]]:
    """表决意见 above its three tick columns; every other header on the upper row."""
    top = [*HEADER[:VOTE], "表决意见", None, None, *HEADER[VOTE + 1 :]]
    below = [None] * VOTE + ["同意", "不同意", "弃权"] + [None] * (len(HEADER) - VOTE - 1)
    return top, below


def two_row_header_merged(path: Path) -> Path:
    """The header as offices draw it: 表决意见 merged over 同意 / 不同意 / 弃权, the other headers
    merged down over both rows but the last (left on the upper row alone), a title above."""
    top, below = _two_row_tick_header()

    def merge(wb, ws) -> None:
        ws.merge_cells("A1:M1")
        ws.merge_cells(start_row=2, start_column=VOTE + 1, end_row=2, end_column=VOTE + 3)
        for c in [*range(1, VOTE + 1), *range(VOTE + 4, len(top))]:
            ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)

    return save_xlsx(path, below, _tick_rows(), [["山大北路小区3号楼2单元业主意见汇总表"], top], merge)


def two_row_header_csv(path: Path) -> Path:
    """The same header saved as CSV: no merges, the upper cells of the tick columns blank."""
    top, below = _two_row_tick_header()
    path = path.with_suffix(".csv")
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        for row in (top, below, *_tick_rows()):
            writer.writerow(["" if v is None else v for v in row])
    return path


def _tick_rows() -> Rows:
    rows = []
    for r in excel_rows():
        ticks = ["√" if r[VOTE] == v else "" for v in ("同意", "不同意", "弃权")]
        rows.append([*r[:VOTE], *ticks, *r[VOTE + 1 :]])
    return rows


def far_corner(path: Path) -> Path:
    """A sheet that once had something in its far corner: its dimension claims A1:XFD1048576."""

    def corner(wb, ws) -> None:
        ws.cell(row=1_048_576, column=16_384, value=" ")

    return save_xlsx(path, HEADER, excel_rows(), sheet=corner)


def old_xls(path: Path) -> Path:
    import xlwt

    path = path.with_suffix(".xls")
    wb = xlwt.Workbook()
    ws = wb.add_sheet("名册")
    ws.write_merge(0, 0, 0, 10, "业主名册")
    for c, h in enumerate(HEADER):
        ws.write(1, c, h)
    for r, row in enumerate(excel_rows(), 2):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    wb.save(str(path))
    return path


READ_AS_SAMPLE: dict[str, Callable[[Path], Path]] = {
    "title_rows": title_rows,
    "office_headers": office_headers,
    "serial_and_total": serial_and_total,
    "instructions_first": instructions_first,
    "merged_floors": merged_floors,
    "blank_rows": blank_rows,
    "full_width": full_width,
    "room_suffix": room_suffix,
    "co_owners_in_one_cell": co_owners_in_one_cell,
    "tick_columns": tick_columns,
    "two_row_header_merged": two_row_header_merged,
    "two_row_header_csv": two_row_header_csv,
    "far_corner": far_corner,
    "old_xls": old_xls,
}


@pytest.mark.parametrize("kind", sorted(READ_AS_SAMPLE))
def test_messy_file_reads_as_the_clean_sample(session_factory, actor, tmp_path, kind) -> None:
    clean = new_case(session_factory, actor, "3")
    import_roster(session_factory, actor, clean, SAMPLE, today=TODAY)
    messy = new_case(session_factory, actor, "4")
    path = READ_AS_SAMPLE[kind](tmp_path / f"{kind}.xlsx")
    report = import_roster(session_factory, actor, messy, path, today=TODAY)
    assert report.ok, report.errors
    assert snapshot(session_factory, messy) == snapshot(session_factory, clean)
    assert tally(session_factory, actor, messy) == tally(session_factory, actor, clean)
    assert (report.flats_created, report.owners_added, report.ballots_recorded) == (12, 13, 11)


def test_total_row_that_disagrees_is_a_warning(session_factory, actor, tmp_path) -> None:
    rows = [*excel_rows(), ["合计", "", 900]]
    path = save_xlsx(tmp_path / "total.xlsx", HEADER, rows)
    report = import_roster(session_factory, actor, new_case(session_factory, actor, "3"), path, today=TODAY)
    assert report.ok
    assert any(w.row == 15 and "940.32" in w.message and "900" in w.message for w in report.warnings)


# --- files that must be refused by row and column, changing nothing ----------------------------


def _id_as_float(rows: Rows) -> str:
    rows[0][ID] = 3.70102195803121e17  # what Excel keeps of 370102195803121234 typed into a number cell
    return "证件号码"


def _id_as_int(rows: Rows) -> str:
    rows[0][ID] = 370102195803121234
    return "证件号码"


def _decimal_comma(rows: Rows) -> str:
    for r in rows:
        if r[ROOM] == "101":
            r[AREA] = "78,36"
    return "专有部分面积"


def _tiny_area(rows: Rows) -> str:
    for r in rows:
        if r[ROOM] == "101":
            r[AREA] = 2.5
    return "专有部分面积"


def _huge_area(rows: Rows) -> str:
    for r in rows:
        if r[ROOM] == "101":
            r[AREA] = 7836
    return "专有部分面积"


REFUSED = {
    "id_as_float": _id_as_float,
    "id_as_int": _id_as_int,
    "decimal_comma": _decimal_comma,
    "tiny_area": _tiny_area,
    "huge_area": _huge_area,
}


@pytest.fixture
def loaded(session_factory, actor) -> tuple[str, str]:
    case_no = new_case(session_factory, actor, "3")
    import_roster(session_factory, actor, case_no, SAMPLE, today=TODAY)
    return case_no, digest(session_factory)


def refused(session_factory, actor, loaded, path: Path) -> RosterRejected:
    case_no, before = loaded
    with pytest.raises(RosterRejected) as info:
        import_roster(session_factory, actor, case_no, path, today=TODAY)
    assert digest(session_factory) == before
    return info.value


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_ambiguous_value_is_refused_by_row_and_column(session_factory, actor, tmp_path, loaded, kind) -> None:
    rows = excel_rows()
    column = REFUSED[kind](rows)
    rejected = refused(session_factory, actor, loaded, save_xlsx(tmp_path / f"{kind}.xlsx", HEADER, rows))
    assert rejected.report.errors
    assert all(e.row == 2 and e.column == column for e in rejected.report.errors), rejected.report.errors


def test_number_typed_id_says_what_happened_and_how_to_fix_it(
    session_factory, actor, tmp_path, loaded
) -> None:
    rows = excel_rows()
    rows[3][ID] = 3.70104198502023e17
    error = refused(
        session_factory, actor, loaded, save_xlsx(tmp_path / "ids.xlsx", HEADER, rows)
    ).report.errors[0]
    assert (error.row, error.column) == (5, "证件号码")
    assert "3.70104198502023E+17" in error.message and "文本" in error.message and "15" in error.message


def test_id_in_scientific_notation_from_a_csv_is_refused(session_factory, actor, tmp_path, loaded) -> None:
    text = SAMPLE.read_text(encoding="utf-8-sig").replace("370102195803121234", "3.70102195803121E+17")
    path = tmp_path / "sci.csv"
    path.write_text(text, encoding="utf-8")
    errors = refused(session_factory, actor, loaded, path).report.errors
    assert [(e.row, e.column) for e in errors] == [(2, "证件号码")]


def test_decimal_comma_in_a_csv_is_refused_not_read_as_855(session_factory, actor, tmp_path, loaded) -> None:
    text = SAMPLE.read_text(encoding="utf-8-sig").replace("101,1,78.36,", '101,1,"85,5",')
    path = tmp_path / "comma.csv"
    path.write_text(text, encoding="utf-8")
    errors = refused(session_factory, actor, loaded, path).report.errors
    assert [(e.row, e.column) for e in errors] == [(2, "专有部分面积")]
    assert "85,5" in errors[0].message


def test_two_ticks_in_one_row_are_refused(session_factory, actor, tmp_path, loaded) -> None:
    header = ["房号", "楼层", "面积", "业主姓名", "同意", "不同意", "弃权"]
    rows = [["101", 1, 78.36, "王建国", "√", "√", ""], ["102", 1, 78.36, "李秀英", "", "", "√"]]
    errors = refused(
        session_factory, actor, loaded, save_xlsx(tmp_path / "t.xlsx", header, rows)
    ).report.errors
    assert [(e.row, e.column) for e in errors] == [(2, "同意")]
    assert "多个意见" in errors[0].message


def test_co_owner_numbers_that_do_not_pair_up_are_refused(session_factory, actor, tmp_path, loaded) -> None:
    rows = excel_rows()
    rows[4][OWNER], rows[4][ID] = "刘芳、刘强", "370104198502023333"
    errors = refused(
        session_factory, actor, loaded, save_xlsx(tmp_path / "co.xlsx", HEADER, rows)
    ).report.errors
    assert [(e.row, e.column) for e in errors] == [(6, "证件号码")]


def test_the_format_page_names_every_header_word() -> None:
    from casedesk.core.roster.headers import HEADERS, IGNORED, REMARK

    page = (Path(__file__).resolve().parents[2] / "docs" / "roster-format.md").read_text(encoding="utf-8")
    missing = [w for words in (*HEADERS.values(), IGNORED, REMARK) for w in words if w not in page]
    assert not missing
