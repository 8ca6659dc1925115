"""rep91 #10: Cat's #1-4, paid, part refunded and picked up, got `私聊里问团购请带上团号…` to a private
`多少钱`, where Bob's (paid, not picked up) got `…你付了 ¥70，团长已退给你 ¥10，实付 ¥60，不用再付了。`; and
`团长收到我的钱了吗` told her only of the refund, never that the organiser had her money. A picked-up order
is a paid order to ask about."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def _picked_up():  # type: ignore[no-untyped-def]
    room = fake_chat()
    await room.say("amy", "接龙 粽子 规格 大盒:35,小盒:15")
    await room.say("cat", "+2 大盒")
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1")
    await room.say("amy", "退款 1-1 ¥10 晚到了", private=True)
    await room.say("amy", "已取货 1-1")
    return room


async def test_how_much_of_a_picked_up_order_says_it_is_paid() -> None:
    room = await _picked_up()

    said = room.said(await room.say("cat", "多少钱", private=True))

    assert "订单 #1-1：你付了 ¥70，团长已退给你 ¥10，实付 ¥60，不用再付了。" in said, said
    assert "带上团号" not in said


async def test_did_the_organiser_get_my_money_confirms_it_of_a_picked_up_order() -> None:
    room = await _picked_up()

    said = room.said(await room.say("cat", "团长收到我的钱了吗", private=True))

    assert "团长 Amy 已确认收到你订单 #1-1 的付款 ¥70。" in said, said
