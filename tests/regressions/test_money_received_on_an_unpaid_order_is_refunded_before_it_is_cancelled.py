"""rep81 #1 #2: after `只收到 1-3 50` (Dan's #1-3, ¥101), `取消订单 1-3 确认` cancelled it and the ¥50 went
off the organiser's `名单` (已收 fell; Dan was told "没有确认收到"), and `退款 1-3 大盒 1` was refused as
`还没确认收款，没有钱可退`, as was Dan's `申请退款`. Now the cancel is refused until that money is given
back, naming `退款 1-3 ¥50`, nothing changed; a refund gives back up to what was received (the order unpaid
still, owing the rest), the buyer told; once nothing is held the cancel goes ahead; the buyer's request
for a refund is passed on with what was received."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "zh": ("接龙 粽子 规格 大盒:68,小盒:33", "+1 大盒", "+1 大盒", "+1 小盒", "截单", "只收到 1-2 50"),
    "en": ("/groupbuy Dumplings options large:68,small:33", "+1 large", "+1 large", "+1 small", "/close",
           "/paid 1-2 50 only"),
}  # fmt: skip


async def _room(lang: str) -> Chat:
    """Amy's 粽子: Bob's #1-1 (大盒, ¥68), Dan's #1-2 (大盒 + 小盒, ¥101), closed; Amy recorded only ¥50
    received of Dan's."""
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    for who, typed in zip(("amy", "bob", "dan", "dan", "amy", "amy"), SAID[lang], strict=True):
        await room.say(who, typed, private=typed.startswith(("只收到", "/paid")))
    return room


