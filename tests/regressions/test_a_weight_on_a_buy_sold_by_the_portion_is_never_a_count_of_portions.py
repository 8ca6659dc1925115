"""Session 28 (rep48 #1, money): on `阳光玫瑰 2斤装 ¥60/份` (sold by the 份, the title naming 2斤 a 份),
`我要2斤` joined 2 份, `+2斤` 2 份, `给我来四斤` 4 份 (¥240 for 8斤 where 4斤 is ¥120). A weight typed on a
group buy sold by the 份 is never a count of 份: where the title says how much one 份 is and the weight is
a whole number of them, that many 份 are joined and the reply says so (`4斤 = 2 份`); otherwise it is
refused in one message saying what to send, nothing joined; with no weight in the title it is refused too."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("typed", "weight", "n"),
    [
        ("+2斤", "2斤", 1),
        ("我要2斤", "2斤", 1),
        ("给我来四斤", "4斤", 2),
        ("+4斤", "4斤", 2),
        ("要2公斤", "2公斤", 2),
    ],
)
async def test_a_whole_number_of_portions_joins_that_many(typed: str, weight: str, n: int) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰 2斤装 价格 60 成团 20")

    said = Chat.said(await chat.say("bob", typed))

    assert said.startswith(f"Bob 跟团：{n} × 阳光玫瑰 2斤装（#1）。"), said
    assert f"。{weight} = {n} 份。当前 ¥60/份。" in said, said
    assert (await chat.card()).endswith(f"\n\n1. Bob ×{n}"), typed


async def test_the_reply_says_how_many_portions_the_weight_is() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰 2斤装 价格 60 成团 20")

    said = Chat.said(await chat.say("bob", "+4斤"))

    assert said == "Bob 跟团：2 × 阳光玫瑰 2斤装（#1）。4斤 = 2 份。当前 ¥60/份。"


async def test_a_weight_that_is_no_whole_number_of_portions_is_refused() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰 2斤装 价格 60 成团 20")
    before = await chat.card()

    said = Chat.said(await chat.say("bob", "要3斤"))

    assert said == (
        "阳光玫瑰 2斤装（#1）按份卖，一份 2斤，“3斤”不是整份。要几份就发 +几，例如 +1（2斤）。没有任何改动。"
    )
    assert await chat.card() == before


async def test_a_weight_where_the_title_names_none_is_refused() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰 价格 60 成团 20")
    before = await chat.card()

    said = Chat.said(await chat.say("bob", "+2斤"))

    assert said == "阳光玫瑰（#1）按份卖，“2斤”不是它的数量。要几份就发 +几，例如 +1。没有任何改动。"
    assert await chat.card() == before


async def test_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Grapes 1kg price 60 target 20")
    before = await chat.card()

    refused = Chat.said(await chat.say("bob", "+1500g"))
    assert refused == (
        "Grapes 1kg (#1) is sold by the portion, 1 kg each, so “1500 g” is not a whole number of portions. "
        "Send how many portions you want, e.g. +1 (1 kg). Nothing was changed."
    )
    assert await chat.card() == before

    said = Chat.said(await chat.say("bob", "+2kg"))
    assert said == "Bob is in: 2 × Grapes 1kg (#1). 2 kg = 2 portions. Now ¥60 each."


async def test_a_bare_weight_answers_as_the_join() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰 2斤装 价格 60 成团 20")

    refused = Chat.said(await chat.say("bob", "3斤"))
    said = Chat.said(await chat.say("bob", "4斤"))

    assert refused == (
        "阳光玫瑰 2斤装（#1）按份卖，一份 2斤，“3斤”不是整份。要几份就发 +几，例如 +1（2斤）。没有任何改动。"
    )
    assert said == "Bob 跟团：2 × 阳光玫瑰 2斤装（#1）。4斤 = 2 份。当前 ¥60/份。"
