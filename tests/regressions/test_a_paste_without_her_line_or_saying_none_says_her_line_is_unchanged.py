"""rep92 #7: 小美 holds 2盒 of 土鸡蛋. A pasted list without her line told her to join (`…或直接发 +1`),
`1. 小美 不要了` and `1. 小美 2盒 -1` read "already on the list… to add more send +1", and `1. 小美 0盒` got
no reply at all. A paste never lowers her line nor takes it off: nothing changes, and she is told her line
is still 2盒 and how to leave or take fewer, never to send +1."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, chat_in, fake_chat

EGGS = "接龙 土鸡蛋 45元/盒 限购 3 库存 10 截止 明天20:00"
HOW = "你在 土鸡蛋（#1）还是 2盒。要退出请发 -2，要减少请发 改成1盒。"


async def _eggs() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", EGGS, name="李姐")
    await chat.say("xiaomei", "+2", name="小美")
    await chat.say("zhang", "+3", name="张叔")
    await chat.say("wang", "+1", name="王阿姨")
    return chat


@pytest.mark.parametrize(
    ("paste", "first"),
    [
        ("#接龙 土鸡蛋\n1. 张叔 3盒\n2. 王阿姨 1盒", "名单里没有写着你名字的一行"),
        ("#接龙 土鸡蛋\n1. 小美 不要了\n2. 张叔 3盒\n3. 王阿姨 1盒", "名单上你的一行写的是“不要了”"),
        ("#接龙 土鸡蛋\n1. 小美 0盒\n2. 张叔 3盒\n3. 王阿姨 1盒", "名单上你的一行写的是“0盒”"),
        ("#接龙 土鸡蛋\n1. 小美 2盒 -1\n2. 张叔 3盒\n3. 王阿姨 1盒", "名单上你的一行写的是“2盒 -1”"),
    ],
)
async def test_her_line_stays_and_she_is_told_how_to_leave_or_lower(paste: str, first: str) -> None:
    chat = await _eggs()
    card = await chat.card(1)

    reply = chat.said(await chat.say("xiaomei", paste, name="小美"))

    assert reply == f"{first}，贴名单不会减少或退出，没有任何改动：{HOW}", reply
    assert "+1" not in reply
    assert await chat.card(1) == card

    lowered = chat.said(await chat.say("xiaomei", "改成1盒", name="小美"))

    assert "1盒" in lowered, lowered
    assert "1. 小美 1盒" in await chat.card(1)


async def test_her_option_line_is_named_with_its_option() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", "接龙 粽子 规格 大盒:68,小盒:38 截止 明天20:00", name="李姐")
    await chat.say("zhang", "+2 小盒", name="张叔")
    await chat.say("wang", "+1 大盒", name="王阿姨")

    reply = chat.said(await chat.say("zhang", "#接龙 粽子\n1. 王阿姨 大盒1", name="张叔"))

    assert reply.endswith("你在 粽子（#1）还是 小盒 ×2。要退出请发 -2 小盒，要减少请发 小盒改成1份。"), reply

    left = chat.said(await chat.say("zhang", "-2 小盒", name="张叔"))

    assert "张叔" not in await chat.card(1), left


async def test_in_english_a_zero_on_her_line_says_what_she_holds() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Cookies price 12 stock 5 limit 2 ends tomorrow 20:00")
    await chat.say("sue", "+2", name="Sue")

    reply = chat.said(await chat.say("sue", "#接龙 Cookies\n1. Sue 0\n2. Amy 1", name="Sue"))

    assert reply == (
        "Your line on the list says “0”, but a pasted list never lowers or removes your line, so nothing was "
        "changed: you still have 2 units on Cookies (#1). To leave, send -2; to take fewer, send make it 1."
    )

    lowered = chat.said(await chat.say("sue", "make it 1", name="Sue"))

    assert "Sue ×1" in await chat.card(1), lowered


async def test_none_of_hers_and_a_zero_line_joins_nothing() -> None:
    chat = await _eggs()

    reply = chat.said(await chat.say("ada", "#接龙 土鸡蛋\n1. 张叔 3盒\n2. 阿达 不要了", name="阿达"))

    assert reply == "名单上你的一行写的是“不要了”，你没有跟 土鸡蛋（#1），没有任何改动。"
    assert "阿达" not in await chat.card(1)
