"""Session 13 (FM): a member pasting WeChat's 接龙 list back had a Chinese numeral of a name read as her
quantity: 李四's `2. 李四 +1` joined 4 (四) with the note "+1", 王五's `2. 王五 2斤 +1` 5 (五) or 2 (the
title's weight) with the note "2斤 +1", and 张三's `7. 张三 3斤 +1` 3 × 3斤 with the note "+1" (charged 3 ×
the price), depending on whether the name she is listed by was one the bot knew her by. The quantity
of a pasted line is a `+N`, `N份`, `xN` or a number right after the name, never a numeral of the name
nor a weight (an option's, the title's: `3斤 +1` is 1 of 3斤), whatever names she goes by."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

ROSES = "接龙 阳光玫瑰 2斤 价格 45 成团 2"
MANGOES = "接龙 海南贵妃芒 规格 3斤:58:10,5斤:88:6 阶梯 10:-5 成团 5 限购 3"
ROSE_LIST = "#接龙\n阳光玫瑰 2斤\n\n1. 赵六 2份\n"
MANGO_LIST = "#接龙\n海南贵妃芒\n\n1. 李四 5斤 ×3\n"


async def pasted(chat: Chat, user: str, name: str, alias: str | None, text: str) -> str:
    return chat.said(await chat.say(user, text, name=name, alias=alias))


# (WeChat name, room alias, her line, what the bot says, her line on the card)
ROSE_LINES = [
    ("李四", "李四", "2. 李四 +1", "李四 跟团：1 × 阳光玫瑰 2斤（#1）。当前", "李四 ×1"),
    ("Li Si", None, "2. 李四 +1", "Li Si 跟团：1 × 阳光玫瑰 2斤（#1）。当前", "Li Si ×1"),
    ("李", None, "2. 李四 +1", "李 跟团：1 × 阳光玫瑰 2斤（#1）。当前", "李 ×1"),
    ("Li Si", None, "2. 李四+1", "Li Si 跟团：1 × 阳光玫瑰 2斤（#1）。当前", "Li Si ×1"),
    ("Li Si", None, "2. 李四两份", "Li Si 跟团：2 × 阳光玫瑰 2斤（#1）。当前", "Li Si ×2"),
    ("李四", None, "2. 王五 李四 +1", "李四 跟团：1 × 阳光玫瑰 2斤（#1）。当前", "李四 ×1"),
    ("王五", "王五", "2. 王五 2斤 +1", "王五 跟团：1 × 阳光玫瑰 2斤（#1）。当前", "王五 ×1"),
    ("Wang Wu", None, "2. 王五 2斤 +1", "Wang Wu 跟团：1 × 阳光玫瑰 2斤（#1）。当前", "Wang Wu ×1"),
    ("六", None, "2. 六六 +1", "六 跟团：1 × 阳光玫瑰 2斤（#1）。当前", "六 ×1"),
]


@pytest.mark.parametrize(("name", "alias", "line", "said", "card_line"), ROSE_LINES)
async def test_a_numeral_of_the_name_is_no_quantity(
    name: str, alias: str | None, line: str, said: str, card_line: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wangwu", ROSES)

    reply = await pasted(chat, "member", name, alias, ROSE_LIST + line)

    assert reply.startswith(said), reply
    assert "备注" not in reply
    assert (await chat.card()).endswith(f"\n\n1. {card_line}")


async def test_the_same_after_she_joined_and_left_under_her_wechat_name() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wangwu", ROSES)
    await pasted(chat, "lisi", "Li Si", None, "+1")
    await pasted(chat, "lisi", "Li Si", None, "退出")

    reply = await pasted(chat, "lisi", "李四", "李四", ROSE_LIST + "2. 李四 +1")

    assert reply.startswith("李四 跟团：1 × 阳光玫瑰 2斤（#1）。当前"), reply
    assert (await chat.card()).endswith("\n\n1. 李四 ×1")


# (WeChat name, her line, what the bot says, her line on the card)
MANGO_LINES = [
    ("张三", "7. 张三 3斤 +1", "张三 跟团：1 × 海南贵妃芒 3斤（#1）。3斤 现价 ¥58/份", "张三 3斤 ×1"),
    (
        "Zhang San",
        "7. 张三 3斤 +1",
        "Zhang San 跟团：1 × 海南贵妃芒 3斤（#1）。3斤 现价 ¥58/份",
        "Zhang San 3斤 ×1",
    ),
    ("张三", "7. 张三 3斤", "张三 跟团：1 × 海南贵妃芒 3斤（#1）。3斤 现价 ¥58/份", "张三 3斤 ×1"),
    ("张三", "7. 张三5斤 +1", "张三 跟团：1 × 海南贵妃芒 5斤（#1）。5斤 现价 ¥88/份", "张三 5斤 ×1"),
    ("张三", "7. 张三 3斤 ×2", "张三 跟团：2 × 海南贵妃芒 3斤（#1）。3斤 现价 ¥58/份", "张三 3斤 ×2"),
]


@pytest.mark.parametrize(("name", "line", "said", "card_line"), MANGO_LINES)
async def test_a_weight_after_the_name_is_the_option_not_the_quantity(
    name: str, line: str, said: str, card_line: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("zhangsan", MANGOES)

    reply = await pasted(chat, "zhangsan", name, None, MANGO_LIST + line)

    assert reply.startswith(said), reply
    assert "备注" not in reply
    assert (await chat.card()).endswith(f"\n\n1. {card_line}")
