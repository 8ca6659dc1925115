"""`接龙 苹果 30元` (the way people write it in WeChat) was silence: without the word 价格 the bot did not
see a group buy. A price as the title's last word now opens one at that price, and a bare `接龙 苹果`
is answered with how to write it, while chatter such as `接龙开始了吗？` stays silent."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    "typed", ["接龙 苹果 30元", "接龙 苹果 30", "接龙 苹果 ¥30", "接龙 苹果 30元 成团 5", "开团 苹果 30元"]
)
async def test_a_price_as_the_last_word_opens_at_that_price(typed: str) -> None:
    chat = fake_chat()

    replies = await chat.say("amy", typed)

    assert chat.said(replies).startswith("团购 #1 开团了：苹果，¥30/份")
    assert (await chat.card(1)).startswith("🛒 苹果（#1）")


async def test_a_title_without_a_price_gets_the_usage_and_chatter_stays_silent() -> None:
    chat = fake_chat()

    usage = chat.said(await chat.say("amy", "接龙 苹果"))

    assert usage == "请写上价格。例如：接龙 海南贵妃芒 5斤 价格 88 成团 10 截止 今晚8点"
    assert await chat.say("amy", "接龙开始了吗？") == []
    assert await chat.say("amy", "接龙的时候写楼号") == []
