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
