"""Validate roster rows (SPEC §3): every problem is reported with its row, column and reason.

Nothing is written here; the import service writes only a roster with no errors, in one
transaction, so a single bad row changes nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import NamedTuple

from casedesk.core.domain.enums import AreaSource, Vote
from casedesk.core.domain.idnumber import (
    is_valid_resident_id,
    is_valid_uscc,
    looks_like_organisation,
    normalise,
)
from casedesk.core.domain.units import format_area, parse_area
from casedesk.core.i18n import N_
from casedesk.core.roster.headers import HEADERS, REMARK, TICK_FIELDS, field_of, normalise_header
from casedesk.core.roster.reader import MAX_CELL_CHARS, RawTable

REQUIRED = ("room", "floor", "area", "owner")
LABEL = {field: names[0] for field, names in HEADERS.items()}
MIN_AREA_CENTI, MAX_AREA_CENTI = 500, 100_000  # 5 to 1,000 m²: what one flat can have

_VOTES = {
    "同意": Vote.AGREE,
    "agree": Vote.AGREE,
    "不同意": Vote.DISAGREE,
    "disagree": Vote.DISAGREE,
    "反对": Vote.DISAGREE,
    "弃权": Vote.ABSTAIN,
    "abstain": Vote.ABSTAIN,
}
_TICK_VOTE = {"tick_agree": Vote.AGREE, "tick_disagree": Vote.DISAGREE, "tick_abstain": Vote.ABSTAIN}
_YES = {"是", "yes", "y", "true", "1", "占用"}
_NO = {"否", "no", "n", "false", "0", "", "不占用"}
# A tick in one of the 同意 / 不同意 / 弃权 columns, or a blank (or a cross) for "not this one".
_TICKS = {"√", "✓", "✔", "☑", "v", "是", "1", "y", "yes", "●", "○", "o"}
_NO_TICK = {"", "否", "0", "×", "✗", "✘", "x", "n", "no", "-", "/"}
# Co-owners in one cell: names (and their numbers and phones, in the same order) split by these.
_CO_OWNERS = re.compile(r"[、,;/]")  # after NFKC, so ，；／ are among them
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.IGNORECASE)
_ROOM_SUFFIX = re.compile(r"^(.*\d)\s*[室号户]$")
_SUMMARY = {"合计", "小计", "总计", "合计:", "小计:", "总计:"}
_Report = Callable[[str, str], None]  # (field, message): an error or a warning for this row
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_MAX_FLOOR = 60
# Read once: an enum class's attributes go through EnumType.__getattr__ on Python 3.11.
_REGISTER = AreaSource.REGISTER
_area_source_of = AreaSource.from_label


@dataclass(frozen=True)
class RowIssue:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = N_("第 {row} 行").format(row=self.row) if self.row else N_("表头")
        column = f"[{self.column}]" if self.column else ""
        return f"{where}{column}：{self.message}"


class RosterRow(NamedTuple):
    """One checked row (a NamedTuple: immutable, and built without a frozen dataclass's
    per-field __setattr__, which a 5,000-row roster felt)."""

    row: int
    room: str
    floor: int
    area_centi: int
    area_source: AreaSource
    owner: str
    id_number: str | None
    phone: str | None
    vote: Vote | None
    signed_on: date | None
    occupies_exclusive: bool
    reason: str | None
    developer_unsold: bool
    organisation: bool = False  # the 证件号码 is a unified social credit code


@dataclass
class ParsedRoster:
    rows: list[RosterRow] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def map_headers(
    headers: list[str], result: ParsedRoster, mapping: dict[str, str] | None = None
) -> dict[str, int]:
    """Column index by field. *mapping* (a header as the file spells it -> a field, or "" to
    ignore the column) is what the clerk assigned for columns the built-in words do not place."""
    chosen = {normalise_header(k): v for k, v in (mapping or {}).items()}
    columns: dict[str, int] = {}
    remark: int | None = None
    for index, header in enumerate(headers):
        key = normalise_header(header)
        name = chosen[key] if key in chosen else field_of(header)
        if name is None:
            if header.strip():
                result.warnings.append(RowIssue(0, header, N_("未知的列，已忽略")))
            continue
        if name == "":
            if key in REMARK and remark is None:
                remark = index
            continue
        if name in columns:
            result.errors.append(RowIssue(0, header, N_("重复的列")))
            continue
        columns[name] = index
    if remark is not None and "reason" not in columns:
        columns["reason"] = remark  # 备注 holds the reasons when there is no reason column
    for name in REQUIRED:
        if name not in columns:
            result.errors.append(
                RowIssue(
                    0, LABEL[name], N_("缺少必填列（也可用英文列名 {alias}）").format(alias=HEADERS[name][1])
                )
            )
    return columns


def unplaced_columns(headers: list[str], mapping: dict[str, str] | None = None) -> list[str]:
    """The headers neither the built-in words nor *mapping* place: what the clerk is asked about."""
    chosen = {normalise_header(k) for k in (mapping or {})}
    return [h for h in headers if h.strip() and normalise_header(h) not in chosen and field_of(h) is None]


def parse_roster(
    table: RawTable,
    *,
    today: date,
    floors: int | None = None,
    mapping: dict[str, str] | None = None,
) -> ParsedRoster:
    result = ParsedRoster()
    for row, column, message in table.notes:
        result.warnings.append(RowIssue(row, column, message))
    columns = map_headers(table.headers, result, mapping)
    if result.errors:
        return result
    # Issues name a column as the file does, so the clerk finds it in their own sheet.
    labels = {name: table.headers[i] or LABEL[name] for name, i in columns.items()}
    pick = _Picker(columns)
    id_column = columns.get("id_number", -1)
    numeric = table.numeric if id_column >= 0 else frozenset()
    ticks = [name for name in TICK_FIELDS if name in columns]
    # A roster's signing days are few: each distinct date text is parsed once in this import.
    parse_date = functools.lru_cache(maxsize=None)(_parse_date)
    for index, (number, cells) in enumerate(table.rows):
        if not _SUMMARY.isdisjoint(cells[:4]):
            if _summary_row(number, cells, columns, labels, table.rows[index + 1 :], result):
                break
            continue
        rows = _parse_row(
            number,
            cells,
            columns,
            labels,
            pick,
            result,
            today,
            floors,
            bool(numeric) and (number, id_column) in numeric,
            ticks,
            parse_date,
        )
        if rows is not None:
            result.rows.extend(rows)
    _check_consistency(result, labels)
    if not result.rows and not result.errors:
        result.errors.append(RowIssue(0, "", N_("名册没有数据行")))
    return result


def _summary_row(
    number: int,
    cells: list[str],
    columns: dict[str, int],
    labels: dict[str, str],
    rest: list[tuple[int, list[str]]],
    result: ParsedRoster,
) -> bool:
    """Skip a 合计 / 小计 row, checking a 合计 area against the flats above; True ends the table
    (a 合计 or 总计 row is the last of the roster; what follows is a signature line or a note)."""
    final = not _SUMMARY.intersection({"小计", "小计:"}).intersection(cells[:4])
    if not final:
        return False
    index = columns["area"]
    text = cells[index] if index < len(cells) else ""
    if text and result.rows:
        areas: dict[str, int] = {}
        for row in result.rows:
            areas.setdefault(row.room, row.area_centi)
        total = sum(areas.values())
        try:
            stated = parse_area(text)
        except ValueError:
            stated = None
        if stated is not None and stated != total:
            result.warnings.append(
                RowIssue(
                    number,
                    labels["area"],
                    N_("合计面积 {a} ㎡ 与各户面积之和 {b} ㎡ 不一致，请核对").format(
                        a=format_area(stated), b=format_area(total)
                    ),
                )
            )
    if rest:
        result.warnings.append(
            RowIssue(rest[0][0], "", N_("合计行之后的 {n} 行不是名册内容，未读取").format(n=len(rest)))
        )
    return True


# Every field's cell in this order (_Picker, _parse_row's unpacking): one tuple per row.
_FIELDS = (
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
    "developer_unsold",
    *TICK_FIELDS,
)
assert set(_FIELDS) == set(HEADERS), "a field of headers.HEADERS that _parse_row does not read"


class _Picker:
    """Takes a row's cell of every field, in _FIELDS order, as one tuple: `take(cells + padding)`,
    one itemgetter in C (5,000-row rosters). A field the file has no column for, and a short
    row's missing trailing cells, read as "": the padding appended to the row. The cells come
    normalised and stripped from the reader (RawTable.rows), so they are taken as they are."""

    def __init__(self, columns: dict[str, int]):
        self.padding = [""] * (max(columns.values()) + 1)
        self.take = itemgetter(*(columns.get(name, -1) for name in _FIELDS))  # -1: the padding's last


def _parse_row(
    number: int,
    cells: list[str],
    columns: dict[str, int],
    labels: dict[str, str],
    pick: _Picker,
    result: ParsedRoster,
    today: date,
    floors: int | None,
    numeric_id: bool,
    ticks: list[str],
    parse_date: Callable[[str], date | None],
) -> list[RosterRow] | None:
    """The row's owners (one, or co-owners given in one cell), or None when the row has errors."""
    width = len(cells)
    (
        room,
        floor_cell,
        area_text,
        source_text,
        owner_text,
        id_text,
        phone_text,
        vote_text,
        signed_text,
        occupies_text,
        reason_text,
        developer_text,
        *tick_texts,
    ) = pick.take(cells + pick.padding)

    errors_before = len(result.errors)
    if len("".join(cells)) > MAX_CELL_CHARS:  # rare: look for the column only then
        for name, index in columns.items():
            if index < width and len(cells[index]) > MAX_CELL_CHARS:
                result.errors.append(
                    RowIssue(number, labels[name], N_("内容过长（{n} 个字符）").format(n=len(cells[index])))
                )
                return None

    def error(name: str, message: str) -> None:
        result.errors.append(RowIssue(number, labels.get(name, LABEL[name]), message))

    def warn(name: str, message: str) -> None:
        result.warnings.append(RowIssue(number, labels.get(name, LABEL[name]), message))

    if not room:
        error("room", N_("房号不能为空"))
    elif room[-1] in "室号户":
        match = _ROOM_SUFFIX.match(room)
        if match:
            room = match[1]
    floor = 0
    floor_text = (  # 3层, 3楼, 3F: most cells are plain digits and skip the suffixes
        floor_cell
        if floor_cell.isdigit()
        else floor_cell.removesuffix("层").removesuffix("楼").removesuffix("F").removesuffix("f")
    )
    try:
        floor = int(floor_text)
        if not 1 <= floor <= _MAX_FLOOR:
            error("floor", N_("楼层应为 1 到 {max} 的整数：{v}").format(max=_MAX_FLOOR, v=floor_cell))
        elif floors is not None and floor > floors:
            warn("floor", N_("楼层 {f} 高于本单元层数 {n}").format(f=floor, n=floors))
    except ValueError:
        error("floor", N_("楼层应为整数：{v}").format(v=floor_cell or N_("（空）")))
    area = 0
    if "," in area_text:
        # 85,5 is 85.5 where a decimal comma is usual and 855 where it separates thousands: never guess.
        error(
            "area",
            N_("面积中有逗号：{v}。小数点请用“.”（如 85.5），也不要用千位分隔符").format(v=area_text),
        )
    else:
        try:
            area = parse_area(area_text)
            if area <= 0:
                error("area", N_("面积必须大于 0"))
            elif not MIN_AREA_CENTI <= area <= MAX_AREA_CENTI:
                error(
                    "area",
                    N_("面积 {v} ㎡ 不像一套房屋的面积（应在 {lo} 到 {hi} ㎡ 之间），请核对").format(
                        v=format_area(area),
                        lo=MIN_AREA_CENTI // 100,
                        hi=MAX_AREA_CENTI // 100,
                    ),
                )
        except ValueError:
            error(
                "area",
                N_("面积应为大于 0、最多两位小数的平方米数：{v}").format(v=area_text or N_("（空）")),
            )
    source = _REGISTER
    if source_text:
        try:
            source = _area_source_of(source_text)  # type: ignore[assignment]
        except ValueError:
            error("area_source", N_("面积来源应为 不动产登记簿 / 测绘 / 合同：{v}").format(v=source_text))
    owners = [owner_text]
    id_numbers = [id_text]
    phones = [phone_text]
    if not owner_text:
        error("owner", N_("业主姓名不能为空"))
    elif _CO_OWNERS.search(owner_text + id_text):
        owners, id_numbers, phones = _co_owners(owner_text, id_text, phone_text, error)
    if numeric_id or (("E" in id_text or "e" in id_text) and _SCIENTIFIC.match(id_text)):
        error(
            "id_number",
            N_(
                "证件号码被 Excel 存成了数字（读到 {v}），超过 15 位的数字已被改动，无法还原："
                "请在 Excel 中把这一列的单元格格式设为“文本”，再重新输入这些号码"
            ).format(v=id_text),
        )
        id_numbers = [""] * len(owners)
    vote = None
    if vote_text:
        vote = _VOTES.get(vote_text.lower())
        if vote is None:
            error("vote", N_("表决意见应为 同意 / 不同意 / 弃权 或留空：{v}").format(v=vote_text))
    if ticks:
        vote = _ticked(dict(zip(TICK_FIELDS, tick_texts, strict=True)), ticks, vote, labels, error)
    signed_on = None
    if signed_text:
        signed_on = parse_date(signed_text)
        if signed_on is None:
            error("signed_on", N_("日期格式应为 YYYY-MM-DD 或 YYYY/M/D：{v}").format(v=signed_text))
        elif signed_on > today:
            error("signed_on", N_("签署日期晚于今天：{v}").format(v=signed_on))
    if vote is not None and signed_on is None and signed_text == "":
        warn("signed_on", N_("有表决意见但未填签署日期"))
    if signed_on is not None and vote is None:
        warn("vote", N_("填了签署日期但没有表决意见，按未表决处理"))
    occupies = False
    text = occupies_text.lower()
    if text in _YES:
        occupies = True
    elif text not in _NO:
        error("occupies_exclusive", N_("占用专有部分应为 是 / 否：{v}").format(v=occupies_text))
    reason = reason_text or None
    developer_column = developer_text.lower() in _YES
    if len(result.errors) > errors_before:
        return None
    rows = []
    for owner, id_cell, phone in zip(owners, id_numbers, phones, strict=True):
        id_number, organisation = _checked_id(id_cell, warn)
        developer = developer_column
        if not developer and organisation and reason and "未售" in reason:
            developer = True
            warn("reason", N_("按开发建设单位未售房屋计（SPC 第九条：开发商未售房屋合计为一人）"))
        rows.append(
            RosterRow(
                number,
                room,
                floor,
                area,
                source,
                owner,
                id_number,
                phone or None,
                vote,
                signed_on,
                occupies,
                reason,
                developer,
                organisation,
            )
        )
    return rows


