"""rep55 #2: Lisa had #1, #2 and #3 closed, all with buyers still to collect, none open; her bare
`/pickup Gate 3 tuesday 7pm` answered "Pickup for Kaya Jars (#3): Gate 3…" with no question, #1 and #2
left at the old day. `/payment PayNow…` likewise set only the newest, and `/payment all PayNow 91234567`
answered "You have no group buy open in this group…" although `/pickup all` covers closed buys.

Now with none of hers open and several closed with buyers still to collect (to pay), the bare form asks
which, as with several open, her words kept in the example and `all` offered, nothing changed; and
`/payment all` sets each closed one with a buyer still to pay (told privately), as `/pickup all` does."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, closed_with_a_buyer_each


async def three_closed(lang: str) -> Chat:
    """#1 and #2 closed with a buyer owing; #3 closed, its buyer paid (still to collect)."""
    chat = await closed_with_a_buyer_each(lang, 3)
    await chat.say("amy", "/paid 3-1")
    return chat


async def test_a_bare_pickup_asks_which_of_her_closed_ones() -> None:
    chat = await three_closed("en")
    before = await chat.cards_up_to(3)

    replies = await chat.say("amy", "/pickup Gate 3 tuesday 7pm")

    assert Chat.said(replies) == (
        "You have 3 group buys here that have closed with buyers still to collect:"
        " #1 Mangoes · #2 Apples · #3 Pears. Nothing was changed."
        " Say which with its number, e.g. /pickup #1 Gate 3 tuesday 7pm.\n"
        "The same pickup for all of them: /pickup all Gate 3 tuesday 7pm"
    )
    assert Chat.private(replies) == {}
    assert await chat.cards_up_to(3) == before


async def test_a_bare_pickup_asks_which_in_chinese() -> None:
    chat = await three_closed("zh")
    before = await chat.cards_up_to(3)

    said = Chat.said(await chat.say("amy", "自提 北门 周二晚上7点"))

    assert said == (
        "你在本群有 3 个已截单、还有买家要取货的团：#1 Mangoes · #2 Apples · #3 Pears。没有任何改动。"
        "请带上编号，例如 自提 #1 北门 周二晚上7点。\n"
        "这几个团都用这个自提：自提 全部 北门 周二晚上7点"
    )
    assert await chat.cards_up_to(3) == before


async def test_a_bare_payment_asks_which_of_her_closed_ones_still_owed() -> None:
    chat = await three_closed("en")

    replies = await chat.say("amy", "/payment PayNow 91234567")

    assert Chat.said(replies) == (
        "You have 2 group buys here that have closed with buyers still to pay: #1 Mangoes · #2 Apples."
        " Nothing was changed. Say which with its number, e.g. /payment #1 PayNow 91234567.\n"
        "The same for all of them: /payment all PayNow 91234567"
    )
    assert Chat.private(replies) == {}


async def test_a_bare_payment_asks_which_in_chinese() -> None:
    chat = await three_closed("zh")

    said = Chat.said(await chat.say("amy", "收款方式 微信转账给王姐"))

    assert said == (
        "你在本群有 2 个已截单、还有买家没付款的团：#1 Mangoes · #2 Apples。没有任何改动。"
        "请带上编号，例如 收款方式 #1 微信转账给王姐。\n"
        "这几个团都用这个收款方式：收款方式 全部 微信转账给王姐"
    )


async def test_payment_all_covers_her_closed_ones_with_buyers_to_pay() -> None:
    chat = await three_closed("en")

    replies = await chat.say("amy", "/payment all PayNow 91234567")

    assert Chat.said(replies) == (
        "How to pay is set for both of your group buys here (open, or closed with buyers still to pay):\n"
        "How to pay for Mangoes (#1): PayNow 91234567. The orders already went out,"
        " so I told the 1 buyer who has not paid yet, privately.\n"
        "How to pay for Apples (#2): PayNow 91234567. The orders already went out,"
        " so I told the 1 buyer who has not paid yet, privately."
    )
    private = Chat.private(replies)
    assert set(private) == {"bob", "cat"}
    assert "PayNow 91234567" in private["bob"]


async def test_payment_all_covers_her_closed_ones_in_chinese() -> None:
    chat = await three_closed("zh")

    replies = await chat.say("amy", "收款方式 全部 微信转账给王姐")

    said = Chat.said(replies)
    assert said.startswith("已为你在本群的 2 个团（进行中的，和截单后还有买家没付款的）设好收款方式：\n")
    assert "Mangoes（#1）" in said and "Apples（#2）" in said and "Pears" not in said
    assert set(Chat.private(replies)) == {"bob", "cat"}


async def test_one_closed_with_buyers_to_collect_is_set_without_a_question() -> None:
    chat = await closed_with_a_buyer_each("en", 1)

    said = Chat.said(await chat.say("amy", "/pickup Gate 3 tuesday 7pm"))

    assert said.startswith("Pickup for Mangoes (#1): Gate 3 · Tue 24 Nov 19:00")
