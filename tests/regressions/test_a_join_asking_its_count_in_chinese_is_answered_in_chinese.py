"""rep68 #6: in an English room Bob's `+1 #4 要2份` (its count asked in Chinese words) was answered in
English ("Which option of Cookies (#4)?…") while Amy's `我也要` in the same room got Chinese. A count
asked in Chinese words in a join (`要2份`, `两份`, `共3份`) tells her language as `我也要` does; English
words (`x2`, `+1 gate 3`) and an option's name alone (`+1 large`) are answered as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_count_in_chinese_words_gets_chinese_in_an_english_room() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Cookies options small:10,large:15")

    asked = Chat.said(await chat.say("bob", "+1 #1 要2份"))
    joined = Chat.said(await chat.say("bob", "+1 #1 small 要2份"))
    too = Chat.said(await chat.say("cat", "我也要"))

    assert asked == (
        "Cookies（#1）要哪个规格？small ¥10 / large ¥15。"
        "跟团时带上规格，例如 +2 #1 large，或点对应的跟团按钮。"
    )
    assert joined == "Bob 跟团：2 × Cookies small（#1）。small 现价 ¥10/份。"
    assert too.startswith("Cookies（#1）要哪个规格？")  # as 我也要 always was


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("+1 large", "Bob is in: 1 × Cookies large (#1). Large: now ¥15 each."),
        ("+1 large x2", "Bob is in: 2 × Cookies large (#1). Large: now ¥15 each."),
    ],
)
async def test_english_words_stay_english(typed: str, said: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Cookies options small:10,large:15")

    assert Chat.said(await chat.say("bob", typed)) == said


async def test_a_chinese_room_hears_chinese_as_before() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 饼干 规格 小:10,大:15 截止 2小时")

    assert Chat.said(await chat.say("bob", "+1 #1 要2份")) == (
        "饼干（#1）要哪个规格？小 ¥10 / 大 ¥15。跟团时带上规格，例如 +2 #1 大，或点对应的跟团按钮。"
    )
