"""Read a roster file into rows of text cells: .csv (UTF-8 with or without BOM, GB18030/GBK as
Excel saves it on a Chinese Windows PC), .xlsx (openpyxl, read-only) and .xls (xlrd).

Offices send rosters as they keep them, so the reader finds the table itself: the sheet that
holds it (not a 填表说明 sheet), the header row below any merged title rows, merged cells filled
down (a floor merged over its storey's rows), blank rows skipped. Every cell is normalised (NFKC:
full-width digits typed with a Chinese input method; zero-width and no-break spaces removed).

Limits hold *while* reading, for every format: a sheet whose dimension claims XFD1048576 is not
walked to its corner, since a long run of blank rows ends the table and rows are cut at
MAX_COLUMNS. Numbers and dates from spreadsheets are turned into text here, without floats leaking
into areas: Excel stores 78.36 as a binary double, and `repr` gives back the shortest text that
round-trips, which is what the clerk typed. A number of 15 or more digits cannot have been typed
into a number cell without Excel rounding it, so such cells are marked (RawTable.numeric) for the
parser to refuse where they matter (证件号码).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from casedesk.core.errors import UserError
from casedesk.core.i18n import N_
from casedesk.core.roster.headers import field_of, header_score

MAX_FILE_BYTES = 20 * 1024 * 1024  # a roster of a few hundred rows is far below this
MAX_ROWS = 20_000
MAX_CELL_CHARS = 10_000  # a name, address or reason; anything longer is not a roster cell
MAX_COLUMNS = 100  # cells to the right of this are not read: no roster is that wide
EMPTY_RUN = 1_000  # this many blank rows in a row end the table (a sheet's far, empty corner)
MAX_SCAN_ROWS = 100_000  # rows looked at in one sheet, blank or not
MAX_SHEETS = 20
HEADER_SEARCH = 30  # the header is among a sheet's first non-blank rows
MIN_HEADER_SCORE = 3  # fields a header row must name to be taken for the roster's header
MAX_MERGES = 10_000
MAX_MERGE_CELLS = 5_000  # a merged range larger than this is decoration, not a value to fill

# Digits from which a number cell has been through Excel's 15 significant digits.
BIG_NUMBER = 10**14

_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_INSTRUCTIONS = ("说明", "填表", "须知", "instruction", "readme")
_SEP = "\x1f"


@dataclass(frozen=True)
class RawTable:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells: normalise_cells'd)
    encoding: str | None = None
    # (row number, column index) of cells typed as numbers of 15 or more digits.
    numeric: frozenset[tuple[int, int]] = frozenset()
    # (row number, column, message): what the reader did that the clerk should know.
    notes: tuple[tuple[int, str, str], ...] = ()
    sheet: str | None = None
    header_row: int = 1


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
            N_("不支持的文件类型 {ext}：请使用 .xlsx、.xls 或 .csv").format(ext=suffix or N_("（无扩展名）"))
        )
    if len(table.rows) > MAX_ROWS:
        raise UserError(_too_many_rows())
    return table


def _too_many_rows() -> str:
    return N_("名册行数过多（超过 {max} 行），一个单元的名册不应这么多").format(max=MAX_ROWS)


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
    """Excel's CSV when the first line is plainly comma-separated; otherwise ask the Sniffer
    (tabs, semicolons, full-width commas), which costs more than parsing a 5,000-row file."""
    header = text.split("\n", 1)[0]
    if "," in header and not any(d in header for d in "\t;，"):
        return csv.excel
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",\t;，")
    except csv.Error:
        return csv.excel


def normalise_cells(cells: list[str]) -> list[str]:
    """NFKC (５０１ → 501, ７８．３６ → 78.36, ㎡ → m2, no-break and ideographic spaces → space),
    invisible characters removed, stripped. One C call per row for the whole row's text."""
    joined = _SEP.join(cells)
    if joined.isascii() or (unicodedata.is_normalized("NFKC", joined) and not _INVISIBLE.search(joined)):
        return list(map(str.strip, cells))  # most rows: already plain, checked in C
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", joined))
    parts = text.split(_SEP)
    if len(parts) != len(cells):  # a cell held the separator itself: go cell by cell
        parts = [unicodedata.normalize("NFKC", _INVISIBLE.sub("", c)) for c in cells]
    return list(map(str.strip, parts))


