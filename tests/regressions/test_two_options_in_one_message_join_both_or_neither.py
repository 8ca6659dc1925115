"""Session 41 (s40 noticed, "Joins and pastes"): `豆沙 2 咸蛋黄 3` and `+1 small +2 big` were refused, the
member told to send the two joins one by one. Two options of one group buy in one message, each with its
count, now join both in one unit of work; one refused (sold out, over the limit) changes nothing, and
the answer says which and why. Session 42 (rep102 #9): and ends with the one message to send for the part that
would go through (`要 豆沙 就发 +2 豆沙`)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, chat_in, fake_chat


async def _mooncakes() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8,咸蛋黄:9:3 限购 4")
    return chat


@pytest.mark.parametrize("typed", ["豆沙 2 咸蛋黄 3", "豆沙2 咸蛋黄3", "+2 豆沙 +3 咸蛋黄"])
async def test_two_options_each_with_its_count_join_both(typed: str) -> None:
    chat = await _mooncakes()

    reply = chat.said(await chat.say("kay", typed))

    assert reply == (
        "Kay 跟团：2 × 月饼 豆沙（#1）。豆沙 现价 ¥8/份。\n"
        "Kay 跟团：3 × 月饼 咸蛋黄（#1）。咸蛋黄 现价 ¥9/份。🈵 咸蛋黄 已售罄！"
    )
    card = await chat.card()
    assert "1. Kay 豆沙 ×2" in card and "2. Kay 咸蛋黄 ×3" in card, card


async def test_one_refused_joins_neither_and_says_which_and_why() -> None:
    chat = await _mooncakes()
    await chat.say("amy", "+2 咸蛋黄")

    reply = chat.said(await chat.say("kay", "豆沙 2 咸蛋黄 3"))

    assert reply == (
        "月饼 咸蛋黄（#1）没有加上：月饼 咸蛋黄 只剩 1 份了。例如：+1 咸蛋黄\n"
        "一条消息里的要么都加上，要么都不加：这次一样都没有加上，没有任何改动。\n"
        "要 豆沙 就发 +2 豆沙"
    )
    card = await chat.card()
    assert "Kay" not in card and "豆沙 ¥8 · 已订 0" in card, card


async def test_both_refused_say_each_why() -> None:
    chat = await _mooncakes()
    await chat.say("amy", "+3 咸蛋黄")

    reply = chat.said(await chat.say("kay", "豆沙 5 咸蛋黄 1"))

    assert "月饼 豆沙（#1）没有加上：抱歉，月饼 豆沙 每人限购 4 份，最多发 +4 豆沙。" in reply, reply
    assert "月饼 咸蛋黄（#1）没有加上：抱歉，月饼 咸蛋黄 已经卖完了。" in reply, reply
    assert reply.endswith("这次一样都没有加上，没有任何改动。"), reply
    assert "Kay" not in await chat.card()


async def test_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Pies options small:8,big:9 limit 3")
    await chat.say("amy", "/groupbuy Tea price 3")

    reply = chat.said(await chat.say("kay", "+1 small +2 big"))
    refused = chat.said(await chat.say("bo", "+1 small +4 big"))

    assert (
        reply == "Kay is in: 1 × Pies small (#1). Small: now ¥8 each.\n"
        "Kay is in: 2 × Pies big (#1). Big: now ¥9 each."
    )
    assert refused.startswith("Pies big (#1) was not added: Sorry, Pies big is limited to 3 per person"), (
        refused
    )
    assert refused.endswith(
        "none of it was added. Nothing was changed.\nSend +1 #1 small to take small only."
    ), refused
    card = await chat.card(1)
    assert "1. Kay small ×1" in card and "2. Kay big ×2" in card and "Bo" not in card, card
