"""Gil joined Amy's 草莓 with a bare `+1` in the club, which Eve help-sells with the club's `/lang en`,
and his order came in English; yet when Amy confirmed his payment (`已收 1-1`, or `/paid 1-1` typed in
English) he was told "Amy 已确认收到你订单 #1-1…的付款 ¥78，谢谢！ 取货码：…" in Chinese, the language of
Amy's group, and 撤销已收, 已取 and 退款 likewise. What a help-sold buyer whose own language is not known
is told privately about his order speaks the language of the group he ordered in, as his order did."""

from __future__ import annotations

from tests.helpsell_chats import bought_in_the_english_club


async def test_a_help_sold_buyers_payment_confirmation_speaks_his_groups_language() -> None:
    family, _ = await bought_in_the_english_club()

    told = family.private(await family.say("amy", "已收 1-1"))

    assert told["gil"].startswith("Amy confirmed your payment of ¥78 for order #1-1 (草莓). Thank you!")
    assert "Your pickup code:" in told["gil"]


async def test_undone_picked_up_and_refunded_speak_his_groups_language() -> None:
    family, _ = await bought_in_the_english_club()
    await family.say("amy", "/paid 1-1")

    undone = family.private(await family.say("amy", "撤销已收 1-1"))
    await family.say("amy", "已收 1-1")
    picked = family.private(await family.say("amy", "已取 1-1"))
    refunded = family.private(await family.say("amy", "退款 1-1"))

    assert undone["gil"].startswith("Amy marked your order #1-1 (草莓, ¥78) as not paid yet")
    assert picked["gil"] == "Amy marked your order #1-1 (草莓) as picked up. Enjoy!"
    assert refunded["gil"] == "Order #1-1 (草莓) was refunded: Amy gives ¥78 back to you."