@dataclass
class _Sheet:
    """One sheet's non-blank rows, collected under the limits while the file is being read."""

    title: str | None
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    numeric: set[tuple[int, int]] = field(default_factory=set)
    notes: list[tuple[int, str, str]] = field(default_factory=list)
    _blank_run: int = 0

    def add(self, number: int, cells: list[str]) -> bool:
        """Keep a row; False when the rest of the sheet is not worth reading."""
        if number > MAX_SCAN_ROWS:
            raise UserError(
                N_("工作表超过 {max} 行，不像一个单元的业主名册，已拒绝读取").format(max=MAX_SCAN_ROWS)
            )
        if any(cells):
            self._blank_run = 0
            self.rows.append((number, cells))
            if len(self.rows) > MAX_ROWS + HEADER_SEARCH:
                raise UserError(_too_many_rows())
            return True
        self._blank_run += 1
        if self._blank_run >= EMPTY_RUN:
            if self.rows:
                self.notes.append(
                    (
                        number - EMPTY_RUN + 1,
                        "",
                        N_("从此行起连续 {n} 行空白，其后的内容没有读取").format(n=EMPTY_RUN),
                    )
                )
            return False
        return True

    def fill_merged(self, ranges: Iterable[tuple[int, int, int, int]]) -> None:
        """Give every cell of a merged range the value of its top-left cell (1-based, inclusive)."""
        by_number = {number: cells for number, cells in self.rows}
        for count, (col1, row1, col2, row2) in enumerate(ranges):
            if count >= MAX_MERGES:
                break
            col2 = min(col2, MAX_COLUMNS)
            if col2 < col1 or (row2 - row1 + 1) * (col2 - col1 + 1) > MAX_MERGE_CELLS:
                continue
            top = by_number.get(row1)
            if top is None or col1 > len(top) or not top[col1 - 1]:
                continue
            value, numeric = top[col1 - 1], (row1, col1 - 1) in self.numeric
            for number in range(row1, row2 + 1):
                cells = by_number.get(number)
                if cells is None:
                    continue
                if len(cells) < col2:
                    cells.extend([""] * (col2 - len(cells)))
                for c in range(col1 - 1, col2):
                    if not cells[c]:
                        cells[c] = value
                        if numeric:
                            self.numeric.add((number, c))


def _read_csv(data: bytes) -> RawTable:
    text, encoding = decode_csv_bytes(data)
    dialect = _dialect(text)
    csv.field_size_limit(MAX_CELL_CHARS * 4)
    reader = csv.reader(io.StringIO(text), dialect)
    sheet = _Sheet(None)
    number = 0
    try:
        for number, row in enumerate(reader, 1):
            if not sheet.add(number, normalise_cells(row)):
                break
    except csv.Error as exc:
        raise UserError(
            N_("CSV 文件格式错误（第 {n} 行附近）：{err}").format(n=number + 1, err=exc)
        ) from None
    return _choose([sheet], encoding)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return ""  # a time of day alone is no roster value (Excel's 0:00 for a blank date cell)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value >= BIG_NUMBER or value <= -BIG_NUMBER:
            return f"{value:.15G}"  # what Excel shows: 3.70102195803121E+17
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def _is_big_number(value: object) -> bool:
    return type(value) in (int, float) and (value >= BIG_NUMBER or value <= -BIG_NUMBER)  # type: ignore[operator]


def _row_cells(sheet: _Sheet, number: int, values: Iterable[Any]) -> list[str]:
    cells = []
    for index, value in enumerate(values):
        if _is_big_number(value):
            sheet.numeric.add((number, index))
        cells.append(_cell_text(value))
    while cells and not cells[-1]:
        cells.pop()
    return normalise_cells(cells)


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"')


def _xlsx_merges(workbook: Any, sheet: Any) -> list[tuple[int, int, int, int]]:
    """Merged ranges from the sheet's XML (read-only openpyxl does not parse them): they follow
    the cells, so the part is scanned in chunks rather than loaded whole."""
    from openpyxl.utils import column_index_from_string

    ranges: list[tuple[int, int, int, int]] = []
    tail = b""
    with workbook._archive.open(sheet._worksheet_path) as part:
        while len(ranges) < MAX_MERGES:
            chunk = part.read(1 << 20)
            if not chunk:
                break
            data = tail + chunk
            end = 0
            for m in _MERGE.finditer(data):
                c1, r1 = column_index_from_string(m[1].decode()), int(m[2])
                c2, r2 = (column_index_from_string(m[3].decode()), int(m[4])) if m[3] else (c1, r1)
                ranges.append((c1, r1, c2, r2))
                end = m.end()
            tail = data[max(end, len(data) - 200) :]
    return ranges


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
    sheets: list[_Sheet] = []
    try:
        for ws in workbook.worksheets[:MAX_SHEETS]:
            sheet = _Sheet(ws.title)
            # The stored dimension may claim A1:XFD1048576: read what is there, not what it says.
            ws.reset_dimensions()
            rows = ws.iter_rows(max_col=MAX_COLUMNS, values_only=True)
            for number, values in enumerate(rows, 1):
                if not sheet.add(number, _row_cells(sheet, number, values)):
                    break
            sheet.fill_merged(_xlsx_merges(workbook, ws))
            sheets.append(sheet)
            if _is_roster(sheet):
                break
    except UserError:
        raise
    except Exception as exc:
        raise UserError(
            N_("无法读取 Excel 文件（{err}）：请确认文件未损坏，且是 .xlsx 格式").format(err=exc)
        ) from exc
    finally:
        workbook.close()
    return _choose(sheets, None)


