"""rep91 #9: `退款 1-2 ¥20 不要了` typed in the group while #1-2 was unpaid (only ¥20 of ¥45 received,
`只收到 1-2 20`) was announced `订单 #1-2（王阿姨）已部分退款。`, as if she had paid and been partly refunded,
while the organiser was told privately it was still unpaid. The group reads that the part received went
back and the order is still unpaid; the amounts stay private."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_group_reads_the_part_received_was_given_back_and_the_order_still_unpaid() -> None:
    room = fake_chat()
    for who, typed in (("amy", "接龙 粽子 规格 大盒:35,小盒:15"), ("cat", "+3 小盒"), ("amy", "截单")):
        await room.say(who, typed)
    await room.say("amy", "只收到 1-1 20")

    replies = await room.say("amy", "退款 1-1 ¥20 不要了")

    assert room.said(replies) == "订单 #1-1（Cat）收到的部分款已退回，这单仍未付款。"
    assert "已部分退款" not in room.said(replies)
    assert "¥45" in room.private(replies)["amy"], replies  # what is owed: to her alone


async def test_an_english_group_reads_it_too() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    for who, typed in (("amy", "/groupbuy Dumplings options large:35,small:15"), ("cat", "/join 3 small")):
        await room.say(who, typed)
    await room.say("amy", "/close")
    await room.say("amy", "只收到 1-1 20")

    replies = await room.say("amy", "/refund 1-1 ¥20")

    assert room.said(replies) == (
        "Order #1-1 of Cat: the part received was given back; the order is still unpaid."
    ), replies
