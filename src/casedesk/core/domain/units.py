"""Exact quantities: areas in integer hundredths of m² (centi-m²), money in integer fen.

Legal thresholds are compared on these integers by cross-multiplication; a float never touches
an area or an amount. These helpers are the only place text becomes such an integer and back.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from casedesk.core.i18n import N_

_AREA_SUFFIXES = ("平方米", "㎡", "m²", "m2", "平米")
_NUMBER = re.compile(r"^\d+(\.\d{1,2})?$")
# Plain ASCII "60" or "60.5", as most rosters have it; anything else takes the careful path.
_PLAIN = re.compile(r"[0-9]+(?:\.[0-9]{1,2})?\Z")


def parse_area(text: str | int | Decimal) -> int:
    """'60', '60.5', '60.50 ㎡' -> 6000, 6050, 6050. Raises ValueError on anything else.

    At most two decimals are accepted: a third decimal would be a precision the property
    register does not have, so it is an input mistake, not something to round away.
    """
    if isinstance(text, int):
        return text * 100
    if isinstance(text, Decimal):
        text = format(text, "f")
    if isinstance(text, str) and _PLAIN.match(text):  # whole metres and hundredths as integers
        whole, _, frac = text.partition(".")
        return int(whole) * 100 + int(frac.ljust(2, "0") if frac else 0)
    cleaned = str(text).strip().replace(",", "")
    for suffix in _AREA_SUFFIXES:
        if cleaned.lower().endswith(suffix.lower()):
            cleaned = cleaned[: -len(suffix)].strip()
            break
    # Excel exports "60.50" as "60.5" and sometimes "60.500000000001"; accept trailing zeros only.
    if "." in cleaned:
        whole, frac = cleaned.split(".", 1)
        frac = frac.rstrip("0")
        cleaned = whole if not frac else f"{whole}.{frac}"
    if not _NUMBER.match(cleaned):
        raise ValueError(N_("面积格式不正确：{v}（应为最多两位小数的平方米数）").format(v=text))
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex already rules this out
        raise ValueError(str(text)) from exc
    return int(value * 100)


def format_area(centi: int) -> str:
    """6050 -> '60.50' (always two decimals, never a float on the way)."""
    sign = "-" if centi < 0 else ""
    whole, frac = divmod(abs(centi), 100)
    return f"{sign}{whole}.{frac:02d}"


def parse_yuan(text: str | int) -> int:
    """'220000', '220,000.00', '¥1.5' -> amount in fen."""
    if isinstance(text, int):
        return text * 100
    cleaned = str(text).strip().replace(",", "").replace("¥", "").replace("元", "").strip()
    if not re.match(r"^-?\d+(\.\d{1,2})?$", cleaned):
        raise ValueError(N_("金额格式不正确：{v}").format(v=text))
    return int(Decimal(cleaned) * 100)


def format_yuan(fen: int, *, grouping: bool = True) -> str:
    """22000000 -> '220,000.00' (or '220000.00' without grouping)."""
    sign = "-" if fen < 0 else ""
    whole, frac = divmod(abs(fen), 100)
    body = f"{whole:,}" if grouping else str(whole)
    return f"{sign}{body}.{frac:02d}"