def _checked_id(text: str, warn: _Report) -> tuple[str | None, bool]:
    id_number = normalise(text) or None
    organisation = id_number is not None and looks_like_organisation(id_number, normalised=True)
    if id_number:
        if organisation:
            if not is_valid_uscc(id_number, normalised=True):
                warn("id_number", N_("统一社会信用代码校验位不正确，请核对：{v}").format(v=id_number))
        elif len(id_number) == 18:
            if not is_valid_resident_id(id_number, normalised=True):
                warn("id_number", N_("身份证号校验位不正确，请核对：{v}").format(v=id_number))
        else:
            warn(
                "id_number",
                N_("证件号码不是 18 位身份证号或统一社会信用代码，请核对：{v}").format(v=id_number),
            )
    else:
        warn("id_number", N_("未填证件号码：无法识别一人多套，此行单独计为一人"))
    return id_number, organisation


def _split(text: str) -> list[str]:
    return [part.strip() for part in _CO_OWNERS.split(text) if part.strip()]


def _co_owners(
    owner: str, id_text: str, phone_text: str, error: _Report
) -> tuple[list[str], list[str], list[str]]:
    """Co-owners given in one cell: 陈明、赵丽 with their numbers (and phones) in the same order.
    Numbers that do not pair up one to one are refused: guessing would give one person's
    number to another."""
    names = _split(owner)
    ids = _split(id_text)
    phones = _split(phone_text)
    if ids and len(ids) != len(names):
        error(
            "id_number",
            N_("共有人 {n} 位，证件号码 {m} 个，无法一一对应：请每人一行，或按姓名顺序各填一个号码").format(
                n=len(names), m=len(ids)
            ),
        )
    if len(phones) > 1 and len(phones) != len(names):
        error(
            "phone",
            N_("共有人 {n} 位，联系电话 {m} 个，无法一一对应").format(n=len(names), m=len(phones)),
        )
    ids = ids if len(ids) == len(names) else [""] * len(names)
    if len(phones) != len(names):
        phones = (phones[:1] + [""] * len(names))[: len(names)]  # one phone: the household's, first owner
    return names, ids, phones


