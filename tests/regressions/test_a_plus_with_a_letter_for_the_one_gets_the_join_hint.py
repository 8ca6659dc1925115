"""Review 95 (#14): Sara's `+l #1` (the letter l for the 1) got no reply at all. As `+!` does, it joins
nothing and gets the join hint, once."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

HINT = 'To join, send "+1" ("+2" for two)'


async def test_a_plus_l_just_after_the_card_is_told_how_to_join_once() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("jenny", "/groupbuy Honey jars price 12 ends 3d")
    card = await chat.card(1)

    first = chat.said(await chat.say("sara", "+l #1"))
    again = await chat.say("sara", "+l #1")

    assert first == HINT
    assert again == []
    assert await chat.card(1) == card  # nothing joined
