"""The ballot code's text: what is printed is what is read back, nothing personal in it."""

from __future__ import annotations

from casedesk.core.scan.payload import BallotCode, parse_code


def test_a_code_reads_back_as_printed_even_with_chinese_in_it() -> None:
    code = BallotCode("LX-WD-2026-0001", "3单元101", 4, 17)
    text = code.encode()
    assert text.isascii() and text.startswith("CDB1;")
    assert parse_code(text) == code
    assert code.readable() == ("LX-WD-2026-0001　3单元101 室", "名册第 4 版　表号 17")


def test_other_codes_are_not_ballots() -> None:
    assert parse_code("https://example.com/pay?id=1") is None
    assert parse_code("CDB1;LX;101;x;1;1") is None
    assert parse_code("CDB1;LX;101;1;1") is None
