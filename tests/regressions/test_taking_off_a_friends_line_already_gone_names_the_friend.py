"""rep80 #7: Eve's third `-1 for Zhao`, Zhao's line already off, answered `You are not on the list of
Cookies (#4)…`, as if she had asked about herself. A leave naming a friend she holds no line for, and
nothing else, says she has no line for that friend there; nothing is changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_third_minus_one_for_zhao_names_zhao() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 5 stock 3 ends 1h")
    await chat.say("eve", "+2 for Zhao")
    await chat.say("eve", "-1 for Zhao")
    await chat.say("eve", "-1 for Zhao")
    before = await chat.card()

    again = Chat.said(await chat.say("eve", "-1 for Zhao"))
    said_first = Chat.said(await chat.say("eve", "Zhao -1"))

    gone = "You have no line for Zhao in Cookies (#1), so there is nothing to take off. Nothing was changed."
    assert again == gone
    assert said_first == gone
    assert await chat.card() == before


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("chen", "帮赵奶奶报2份", name="陈妈妈")
    await chat.say("chen", "-2 帮 赵奶奶", name="陈妈妈")

    again = Chat.said(await chat.say("chen", "-1 帮 赵奶奶", name="陈妈妈"))

    assert again == "你在 土鸡蛋（#1）没有帮 赵奶奶 报的，没有可以撤的，没有任何改动。"
