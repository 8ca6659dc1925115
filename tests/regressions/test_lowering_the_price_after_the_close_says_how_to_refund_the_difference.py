"""rep105 #10: Amy's `修改 #1 价格 35` after 葡萄 (#1, ¥39) closed was refused with `…价格等条款不能再改…
自提和付款方式还可以改…`: nothing said how to charge less, though a refund of the difference per order
(`退款 1-2 ¥8`) does it, and with nobody paid there was no way named at all.

The price still does not change after the close; the refusal now says the way, with an order's own figures:
paid orders' difference refunded one by one; unpaid ones cancelled whole or refunded once paid."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

REFUSED = "团购 #1（葡萄）已经截单了，价格不能再改，没有任何改动。"


async def closed(lang: str = "zh") -> Chat:
    """葡萄 #1 at ¥39: Bob ×1 (#1-1), Cat ×2 (#1-2), closed, nobody paid."""
    room = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    await room.say("amy", "接龙 葡萄 价格 39")
    await room.say("bob", "+1")
    await room.say("cat", "+2")
    await room.say("amy", "截单")
    return room


async def test_with_nobody_paid_it_says_to_cancel_or_refund_once_paid() -> None:
    room = await closed()

    assert Chat.said(await room.say("amy", "修改 #1 价格 35")) == (
        REFUSED + "订单都还没付款：要按 ¥35 少收，整单取消（取消订单 1-1），或者收齐后（已收 1-1）退差价"
        "（退款 1-1 ¥4）；截单后订单不能改数量。"
    )
    assert "¥39" in await room.card(1)


async def test_with_some_paid_it_names_a_paid_orders_refund_and_the_unpaid_ones_way() -> None:
    room = await closed()
    await room.say("amy", "已收 1-2")

    assert Chat.said(await room.say("amy", "修改 #1 价格 35")) == (
        REFUSED + "要按 ¥35 少收，给已付款的订单一单一单退差价：退款 订单号 金额，例如 退款 1-2 ¥8；"
        "还没付款的，整单取消（取消订单 订单号），或者收齐后再退差价。"
    )


async def test_with_all_paid_the_refund_it_names_gives_the_difference_back() -> None:
    room = await closed()
    await room.say("amy", "已收 1-1 1-2")

    said = Chat.said(await room.say("amy", "修改 #1 价格 35", private=True))
    assert said == REFUSED + (
        "要按 ¥35 少收，给已付款的订单一单一单退差价：退款 订单号 金额，例如 退款 1-1 ¥4。"
    )

    refunded = Chat.said(await room.say("amy", "退款 1-1 ¥4", private=True))
    assert "退了 ¥4" in refunded, refunded


async def test_a_price_no_lower_than_what_they_pay_keeps_the_old_answer() -> None:
    room = await closed()

    assert Chat.said(await room.say("amy", "修改 #1 价格 45")).startswith(
        "团购 #1（葡萄）已经截单了，价格等条款不能再改，没有任何改动。自提和付款方式还可以改"
    )


async def test_in_english_it_names_the_refund() -> None:
    room = await closed("en")
    await room.say("amy", "/paid 1-1 1-2")

    assert Chat.said(await room.say("amy", "/edit #1 price 35")) == (
        "Group buy #1 (葡萄) has closed, so its price can no longer change: nothing was changed. To charge"
        " ¥35, refund the difference on each paid order, one at a time, with its number and the amount,"
        " e.g. /refund 1-1 ¥4."
    )
