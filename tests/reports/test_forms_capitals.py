"""Amounts in Chinese capitals (大写) as printed on the subsidy application."""

from __future__ import annotations

import pytest

from casedesk.core.reports.capitals import rmb_capitals


@pytest.mark.parametrize(
    ("fen", "words"),
    [
        (0, "零元整"),
        (5, "伍分"),
        (50, "伍角"),
        (100, "壹元整"),
        (105, "壹元零伍分"),
        (1030, "壹拾元叁角"),
        (100_005, "壹仟元零伍分"),
        (1_234_567, "壹万贰仟叁佰肆拾伍元陆角柒分"),
        (20_000_000, "贰拾万元整"),
        (10_001_000, "壹拾万零壹拾元整"),
        (10_050_000, "壹拾万零伍佰元整"),
        (10_500_000, "壹拾万伍仟元整"),
        (45_678_913, "肆拾伍万陆仟柒佰捌拾玖元壹角叁分"),
        (10_000_000_000, "壹亿元整"),
        (10_000_100_000, "壹亿零壹仟元整"),
        (10_001_000_000, "壹亿零壹万元整"),
        (-100, "负壹元整"),
    ],
)
def test_capitals(fen: int, words: str) -> None:
    assert rmb_capitals(fen) == words
