"""Terms that can never happen are refused when the group buy opens, and free text is stored clean."""

from __future__ import annotations

import pytest

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import MAX_PICKUP, PriceTier, Terms, cleaned_payment_note
from tests.unit.commerce.test_group_buy_rules import NOW, terms


def refusal(value: Terms, *, max_unit_price: int | None = None) -> tuple[str, dict[str, object]]:
    with pytest.raises(DomainError) as refused:
        value.validated(NOW, max_unit_price=max_unit_price)
    return refused.value.code, refused.value.params


@pytest.mark.parametrize(
    ("changes", "code", "params"),
    [
        ({"stock": 9}, "tier_above_stock", {"quantity": 10, "stock": 9, "unit": ""}),
        (
            {"tiers": (PriceTier(20, 6800), PriceTier(15, 7800)), "stock": 12},
            "tier_above_stock",
            {"quantity": 15, "stock": 12, "unit": ""},
        ),
        ({"stock": 12, "per_person_limit": 13}, "limit_above_stock", {"limit": 13, "stock": 12}),
        ({"stock": 4}, "stock_below_target", {"stock": 4, "target": 5}),
    ],
)
def test_terms_that_can_never_happen_are_refused(
    changes: dict[str, object], code: str, params: dict[str, object]
) -> None:
    assert refusal(terms(**changes)) == (code, params)


@pytest.mark.parametrize(
    "changes",
    [
        {"stock": 10},  # the last tier is reached when everything is sold
        {"stock": 12, "per_person_limit": 12},  # one person may buy it all
        {"stock": None, "tiers": (PriceTier(500, 100),), "per_person_limit": 9999},  # no stock: no bound
    ],
)
def test_terms_at_the_edge_of_the_stock_are_fine(changes: dict[str, object]) -> None:
    assert terms(**changes).validated(NOW).stock == changes["stock"]


@pytest.mark.parametrize(
    ("price", "currency", "max_unit_price", "shown"),
    [
        (10_000_001, "CNY", 100_000, ("¥100,000.01", "¥100,000")),
        (100_001, "JPY", 100_000, ("JP¥100,001", "JP¥100,000")),  # whole units of the currency
        (1_000_001, "USD", 10_000, ("$10,000.01", "$10,000")),
    ],
)
def test_a_price_above_the_maximum_is_refused_with_both_amounts(
    price: int, currency: str, max_unit_price: int, shown: tuple[str, str]
) -> None:
    value = terms(unit_price=price, currency=currency, tiers=())
    assert refusal(value, max_unit_price=max_unit_price) == (
        "price_above_max",
        {"price": shown[0], "max": shown[1]},
    )


def test_the_maximum_price_itself_and_no_maximum_are_fine() -> None:
    assert (
        terms(unit_price=10_000_000, tiers=()).validated(NOW, max_unit_price=100_000).unit_price == 10_000_000
    )
    assert terms(unit_price=10**12, tiers=()).validated(NOW).unit_price == 10**12


def test_title_pickup_and_payment_note_are_stored_without_what_nobody_sees() -> None:
    value = terms(
        title="\u202eMan\u200bgoes\u2066 5kg",
        pickup="Gate\u00a03\u200f, tomorrow",
        payment_note="微信转账，\n备注：芒果\u200b 👨\u200d👩\u200d👧",
    ).validated(NOW)
    assert (value.title, value.pickup, value.payment_note) == (
        "Mangoes 5kg",
        "Gate 3, tomorrow",
        "微信转账， 备注：芒果 👨\u200d👩\u200d👧",
    )


@pytest.mark.parametrize("title", ["\u200b", "\u202e\u2066\u2069", "\u3164", " \ufeff "])
def test_a_title_with_nothing_to_see_is_missing(title: str) -> None:
    assert refusal(terms(title=title)) == ("title_missing", {})


def test_a_long_pickup_is_refused_and_a_note_with_nothing_to_see_is_none() -> None:
    assert refusal(terms(pickup="x" * (MAX_PICKUP + 1))) == ("pickup_too_long", {"max": MAX_PICKUP})
    assert terms(payment_note="\u200b\u202e").validated(NOW).payment_note == ""
    assert cleaned_payment_note(" 现金\u2060，谢谢 ") == "现金，谢谢"
