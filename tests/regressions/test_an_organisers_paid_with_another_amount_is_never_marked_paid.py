"""s31 #3: Amy's `已付款 1-1 10元` for Bob's ¥30 order (the order's number and an amount, typed by its
organiser) marked it paid for the whole ¥30, the amount ignored, and Bob got his pickup code. Now an
amount other than what is owed marks nothing: she is told privately what is owed and how to mark it
(the group reads only that it was not marked, never the amount); the amount owed marks it as today."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, mangoes_at_30_closed


async def closed(lang: str) -> Chat:
    """Bob's ¥30 order #1-1 owing."""
    return await mangoes_at_30_closed(lang, "bob")


async def test_less_than_owed_is_not_marked_and_she_is_told_privately_in_chinese() -> None:
    chat = await closed("zh")
    before = await chat.card(1)

    replies = await chat.say("amy", "已付款 1-1 10元")

    assert (
        Chat.said(replies) == "Amy，订单 #1-1 没有标记为已付款：你写的金额和应付的不一样，详情已私信发给你。"
    )
    assert Chat.private(replies) == {
        "amy": "订单 #1-1（Bob，芒果）应付 ¥30，你写的是 ¥10，还差 ¥20，没有标记为已付款，没有任何改动。"
        "全部收到了就发 已收 1-1；只收到 ¥10 的话发 只收到 1-1 ¥10 记下这部分，"
        "订单仍是未付款，等对方补齐 ¥20。"
    }
    assert await chat.card(1) == before


async def test_more_than_owed_is_not_marked_either() -> None:
    chat = await closed("zh")

    replies = await chat.say("amy", "已收 1-1 ¥100", private=True)

    assert Chat.said(replies) == (
        "订单 #1-1（Bob，芒果）应付 ¥30，你写的是 ¥100，多了 ¥70，没有标记为已付款，没有任何改动。"
        "收到的是这单的钱就发 已收 1-1，多收的 ¥70 请直接退给对方。"
    )
    assert "bob" not in Chat.private(replies)
    assert "Bob ×1 ✅" not in await chat.card(1)


async def test_less_than_owed_in_english() -> None:
    chat = await closed("en")

    replies = await chat.say("amy", "/paid 1-1 ¥10")

    assert Chat.said(replies) == (
        "Amy, order #1-1 was not marked paid: the amount you wrote is not what it comes to."
        " I sent you the details privately."
    )
    assert Chat.private(replies) == {
        "amy": "Order #1-1 (Bob, Mangoes) comes to ¥30; you wrote ¥10, ¥20 short, so it was not marked paid:"
        " nothing was changed. Received it all? Send /paid 1-1. Only ¥10 came? Send /paid 1-1 ¥10 only to"
        " record it: the order stays unpaid until the other ¥20 comes."
    }
    assert "Bob ×1 ✅" not in await chat.card(1)


async def test_the_amount_owed_marks_it_paid_as_before() -> None:
    chat = await closed("zh")

    replies = await chat.say("amy", "已付款 1-1 30元")

    assert Chat.said(replies) == "✅ Bob 的订单 #1-1 已付款。"
    assert Chat.private(replies)["bob"].startswith("Amy 已确认收到你订单 #1-1（芒果）的付款 ¥30，谢谢！")
    assert "Bob ×1 ✅" in await chat.card(1)


async def test_the_whole_then_marks_it() -> None:
    chat = await closed("zh")
    await chat.say("amy", "已付款 1-1 10元")

    replies = await chat.say("amy", "已收 1-1")

    assert Chat.said(replies) == "✅ Bob 的订单 #1-1 已付款。"
