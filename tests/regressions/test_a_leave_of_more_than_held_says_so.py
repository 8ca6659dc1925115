"""Session 15 (fr, from fp's review): Bob held 2斤 and sent `-2kg` (4斤): `Bob 退出了 荔枝（#1）。`, no word
that he asked to take off more than he had; `-5` with 2 held read the same. The whole line still goes,
and the reply now says what he had and what he asked for."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_in_chinese_a_weight_leave_beyond_the_line_says_what_was_held() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 截止 3d")
    await chat.say("bob", "+1kg", name="Bob")

    said = chat.said(await chat.say("bob", "-2kg", name="Bob"))

    assert said == "Bob 退出了 荔枝（#1）。只跟了 2斤，不到要减的 2 kg（4斤），所以全部退出。"
    assert "Bob" not in await chat.card()


async def test_in_chinese_a_plain_leave_beyond_the_line_says_the_same() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 芒果 价格 30 截止 3d")
    await chat.say("bob", "+2", name="Bob")

    said = chat.said(await chat.say("bob", "-5", name="Bob"))

    assert said == "Bob 退出了 芒果（#1）。只跟了 2 份，不到要减的 5 份，所以全部退出。"


async def test_in_english_a_leave_beyond_the_line_says_what_was_held() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 12/kg ends 3d")
    await chat.say("fay", "+2kg", name="Fay")

    said = chat.said(await chat.say("fay", "-3kg", name="Fay"))
    assert said == (
        "Fay left Mangoes (#1). The line had only 2 kg, less than the 3 kg asked for,"
        " so all of it was taken off."
    )


async def test_a_leave_of_exactly_what_was_held_says_nothing_more() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 12/kg ends 3d")
    await chat.say("fay", "+2kg", name="Fay")

    assert chat.said(await chat.say("fay", "-2kg", name="Fay")) == "Fay left Mangoes (#1)."
