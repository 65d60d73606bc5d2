"""Validate roster rows (SPEC §3): every problem is reported with its row, column and reason.

Nothing is written here; the import service writes only a roster with no errors, in one
transaction, so a single bad row changes nothing.
"""

from __future__ import annotations

import re
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
from casedesk.core.roster.reader import MAX_CELL_CHARS, RawTable

# Canonical field -> accepted headers (Chinese first, then English aliases), case-insensitive.
HEADERS: dict[str, tuple[str, ...]] = {
    "room": ("房号", "room"),
    "floor": ("楼层", "floor"),
    "area": ("专有部分面积", "area", "面积", "建筑面积"),
    "area_source": ("面积来源", "area_source"),
    "owner": ("业主姓名", "owner", "姓名"),
    "id_number": ("证件号码", "id_number", "身份证号", "身份证号码"),
    "phone": ("联系电话", "phone", "电话"),
    "vote": ("表决意见", "vote", "意见"),
    "signed_on": ("签署日期", "signed_on", "日期"),
    "occupies_exclusive": ("占用专有部分", "occupies_exclusive"),
    "reason": ("意见理由", "reason", "理由"),
    "developer_unsold": ("开发商未售", "developer_unsold"),
}
REQUIRED = ("room", "floor", "area", "owner")
LABEL = {field: names[0] for field, names in HEADERS.items()}

_VOTES = {
    "同意": Vote.AGREE,
    "agree": Vote.AGREE,
    "不同意": Vote.DISAGREE,
    "disagree": Vote.DISAGREE,
    "反对": Vote.DISAGREE,
    "弃权": Vote.ABSTAIN,
    "abstain": Vote.ABSTAIN,
}
_YES = {"是", "yes", "y", "true", "1", "占用"}
_NO = {"否", "no", "n", "false", "0", "", "不占用"}
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_MAX_FLOOR = 60


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


def map_headers(headers: list[str], result: ParsedRoster) -> dict[str, int]:
    lookup = {alias.lower(): name for name, aliases in HEADERS.items() for alias in aliases}
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = lookup.get(header.strip().lower())
        if name is None:
            if header.strip():
                result.warnings.append(RowIssue(0, header, N_("未知的列，已忽略")))
            continue
        if name in columns:
            result.errors.append(RowIssue(0, header, N_("重复的列")))
            continue
        columns[name] = index
    for name in REQUIRED:
        if name not in columns:
            result.errors.append(
                RowIssue(
                    0, LABEL[name], N_("缺少必填列（也可用英文列名 {alias}）").format(alias=HEADERS[name][1])
                )
            )
    return columns


def parse_roster(table: RawTable, *, today: date, floors: int | None = None) -> ParsedRoster:
    result = ParsedRoster()
    columns = map_headers(table.headers, result)
    if result.errors:
        return result
    pick = _Picker(columns)
    for number, cells in table.rows:
        row = _parse_row(number, cells, columns, pick, result, today, floors)
        if row is not None:
            result.rows.append(row)
    _check_consistency(result)
    if not result.rows and not result.errors:
        result.errors.append(RowIssue(0, "", N_("名册没有数据行")))
    return result


class _Cells(dict[str, str]):
    """A row's stripped cells by column name; a column the file does not have reads as ""."""

    def __missing__(self, key: str) -> str:
        return ""


class _Picker:
    """Takes a row's mapped cells, stripped, into _Cells: in C for full rows (5,000-row rosters)."""

    def __init__(self, columns: dict[str, int]):
        self.columns = columns
        self.names = tuple(columns)
        self.width = max(columns.values()) + 1
        indices = tuple(columns.values())
        self.take = itemgetter(*indices) if len(indices) > 1 else lambda cells: (cells[indices[0]],)

    def __call__(self, cells: list[str]) -> _Cells:
        if len(cells) >= self.width:
            return _Cells(zip(self.names, map(str.strip, self.take(cells)), strict=True))
        width = len(cells)  # a short row: its missing trailing cells read as empty
        return _Cells((name, cells[i].strip()) for name, i in self.columns.items() if i < width)


