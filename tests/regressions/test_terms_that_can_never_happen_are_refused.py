"""`/groupbuy … tiers 10:78,60:68 stock 50` opened a group buy whose 60-unit price no one could ever reach,
and `stock 5 limit 6` one whose limit meant nothing. Terms that can never happen (a tier, a target or a
limit above the stock) are refused when the group buy opens, with one message saying which, and nothing
opens."""

from __future__ import annotations

import pytest

from commerce.domain.errors import DomainError
from handlers.texts import refusal_text
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "key", "params"),
    [
        (
            "zh",
            "接龙 芒果 价格 88 阶梯 10:78,60:68 库存 50",
            "tier_above_stock",
            {"quantity": 60, "stock": 50, "unit": ""},
        ),
        (
            "en",
            "/groupbuy Mangoes price 88 tiers 10:78,60:68 stock 50",
            "tier_above_stock",
            {"quantity": 60, "stock": 50, "unit": ""},
        ),
        ("zh", "接龙 芒果 价格 88 成团 60 库存 50", "stock_below_target", {"stock": 50, "target": 60}),
        (
            "en",
            "/groupbuy Mangoes price 88 target 60 stock 50",
            "stock_below_target",
            {"stock": 50, "target": 60},
        ),
        ("zh", "接龙 芒果 价格 88 库存 5 限购 6", "limit_above_stock", {"limit": 6, "stock": 5}),
        ("en", "/groupbuy Mangoes price 88 stock 5 limit 6", "limit_above_stock", {"limit": 6, "stock": 5}),
    ],
)
async def test_impossible_terms_get_one_message_and_open_nothing(
    lang: str, opening: str, key: str, params: dict[str, int]
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    answer = chat.said(await chat.say("amy", opening))
    assert answer == refusal_text(lang, DomainError(key, **params))  # counts said in its unit
    assert str(params.get("stock")) in answer
    assert factory.state.group_buys == {}


async def test_terms_the_stock_allows_open() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Mangoes price 88 tiers 10:78,50:68 target 50 stock 50 limit 50")
    assert factory.state.group_buys[1].terms.stock == 50
