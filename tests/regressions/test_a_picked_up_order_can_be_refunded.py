"""A picked-up order could not be refunded anywhere ("已经取货，这里不能再退款"), though goods collected
and found bad are what a refund is for: it is refunded now as a paid one is (by number, by name, the
console's button), the buyer told, the money and the sharer's commission taken back."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_a_collected_order_found_bad_is_refunded_with_its_commission() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 榴莲 价格 100 截止 2小时")
    await chat.say("amy", "佣金 20%")
    await chat.say("bob", "+1")
    found = re.search(r"团\d+-\w{4}", chat.shared(await chat.say("bob", "分享")))
    assert found is not None
    await chat.say("cat", f"+1 {found.group(0)}")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-2")
    await chat.say("amy", "已取货 1-2")
    assert "可提现：¥20" in chat.said(await chat.say("bob", "我的收益", private=True))

    replies = await chat.say("amy", "退款 1-2")

    assert chat.said(replies) == "订单 #1-2（Cat）已退款。已私信告诉 Cat。"
    assert chat.private(replies)["cat"] == "订单 #1-2（榴莲）已退款：Amy 会直接退给你 ¥100。"
    earnings = chat.said(await chat.say("bob", "我的收益", private=True))
    assert "可提现：¥0" in earnings
    assert "#1-2 榴莲（Cat）：¥20 已扣回，订单已退款" in earnings
    again = await chat.say("amy", "退款 1-2")  # said to her privately (rep91 #6)
    assert chat.private(again)["amy"] == "订单 #1-2 已经退过款了，没有任何改动。"


async def test_a_collected_order_is_refunded_by_the_buyers_name() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 榴莲 价格 100 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "已取货 1-1")

    replies = await chat.say("amy", "退款 @Bob", mentions=["bob"])

    assert chat.said(replies) == "订单 #1-1（Bob）已退款。已私信告诉 Bob。"
    assert "bob" in chat.private(replies)
