"""rep80 #12b: a buyer's refund request passed to the organiser left out the option: `Bob asks for a
refund: #1-1 Bubble Tea ×1 (¥13)` of a large one. The request names each option the order holds and
its units, as the refund notices do."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_request_names_the_option() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    for who, typed in (
        ("amy", "/groupbuy Bubble Tea options small:10,large:15"),
        ("bob", "/join 1 large"),
        ("cat", "/join 2 small"),
        ("cat", "/join 1 large"),
        ("amy", "/close"),
        ("amy", "/paid 1-1 1-2"),
    ):
        await room.say(who, typed)
    replies = await room.say("bob", "/refund 1-1")
    assert room.private(replies)["amy"] == (
        "Bob asks for a refund: #1-1 Bubble Tea large ×1 (¥15). To refund it, send /refund 1-1"
        " (part of it: /refund 1-1 amount)."
    )
    replies = await room.say("cat", "退款 1-2 太甜了")
    assert room.private(replies)["amy"] == (
        "Cat asks for a refund: #1-2 Bubble Tea small ×2, large ×1 (¥35), reason: 太甜了."
        " To refund it, send /refund 1-2 (part of it: /refund 1-2 amount)."
    )
