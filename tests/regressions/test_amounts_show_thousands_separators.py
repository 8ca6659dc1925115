"""`¥1234500` on a card is easy to misread by a factor of ten. Amounts show thousands separators
(`¥12,345`, `¥24,690` in the order), in both languages, on the card, the answers and the orders."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "close", "price", "card_price", "order_total"),
    [
        ("zh", "接龙 手表 价格 12345 成团 1", "截单", "¥12,345", "单价：¥12,345/份", "¥24,690"),
        (
            "en",
            "/groupbuy Watch price 12345.5 target 1",
            "/close",
            "¥12,345.50",
            "Price: ¥12,345.50 each",
            "¥24,691",
        ),
    ],
)
async def test_big_amounts_are_grouped_by_thousands(
    lang: str, opening: str, close: str, price: str, card_price: str, order_total: str
) -> None:
    chat = fake_chat(default_language=lang)
    opened = chat.said(await chat.say("amy", opening))
    await chat.say("bob", "+2")
    assert price in opened
    assert card_price in await chat.card()
    order = Chat.private(await chat.say("amy", close))["bob"]
    assert order_total in order
