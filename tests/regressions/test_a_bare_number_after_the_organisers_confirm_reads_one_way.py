"""s31-tail #3, #4: the organiser's `已付款 1-1 5` read 5 as an amount (¥5 received, "not marked paid")
while `已收 1-1 5` read it as order #5; and `已收 3 30` (an order's number without its dash, then a
number) answered "这里没有订单 #30" as a second order. Now `已收`, her `已付款` and `/paid` read a bare
trailing number one way. s33-paidref: the reading that names an order here is taken (no such order of that
group buy: the amount received, checked as `已收 1-1 5元` is); both readings naming orders: asked which,
nothing changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def closed() -> Chat:
    """Mangoes #1 at ¥20 closed with three orders owing: #1-1 Bob, #1-2 Cat, #1-3 Dan."""
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20 成团 1 截止 2小时")
    for buyer in ("bob", "cat", "dan"):
        await chat.say(buyer, "+1")
    await chat.say("amy", "截单")
    return chat


@pytest.mark.parametrize("word", ["已收", "已付款"])
async def test_a_bare_number_that_is_no_order_of_that_buy_is_the_amount_either_way(word: str) -> None:
    chat = await closed()
    before = await chat.card(1)

    replies = await chat.say("amy", f"{word} 1-1 5")

    assert Chat.said(replies) == (
        "Amy，订单 #1-1 没有标记为已付款：你写的金额和应付的不一样，详情已私信发给你。"
    )
    assert Chat.private(replies)["amy"].startswith("订单 #1-1（Bob，芒果）应付 ¥20，你写的是 ¥5，还差 ¥15")
    assert await chat.card(1) == before


@pytest.mark.parametrize("word", ["已收", "已付款", "/paid"])
async def test_a_bare_number_that_is_an_order_of_that_buy_too_is_asked_either_way(word: str) -> None:
    chat = await closed()
    before = await chat.card(1)

    replies = await chat.say("amy", f"{word} 1-1 3")

    assert Chat.private(replies) == {}
    assert Chat.said(replies).startswith(
        "#1-1 后面的 3 可能是订单 #1-3，也可能是收到的金额 ¥3，没有任何改动。"
    )
    assert await chat.card(1) == before


async def test_her_paid_word_with_the_amount_written_as_one_checks_it() -> None:
    chat = await closed()

    said = Chat.said(await chat.say("amy", "已付款 1-1 5元"))

    assert said == "Amy，订单 #1-1 没有标记为已付款：你写的金额和应付的不一样，详情已私信发给你。"


async def test_an_order_number_without_its_dash_then_a_number_is_read_the_same_way() -> None:
    chat = await closed()
    before = await chat.card(1)

    over = await chat.say("amy", "已收 3 30")

    assert Chat.said(over) == "Amy，订单 #1-3 没有标记为已付款：你写的金额和应付的不一样，详情已私信发给你。"
    assert await chat.card(1) == before

    both = await chat.say("amy", "已收 3 2")

    assert Chat.said(both).startswith("#1-3 后面的 2 可能是订单 #1-2")
    assert await chat.card(1) == before


async def test_the_amount_owed_read_so_marks_the_order_paid() -> None:
    chat = await closed()

    replies = await chat.say("amy", "已收 3 20")

    assert Chat.said(replies) == "✅ Dan 的订单 #1-3 已付款。"
