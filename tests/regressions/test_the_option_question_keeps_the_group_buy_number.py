"""With two Cakes (#1, #2, options small/large) open, `+1 #1` was asked "Which option of Cake (#1)? …
e.g. +1 large", and `+1 large` then was asked which of the 3 open group buys. The question now keeps
the `#1` typed (`e.g. +1 #1 large`), and `+1 large` right after it joins #1. `+1 2 kg` (a space in the
option's name) is read as the option `2kg`."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def three_open() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Cake options small:10,large:20")
    await chat.say("bob", "/groupbuy Cake options small:10,large:20")  # the same from amy: sent twice
    await chat.say("amy", "/groupbuy Rice options 1kg:10,2kg:20")
    return chat


async def test_the_option_question_keeps_the_number_and_its_answer_joins_that_group_buy() -> None:
    chat = await three_open()

    assert chat.said(await chat.say("cat", "+1 #1")) == (
        "Which option of Cake (#1)? small ¥10 / large ¥20. Send it with your join, e.g. +1 #1 large, "
        "or tap its Join button."
    )
    assert chat.said(await chat.say("cat", "+1 large")).startswith("Cat is in: 1 × Cake large (#1).")


async def test_without_the_question_a_bare_option_still_asks_which_group_buy() -> None:
    chat = await three_open()

    assert chat.said(await chat.say("cat", "+1 large")).startswith("3 group buys are open here")


async def test_an_options_name_typed_with_a_space_is_that_option() -> None:
    chat = await three_open()

    assert chat.said(await chat.say("cat", "+1 2 kg")).startswith("Cat is in: 1 × Rice 2kg (#3).")
    assert chat.said(await chat.say("dan", "+2 #3 1 KG gate 3")).startswith("Dan is in: 2 × Rice 1kg (#3).")