def _ticked(
    cells: dict[str, str], ticks: list[str], vote: Vote | None, labels: dict[str, str], error: _Report
) -> Vote | None:
    """The opinion from the 同意 / 不同意 / 弃权 tick columns: exactly one ticked, or none."""
    chosen = []
    for name in ticks:
        text = cells[name].lower()
        if text in _TICKS:
            chosen.append(name)
        elif text not in _NO_TICK:
            error(name, N_("应打“√”或留空：{v}").format(v=cells[name]))
    if len(chosen) > 1:
        error(
            chosen[0],
            N_("同一行勾选了多个意见（{v}）：每户只能有一个意见").format(
                v="、".join(labels[n] for n in chosen)
            ),
        )
        return vote
    if not chosen:
        return vote
    ticked = _TICK_VOTE[chosen[0]]
    if vote is not None and vote != ticked:
        error(chosen[0], N_("勾选的意见与表决意见列不一致"))
    return ticked


def _parse_date(text: str) -> date | None:
    match = _DATE.match(text.strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _check_consistency(result: ParsedRoster, labels: dict[str, str]) -> None:
    """Co-owner rows of one room must describe the same flat; one person appears once per room."""
    first: dict[str, RosterRow] = {}
    seen_owner: set[tuple[str, str]] = set()
    names_by_id: dict[str, RosterRow] = {}
    for row in result.rows:
        flat = first.setdefault(row.room, row)
        if flat is not row:
            if row.floor != flat.floor:
                result.errors.append(
                    RowIssue(
                        row.row,
                        labels["floor"],
                        N_("与第 {r} 行同一房号 {room} 的楼层不一致（{a} / {b}）").format(
                            r=flat.row, room=row.room, a=flat.floor, b=row.floor
                        ),
                    )
                )
            if row.area_centi != flat.area_centi:
                result.errors.append(
                    RowIssue(
                        row.row,
                        labels["area"],
                        N_("与第 {r} 行同一房号 {room} 的面积不一致（{a} / {b}）").format(
                            r=flat.row,
                            room=row.room,
                            a=format_area(flat.area_centi),
                            b=format_area(row.area_centi),
                        ),
                    )
                )
        key = (row.room, row.id_number or f"name:{row.owner}")
        if key in seen_owner:
            result.errors.append(
                RowIssue(row.row, labels["owner"], N_("同一业主在 {room} 室重复出现").format(room=row.room))
            )
        seen_owner.add(key)
        if row.id_number:
            other = names_by_id.setdefault(row.id_number, row)
            if other.owner != row.owner:
                result.warnings.append(
                    RowIssue(
                        row.row,
                        labels["owner"],
                        N_("证件号码与第 {r} 行相同但姓名不同（{a} / {b}），按同一人计").format(
                            r=other.row, a=other.owner, b=row.owner
                        ),
                    )
                )
