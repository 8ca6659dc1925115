"""fe-report 27: Amy's `/paid @Wu` in her private chat with the bot, Wu a help-sold buyer on her own
`/list #1`, was refused `In a private chat I can't tell who Wu is`. In private a name is looked up
among the buyers of her own group buys: one buyer is confirmed (as `/paid 1-1` would be); several
called so are listed with their order numbers, and nothing is guessed."""

from __future__ import annotations

from tests.helpsell_chats import help_sold


async def test_an_english_paid_by_name_in_private_confirms_her_help_sold_buyer() -> None:
    family, neighbours = await help_sold(
        "/groupbuy Lychees price 20",
        chat_id="neighbours",
        title="neighbours",
        rate="/helpsell on 10%",
        seller="zoe",
        listing="/helpsell #1",
        before_listing=[("amy", "/lang en")],
    )
    await neighbours.say("zoe", "/lang en")
    await neighbours.say("wu", "+1 #1")
    await family.say("amy", "/close")

    replies = await family.say("amy", "/paid @Wu", private=True)

    assert family.said(replies) == (
        "Order #1-1 of Wu (¥20) is marked as paid.\n"
        "Commission on it: Zoe's ¥2 help-sell commission (told privately)."
    )
    assert family.private(replies)["wu"].startswith(
        "Amy confirmed your payment of ¥20 for order #1-1 (Lychees). Thank you!"
    )


async def test_two_buyers_called_alike_are_listed_with_their_orders() -> None:
    family, neighbours = await help_sold(
        "接龙 荔枝 价格 20", chat_id="neighbours", title="邻居群", seller="zoe"
    )
    await neighbours.say("wu", "+1 #1", name="小吴")
    await family.say("wu2", "+1", name="小吴")
    await family.say("amy", "截单")

    assert family.said(await family.say("amy", "已收 @小吴", private=True)) == (
        "你的团里有几位买家都叫 小吴：小吴（#1-1）、小吴（#1-2）。请改用订单号，例如：已收 1-1。"
        "没有任何改动。"
    )
