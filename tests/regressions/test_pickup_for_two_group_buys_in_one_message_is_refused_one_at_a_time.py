"""Review 104, finding 6: `自提 #5 #6 南门 明天下午5点` read `#6` as part of #5's place (`#6 南门`), and
the answer's example would have set it so. Now a pickup names one group buy: a second number is refused
with the two messages to send, and nothing changes."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "zh": (
        ["接龙 橙子 价格 30", "接龙 苹果 价格 20"],
        "自提 #1 #2 南门 明天下午5点",
        "一条自提只改一个团，#1 和 #2 请分开发：先发 自提 #1 南门 明天下午5点，"
        "再发 自提 #2 南门 明天下午5点。没有任何改动。",
    ),
    "en": (
        ["/groupbuy Oranges price 30", "/groupbuy Apples price 20"],
        "/pickup #1 #2 Gate 3 tomorrow 17:00",
        "One pickup message sets one group buy: send /pickup #1 Gate 3 tomorrow 17:00, "
        "then /pickup #2 Gate 3 tomorrow 17:00. Nothing was changed.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_second_number_is_no_part_of_the_place(lang: str) -> None:
    opens, typed, expected = WORDS[lang]
    chat = fake_chat(default_language=lang)
    for text in opens:
        await chat.say("amy", text, language=lang)
    before = await chat.cards_up_to(2)

    replies = await chat.say("amy", typed, language=lang)

    assert chat.said(replies) == expected
    assert await chat.cards_up_to(2) == before


async def test_two_numbers_after_the_place_are_refused_too() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 橙子 价格 30")
    await chat.say("amy", "接龙 苹果 价格 20")
    before = await chat.cards_up_to(2)

    replies = await chat.say("amy", "自提 南门 明天下午5点 #1 #2")

    said = chat.said(replies)
    assert said.startswith("一条自提只改一个团，#1 和 #2 请分开发：先发 自提 #1 南门 明天下午5点"), said
    assert await chat.cards_up_to(2) == before


async def test_one_number_still_sets_its_pickup() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 橙子 价格 30")
    await chat.say("amy", "接龙 苹果 价格 20")

    said = chat.said(await chat.say("amy", "自提 #2 南门 #3号楼 明天下午5点"))

    assert said.startswith("好的，苹果（#2）的自提：南门 #3号楼"), said
