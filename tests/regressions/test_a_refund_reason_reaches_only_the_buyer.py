"""fe-report 14: `/refund 1-4 wrong size` was refused with `Write it like: /refund 12-3 …`, repeating
what Amy had typed. A reason after the order number is taken: the refund is made, the buyer is told it
privately in their own language (`Reason: …` / `原因：…`), the group's answer leaves it out; a reason
too long is refused whole, saying so."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_english_refund_reason_reaches_only_the_buyer() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20")
    await room.say("bob", "/lang zh", private=True)  # Bob reads Chinese (session 35: his `/lang`)
    await room.say("bob", "跟团")
    await room.say("cat", "/join")
    await room.say("amy", "/close")
    await room.say("amy", "/paid 1-1 1-2")
    replies = await room.say("amy", "/refund 1-1 wrong size")
    assert room.said(replies) == "Order #1-1 of Bob is refunded. Bob was told privately."
    assert (
        room.private(replies)["bob"] == "订单 #1-1（Lychees）已退款：Amy 会直接退给你 ¥20。\n原因：wrong size"
    )
    replies = await room.say("amy", "/refund 1-2 sent the wrong size, thanks")
    assert room.private(replies)["cat"] == (
        "Order #1-2 (Lychees) was refunded: Amy gives ¥20 back to you.\nReason: sent the wrong size"
    )
    assert "wrong size" not in room.said(replies)
    too_long = room.said(await room.say("amy", "/refund 1-1 " + "x" * 201))
    assert too_long.startswith(
        "A refund's reason is at most 200 characters; this one has 201. Nothing was changed"
    )


async def test_a_chinese_refund_reason_reaches_only_the_buyer() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20")
    await room.say("bob", "+1")
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1")
    replies = await room.say("amy", "退款 1-1 尺码不对，换不了")
    assert room.said(replies) == "订单 #1-1（Bob）已退款。已私信告诉 Bob。"
    assert room.private(replies)["bob"].endswith("\n原因：尺码不对，换不了")
    assert await room.say("bob", "退款 1-1 可以吗？") == []  # a question after it stays talk
