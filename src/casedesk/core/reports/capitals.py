"""An amount in Chinese capitals (大写金额), as a finance office writes it on an application:
¥200,000.00 → 贰拾万元整, ¥1,000.05 → 壹仟元零伍分. Capitals cannot be altered by adding a stroke,
which is why payment forms ask for them next to the figures."""

from __future__ import annotations

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_IN_GROUP = ((3, "仟"), (2, "佰"), (1, "拾"), (0, ""))
_GROUPS = ("", "万", "亿", "万亿")


def _group(value: int) -> str:
    """0 < value < 10000 in capitals; zeros between digits read as one 零, trailing zeros not at all."""
    out = ""
    zero = False
    for power, unit in _IN_GROUP:
        digit = value // 10**power % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[digit] + unit
    return out


def _integer(value: int) -> str:
    groups = []
    while value:
        value, low = divmod(value, 10000)
        groups.append(low)
    if len(groups) > len(_GROUPS):
        raise ValueError("amount too large for capitals")
    out = ""
    gap = False  # a whole group of zeros was skipped since the last digit written
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            gap = bool(out)
            continue
        if out and (group < 1000 or gap):
            out += "零"
        out += _group(group) + _GROUPS[index]
        gap = False
    return out


def rmb_capitals(fen: int) -> str:
    """*fen* (hundredths of a yuan) in capitals: 元 for whole yuan, 角 and 分, and 整 when there
    are neither; 零 where a place is skipped before 分 (壹仟元零伍分)."""
    if fen < 0:
        return "负" + rmb_capitals(-fen)
    yuan, rest = divmod(fen, 100)
    jiao, cents = divmod(rest, 10)
    out = _integer(yuan) + "元" if yuan else ""
    if not jiao and not cents:
        return (out or "零元") + "整"
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif out:
        out += "零"
    if cents:
        out += _DIGITS[cents] + "分"
    return out
