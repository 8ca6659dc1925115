"""rep100 #9: in an English group with Cookies and Mangoes 5kg open, Xiaoli, who writes Chinese, got no answer
to `曲奇 +2` nor `我要两份曲奇`; asked which by the bot ("…也可以直接回复编号或名称"), her answer `曲奇` got
none either, and Cookies closed without her. A join with a count whose goods word names none open here is
now asked which (saying the word named none), her count kept for her answer; a short word answering the
question that names none listed is told so with the numbers to reply. Talk stays talk: after the
question (`好的`, `在哪取货`) and without one (`曲奇` alone, `排队 +2`, `明天 +2`, `曲奇 +1`)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ASKED = (
    "没找到“曲奇”。这个群里有 2 个团在接龙：#1 Cookies · #2 Mangoes 5kg。这次没有加上，请带上编号："
    "Cookies 发 +2 #1，Mangoes 5kg 发 +2 #2（也可以直接回复编号或名称）。"
)
UNMATCHED = "没找到“曲奇”，请回复 #1 或 #2。"


async def _two_open() -> Chat:
    chat = fake_chat()
    await chat.say("jenny", "/groupbuy Cookies price 10")
    await chat.say("jenny", "/groupbuy Mangoes 5kg price 88")
    assert "Amy" in chat.said(await chat.say("amy", "+1 #1"))
    return chat


@pytest.mark.parametrize("typed", ["曲奇 +2", "我要两份曲奇"])
async def test_a_join_with_a_count_naming_goods_it_cannot_match_is_asked_which(typed: str) -> None:
    chat = await _two_open()

    assert chat.said(await chat.say("xiaoli", typed)) == ASKED
    assert "Xiaoli" not in await chat.card(1) and "Xiaoli" not in await chat.card(2)

    joined = chat.said(await chat.say("xiaoli", "#1"))  # her answer: her count, no note

    assert joined == "Xiaoli is in: 2 × Cookies (#1). Now ¥10 each."
    assert "Xiaoli" not in await chat.card(2)


async def test_one_unit_said_with_its_counting_word_is_asked_too() -> None:
    chat = await _two_open()

    said = chat.said(await chat.say("xiaoli", "我要一份曲奇"))

    assert said.startswith("没找到“曲奇”。这个群里有 2 个团在接龙：")
    assert "Cookies 发 +1 #1，Mangoes 5kg 发 +1 #2" in said


async def test_an_answer_naming_none_listed_is_told_the_numbers_to_reply() -> None:
    chat = await _two_open()
    question = chat.said(await chat.say("xiaoli", "我要两份"))
    assert "也可以直接回复编号或名称" in question

    assert chat.said(await chat.say("xiaoli", "曲奇")) == UNMATCHED
    assert "Xiaoli" not in await chat.card(1)
    # the question stays: her number still answers it
    assert chat.said(await chat.say("xiaoli", "#1")) == "Xiaoli is in: 2 × Cookies (#1). Now ¥10 each."


async def test_an_english_word_naming_none_is_answered_in_english() -> None:
    chat = await _two_open()

    said = chat.said(await chat.say("bob", "biscuits +2"))

    assert said == (
        "Found no “biscuits” here. 2 group buys are open here: #1 Cookies · #2 Mangoes 5kg. Nothing was "
        "added: say which with its number (Cookies: +2 #1; Mangoes 5kg: +2 #2), or reply with its number or "
        "name."
    )
    assert chat.said(await chat.say("bob", "biscuits")) == "Found no “biscuits”: reply #1 or #2."


async def test_three_listed_are_said_each() -> None:
    chat = await _two_open()
    await chat.say("jenny", "/groupbuy Pears price 5")
    await chat.say("xiaoli", "我要两份")

    assert chat.said(await chat.say("xiaoli", "曲奇")) == "没找到“曲奇”，请回复 #1、#2 或 #3。"


@pytest.mark.parametrize("talk", ["好的", "哈哈", "在哪取货", "谢谢", "小王", "ok"])
async def test_talk_after_the_question_stays_talk(talk: str) -> None:
    chat = await _two_open()
    await chat.say("xiaoli", "我要两份")

    assert await chat.say("xiaoli", talk) == []


@pytest.mark.parametrize("talk", ["曲奇", "排队 +2", "明天 +2", "哈哈+2", "曲奇 +1", "排队 +1"])
async def test_talk_without_a_question_or_a_count_stays_talk(talk: str) -> None:
    chat = await _two_open()

    assert await chat.say("xiaoli", talk) == []
    assert "Xiaoli" not in await chat.card(1) and "Xiaoli" not in await chat.card(2)
