"""s39 closing: the refund line of `团长收到我的钱了吗`
(`订单 #1-1 已部分退款 ¥20（已付 ¥90），Li 会直接退给你；没收到请联系 Li`) lacked its closing `。`,
as did the whole refund's and the refund of money received on an unpaid order (只收到).
Each now ends its sentence, as the English does with its full stop."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _eggs_paid() -> Chat:
    chat = fake_chat()
    await chat.say("li", "接龙 土鸡蛋 45元/盒 截止 明晚8点", name="李姐")
    await chat.say("mei", "+2", name="小美")
    await chat.say("li", "截单", name="李姐")
    return chat


async def test_a_part_refund_and_a_whole_refund_end_with_a_full_stop() -> None:
    chat = await _eggs_paid()
    await chat.say("li", "已收 1-1", name="李姐")
    await chat.say("li", "退款 1-1 ¥20", name="李姐")

    part = chat.said(await chat.say("mei", "团长收到我的钱了吗", private=True, name="小美"))
    await chat.say("li", "退款 1-1", name="李姐")
    whole = chat.said(await chat.say("mei", "团长收到我的钱了吗", private=True, name="小美"))

    assert part.endswith("\n订单 #1-1 已部分退款 ¥20（已付 ¥90），李姐 会直接退给你；没收到请联系 李姐。"), (
        part
    )
    assert whole == "订单 #1-1 已退款 ¥90，李姐 会直接退给你；没收到请联系 李姐。", whole


async def test_money_received_on_an_unpaid_order_and_given_back_ends_with_a_full_stop() -> None:
    chat = await _eggs_paid()
    await chat.say("li", "只收到 1-1 20", name="李姐")
    await chat.say("li", "退款 1-1", name="李姐")

    said = chat.said(await chat.say("mei", "钱退了吗", private=True, name="小美"))

    assert said.startswith("订单 #1-1 之前收到的 ¥20 已退回，李姐 会直接退给你；没收到请联系 李姐。\n"), said
