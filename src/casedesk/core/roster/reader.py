"""Read a roster file into rows of text cells: .csv (UTF-8 with or without BOM, GB18030/GBK as
Excel saves it on a Chinese Windows PC), .xlsx (openpyxl) and .xls (xlrd).

Numbers and dates from spreadsheets are turned into text here, without floats leaking into
areas: Excel stores 78.36 as a binary double, and `repr` gives back the shortest text that
round-trips, which is what the clerk typed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from casedesk.core.errors import UserError
from casedesk.core.i18n import N_

MAX_FILE_BYTES = 20 * 1024 * 1024  # a roster of a few hundred rows is far below this
MAX_ROWS = 20_000
MAX_CELL_CHARS = 10_000  # a name, address or reason; anything longer is not a roster cell


class _TooManyRows(Exception):
    pass


@dataclass(frozen=True)
class RawTable:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells)
    encoding: str | None = None


def read_table(path: Path) -> RawTable:
    if not path.exists():
        raise UserError(N_("找不到文件：{path}").format(path=path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UserError(N_("文件过大（超过 20 MB），请检查是否选错了文件：{path}").format(path=path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        table = _read_csv(path.read_bytes())
    elif suffix == ".xlsx":
        table = _read_xlsx(path)
    elif suffix == ".xls":
        table = _read_xls(path)
    else:
        raise UserError(
            N_("不支持的文件类型 {ext}：请使用 .xlsx、.xls 或 .csv").format(ext=suffix or "（无扩展名）")
        )
    if len(table.rows) > MAX_ROWS:
        raise UserError(
            N_("名册行数过多（{n} 行），一个单元的名册不应超过 {max} 行").format(
                n=len(table.rows), max=MAX_ROWS
            )
        )
    return table


def decode_csv_bytes(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: UTF-8 (BOM or not) first, else GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # GB18030 is a superset of GBK and GB2312, so it reads what Excel on a Chinese PC writes.
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise UserError(N_("无法识别文件编码：请另存为 UTF-8 或 GB18030（GBK）编码的 CSV")) from None


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """Excel's CSV when the header line is plainly comma-separated; otherwise ask the Sniffer
    (tabs, semicolons, full-width commas), which costs more than parsing a 5,000-row file."""
    header = text.split("\n", 1)[0]
    if "," in header and not any(d in header for d in "\t;，"):
        return csv.excel
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",\t;，")
    except csv.Error:
        return csv.excel


def _read_csv(data: bytes) -> RawTable:
    text, encoding = decode_csv_bytes(data)
    dialect = _dialect(text)
    csv.field_size_limit(MAX_CELL_CHARS * 4)
    reader = csv.reader(io.StringIO(text), dialect)
    rows: list[tuple[int, list[str]]] = []
    try:
        for i, row in enumerate(reader, 1):
            rows.append((i, row))
            if i > MAX_ROWS + 1:
                raise _TooManyRows
    except csv.Error as exc:
        raise UserError(
            N_("CSV 文件格式错误（第 {n} 行附近）：{err}").format(n=len(rows) + 1, err=exc)
        ) from None
    except _TooManyRows:
        raise UserError(
            N_("名册行数过多（超过 {max} 行），一个单元的名册不应这么多").format(max=MAX_ROWS)
        ) from None
    return _table(rows, encoding)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def _read_xlsx(path: Path) -> RawTable:
    import zipfile

    from openpyxl import load_workbook

    try:
        # A zip bomb unpacks to gigabytes: refuse before openpyxl inflates anything.
        with zipfile.ZipFile(path) as archive:
            if sum(i.file_size for i in archive.infolist()) > 20 * MAX_FILE_BYTES:
                raise UserError(N_("Excel 文件解压后过大，已拒绝读取"))
        workbook = load_workbook(path, read_only=True, data_only=True)
    except UserError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a damaged or disguised file
        raise UserError(
            N_("无法读取 Excel 文件（{err}）：请确认文件未损坏，且是 .xlsx 格式").format(err=exc)
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = [
            (i, [_cell_text(v) for v in row]) for i, row in enumerate(sheet.iter_rows(values_only=True), 1)
        ]
    finally:
        workbook.close()
    return _table(rows, None)


def _read_xls(path: Path) -> RawTable:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path))
    except Exception as exc:
        raise UserError(
            N_("无法读取 .xls 文件（{err}）：可在 Excel 中另存为 .xlsx 后再导入").format(err=exc)
        ) from exc
    sheet = book.sheet_by_index(0)
    rows = []
    for r in range(sheet.nrows):
        cells = []
        for c in range(sheet.ncols):
            cell = sheet.cell(r, c)
            if cell.ctype == xlrd.XL_CELL_DATE:
                cells.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode).date().isoformat())
            else:
                cells.append(_cell_text(cell.value))
        rows.append((r + 1, cells))
    return _table(rows, None)


def _cleaned(cells: list[Any]) -> list[str]:
    try:
        return list(map(str.strip, cells))  # all text, as from a CSV file: stripped in C
    except TypeError:
        return [c.strip() if isinstance(c, str) else _cell_text(c) for c in cells]


def _table(rows: list[tuple[int, list[str]]], encoding: str | None) -> RawTable:
    rows = [(n, _cleaned(cells)) for n, cells in rows]
    non_empty = [(n, cells) for n, cells in rows if any(cells)]
    if not non_empty:
        raise UserError(N_("名册是空的：没有表头，也没有数据行"))
    (_, headers), *body = non_empty
    return RawTable([h.strip().lstrip("\ufeff") for h in headers], body, encoding)
