"""Session 13 (FM): with 海南贵妃芒 (#1, options) and 阳光玫瑰 2斤 (#2) open, 李四, already on #1, pasted
WeChat's 接龙 list of 阳光玫瑰 2斤 with his line added and was asked which option of 海南贵妃芒 he wanted: a
pasted line went to the group buy he was on, whatever the list's title. The list's title line now
names the group buy meant among several open (its title exactly, else the only one a word of it
names), before the one the member is on; a title naming none leaves the choice as a `+1`'s."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

MANGOES = "接龙 海南贵妃芒 规格 3斤:58:10,5斤:88:6 阶梯 10:-5 成团 5 限购 3"
ROSES = "接龙 阳光玫瑰 2斤 价格 45 成团 3"

# (the list's title line, what 李四 said before pasting it)
TITLES = [
    ("阳光玫瑰 2斤", "+1 3斤"),  # on #1: the title still names #2
    ("阳光玫瑰 2斤", ""),  # on none: not asked which group buy
    ("阳光玫瑰 今晚8点截单", "+1 3斤"),  # a word of the title names #2
    ("#接龙 阳光玫瑰 2斤", "+1 3斤"),  # the title on the 接龙 line itself
]


@pytest.mark.parametrize(("title", "before"), TITLES)
async def test_a_pasted_list_joins_the_group_buy_its_title_names(title: str, before: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("zhangsan", MANGOES)
    await chat.say("wangwu", ROSES)
    await chat.say("zhaoliu", "+1 #2")
    if before:
        await chat.say("李四", before)
    head = title if title.startswith("#接龙") else f"#接龙\n{title}"

    reply = chat.said(await chat.say("李四", f"{head}\n\n1. 赵六 ×1\n2. 李四 +1"))

    assert reply.startswith("李四 跟团：1 × 阳光玫瑰 2斤（#2）。当前 ¥45/份。"), reply
    assert (await chat.card(2)).endswith("\n\n1. Zhaoliu ×1\n2. 李四 ×1")


async def test_a_pasted_list_of_the_other_group_buy_takes_its_option() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("zhangsan", MANGOES)
    await chat.say("wangwu", ROSES)
    await chat.say("李四", "+1 #2")

    reply = chat.said(await chat.say("李四", "#接龙\n海南贵妃芒\n\n1. 王五 3斤 ×2\n2. 李四 3斤 +1"))

    assert reply.startswith("李四 跟团：1 × 海南贵妃芒 3斤（#1）。"), reply
    assert (await chat.card(1)).endswith("\n\n1. 李四 3斤 ×1")
