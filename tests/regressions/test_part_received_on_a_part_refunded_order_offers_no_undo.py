"""`只收到 2-2 50` on a paid order already part refunded answered "if that was a mistake, send 撤销已收 2-2",
which is then refused (a part-refunded payment cannot be undone) (rep85 #3): the answer now says so from
the start and offers what works, refunding the rest; typed in the group it goes to her privately (it names
money), nothing changed. A paid order nobody refunded still offers the undo."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

REFUSED = "订单 #1-1 已部分退款（已退 ¥20），付款不能再撤销，没有任何改动。要把剩下的也退掉就发 退款 1-1。"


async def _paid_order() -> Chat:
    room = fake_chat()
    for who, typed in (("amy", "接龙 榴莲 113 成团 1"), ("bob", "+1"), ("amy", "截单"), ("amy", "已收 1-1")):
        await room.say(who, typed)
    return room


async def test_a_part_refunded_order_is_not_offered_the_undo() -> None:
    room = await _paid_order()
    await room.say("amy", "退款 1-1 ¥20")
    before = room.said(await room.say("amy", "名单", private=True))

    replies = await room.say("amy", "只收到 1-1 50")

    assert room.said(replies) == "Amy，订单 #1-1 的事已私信发给你。"
    assert room.private(replies)["amy"] == REFUSED
    assert "撤销已收" not in room.private(replies)["amy"]
    assert room.said(await room.say("amy", "名单", private=True)) == before
    undo = await room.say("amy", "撤销已收 1-1", private=True)
    assert room.said(undo) == REFUSED


async def test_a_paid_order_nobody_refunded_still_offers_the_undo() -> None:
    room = await _paid_order()

    replies = await room.say("amy", "只收到 1-1 50", private=True)

    assert room.said(replies) == "订单 #1-1 已经标记为已付款，没有任何改动。如果是误点，发 撤销已收 1-1"
