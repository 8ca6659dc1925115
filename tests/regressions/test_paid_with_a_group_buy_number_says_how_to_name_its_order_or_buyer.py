"""rep100 #12: `/paid #1` read #1 as an order's own number: `Several group buys here have an order #1:
#1-1 Mangoes 5kg (Bob), #2-1 Cookies (Dan)…`, offering Dan's Cookies order for a Mangoes `#1`. `#1` is a
group buy everywhere: the answer says so and how to name an order of it (`/paid 1-1`) or its buyer
(`/paid @Bob`); nothing is marked paid."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "en": (
        ("/groupbuy Mangoes price 80", "/groupbuy Cookies price 10", "/close #1", "/close #2", "/paid #1"),
        "#1 is a group buy, not an order: nothing was changed. Name one of its orders by its number, "
        "/paid 1-1, or its buyer, /paid @Bob.",
    ),
    "zh": (
        ("接龙 芒果 价格 80", "接龙 饼干 价格 10", "截单 #1", "截单 #2", "已收 #1"),
        "#1 是团号，不是订单号，没有任何改动。"
        "请写这个团的订单号，例如 已收 1-1，或者写买家，例如 已收 @Bob。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_paid_hash_number_is_the_group_buy_and_nothing_is_marked(lang: str) -> None:
    (mangoes, cookies, close1, close2, paid), expected = SAID[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("jenny", mangoes)
    await chat.say("bob", "+1 #1")
    await chat.say("jenny", cookies)
    await chat.say("dan", "+1 #2")
    await chat.say("jenny", close1)
    await chat.say("jenny", close2)
    cards = (await chat.card(1), await chat.card(2))

    assert chat.said(await chat.say("jenny", paid)) == expected
    assert (await chat.card(1), await chat.card(2)) == cards
