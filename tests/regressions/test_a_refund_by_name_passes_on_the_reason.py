"""`/refund 1-4 wrong size` passes the reason on to the buyer, but `/refund @Bob wrong size` (the reason
after a name) lost it: it is taken after a name as after a number, told to the buyer only; too long,
refused whole."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_english_refund_by_name_tells_the_buyer_the_reason() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20")
    await room.say("bob", "/join")
    await room.say("amy", "/close")
    await room.say("amy", "/paid @Bob")

    too_long = room.said(await room.say("amy", "/refund @Bob " + "x" * 201))
    assert too_long.startswith("A refund's reason is at most 200 characters; this one has 201.")
    replies = await room.say("amy", "/refund @Bob wrong size")

    assert room.said(replies) == "Order #1-1 of Bob is refunded. Bob was told privately."
    assert room.private(replies)["bob"] == (
        "Order #1-1 (Lychees) was refunded: Amy gives ¥20 back to you.\nReason: wrong size"
    )


async def test_a_chinese_refund_by_name_tells_the_buyer_the_reason() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20")
    await room.say("cat", "+1", name="王小明")
    await room.say("bob", "+1")
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1 1-2")

    replies = await room.say("amy", "退款 @王小明 尺码不对，换不了")
    assert room.said(replies) == "订单 #1-1（王小明）已退款。已私信告诉 王小明。"
    assert (
        room.private(replies)["cat"]
        == "订单 #1-1（荔枝）已退款：Amy 会直接退给你 ¥20。\n原因：尺码不对，换不了"
    )
    plain = await room.say("amy", "退款 @Bob")  # no reason: none told
    assert room.private(plain)["bob"] == "订单 #1-2（荔枝）已退款：Amy 会直接退给你 ¥20。"
