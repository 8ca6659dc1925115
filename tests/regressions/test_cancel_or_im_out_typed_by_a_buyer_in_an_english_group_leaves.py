"""Review 96 #9: `cancel`, `cancel please` and `I'm out` typed in an English group by buyers holding a
line got no answer (`count me out` left, and `取消` in Chinese is answered). They are now her leave, as
`-1`; after the close, the answer a bare `-1` gets. From one on no list, or from the organiser (whose
`cancel` is of her group buy, not her line), they stay talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("typed", ["cancel", "cancel please", "Cancel!", "I'm out", "im out", "I want out"])
async def test_a_buyers_words_leave_her_line(typed: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ken", "/groupbuy Tea price 5 stock 5")
    await chat.say("lou", "+1")
    await chat.say("dee", "+1")

    told = chat.said(await chat.say("lou", typed))

    assert told == "Lou left Tea (#1).", told
    card = await chat.card(1)
    assert "Lou" not in card and "Dee" in card, card


async def test_from_one_on_no_list_or_the_organiser_it_stays_talk() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ken", "/groupbuy Tea price 5 stock 5")
    await chat.say("ken", "+1")
    await chat.say("lou", "+1")

    assert await chat.say("zed", "cancel") == []
    assert await chat.say("zed", "I'm out") == []
    assert await chat.say("ken", "cancel") == []
    assert "Ken ×1" in await chat.card(1)


async def test_after_the_close_it_gets_the_answer_a_bare_leave_gets() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ken", "/groupbuy Tea price 5 stock 5")
    await chat.say("lou", "+1")
    await chat.say("dee", "+1")
    await chat.say("ken", "/close")
    await chat.say("ken", "/groupbuy Buns price 4 stock 5")

    told = chat.said(await chat.say("dee", "I'm out"))

    assert told == chat.said(await chat.say("lou", "-1")).replace("#1-1", "#1-2")
    assert told == (
        "Tea (#1) has closed, so only its organiser Ken can cancel order #1-2 now; nothing was changed. "
        "To cancel it, ask Ken."
    )
