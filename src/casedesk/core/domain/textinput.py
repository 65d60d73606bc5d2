"""What a person may type into a field: length limits, control characters and sane dates, in one place.

Both front ends and both databases go through these checks, so a 120 KB name is refused with the
same message on SQLite (which would store it) and on PostgreSQL (whose VARCHAR would refuse it
with an internal error), and a NUL byte or a terminal escape never reaches the record, a printed
form or a colleague's screen.
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from typing import Any

from casedesk.core.errors import UserError
from casedesk.core.i18n import N_

# Limits, by kind of field. A person's or a place's name fits on one line of a printed form; a
# title or a subject fits one line of a list; a note or a meeting record is a page of text.
NAME_MAX = 100
TITLE_MAX = 200
NOTE_MAX = 5_000
# A mediation record is several pages of what each side said; four times a note.
RECORD_MAX = 20_000
SEARCH_MAX = 100

# Dates a record may carry (a case opened, a ballot or agreement signed, a meeting held).
# Jinan's retrofit programme began in the late 2010s and the office keeps no records from before
# 2000; a date before that is a typing slip (1900-01-01 is a spreadsheet's empty cell, year 1 a
# lost century). A year ahead covers appointments entered early; 2999 is a slip too.
EARLIEST_DATE = date(2000, 1, 1)
FUTURE_DAYS = 366

_KEEP_IN_NOTES = {"\n", "\t"}


def clean_text(
    value: str | None,
    label: str,
    limit: int,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """*value* trimmed and checked: refused (UserError naming the field) when empty but required,
    longer than *limit*, or holding control characters (NUL and terminal escapes included: they
    corrupt printed forms and other people's terminals). Windows line ends become plain ones."""
    text = (value or "").replace("\r\n", "\n").strip()
    if not multiline:
        text = text.replace("\t", " ")
    if required and not text:
        raise UserError(N_("{field}不能为空，请填写后再保存。").format(field=label))
    if len(text) > limit:
        raise UserError(
            N_("{field}太长（{n} 字，最多 {limit} 字），请删减后再保存。").format(
                field=label, n=len(text), limit=limit
            )
        )
    allowed = _KEEP_IN_NOTES if multiline else set()
    for char in text:
        if char not in allowed and unicodedata.category(char) == "Cc":
            raise UserError(
                N_("{field}含有不可见的控制字符（U+{code:04X}），请重新输入这段文字。").format(
                    field=label, code=ord(char)
                )
            )
    return text


def field_limit(column: Any, kind_max: int) -> int:
    """The limit for a field stored in *column* (a mapped attribute such as Compound.name): the
    kind's limit, or the column's VARCHAR length when narrower. PostgreSQL refuses longer text
    with an error while SQLite stores it, so the column decides what both accept."""
    length = getattr(getattr(column, "type", None), "length", None)
    return min(kind_max, length) if length else kind_max


def optional_text(value: str | None, label: str, limit: int, *, multiline: bool = False) -> str | None:
    """Like clean_text, but an empty field is None (nothing recorded)."""
    if value is None:
        return None
    return clean_text(value, label, limit, multiline=multiline) or None


def check_date(value: date | None, label: str, today: date) -> date | None:
    """*value* when it lies in the window a real record can have (see EARLIEST_DATE)."""
    if value is None:
        return None
    latest = today + timedelta(days=FUTURE_DAYS)
    if value < EARLIEST_DATE or value > latest:
        raise UserError(
            N_("{field} {day} 不合理：应在 {first} 至 {last} 之间，请检查年份。").format(
                field=label, day=value.isoformat(), first=EARLIEST_DATE.isoformat(), last=latest.isoformat()
            )
        )
    return value


def escape_like(text: str, escape: str = "\\") -> str:
    """*text* for a LIKE pattern that matches it literally: % and _ are ordinary characters in a
    search box (a clerk looking for 50% or a file name), not wildcards."""
    return text.replace(escape, escape + escape).replace("%", escape + "%").replace("_", escape + "_")
