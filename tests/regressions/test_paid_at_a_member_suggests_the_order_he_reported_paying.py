"""fe-report 13: Dan owed two orders and reported paying one (`/ipaid 2-1`, 💸); Amy's `paid @dan`
listed both and suggested the other one (`Say which: /paid 1-…`). The order he reported now comes
first, marked, and is the one suggested; nothing is confirmed by a guess."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_paid_at_a_member_suggests_the_order_he_reported_paying() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20")
    await room.say("amy", "/groupbuy Mooncakes price 68")
    await room.say("dan", "+1 #1")
    await room.say("dan", "+1 #2")
    await room.say("amy", "/close #1")
    await room.say("amy", "/close #2")
    asked = room.said(await room.say("amy", "paid @dan"))  # nothing reported: the newest (s22 H)
    assert asked == (
        "Dan has 2 unpaid orders here: #1-1 Lychees ¥20, #2-1 Mooncakes ¥68. "
        "Say which: /paid 2-1 (all of them paid: /paid 1-1 2-1)"
    )
    await room.say("dan", "/ipaid 2-1")
    asked = room.said(await room.say("amy", "paid @dan"))
    assert asked == (
        "Dan has 2 unpaid orders here: #2-1 Mooncakes ¥68 (💸 reported paid), #1-1 Lychees ¥20. "
        "Say which: /paid 2-1 (all of them paid: /paid 1-1 2-1)"
    )
    assert "1. Dan ×1 💸" in await room.card(2)  # asked, not confirmed


async def test_yishou_at_a_member_suggests_the_order_he_reported_paying() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20")
    await room.say("amy", "接龙 月饼 价格 68")
    await room.say("dan", "+1 #1")
    await room.say("dan", "+1 #2")
    await room.say("amy", "截单 #1")
    await room.say("amy", "截单 #2")
    await room.say("dan", "我已付款 2-1")
    asked = room.said(await room.say("amy", "已收 @Dan"))
    assert asked == (
        "Dan 在本群有 2 个待付款订单：#2-1 月饼 ¥68（💸 已报付款）、#1-1 荔枝 ¥20。"
        "请说是哪一个：已收 2-1（几单都收了就一起发：已收 1-1 2-1）"
    )
