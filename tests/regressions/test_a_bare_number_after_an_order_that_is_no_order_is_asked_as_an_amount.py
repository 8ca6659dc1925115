"""s31 (optwords #2, #3): the organiser's `已收 6-2 30` (`/paid 2-1 5`) answered "这里没有订单 #30" when
30 was the amount she received: the number is now said to be read as neither, with the amount's form
(`已收 6-2 30元`, `/paid 2-1 ¥5`), nothing changed; that form then follows the amount rule (another
amount than what is owed is never marked paid). `已收 @Bob 10元` (a name and an amount) ignored the amount
and marked Bob's ¥30 paid: the same rule now holds when the name resolves to one order."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, mangoes_at_30_closed


async def closed(lang: str = "zh") -> Chat:
    """Bob's ¥30 order #1-1 owing (and in Chinese Cat's, #1-2)."""
    buyers = ("bob", "cat") if lang == "zh" else ("bob",)
    return await mangoes_at_30_closed(lang, *buyers)


async def test_a_bare_number_that_is_no_order_is_the_amount_in_chinese() -> None:
    chat = await closed()
    before = await chat.card(1)

    replies = await chat.say("amy", "已收 1-1 10")

    assert Chat.said(replies) == (
        "Amy，订单 #1-1 没有标记为已付款：你写的金额和应付的不一样，详情已私信发给你。"
    )
    assert "bob" not in Chat.private(replies)
    assert await chat.card(1) == before


async def test_a_bare_number_that_is_no_order_is_the_amount_in_english() -> None:
    chat = await closed("en")
    before = await chat.card(1)

    replies = await chat.say("amy", "/paid 1-1 5")

    assert Chat.said(replies) == (
        "Amy, order #1-1 was not marked paid: the amount you wrote is not what it comes to."
        " I sent you the details privately."
    )
    assert await chat.card(1) == before


async def test_the_form_it_gives_follows_the_amount_rule() -> None:
    chat = await closed()

    short = await chat.say("amy", "已收 1-1 10元")
    whole = await chat.say("amy", "已收 1-1 30元")

    assert Chat.said(short) == "Amy，订单 #1-1 没有标记为已付款：你写的金额和应付的不一样，详情已私信发给你。"
    assert Chat.said(whole) == "✅ Bob 的订单 #1-1 已付款。"


async def test_a_bare_number_that_is_an_order_here_is_asked_which() -> None:
    chat = await closed()
    before = await chat.card(1)

    replies = await chat.say("amy", "已收 1-1 2")

    assert Chat.said(replies) == (
        "#1-1 后面的 2 可能是订单 #1-2，也可能是收到的金额 ¥2，没有任何改动。"
        "两单都收了就发 已收 1-1 1-2；#1-1 收到 ¥2 就发 已收 1-1 2元。"
    )
    assert await chat.card(1) == before


async def test_a_name_and_another_amount_is_never_marked_paid() -> None:
    chat = await closed()
    before = await chat.card(1)

    replies = await chat.say("amy", "已收 @Bob 10元")

    assert (
        Chat.said(replies) == "Amy，订单 #1-1 没有标记为已付款：你写的金额和应付的不一样，详情已私信发给你。"
    )
    assert Chat.private(replies)["amy"].startswith("订单 #1-1（Bob，芒果）应付 ¥30，你写的是 ¥10，还差 ¥20")
    assert "bob" not in Chat.private(replies)
    assert await chat.card(1) == before


async def test_a_name_and_another_amount_in_english() -> None:
    chat = await closed("en")

    replies = await chat.say("amy", "/paid @Bob ¥10")

    assert Chat.said(replies) == (
        "Amy, order #1-1 was not marked paid: the amount you wrote is not what it comes to."
        " I sent you the details privately."
    )
    assert "Bob ×1 ✅" not in await chat.card(1)


async def test_a_name_and_the_amount_owed_marks_it_paid() -> None:
    chat = await closed()

    replies = await chat.say("amy", "已收 @Bob 30元")

    assert Chat.said(replies) == "✅ Bob 的订单 #1-1 已付款。"
    assert "Bob ×1 ✅" in await chat.card(1)
