"""Money: prices as people type them, exact formatting, and splits whose parts add up to the whole."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.errors import DomainError
from commerce.domain.money import (
    EXPONENTS,
    MAX_MINOR,
    Money,
    allocate,
    currency_side,
    format_money,
    parse_money,
)


@pytest.mark.parametrize(
    ("typed", "currency", "minor"),
    [
        ("88", "CNY", 8800),
        ("88.5", "CNY", 8850),
        ("¥88.50", "CNY", 8850),
        ("￥88", "CNY", 8800),
        ("88元", "CNY", 8800),
        ("88 块", "CNY", 8800),
        ("８８．５", "CNY", 8850),
        ("0.29", "CNY", 29),
        ("1,288", "CNY", 128800),
        ("12,000.50", "CNY", 1200050),
        ("¥1,234,567", "CNY", 123456700),
        ("RMB 12.30", "CNY", 1230),
        ("$9.99", "USD", 999),
        ("300", "JPY", 300),
        ("50⭐", "XTR", 50),
    ],
)
def test_prices_people_type(typed: str, currency: str, minor: int) -> None:
    assert parse_money(typed, currency) == Money(minor, currency)


@pytest.mark.parametrize(
    ("typed", "currency", "code"),
    [
        ("abc", "CNY", "price_invalid"),
        ("", "CNY", "price_invalid"),
        ("-5", "CNY", "price_invalid"),
        ("1e3", "CNY", "price_invalid"),
        ("88.8.8", "CNY", "price_invalid"),
        ("88.123", "CNY", "price_too_precise"),
        ("88.5", "JPY", "price_too_precise"),
        ("0", "CNY", "price_not_positive"),
        ("0.00", "CNY", "price_not_positive"),
        ("99999999999", "CNY", "price_too_large"),
        ("88", "XYZ", "currency_unknown"),
        ("2,50", "CNY", "price_comma"),
        ("1，5元", "CNY", "price_comma"),
        ("1200,00", "CNY", "price_comma"),
        ("1,20,000", "CNY", "price_invalid"),
        ("1,2345", "CNY", "price_comma"),
        (",5", "CNY", "price_comma"),  # a decimal written with a comma: said as 0.5
        ("5,", "CNY", "price_invalid"),
    ],
)
def test_what_is_not_a_price_is_refused_with_a_reason(typed: str, currency: str, code: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_money(typed, currency)
    assert refused.value.code == code


def test_a_decimal_comma_is_refused_with_the_amount_as_meant() -> None:
    with pytest.raises(DomainError) as refused:
        parse_money("¥2,50")
    assert refused.value.params == {"value": "¥2,50", "example": "¥2.50"}


_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=5)


@given(parts=st.lists(_DIGITS, min_size=2, max_size=4), cents=st.sampled_from(["", ".5", ".50"]))
def test_no_amount_with_a_comma_outside_groups_of_three_is_ever_accepted(
    parts: list[str], cents: str
) -> None:
    typed = ",".join(parts) + cents
    grouped = 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])
    try:
        read = parse_money(typed).minor
    except DomainError as refused:
        assert not grouped or refused.code in ("price_not_positive", "price_too_large")
    else:
        assert grouped
        assert read == Decimal(typed.replace(",", "")) * 100


@pytest.mark.parametrize(
    ("minor", "currency", "shown"),
    [
        (8800, "CNY", "¥88"),
        (8850, "CNY", "¥88.50"),
        (29, "CNY", "¥0.29"),
        (-305, "CNY", "-¥3.05"),
        (999, "USD", "$9.99"),
        (300, "JPY", "JP¥300"),
        (50, "XTR", "50⭐"),
        (99999, "CNY", "¥999.99"),
        (100000, "CNY", "¥1,000"),
        (123400, "CNY", "¥1,234"),
        (1234560, "CNY", "¥12,345.60"),
        (-123456789, "CNY", "-¥1,234,567.89"),
        (1000000000, "USD", "$10,000,000"),
        (1234567, "JPY", "JP¥1,234,567"),
        (10000, "XTR", "10,000⭐"),
    ],
)
def test_format(minor: int, currency: str, shown: str) -> None:
    assert format_money(minor, currency) == shown
    assert str(Money(minor, currency)) == shown


@given(minor=st.integers(min_value=1, max_value=MAX_MINOR), currency=st.sampled_from(["CNY", "USD", "XTR"]))
def test_a_formatted_amount_reads_back_the_same(minor: int, currency: str) -> None:
    shown = format_money(minor, currency)
    assert parse_money(shown, currency) == Money(minor, currency)


@given(minor=st.integers(min_value=-(10**15), max_value=10**15), currency=st.sampled_from(sorted(EXPONENTS)))
def test_separators_group_the_digits_by_three_and_change_no_digit(minor: int, currency: str) -> None:
    shown = format_money(minor, currency)
    number = re.search(r"\d[\d,]*(\.\d+)?", shown)
    assert number is not None
    whole, _, frac = number.group(0).partition(".")
    assert re.fullmatch(r"\d{1,3}(,\d{3})*", whole), shown
    assert int(whole.replace(",", "") + frac) * 10 ** (EXPONENTS[currency] - len(frac)) == abs(minor)
    assert shown.startswith("-") == (minor < 0)


def test_arithmetic_is_exact_and_refuses_mixed_currencies() -> None:
    assert Money(1001) * 3 - Money(3) == Money(3000)
    with pytest.raises(ValueError, match="cannot mix"):
        _ = Money(100, "CNY") + Money(100, "USD")


@given(
    total=st.integers(min_value=-(10**9), max_value=10**9),
    weights=st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=20).filter(any),
)
def test_allocated_parts_add_up_to_the_total_and_stay_within_one_unit_of_the_exact_share(
    total: int, weights: list[int]
) -> None:
    parts = allocate(total, weights)

    assert sum(parts) == total
    assert len(parts) == len(weights)
    for part, weight in zip(parts, weights, strict=True):
        assert abs(part - Fraction(total * weight, sum(weights))) < 1


def test_allocate_gives_leftovers_to_the_largest_remainders_first() -> None:
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(-100, [1, 1, 1]) == [-34, -33, -33]
    with pytest.raises(ValueError):
        allocate(100, [0, 0])


@pytest.mark.parametrize(
    ("typed", "side"),
    [("¥", "before"), ("$", "before"), ("USD", "before"), ("元", "after"), ("块", "after"), ("⭐", "after"),
     ("stars", "after"), ("abc", None), ("十五", None)],
)  # fmt: skip
def test_a_currency_alone_is_said_on_its_side_of_an_amount(typed: str, side: str | None) -> None:
    assert currency_side(typed) == side
