"""Session 14 (fp): with 荔枝 (¥15/斤) and 东北大米 10斤 (¥59 a bag) open, `+2斤` and `我要两斤`
were asked which group buy, though only 荔枝 is sold by the 斤 (`+1 荔枝` already picked it by its
title). The unit a join's quantity is typed in now names the group buy sold in it, as a title word
does; with two sold in it, or none, it is asked which, nothing added."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def two_open(first: str, second: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", first)
    await chat.say("ken", second)
    return chat


@pytest.mark.parametrize("text", ["+2斤", "我要两斤", "+1 2斤"])
async def test_a_weight_joins_the_one_sold_by_it(text: str) -> None:
    chat = await two_open("接龙 荔枝 价格 15元/斤 成团 20", "接龙 东北大米 10斤 价格 59 成团 20")

    reply = chat.said(await chat.say("xiaoli", text, name="小李"))

    assert reply.startswith("小李 跟团：2斤 荔枝（#1）。"), reply
    assert (await chat.card(1)).endswith("\n\n1. 小李 2斤")


async def test_even_from_a_member_on_the_other_one() -> None:
    chat = await two_open("接龙 荔枝 价格 15元/斤 成团 20", "接龙 东北大米 10斤 价格 59 成团 20")
    await chat.say("xiaoli", "+1 #2", name="小李")

    reply = chat.said(await chat.say("xiaoli", "+3斤", name="小李"))

    assert reply.startswith("小李 跟团：3斤 荔枝（#1）。"), reply


async def test_two_sold_by_it_are_asked_which() -> None:
    chat = await two_open("接龙 荔枝 价格 15元/斤 成团 20", "接龙 车厘子 价格 45元/斤 成团 20")
    before = await chat.card(1), await chat.card(2)

    reply = chat.said(await chat.say("xiaoli", "+2斤", name="小李"))

    assert reply.startswith("这个群里有 2 个团在接龙：#1 荔枝 · #2 车厘子。"), reply
    assert (await chat.card(1), await chat.card(2)) == before


async def test_in_english_the_kg_names_the_one_sold_by_the_kg() -> None:
    chat = await two_open("/groupbuy Lychees price 15/kg target 20", "/groupbuy Rice 10kg price 59 target 20")

    reply = chat.said(await chat.say("bob", "+2 kg"))

    assert reply.startswith("Bob is in: 2 kg of Lychees (#1)."), reply


async def test_the_answer_to_which_keeps_the_weight_and_its_fraction() -> None:
    chat = await two_open("接龙 荔枝 价格 15元/斤 成团 20", "接龙 车厘子 价格 45元/斤 成团 20")
    before = await chat.card(2)

    await chat.say("xiaoli", "+1.5斤", name="小李")
    half = chat.said(await chat.say("xiaoli", "#2", name="小李"))
    await chat.say("xiaoli", "+1 2斤", name="小李")
    await chat.say("xiaoli", "#1", name="小李")

    assert half == (
        "车厘子（#2）按斤卖，“1.5斤”不是整斤数。要 1斤 就发 +1 #2，要 2斤 就发 +2 #2。没有任何改动。"
    )
    assert await chat.card(2) == before
    assert (await chat.card(1)).endswith("\n\n1. 小李 2斤")


async def test_the_question_which_never_rounds_the_fraction_in_its_example() -> None:
    chat = await two_open("接龙 荔枝 价格 15元/斤 成团 20", "接龙 车厘子 价格 45元/斤 成团 20")

    asked = chat.said(await chat.say("xiaoli", "+1.5斤", name="小李"))

    assert "+1.5斤 #1" in asked and "+1斤 #" not in asked, asked
