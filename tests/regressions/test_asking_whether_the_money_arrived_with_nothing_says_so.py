"""Privately, one with no order, no payout and no commission asking `did my payment arrive?` was told
"You have nothing to pick up: …", and `钱到了吗` fell to the notes search. Both now get one clear line:
no order to pay and no payout, and where her orders are."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

NOTHING = {
    "en": "You have no order to pay and no payout; your orders: /orders",
    "zh": "你没有要付款的订单，也没有提现；看你的订单发“我的订单”。",
}
ASKED = {
    "en": ["did my payment arrive?", "did you get my payment?", "did my payout arrive?"],
    "zh": ["钱到了吗", "团长收到我的钱了吗", "到账了吗"],
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_one_with_nothing_is_told_so_in_one_line(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    for text in ASKED[lang]:
        assert Chat.said(await chat.say("zed", text, private=True)) == NOTHING[lang], text


async def test_one_with_an_order_still_hears_about_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 成团 1 截止 2小时")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    said = Chat.said(await chat.say("bob", "钱到了吗", private=True))
    assert said != NOTHING["zh"] and "1-1" in said
