"""Session 26 (rep37 finding 5): Jo's `+!` (`+1` with the shift key still down) got no reply and she
believed she had joined. Like a bare `1` right after the card, it joins nothing and gets the one join
hint (at most once an hour per member and group buy)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

HINT = "要跟团请发“+1”（或“+2”要两份）"


async def test_a_plus_bang_just_after_the_card_is_told_how_to_join_once() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰 价格 68 截止 3d")
    card = await chat.card(1)

    first = chat.said(await chat.say("jo", "+!"))
    again = await chat.say("jo", "＋！")

    assert first == HINT
    assert again == []
    assert await chat.card(1) == card  # nothing joined
