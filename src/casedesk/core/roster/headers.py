"""The header words offices put above a roster's columns, by field (docs/roster-format.md).

A header is compared after normalising (NFKC, no spaces, no bracketed unit such as （㎡）, no
required-marker *), so 建筑面积（㎡）, 建筑面积(m2) and ＊建筑面积 all read as 建筑面积.
"""

from __future__ import annotations

import re
import unicodedata

# Canonical field -> accepted headers (the SPEC §3 name first, then the English alias, then the
# words community offices use), compared case-insensitively after normalise_header.
HEADERS: dict[str, tuple[str, ...]] = {
    "room": ("房号", "room", "室号", "房间号", "房屋号", "门牌号", "户号", "房号室号", "单元房号"),
    "floor": ("楼层", "floor", "层", "层数", "所在楼层", "所在层"),
    "area": (
        "专有部分面积",
        "area",
        "面积",
        "建筑面积",
        "房屋面积",
        "房屋建筑面积",
        "专有面积",
        "产权面积",
        "专有部分建筑面积",
    ),
    "area_source": ("面积来源", "area_source", "面积依据"),
    "owner": (
        "业主姓名",
        "owner",
        "姓名",
        "业主",
        "产权人",
        "产权人姓名",
        "房屋所有权人",
        "所有权人",
        "业主名称",
        "户主",
        "权利人",
    ),
    "id_number": (
        "证件号码",
        "id_number",
        "身份证号",
        "身份证号码",
        "身份证",
        "证件号",
        "公民身份号码",
        "身份证件号码",
        "统一社会信用代码",
    ),
    "phone": ("联系电话", "phone", "电话", "联系方式", "手机", "手机号", "手机号码", "电话号码"),
    "vote": ("表决意见", "vote", "意见", "业主意见", "表决", "投票意见"),
    "signed_on": ("签署日期", "signed_on", "日期", "签字日期", "签名日期", "表决日期", "签署时间"),
    "occupies_exclusive": ("占用专有部分", "occupies_exclusive", "是否占用专有部分"),
    "reason": ("意见理由", "reason", "理由", "不同意理由", "原因"),
    "developer_unsold": ("开发商未售", "developer_unsold"),
    # Three tick columns instead of one opinion column: 同意 / 不同意 / 弃权 with √ in one of them.
    "tick_agree": ("同意", "agree"),
    "tick_disagree": ("不同意", "disagree", "反对"),
    "tick_abstain": ("弃权", "abstain"),
}

# Columns an office adds that carry nothing to store: recognised, so they raise no warning.
IGNORED = ("序号", "编号", "no", "栋号", "楼号", "单元", "单元号", "签名", "业主签字", "业主签名", "签字")

# 备注 is read as the opinion's reason only when the file has no reason column of its own.
REMARK = ("备注", "说明", "remark")

TICK_FIELDS = ("tick_agree", "tick_disagree", "tick_abstain")

_BRACKETED = re.compile(r"\([^)]*\)|\[[^]]*\]|【[^】]*】")
_NOISE = re.compile(r"[\s*:：\u200b-\u200d\u2060\ufeff]")

LOOKUP: dict[str, str] = {}
for _field, _names in HEADERS.items():
    for _name in _names:
        LOOKUP.setdefault(_name.lower(), _field)


def normalise_header(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return _NOISE.sub("", _BRACKETED.sub("", text)).lower()


def field_of(header: str) -> str | None:
    """The field a header names, "" for a column known to be ignored, None when unknown."""
    key = normalise_header(header)
    if key in LOOKUP:
        return LOOKUP[key]
    if key in IGNORED or key in REMARK:
        return ""
    return None


def header_score(cells: list[str]) -> int:
    """How many distinct fields a row's cells name: the header row is the row that names most."""
    return len({f for f in map(field_of, cells) if f})


_IGNORE_WORDS = ("ignore", "忽略", "不导入", "-", "")


def field_named(text: str) -> str:
    """A field given by its English name or any of its header words ("" = ignore the column), for
    `--column 'X=room'`; ValueError for a name that is no field."""
    key = normalise_header(text)
    if key in _IGNORE_WORDS:
        return ""
    if key in HEADERS:
        return key
    if key in LOOKUP:
        return LOOKUP[key]
    raise ValueError(text)
