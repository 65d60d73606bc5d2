from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.core.domain.idnumber import (
    ID_CHECK_CHARACTERS,
    ID_WEIGHTS,
    id_check_digit,
    is_valid_resident_id,
    is_valid_uscc,
)
from casedesk.core.domain.units import format_area, format_yuan, parse_area, parse_yuan


@pytest.mark.parametrize(
    ("text", "centi"),
    [
        ("60", 6000),
        ("60.5", 6050),
        ("60.50", 6050),
        ("60.50 ㎡", 6050),
        ("98.76m2", 9876),
        ("0.01", 1),
        ("1,234.56", 123456),
        ("60.500000", 6050),
        (Decimal("45.10"), 4510),
        (7, 700),
    ],
)
def test_parse_area(text, centi) -> None:
    assert parse_area(text) == centi


@pytest.mark.parametrize("text", ["", "abc", "60.123", "-5", "6o.5", "60..5"])
def test_parse_area_rejects(text) -> None:
    with pytest.raises(ValueError):
        parse_area(text)


@given(st.integers(min_value=0, max_value=10**9))
def test_area_round_trip(centi: int) -> None:
    assert parse_area(format_area(centi)) == centi


def test_money() -> None:
    assert parse_yuan("220,000.00") == 22_000_000
    assert parse_yuan("¥1.5") == 150
    assert format_yuan(22_000_000) == "220,000.00"
    assert format_yuan(-5, grouping=False) == "-0.05"


def test_resident_id_check_digit() -> None:
    # The GB 11643 standard's published example.
    assert id_check_digit("11010519491231002") == "X"
    assert is_valid_resident_id("11010519491231002X")
    assert not is_valid_resident_id("110105194912310021")
    assert not is_valid_resident_id("12345")
    for bad in ("1101051949123100", "1101051949123100A", "11010519491231_02", "+1010519491231002"):
        with pytest.raises(ValueError):
            id_check_digit(bad)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_resident_id_check_digit_is_the_weighted_sum(first17: str) -> None:
    """GB 11643's own definition: each digit times its weight, the sum modulo 11."""
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True))
    assert id_check_digit(first17) == ID_CHECK_CHARACTERS[total % 11]


def test_unified_social_credit_code() -> None:
    assert is_valid_uscc("91350100M000100Y43")
    assert not is_valid_uscc("91350100M000100Y44")
