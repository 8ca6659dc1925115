"""Session 26, task T5: Kim joined Amy's strawberries in Bob's office group (帮卖) and asked for a refund
there (`退款 1-1 压坏了两盒`); only the organiser Amy heard of it, while Bob, who sold it to her, knew
nothing. The help-seller is now told privately too, in her own language: the same request (who, which
order, what and how much, why), and that the organiser decides and refunds it (she cannot refund it
herself, so she is not given the command). A request in the organiser's own group tells nobody else."""

from __future__ import annotations

from tests.helpsell_chats import help_sold


async def test_a_help_sold_orders_refund_request_reaches_its_help_seller_zh() -> None:
    family, office = await help_sold("接龙 草莓 1盒 价格 39.90 截止 2小时")
    await office.say("kim", "+2")
    await family.say("amy", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")

    told = office.private(await office.say("kim", "退款 1-1 压坏了两盒"))

    assert told["amy"] == (
        "Kim 申请退款：#1-1 草莓 1盒 ×2（¥79.80），原因：压坏了两盒。"
        "要退就发 退款 1-1（部分退发 退款 1-1 金额）。"
    )
    assert told["bob"] == (
        "Kim 申请退款：#1-1 草莓 1盒 ×2（¥79.80），原因：压坏了两盒。"
        "这是你帮卖的订单，申请已转给团长 Amy，由团长决定、直接退款。"
    )
    again = office.said(await office.say("kim", "退款 1-1 压坏了两盒"))
    assert again.startswith(
        "你已经把订单 #1-1 的退款申请转给团长 Amy 了，这次没有再转"
    )  # rep84 #7: passed on once


async def test_in_english_and_none_for_the_organisers_own_group() -> None:
    opening = "/groupbuy Strawberries price 39.90 ends in 2 hours"
    family, office = await help_sold(opening, rate="/helpsell on 10%", listing="/helpsell #1")
    await office.say("kim", "+2")
    await family.say("dan", "+1")
    await family.say("amy", "/close")
    await family.say("amy", "/paid 1-1 1-2")

    told = office.private(await office.say("kim", "/refund 1-1 two were crushed"))
    own_group = family.private(await family.say("dan", "/refund 1-2 bad"))

    assert told["bob"] == (
        "Kim asks for a refund: #1-1 Strawberries ×2 (¥79.80), reason: two were crushed. "
        "You help-sell this order: the request went to the organiser, Amy, who decides and refunds it."
    )
    assert "amy" in told
    assert set(own_group) == {"amy"}
