"""rep54 #1: `/pickup all Gate 3 Tuesday 5pm` answered "Pickup set for your 1 open group buy here: …Kaya
Jars (#5)…", while closed Mangoes #1, with 3 paid buyers waiting, got nothing, and `自提 全部 会所
周五晚上6点` set only an open 土鸡蛋 with 0 units, skipping closed #2 and #3 without a word: the closed
ones are the buys that need a pickup. `自提 全部` now also sets each of her closed group buys here with a
buyer still to hand over to (paid or unpaid, not picked up), and names each one set; a closed one with
nobody left to collect is named as left out, with why."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, closed_with_a_buyer_each


async def four(lang: str) -> Chat:
    """#1 closed, Bob paid; #2 closed, Cat owing; #3 closed, Dan's picked up; #4 open."""
    chat = await closed_with_a_buyer_each(lang, 3)
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/paid 3-1")
    await chat.say("amy", "/pickedup 3-1")
    await chat.say("amy", "/groupbuy Peaches price 10 target 1")
    return chat


async def test_pickup_all_sets_her_closed_group_buys_with_buyers_to_collect() -> None:
    chat = await four("en")

    replies = await chat.say("amy", "/pickup all Gate 3 tomorrow 5pm")

    assert Chat.said(replies) == (
        "Pickup set for all 3 of your group buys here (open, or closed with buyers still to collect):\n"
        "Pickup for Mangoes (#1): Gate 3 · Tue 24 Nov 17:00\n"
        "I sent the pickup and their code privately to the 1 buyer who has paid;"
        " if I cannot message them, they are told in the group how to get it.\n"
        "Pickup for Apples (#2): Gate 3 · Tue 24 Nov 17:00\n"
        "I also told the pickup privately to the 1 buyer who has not paid yet,"
        " and that the order is still to be paid.\n"
        "Pickup for Peaches (#4): Gate 3 · Tue 24 Nov 17:00\n"
        "Left out, 1 group buy: Pears (#3): everything was picked up (or refunded, cancelled),"
        " nobody left to collect."
    )
    assert "Gate 3 · Tue 24 Nov 17:00" in Chat.private(replies)["bob"]
    assert "Gate 3" not in await chat.card(3)


async def test_pickup_all_sets_her_closed_group_buys_in_chinese() -> None:
    chat = await four("zh")

    said = Chat.said(await chat.say("amy", "自提 全部 会所 明天晚上6点"))

    assert said.startswith("已为你在本群的 3 个团（进行中的，和截单后还有买家要取货的）设好自提：\n")
    assert "好的，Mangoes（#1）的自提：会所 · 11月24日 周二 18:00\n" in said
    assert "好的，Apples（#2）的自提：会所 · 11月24日 周二 18:00\n" in said
    assert "好的，Peaches（#4）的自提：会所 · 11月24日 周二 18:00\n" in said
    assert said.endswith("没有设 1 个团：Pears（#3），都已取货（或退款、取消），没有人要再取。")
