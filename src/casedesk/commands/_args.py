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


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为正整数：{text}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数：{text}")
    return value


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
