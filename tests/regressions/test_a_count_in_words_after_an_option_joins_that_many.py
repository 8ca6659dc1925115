"""rep68 #5: `+1 #2 要2份` on a group buy with options was asked which option (`例如 +2 #2 大`), and
then `+1 #2 小 要2份`, naming the option, was refused (`你写了 +1 和“要2份”…`) though `+1 小 2份` joins 2.
A count in words after the option's name (`要2份`, `两份`, `共3份`) is its quantity as `2份` is: the `+1`
only says "me too". Without an option, `+1 要三份` still changes nothing (README)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("typed", "n"),
    [
        ("+1 #1 小 要2份", 2),
        ("+1 小 要2份 #1", 2),
        ("+1 小 两份", 2),
        ("+1 #1 小 共3份", 3),
        ("+3 小 要三份", 3),
    ],
)
async def test_an_option_then_a_count_in_words_joins_that_many(typed: str, n: int) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 小:10,大:15 截止 2小时")

    said = Chat.said(await chat.say("bob", typed))

    assert said == f"Bob 跟团：{n} × 奶茶 小（#1）。小 现价 ¥10/份。"


async def test_following_the_which_option_hint_with_the_count_in_words_joins() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 小:10,大:15 截止 2小时")

    asked = Chat.said(await chat.say("bob", "+1 #1 要2份"))
    joined = Chat.said(await chat.say("bob", "+1 #1 小 要2份"))

    assert "+2 #1 " in asked and "要2份" not in asked
    assert joined == "Bob 跟团：2 × 奶茶 小（#1）。小 现价 ¥10/份。"


async def test_two_counts_with_an_option_are_still_asked_and_no_option_still_refused() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 小:10,大:15 截止 2小时")

    two = Chat.said(await chat.say("bob", "+2 小 要3份"))
    bare = Chat.said(await chat.say("cat", "+1 要三份"))

    assert two.startswith("奶茶 小（#1）：要 2 份还是 3 份？")
    assert bare == "奶茶（#1）要哪个规格？小 ¥10 / 大 ¥15。跟团时带上规格，例如 +3 大，或点对应的跟团按钮。"
    assert "Bob" not in await chat.card(1) and "Cat" not in await chat.card(1)


async def test_in_an_english_room_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Tea options small:10,large:15")

    said = Chat.said(await chat.say("bob", "+1 #1 small x2"))
    words = Chat.said(await chat.say("cat", "+1 #1 large 共3份"))

    assert said == "Bob is in: 2 × Tea small (#1). Small: now ¥10 each."
    assert words == "Cat 跟团：3 × Tea large（#1）。large 现价 ¥15/份。"  # Chinese words: a Chinese answer
