"""Argument types shared by the command modules: they turn bad input into one clear line."""

from __future__ import annotations

import argparse
from datetime import date

from casedesk.core.domain.enums import Stage


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


def stage(text: str) -> Stage:
    try:
        return Stage.from_label(text)  # type: ignore[return-value]
    except ValueError:
        codes = "、".join(s.value for s in Stage)
        raise argparse.ArgumentTypeError(f"没有这个阶段：{text}（可选：{codes}）") from None


# Counts, offsets, days and record numbers above this are typing mistakes; without a bound
# `--offset 99999999999999999999` reached the database driver and ended as an internal error
# (SQLite integers stop at 2**63, PostgreSQL's INTEGER at 2**31).
MAX_COUNT = 1_000_000_000


def _integer(text: str, low: int, what: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为{what}：{text}") from None
    if value < low:
        raise argparse.ArgumentTypeError(f"应为{what}：{text}")
    if value > MAX_COUNT:
        raise argparse.ArgumentTypeError(f"数字太大：{text}（最大 {MAX_COUNT}），请检查是否多输了位数")
    return value


def positive_int(text: str) -> int:
    return _integer(text, 1, "正整数")


def non_negative_int(text: str) -> int:
    return _integer(text, 0, "不小于 0 的整数")


# One retrofit costs some hundred thousand yuan; ten million is a typing mistake. Amounts are kept
# in fen in INTEGER columns, which on PostgreSQL stop at 2**31 fen (about 21 million yuan).
MAX_YUAN = 10_000_000


def yuan(text: str) -> int:
    """An amount in yuan ('220000', '220,000.00') as fen, refused when absurdly large."""
    from casedesk.core.domain.units import parse_yuan

    try:
        fen = parse_yuan(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if abs(fen) > MAX_YUAN * 100:
        raise argparse.ArgumentTypeError(f"金额太大：{text}（最多 {MAX_YUAN:,} 元），请检查是否多输了位数")
    return fen


def yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in ("是", "yes", "y", "true", "1"):
        return True
    if value in ("否", "no", "n", "false", "0"):
        return False
    raise argparse.ArgumentTypeError(f"应为 是/否：{text}")


def procedure(text: str) -> str:
    """A parallel procedure by its code (design) or its name (方案设计)."""
    from casedesk.core.workflow.stages import PARALLEL_PROCEDURES

    value = text.strip()
    if value in PARALLEL_PROCEDURES:
        return value
    for code, label in PARALLEL_PROCEDURES.items():
        if value == label:
            return code
    names = "、".join(f"{label}（{code}）" for code, label in PARALLEL_PROCEDURES.items())
    raise argparse.ArgumentTypeError(f"没有这个并行手续：{text}（可选：{names}）")
