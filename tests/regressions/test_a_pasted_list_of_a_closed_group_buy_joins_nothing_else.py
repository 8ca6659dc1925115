"""rep88 #1: 散养土鸡蛋 (#1) closed, 苹果 (#4) open. 老王 pasted the egg list with his line added,
`#接龙 散养土鸡蛋⏎1. 张阿姨 1⏎2. 老王 2`, and was put down for two apples (`老王 跟团：2 × 苹果（#4）`);
with two open he was asked which of those, and with 粽子 open which option of 粽子, never told the eggs
had closed. The list's title naming a group buy of this chat that closed, and none open, is answered as
a late join to it (closed, ask the organiser for another round), nothing joined anywhere."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

EGGS = "接龙 散养土鸡蛋 30枚/盒 价格 45 成团 1 库存 8 限购 4 截止 明天20:00"
OTHERS = {
    "one open": ["接龙 苹果 价格 20 截止 明天20:00"],
    "two open": ["接龙 荔枝 价格 30 截止 明天20:00", "接龙 苹果 价格 20 截止 明天20:00"],
    "with options": ["接龙 粽子 规格 大盒:60,小盒:35 截止 明天20:00"],
}
PASTE = "#接龙 散养土鸡蛋\n1. 张阿姨 1\n2. 老王 2"
CLOSED = "团购 #1（散养土鸡蛋 30枚/盒）已经截单了，没有任何改动。想要的话请 @团长 李姐 再开一团。"


@pytest.mark.parametrize("others", OTHERS.values(), ids=OTHERS.keys())
async def test_a_pasted_list_of_a_closed_group_buy_joins_nothing_else(others: list[str]) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", EGGS, name="李姐")
    await chat.say("zhang", "+1", name="张阿姨")
    await chat.say("lijie", "截单", name="李姐")
    for each in others:
        await chat.say("lijie", each, name="李姐")
    before = await chat.cards_up_to(1 + len(others))

    reply = chat.said(await chat.say("laowang", PASTE, name="老王"))

    assert reply == CLOSED, reply
    assert await chat.cards_up_to(1 + len(others)) == before


async def test_a_pasted_list_of_an_open_group_buy_still_joins_it() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", "接龙 苹果 价格 20 截止 明天20:00", name="李姐")
    await chat.say("zhang", "+1", name="张阿姨")
    await chat.say("lijie", "截单", name="李姐")
    await chat.say("lijie", "接龙 苹果 价格 22 截止 明天20:00", name="李姐")

    reply = chat.said(await chat.say("laowang", "#接龙 苹果\n1. 张阿姨 1\n2. 老王 2", name="老王"))

    assert reply.startswith("老王 跟团：2 × 苹果（#2）。"), reply
