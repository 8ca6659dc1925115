"""Weights convert exactly between the units a group buy is sold in (commerce/domain/units.py): 1 公斤 =
1 kg = 2 斤 = 1000 克 / g; 1 斤 = 10 两 = 500 g; a unit that is no weight (箱, box) never converts."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.units import Measured, amount, grams, in_unit, nearest

WEIGHTS = ["kg", "公斤", "千克", "斤", "两", "g", "克", "KG", "grams"]
weights = st.sampled_from(WEIGHTS)
amounts = st.fractions(min_value=0, max_value=10_000, max_denominator=1000)


@pytest.mark.parametrize(
    ("quantity", "typed", "sold_in", "becomes"),
    [
        (1, "kg", "斤", 2),
        (2, "公斤", "斤", 4),
        (500, "g", "斤", 1),
        (1000, "克", "kg", 1),
        (10, "两", "斤", 1),
        (3, "两", "斤", Fraction(3, 10)),
        (3, "斤", "kg", Fraction(3, 2)),
        (1, "斤", "g", 500),
    ],
)
def test_the_known_weights_convert_exactly(
    quantity: int, typed: str, sold_in: str, becomes: Fraction | int
) -> None:
    assert in_unit(Fraction(quantity), typed, sold_in) == becomes


@pytest.mark.parametrize(("typed", "sold_in"), [("箱", "斤"), ("kg", "box"), ("bag", "bags"), ("lb", "kg")])
def test_a_unit_that_is_no_weight_never_converts(typed: str, sold_in: str) -> None:
    assert in_unit(Fraction(1), typed, sold_in) is None


@given(amounts, weights, weights)
def test_a_conversion_there_and_back_is_the_amount(quantity: Fraction, typed: str, sold_in: str) -> None:
    there = in_unit(quantity, typed, sold_in)
    assert there is not None
    assert in_unit(there, sold_in, typed) == quantity


@given(amounts, weights, weights, weights)
def test_converting_through_a_third_unit_changes_nothing(
    quantity: Fraction, typed: str, through: str, sold_in: str
) -> None:
    via = in_unit(quantity, typed, through)
    assert via is not None
    assert in_unit(via, through, sold_in) == in_unit(quantity, typed, sold_in)


@given(amounts, weights, weights)
def test_the_weight_in_grams_is_kept(quantity: Fraction, typed: str, sold_in: str) -> None:
    there = in_unit(quantity, typed, sold_in)
    assert there is not None
    assert there * (grams(sold_in) or 0) == quantity * (grams(typed) or 0)


@given(st.fractions(min_value=Fraction(1, 1000), max_value=10_000, max_denominator=1000))
def test_the_nearest_whole_amounts_are_whole_and_either_side(quantity: Fraction) -> None:
    near = nearest(quantity)
    assert all(n >= 1 for n in near)
    if quantity.denominator == 1:
        assert near == (quantity.numerator,)
    elif quantity < 1:
        assert near == (1,)
    else:
        assert near[0] < quantity < near[1] and near[1] - near[0] == 1


@pytest.mark.parametrize(
    ("part", "quantity", "said"),
    [
        ("", 2, Fraction(2)),
        ("半斤", 0, Fraction(1, 2)),
        ("2.5斤", 2, Fraction(5, 2)),
        ("两斤半", 2, Fraction(5, 2)),
        ("1斤半", 1, Fraction(3, 2)),
        ("0.5 kg", 0, Fraction(1, 2)),
    ],
)
def test_a_typed_amount_is_read_exactly(part: str, quantity: int, said: Fraction) -> None:
    assert amount(Measured(quantity, "斤", part=part)) == said
