"""Jinan's districts and sub-district offices (街道), with the short codes used in case numbers.

Codes are the pinyin initials a clerk would write (历下区 → LX, 文东街道 → WD); an office can
change them in settings. Division codes are GB/T 2260. `trial_2017` marks the seven areas the
2017 trial measures applied to (domain.md §a.0).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DistrictInfo:
    name: str
    code: str
    division_code: str
    trial_2017: bool
    streets: tuple[tuple[str, str], ...]  # (name, code)


DISTRICTS: tuple[DistrictInfo, ...] = (
    DistrictInfo(
        "历下区",
        "LX",
        "370102",
        True,
        (
            ("文东街道", "WD"),
            ("解放路街道", "JFL"),
            ("千佛山街道", "QFS"),
            ("趵突泉街道", "BTQ"),
            ("泉城路街道", "QCL"),
            ("大明湖街道", "DMH"),
            ("东关街道", "DG"),
            ("文化东路街道", "WHDL"),
            ("建新街道", "JX"),
            ("甸柳街道", "DL"),
            ("燕山街道", "YS"),
            ("姚家街道", "YJ"),
            ("龙洞街道", "LD"),
            ("智远街道", "ZY"),
        ),
    ),
    DistrictInfo(
        "市中区",
        "SZ",
        "370103",
        True,
        (
            ("大观园街道", "DGY"),
            ("杆石桥街道", "GSQ"),
            ("四里村街道", "SLC"),
            ("魏家庄街道", "WJZ"),
            ("二七街道", "EQ"),
            ("七里山街道", "QLS"),
            ("六里山街道", "LLS"),
            ("舜耕街道", "SG"),
            ("王官庄街道", "WGZ"),
            ("舜玉路街道", "SYL"),
            ("泺源街道", "LY"),
            ("白马山街道", "BMS"),
            ("七贤街道", "QX"),
            ("十六里河街道", "SLLH"),
        ),
    ),
    DistrictInfo(
        "槐荫区",
        "HY",
        "370104",
        True,
        (
            ("振兴街街道", "ZXJ"),
            ("中大槐树街道", "ZDHS"),
            ("道德街街道", "DDJ"),
            ("西市场街道", "XSC"),
            ("五里沟街道", "WLG"),
            ("营市街街道", "YSJ"),
            ("青年公园街道", "QNGY"),
            ("南辛庄街道", "NXZ"),
            ("段店北路街道", "DDBL"),
            ("张庄路街道", "ZZL"),
            ("匡山街道", "KS"),
            ("美里湖街道", "MLH"),
        ),
    ),
    DistrictInfo(
        "天桥区",
        "TQ",
        "370105",
        True,
        (
            ("无影山街道", "WYS"),
            ("天桥东街街道", "TQDJ"),
            ("北村街道", "BC"),
            ("南村街道", "NC"),
            ("堤口路街道", "DKL"),
            ("北坦街道", "BT"),
            ("制锦市街道", "ZJS"),
            ("宝华街街道", "BHJ"),
            ("官扎营街道", "GZY"),
            ("纬北路街道", "WBL"),
            ("药山街道", "YS"),
            ("北园街道", "BY"),
        ),
    ),
    DistrictInfo(
        "历城区",
        "LC",
        "370112",
        True,
        (
            ("山大路街道", "SDL"),
            ("洪家楼街道", "HJL"),
            ("东风街道", "DF"),
            ("全福街道", "QF"),
            ("华山街道", "HS"),
            ("荷花路街道", "HHL"),
            ("王舍人街道", "WSR"),
            ("鲍山街道", "BS"),
            ("郭店街道", "GD"),
            ("唐冶街道", "TY"),
            ("港沟街道", "GG"),
        ),
    ),
    DistrictInfo(
        "长清区",
        "CQ",
        "370113",
        False,
        (
            ("文昌街道", "WC"),
            ("崮云湖街道", "GYH"),
            ("平安街道", "PA"),
            ("五峰山街道", "WFS"),
        ),
    ),
    DistrictInfo(
        "章丘区",
        "ZQ",
        "370114",
        False,
        (
            ("明水街道", "MS"),
            ("双山街道", "SS"),
            ("枣园街道", "ZY"),
            ("龙山街道", "LS"),
            ("埠村街道", "BC"),
            ("圣井街道", "SJ"),
        ),
    ),
    DistrictInfo(
        "莱芜区",
        "LW",
        "370116",
        False,
        (
            ("凤城街道", "FC"),
            ("张家洼街道", "ZJW"),
            ("高庄街道", "GZ"),
            ("鹏泉街道", "PQ"),
        ),
    ),
    DistrictInfo(
        "钢城区",
        "GC",
        "370117",
        False,
        (
            ("艾山街道", "AS"),
            ("里辛街道", "LX"),
            ("汶源街道", "WY"),
            ("颜庄街道", "YZ"),
        ),
    ),
    DistrictInfo(
        "高新区",
        "GX",
        "370171",
        True,
        (
            ("舜华路街道", "SHL"),
            ("孙村街道", "SC"),
            ("巨野河街道", "JYH"),
            ("遥墙街道", "YQ"),
        ),
    ),
)

BY_NAME: dict[str, DistrictInfo] = {d.name: d for d in DISTRICTS}


def district_code(name: str) -> str | None:
    info = BY_NAME.get(name)
    return info.code if info else None


def street_code(district: str, street: str) -> str | None:
    info = BY_NAME.get(district)
    if info is None:
        return None
    return dict(info.streets).get(street)
