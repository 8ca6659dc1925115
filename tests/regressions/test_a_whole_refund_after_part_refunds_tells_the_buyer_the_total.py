"""Session 26, task T4: Amy refunded ¥78 of Bob's ¥156 order (`退款 1-1 ¥78`), then the rest (`退款 1-1`);
Bob was told only "Amy 会直接退给你 ¥78", as if ¥78 were all he got back. A whole refund that follows
part refunds now tells the buyer the total given back and that it includes the earlier parts; a whole
refund with no part before it reads as it did."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_whole_refund_after_a_part_names_the_total_zh() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 78")
    await room.say("bob", "+2")
    await room.say("cat", "+1")
    await room.say("amy", "截单")
    await room.say("amy", "已收 @Bob @Cat")
    await room.say("amy", "退款 1-1 ¥78 坏了一盒")

    whole = room.private(await room.say("amy", "退款 1-1 另一盒也坏了"))
    plain = room.private(await room.say("amy", "退款 1-2"))

    assert whole["bob"] == (
        "订单 #1-1（芒果）已退款：Amy 会直接退给你 ¥78。\n"
        "这单一共退给你 ¥156，含之前已退的 ¥78。\n"
        "原因：另一盒也坏了"
    )
    assert plain["cat"] == "订单 #1-2（芒果）已退款：Amy 会直接退给你 ¥78。"


async def test_a_whole_refund_after_two_parts_names_the_total_en() -> None:
    room = fake_chat(default_language="en")
    await room.say("amy", "/groupbuy Mangoes price 50")
    await room.say("bob", "+3")
    await room.say("amy", "/close")
    await room.say("amy", "/paid @Bob")
    await room.say("amy", "/refund 1-1 20 one was bruised")
    await room.say("amy", "/refund 1-1 30 another one")

    whole = room.private(await room.say("amy", "/refund 1-1"))

    assert whole["bob"] == (
        "Order #1-1 (Mangoes) was refunded: Amy gives ¥100 back to you.\n"
        "In all ¥150 of this order is refunded to you, including the ¥50 refunded before."
    )
