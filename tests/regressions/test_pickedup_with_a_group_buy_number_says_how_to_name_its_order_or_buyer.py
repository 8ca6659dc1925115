"""Session 41's closing note: `/pickedup #1` still read #1 as an order's own number (as `/paid #1` did
before rep100 #12). `#1` is a group buy everywhere: the answer says so and how to name an order of it
to collect, a paid one (`/pickedup 1-2`), or its buyer (`/pickedup @Dan`); nothing is marked picked up."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "en": (
        ("/groupbuy Mangoes price 80", "/close #1", "/paid 1-2", "/pickedup #1"),
        "#1 is a group buy, not an order: nothing was changed. Name one of its orders by its number, "
        "/pickedup 1-2, or its buyer, /pickedup @Dan.",
    ),
    "zh": (
        ("接龙 芒果 价格 80", "截单 #1", "已收 1-2", "已取 #1"),
        "#1 是团号，不是订单号，没有任何改动。"
        "请写这个团的订单号，例如 已取 1-2，或者写买家，例如 已取 @Dan。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_pickedup_hash_number_is_the_group_buy_and_nothing_is_collected(lang: str) -> None:
    (mangoes, close, paid, picked_up), expected = SAID[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("jenny", mangoes)
    await chat.say("bob", "+1")
    await chat.say("dan", "+1")
    await chat.say("jenny", close)
    await chat.say("jenny", paid)
    card = await chat.card(1)

    assert chat.said(await chat.say("jenny", picked_up)) == expected
    assert await chat.card(1) == card
