"""Hostile and broken roster files end in a clear message and an unchanged database."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from casedesk.core.db.models import Ballot, Flat, Ownership, Person
from casedesk.core.errors import UserError
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.roster_import import import_roster
from tests.shared_paths import SAMPLES

TODAY = date(2026, 3, 20)
HEADER = "房号,楼层,专有部分面积,业主姓名\n"


def digest(session_factory) -> str:
    with session_factory() as s:
        rows = [
            repr(tuple(r))
            for m in (Flat, Person, Ownership, Ballot)
            for r in s.execute(select(*m.__table__.columns)).all()
        ]
    return hashlib.sha256("".join(sorted(rows)).encode()).hexdigest()


def xlsx_bytes(build) -> bytes:
    wb = openpyxl.Workbook()
    build(wb)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _formulas(wb) -> None:
    ws = wb.active
    ws.append(["房号", "楼层", "专有部分面积", "业主姓名"])
    ws.append(["101", 1, "=40+38.36", '=HYPERLINK("http://evil","王")'])


def _merged_header(wb) -> None:
    ws = wb.active
    ws.append(["业主名册", None, None, None])
    ws.merge_cells("A1:D1")
    ws.append(["101", 1, 78.36, "王建国"])


def _empty_sheet(wb) -> None:
    wb.active.title = "空表"


def _valid() -> bytes:
    return xlsx_bytes(
        lambda wb: (
            wb.active.append(["房号", "楼层", "专有部分面积", "业主姓名"]),
            wb.active.append(["101", 1, 78.36, "王建国"]),
        )
    )


CASES = {
    "truncated.xlsx": lambda: _valid()[: len(_valid()) // 2],
    "garbage.csv": lambda: bytes(range(256)) * 64,
    "garbage.xlsx": lambda: b"\x00\x01binary" * 1000,
    "password.xlsx": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000,  # encrypted = OLE, not zip
    "misencoded.csv": lambda: (HEADER + "101,1,78.36,王建国\n").encode("utf-16"),
    "formulas.xlsx": lambda: xlsx_bytes(_formulas),
    "merged.xlsx": lambda: xlsx_bytes(_merged_header),
    "empty.xlsx": lambda: xlsx_bytes(_empty_sheet),
    "huge.csv": lambda: (HEADER + "".join(f"{i},1,50,业主{i}\n" for i in range(100_000))).encode(),
    "longcell.csv": lambda: (HEADER + "101,1,78.36," + "王" * 1_000_000 + "\n").encode(),
    "zipbomb.xlsx": None,  # built below
}


def zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (500 * 1024 * 1024))


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file_is_refused_cleanly(session_factory, actor, tmp_path, name) -> None:
    case_no = create_case(
        session_factory, actor, NewCase("历下区", "文东街道", "青龙街社区", "山大北路小区", "3", "2", 6)
    )
    import_roster(session_factory, actor, case_no, SAMPLES / "roster-sample.csv", today=TODAY)
    before = digest(session_factory)
    path = tmp_path / name
    if name == "zipbomb.xlsx":
        zip_bomb(path)
    else:
        path.write_bytes(CASES[name]())
    with pytest.raises(UserError) as info:
        import_roster(session_factory, actor, case_no, path, today=TODAY)
    message = str(info.value)
    assert message and "Traceback" not in message
    assert digest(session_factory) == before


def _far_corner_xlsx(path: Path, data_at_corner: bool) -> None:
    """A 6 KB workbook whose sheet once had something in its far corner: the dimension it stores
    claims A1:XFD1048576 (issue 22: the reader walked a million rows, 7 GB after a minute)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["房号", "楼层", "专有部分面积", "业主姓名"])
    ws.append(["101", 1, 78.36, "王建国"])
    ws.cell(row=1_048_576, column=16_384, value="x" if data_at_corner else " ")
    wb.save(path)


def _far_corner_xls(path: Path) -> None:
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("名册")
    for c, h in enumerate(["房号", "楼层", "专有部分面积", "业主姓名"]):
        ws.write(0, c, h)
    for c, v in enumerate(["101", 1, 78.36, "王建国"]):
        ws.write(1, c, v)
    ws.write(65_535, 255, "x")  # the last cell an .xls can have
    wb.save(str(path))


def _blank_csv(path: Path) -> None:
    # 19 MB of line ends under a valid roster: read up to the blank run, not line by line to the end
    path.write_bytes((HEADER + "101,1,78.36,王建国\n").encode() + b"\n" * (19 * 1024 * 1024))


@pytest.mark.parametrize(
    "name",
    ["corner-space.xlsx", "corner-data.xlsx", "corner.xls", "blank-lines.csv"],
)
def test_far_corner_is_read_in_seconds_with_bounded_memory(session_factory, actor, tmp_path, name) -> None:
    import time
    import tracemalloc

    from casedesk.core.roster.reader import read_table

    path = tmp_path / name
    if name.endswith(".xlsx"):
        _far_corner_xlsx(path, data_at_corner=name == "corner-data.xlsx")
        assert path.stat().st_size < 10_000
    elif name.endswith(".xls"):
        _far_corner_xls(path)
    else:
        _blank_csv(path)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        table = read_table(path)
    finally:
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < 5, f"{name}: {elapsed:.1f} s"
    assert peak < 200 * 1024 * 1024 + (path.stat().st_size * 3 if name.endswith(".csv") else 0), peak
    # The roster above the blank expanse is read; what lies beyond it is not, and the clerk is told.
    assert [cells[:4] for _n, cells in table.rows] == [["101", "1", "78.36", "王建国"]]
    assert any("空白" in message for _row, _col, message in table.notes)