CANCEL = {
    "zh": ("取消订单 1-2 确认", "订单 #1-2（Dan）你记过只收到 ¥50，现在取消这笔"
        "钱就没有记录了，所以没有取消，没有任何改动。"
           "先把钱退给对方并发 退款 1-2 ¥50 记下，再发 取消订单 1-2。"),
    "en": ("/cancel 1-2 confirm", "You recorded ¥50 received for order #1-"
        "2 of Dan; cancelling it now would lose "
           "that record, so it was not cancelled. Nothing was changed. Give the money back, send /refund 1-2 "
           "¥50 to record it, then /cancel 1-2."),
}  # fmt: skip
ROSTER_MONEY = {"zh": "💰 已收 ¥50", "en": "💰 Collected ¥50"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_cancel_of_an_order_with_money_received_is_refused_until_it_is_refunded(lang: str) -> None:
    room = await _room(lang)
    typed, refused = CANCEL[lang]
    replies = await room.say("amy", typed, private=True)
    assert room.said(replies) == refused
    assert room.private(replies) == {}  # Dan is told nothing: nothing changed
    roster = room.said(await room.say("amy", "名单 #1" if lang == "zh" else "/list #1", private=True))
    assert ROSTER_MONEY[lang] in roster


REFUNDED = {
    "zh": (
        ("退款 1-2 20 晚到了",
         "订单 #1-2（Dan）还没付清：之前只收到 ¥50，退了 ¥20，现在已收 ¥30，还差 ¥71。请直接把钱退给对方。",
         "Amy 退给你 ¥20（订单 #1-2 粽子，之前只收到 ¥50，原因"
         "：晚到了）。这单还没付清：现在已收 ¥30，还差 ¥71。"),
        ("退款 1-2",
         "订单 #1-2（Dan）还没付清：之前只收到的 ¥30 已全部退回，现在已收 ¥0，还差 ¥101。请直接把钱退给对方。"
         "不要这单了就发 取消订单 1-2。",
         "Amy 退给你 ¥30（订单 #1-2 粽子，之前只收到 ¥30）。这单还没付清：现在已收 ¥0，还差 ¥101。"),
    ),
    "en": (
        ("/refund 1-2 ¥20 late",
         "Order #1-2 of Dan is not paid in full: of the ¥50 received, ¥20 refunded; ¥30 received now, ¥71 "
         "still owed. Give it back to them directly.",
         "Amy is giving you back ¥20 (order #1-2 Dumplings, of the ¥50 received; reason: late). The order is "
         "not paid in full: ¥30 received now, ¥71 still owed."),
        ("/refund 1-2",
         "Order #1-2 of Dan is not paid in full: the ¥30 received is all refunded; ¥0 received now, ¥101 "
         "still owed. Give it back to them directly. If the order is off, send /cancel 1-2.",
         "Amy is giving you back ¥30 (order #1-2 Dumplings, of the ¥30 received). The order is not paid in "
         "full: ¥0 received now, ¥101 still owed."),
    ),
}  # fmt: skip
OVER = {
    "zh": ("退款 1-2 大盒 1", "订单 #1-2 还没付清，只收到过 ¥50，最多退 ¥"
        "50，没有任何改动。全部退回发 退款 1-2 ¥50；"
           "退一部分请写金额，例如 退款 1-2 ¥10。"),
    "en": ("/refund 1-2 ¥60", "Order #1-2 is not paid in full: only ¥50 was received, so at most ¥50 can be "
           "refunded. Nothing was changed. To give it all bac"
           "k, send /refund 1-2 ¥50; for part of it, send the "
           "amount, e.g. /refund 1-2 ¥10."),
}  # fmt: skip
CANCELLED = {
    "zh": "已取消订单 #1-2（Dan，¥101）：不再计入待收款，已私信告诉对方。",
    "en": "Cancelled: order #1-2 of Dan (¥101) is dropped and no longer owed; they were told privately.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_what_was_received_can_be_refunded_and_then_the_order_cancelled(lang: str) -> None:
    room = await _room(lang)
    typed, over = OVER[lang]
    refused = await room.say("amy", typed, private=True)
    assert room.said(refused) == over
    assert room.private(refused) == {}
    for typed, hers, dans in REFUNDED[lang]:
        replies = await room.say("amy", typed, private=True)
        assert room.said(replies) == hers
        assert room.private(replies)["dan"] == dans
    cancel = "取消订单 1-2 确认" if lang == "zh" else "/cancel 1-2 confirm"
    assert room.said(await room.say("amy", cancel, private=True)) == CANCELLED[lang]


async def test_the_buyers_refund_request_of_a_part_received_order_is_passed_on() -> None:
    room = await _room("zh")
    replies = await room.say("dan", "申请退款 1-2 30 不想要了", private=True)
    assert room.said(replies) == "已把你的退款申请转给团长 Amy，由团长决定、直接退给你。"
    assert room.private(replies)["amy"] == (
        "Dan 申请退 ¥30：#1-2 粽子 大盒 ×1、小盒 ×1（订单 ¥101，还没付清，已收 ¥50），原因"
        "：不想要了。要退就发 退款 1-2 30（整单退发 退款 1-2）。"
    )
    listed = room.said(await room.say("dan", "申请退款", private=True))
    assert listed.startswith(
        "你可以申请退款的订单：#1-2 粽子 大盒 ×1、小盒 ×1（订单 ¥101，还没付清，已收 ¥50）。"
    )


async def test_the_consoles_cancel_of_it_is_refused_in_its_own_words(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "dan", "+2")
        await world.say("family", "amy", "/close")
        await world.say("amy", "amy", f"只收到 {gid}-1 5", private=True)  # ¥5 of ¥20
        amy = await world.member("amy")

        done = await post_form(amy, "/orders/cancel", {"order": f"{gid}-1", "confirm": "yes"})

        assert done.status_code == 303
        page = html.unescape((await amy.get("/orders")).text)
        assert (
            f"Order #{gid}-1 of Dan has ¥5 recorded as received; cancelling it now would lose that record, "
            "so it was not cancelled. Nothing was changed. Give the ¥5 back and record it with this order's "
            "Refund first, then cancel it."
        ) in page
        # its Refund gives the ¥5 back as the chat's `退款 1-1` does (s39): then the cancel goes ahead
        await post_form(amy, "/orders/refund", {"order": f"{gid}-1", "confirm": "yes"})
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert order.status.value == "pending_payment" and order.received_amount == 0
        await post_form(amy, "/orders/cancel", {"order": f"{gid}-1", "confirm": "yes"})
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert order.status.value == "cancelled"
