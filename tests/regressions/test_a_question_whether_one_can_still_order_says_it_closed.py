"""`can I still order 1?` after the group buy closed was silent (while `me too` and `+1` were told it had
closed). Asked so, the one just closed says it has closed, nothing changed, with its next round when one
is open; with one open and none closed before, it joins as `I want 1` does."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Kaya price 12")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    return chat


async def test_can_i_still_order_after_the_close_says_it_closed() -> None:
    chat = await _closed()

    said = Chat.said(await chat.say("ian", "can I still order 1?"))

    assert said == (
        "Group buy #1 (Kaya) has closed: nothing was changed."
        " If you want some, ask its organiser @Amy to open another round."
    )


async def test_can_i_still_order_names_the_next_round() -> None:
    chat = await _closed()
    await chat.say("amy", "/groupbuy Kaya price 13")

    said = Chat.said(await chat.say("ian", "can I still order 1?"))

    assert said == (
        "Group buy #1 (Kaya) has closed: nothing was changed. The next round is #2: send +1 #2 to join it."
    )


async def test_can_i_still_order_with_one_open_joins_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Kaya price 12")

    said = Chat.said(await chat.say("ian", "can I still order 2?"))

    assert said.startswith("Ian is in: 2 × Kaya (#1)."), said
