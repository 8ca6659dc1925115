"""Session 42 (rep102 #9): `豆沙 2 咸蛋黄 1` with 咸蛋黄 sold out said why and that nothing was added,
and never what to send for the part that would go through. The refusal now ends with that one message
(`要 豆沙 就发 +2 豆沙`, `Send +2 small to take small only.`), and sending it joins it."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import chat_in, fake_chat


async def test_the_refusal_offers_the_option_that_would_go_through() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8,咸蛋黄:9:1")
    await chat.say("amy", "+1 咸蛋黄")

    reply = chat.said(await chat.say("eve", "豆沙 2 咸蛋黄 1"))

    assert reply.startswith("月饼 咸蛋黄（#1）没有加上：抱歉，月饼 咸蛋黄 已经卖完了。"), reply
    assert reply.endswith("这次一样都没有加上，没有任何改动。\n要 豆沙 就发 +2 豆沙"), reply
    assert "Eve" not in await chat.card()
    assert chat.said(await chat.say("eve", "+2 豆沙")) == "Eve 跟团：2 × 月饼 豆沙（#1）。豆沙 现价 ¥8/份。"


async def test_two_that_would_go_through_are_one_message_to_send() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8,咸蛋黄:9:1,莲蓉:7 限购 3")

    reply = chat.said(await chat.say("eve", "豆沙 2 咸蛋黄 5 莲蓉 1"))

    assert "月饼 咸蛋黄（#1）没有加上" in reply, reply
    assert reply.endswith("\n要 豆沙、莲蓉 就发 +2 豆沙 +1 莲蓉"), reply
    joined = chat.said(await chat.say("eve", "+2 豆沙 +1 莲蓉"))
    assert "2 × 月饼 豆沙（#1）" in joined and "1 × 月饼 莲蓉（#1）" in joined, joined


async def test_in_english_with_several_open_the_line_names_the_group_buy() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Tea options small:3,large:4:1")
    await chat.say("amy", "/groupbuy Pies price 5")
    await chat.say("bob", "+1 #1 large")

    reply = chat.said(await chat.say("kay", "+2 small +1 large"))

    assert reply.endswith("Nothing was changed.\nSend +2 #1 small to take small only."), reply
    assert "Kay" not in await chat.card(1)


async def test_all_refused_offer_nothing_to_send() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8,咸蛋黄:9:1 限购 4")
    await chat.say("amy", "+1 咸蛋黄")

    reply = chat.said(await chat.say("eve", "豆沙 5 咸蛋黄 1"))

    assert reply.endswith("这次一样都没有加上，没有任何改动。"), reply
    assert "就发 +" not in reply.split("\n")[-1], reply
