"""Review 100 #10: `/pickup #1 Jenny's lobby` over `jenny's lobby` (the same place, capitalised) told the
group and every buyer privately `📦 Jenny changed the pickup … (was jenny's lobby …)`. The same place in
other capitals or spacing is now saved (the card shows it as written last) and nobody is told of a change."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_recapitalised_place_is_saved_and_told_to_nobody() -> None:
    room = fake_chat(default_language="en")
    await room.say("jenny", "/groupbuy Mangoes price 10 target 1")
    await room.say("bob", "+1")
    await room.say("eve", "+2")
    await room.say("jenny", "/close")
    first = await room.say("jenny", "/pickup #1 jenny's lobby tomorrow 6pm")
    assert set(Chat.private(first)) >= {"bob", "eve"}

    again = await room.say("jenny", "/pickup #1 Jenny's  Lobby")

    assert Chat.private(again) == {}
    said = room.said(again)
    assert "(was " not in said and "buyers" not in said, said
    assert "Jenny's  Lobby" in said or "Jenny's Lobby" in said, said
    assert "Jenny's Lobby" in await room.card(1)


async def test_a_new_place_is_still_told_as_a_change() -> None:
    room = fake_chat(default_language="en")
    await room.say("jenny", "/groupbuy Mangoes price 10 target 1")
    await room.say("bob", "+1")
    await room.say("jenny", "/close")
    await room.say("jenny", "/pickup #1 jenny's lobby tomorrow 6pm")

    moved = Chat.private(await room.say("jenny", "/pickup #1 North gate"))["bob"]

    assert moved.startswith("📦 Jenny changed the pickup for Mangoes (#1): North gate · "), moved
    assert "(was jenny's lobby · " in moved, moved
