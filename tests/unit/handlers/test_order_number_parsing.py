"""How people type an order: `12-3` (group buy 12, order 3; any dash, spaces around it), or `3` within a
chat; a part too long to name anything is answered as an order that does not exist."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.errors import DomainError
from commerce.domain.order_numbers import OrderNumber
from handlers.parsing.commands import parse_text
from handlers.parsing.numbers import order_number
from handlers.registry import VOCABULARY


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("12-3", OrderNumber(3, 12)),
        ("12 - 3", OrderNumber(3, 12)),
        ("12–3", OrderNumber(3, 12)),
        ("12—3", OrderNumber(3, 12)),
        ("3", OrderNumber(3)),
        ("007", OrderNumber(7)),
    ],
)
def test_an_order_number_as_typed(typed: str, number: OrderNumber) -> None:
    assert order_number(typed) == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("/paid 12-3", "12-3"),
        ("/paid #12-3", "12-3"),
        ("已收 #12－3", "12-3"),  # a full-width dash, as Chinese keyboards type it
        ("退款 12-3", "12-3"),
        ("/pay 3", "3"),
        ("付款 #3", "3"),
    ],
)
def test_commands_take_the_number_back(text: str, number: str) -> None:
    command = parse_text(text, vocabulary=VOCABULARY)
    assert command is not None
    typed = command.order if command.order is not None else order_number(command.rest.lstrip("#"))
    assert str(typed) == number


@given(st.integers(1, 10**9), st.integers(1, 10**9))
def test_what_texts_show_reads_back_as_the_same_order(group_buy: int, seq: int) -> None:
    shown = str(OrderNumber(seq, group_buy))
    assert shown == f"{group_buy}-{seq}"
    assert order_number(shown) == OrderNumber(seq, group_buy)


def test_a_part_too_long_to_name_anything_is_an_order_that_does_not_exist() -> None:
    with pytest.raises(DomainError) as refused:
        order_number("1-" + "9" * 40)
    assert refused.value.code == "order_not_found"
    assert str(refused.value.params["order"]).endswith("…")