def _read_xls(path: Path) -> RawTable:
    import xlrd

    try:
        # ragged_rows: without it xlrd pads every row to the widest, 65,536 × 256 cells for a sheet
        # with one cell in its last corner.
        try:
            book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True, ragged_rows=True)
        except NotImplementedError:
            book = xlrd.open_workbook(str(path), on_demand=True, ragged_rows=True)
    except Exception as exc:
        raise UserError(
            N_("无法读取 .xls 文件（{err}）：可在 Excel 中另存为 .xlsx 后再导入").format(err=exc)
        ) from exc
    sheets: list[_Sheet] = []
    try:
        for index in range(min(book.nsheets, MAX_SHEETS)):
            ws = book.sheet_by_index(index)
            sheet = _Sheet(ws.name)
            width = min(ws.ncols, MAX_COLUMNS)
            for r in range(ws.nrows):
                values: list[Any] = []
                for c in range(min(width, ws.row_len(r))):
                    cell = ws.cell(r, c)
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        values.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                    elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                        values.append(bool(cell.value))
                    else:
                        values.append(cell.value)
                if not sheet.add(r + 1, _row_cells(sheet, r + 1, values)):
                    break
            merged = getattr(ws, "merged_cells", None) or []
            sheet.fill_merged((clo + 1, rlo + 1, chi, rhi) for rlo, rhi, clo, chi in merged)
            sheets.append(sheet)
            if _is_roster(sheet):
                break
    except UserError:
        raise
    except Exception as exc:
        raise UserError(
            N_("无法读取 .xls 文件（{err}）：可在 Excel 中另存为 .xlsx 后再导入").format(err=exc)
        ) from exc
    finally:
        book.release_resources()
    return _choose(sheets, None)


def _header_index(sheet: _Sheet) -> tuple[int, int]:
    """(index into sheet.rows of the best header row among the first rows, its score); a header
    given on two rows counts as one, and the index is then that of its lower row."""
    best, best_score = 0, -1
    rows = sheet.rows[:HEADER_SEARCH]
    for i, (_number, cells) in enumerate(rows):
        score = header_score(cells)
        if i + 1 < len(rows) and (two := _two_row_header(cells, rows[i + 1][1])) is not None:
            i, score = i + 1, header_score(two)
        if score > best_score:
            best, best_score = i, score
    return best, best_score


def _two_row_header(top: list[str], below: list[str]) -> list[str] | None:
    """The header of a roster whose header takes two rows — 表决意见 merged above 同意 / 不同意 /
    弃权, the other headers merged down over both rows or left blank below — as one row: each
    column named by its lower cell where that says more. None when *below* is not such a row.

    *below* is a header row only if every cell it has of its own (not the same as above) is a
    known header word, and it names at least two: a data row has a room number and a name."""
    if header_score(top) < 2:  # a title row above a header is not half of one
        return None
    own = [(i, text) for i, text in enumerate(below) if text and (i >= len(top) or text != top[i])]
    if len(own) < 2 or any(field_of(text) is None for _i, text in own):
        return None
    merged = list(top) + [""] * (len(below) - len(top))
    for i, text in own:
        merged[i] = text
    return merged


def _is_instructions(sheet: _Sheet) -> bool:
    title = (sheet.title or "").lower()
    return any(word in title for word in _INSTRUCTIONS)


def _is_roster(sheet: _Sheet) -> bool:
    return bool(sheet.rows) and not _is_instructions(sheet) and _header_index(sheet)[1] >= MIN_HEADER_SCORE


def _choose(sheets: list[_Sheet], encoding: str | None) -> RawTable:
    """The sheet and header row holding the roster: the first sheet whose header row names enough
    fields; failing that, the first sheet with anything in it, read from its first row (so the
    parser can say which columns are missing)."""
    filled = [s for s in sheets if s.rows]
    if not filled:
        raise UserError(N_("名册是空的：没有表头，也没有数据行"))
    scored = [(s, *_header_index(s)) for s in filled]
    chosen = next((x for x in scored if x[2] >= MIN_HEADER_SCORE and not _is_instructions(x[0])), None)
    if chosen is None:
        chosen = max(scored, key=lambda x: (x[2] >= 2, not _is_instructions(x[0]), x[2]))
        if chosen[2] < 2:
            chosen = (filled[0], 0, 0)
    sheet, index, _score = chosen
    notes = list(sheet.notes)
    if sheet is not sheets[0] and sheet.title:
        notes.insert(0, (0, "", N_("名册取自工作表“{title}”").format(title=sheet.title)))
    header_number, headers = sheet.rows[index]
    if index > 0 and (two := _two_row_header(sheet.rows[index - 1][1], headers)) is not None:
        headers = two
    return RawTable(
        [h.lstrip("\ufeff") for h in headers],
        sheet.rows[index + 1 :],
        encoding,
        frozenset(sheet.numeric),
        tuple(notes),
        sheet.title,
        header_number,
    )
