"""rep80 #3 (units kept): which units a part refund gave back was not kept, so on an order of small ×1
and large ×1 a second `/refund 1-1 small 1` was let through (the money left, ¥15, allowed another ¥10),
refunding the same small twice. The units kept as refunded are not refunded again: refused, nothing
changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_same_unit_is_refused_the_second_time() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    for who, typed in (
        ("amy", "/groupbuy Bubble Tea options small:10,large:15"),
        ("fay", "/join 1 large"),
        ("fay", "/join 1 small"),
        ("amy", "/close"),
        ("amy", "/paid 1-1"),
        ("amy", "/refund 1-1 small 1 one was crushed"),
    ):
        await room.say(who, typed)
    replies = await room.say("amy", "/refund 1-1 small 1 again", private=True)
    assert room.said(replies) == (
        "Order #1-1's small has all been refunded already (¥10 refunded on the order), so 1 can't be"
        " refunded. Nothing was changed. ¥15 is left on the order: to refund it all, /refund 1-1; by amount:"
        " /refund 1-1 ¥15 reason."
    )
    card = await room.card()
    assert "2. Fay small ×1 ✅ (1 refunded)" in card.splitlines(), card