def _parse_row(
    number: int,
    cells: list[str],
    columns: dict[str, int],
    pick: _Picker,
    result: ParsedRoster,
    today: date,
    floors: int | None,
) -> RosterRow | None:
    width = len(cells)
    cell = pick(cells).__getitem__  # a missing column reads as empty

    errors_before = len(result.errors)
    if cells and max(map(len, cells)) > MAX_CELL_CHARS:  # rare: look for the column only then
        for name, index in columns.items():
            if index < width and len(cells[index]) > MAX_CELL_CHARS:
                result.errors.append(
                    RowIssue(number, LABEL[name], N_("内容过长（{n} 个字符）").format(n=len(cells[index])))
                )
                return None

    def error(name: str, message: str) -> None:
        result.errors.append(RowIssue(number, LABEL[name], message))

    def warn(name: str, message: str) -> None:
        result.warnings.append(RowIssue(number, LABEL[name], message))

    room = cell("room")
    if not room:
        error("room", N_("房号不能为空"))
    floor = 0
    floor_text = cell("floor").removesuffix("层").removesuffix("楼")
    try:
        floor = int(floor_text)
        if not 1 <= floor <= _MAX_FLOOR:
            error("floor", N_("楼层应为 1 到 {max} 的整数：{v}").format(max=_MAX_FLOOR, v=cell("floor")))
        elif floors is not None and floor > floors:
            warn("floor", N_("楼层 {f} 高于本单元层数 {n}").format(f=floor, n=floors))
    except ValueError:
        error("floor", N_("楼层应为整数：{v}").format(v=cell("floor") or N_("（空）")))
    area = 0
    try:
        area = parse_area(cell("area"))
        if area <= 0:
            error("area", N_("面积必须大于 0"))
    except ValueError:
        error(
            "area", N_("面积应为大于 0、最多两位小数的平方米数：{v}").format(v=cell("area") or N_("（空）"))
        )
    source = AreaSource.REGISTER
    if cell("area_source"):
        try:
            source = AreaSource.from_label(cell("area_source"))  # type: ignore[assignment]
        except ValueError:
            error(
                "area_source",
                N_("面积来源应为 不动产登记簿 / 测绘 / 合同：{v}").format(v=cell("area_source")),
            )
    owner = cell("owner")
    if not owner:
        error("owner", N_("业主姓名不能为空"))
    id_number = normalise(cell("id_number")) or None
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
    vote = None
    if cell("vote"):
        vote = _VOTES.get(cell("vote").lower())
        if vote is None:
            error("vote", N_("表决意见应为 同意 / 不同意 / 弃权 或留空：{v}").format(v=cell("vote")))
    signed_on = None
    if cell("signed_on"):
        signed_on = _parse_date(cell("signed_on"))
        if signed_on is None:
            error("signed_on", N_("日期格式应为 YYYY-MM-DD 或 YYYY/M/D：{v}").format(v=cell("signed_on")))
        elif signed_on > today:
            error("signed_on", N_("签署日期晚于今天：{v}").format(v=signed_on))
    if vote is not None and signed_on is None and cell("signed_on") == "":
        warn("signed_on", N_("有表决意见但未填签署日期"))
    if signed_on is not None and vote is None:
        warn("vote", N_("填了签署日期但没有表决意见，按未表决处理"))
    occupies = False
    text = cell("occupies_exclusive").lower()
    if text in _YES:
        occupies = True
    elif text not in _NO:
        error("occupies_exclusive", N_("占用专有部分应为 是 / 否：{v}").format(v=cell("occupies_exclusive")))
    reason = cell("reason") or None
    developer = cell("developer_unsold").lower() in _YES
    if not developer and organisation and reason and "未售" in reason:
        developer = True
        warn("reason", N_("按开发建设单位未售房屋计（SPC 第九条：开发商未售房屋合计为一人）"))
    if len(result.errors) > errors_before:
        return None
    return RosterRow(
        number,
        room,
        floor,
        area,
        source,
        owner,
        id_number,
        cell("phone") or None,
        vote,
        signed_on,
        occupies,
        reason,
        developer,
        organisation,
    )


def _parse_date(text: str) -> date | None:
    match = _DATE.match(text.strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _check_consistency(result: ParsedRoster) -> None:
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
                        LABEL["floor"],
                        N_("与第 {r} 行同一房号 {room} 的楼层不一致（{a} / {b}）").format(
                            r=flat.row, room=row.room, a=flat.floor, b=row.floor
                        ),
                    )
                )
            if row.area_centi != flat.area_centi:
                result.errors.append(
                    RowIssue(
                        row.row,
                        LABEL["area"],
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
                RowIssue(row.row, LABEL["owner"], N_("同一业主在 {room} 室重复出现").format(room=row.room))
            )
        seen_owner.add(key)
        if row.id_number:
            other = names_by_id.setdefault(row.id_number, row)
            if other.owner != row.owner:
                result.warnings.append(
                    RowIssue(
                        row.row,
                        LABEL["owner"],
                        N_("证件号码与第 {r} 行相同但姓名不同（{a} / {b}），按同一人计").format(
                            r=other.row, a=other.owner, b=row.owner
                        ),
                    )
                )
