"""`+1.5` on a group buy sold by the 份 got the vague `没看懂要几份`, while `+1,5` is told the 份 are whole.
It is told so too (nothing joined); on one sold by the 斤 it is 1.5斤, no whole number of it; with two
open, the question which never suggests the decimal refused."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_decimal_by_the_portion_is_told_portions_are_whole() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 鸡蛋 价格 12")

    said = chat.said(await chat.say("bob", "+1.5"))

    assert said == "“1.5”：这里按份卖，份数只能是整数：发 +1 或 +2。没有任何改动。"
    assert "还没有人跟团" in await chat.card(1)


async def test_in_english_and_in_a_unit() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12")

    assert chat.said(await chat.say("bob", "+1.5")) == (
        "“1.5”: this is sold in whole portions: send +1 or +2. Nothing was changed."
    )

    apples = fake_chat(FakeUnitOfWorkFactory())
    await apples.say("amy", "接龙 苹果 价格 8/斤")
    assert apples.said(await apples.say("bob", "+1.5")) == (
        "苹果（#1）按斤卖，“1.5斤”不是整斤数。要 1斤 就发 +1，要 2斤 就发 +2。没有任何改动。"
    )


async def test_with_two_open_each_example_is_a_whole_one() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 鸡蛋 价格 12")
    await chat.say("amy", "接龙 苹果 价格 8/斤")

    assert chat.said(await chat.say("bob", "+1.5")) == (
        "这个群里有 2 个团在接龙：#1 鸡蛋 · #2 苹果。这次没有加上，请带上编号：鸡蛋发 +1 #1，苹果发 +1 #2"
        "（也可以直接回复编号或名称）。"
    )
