"""s42 / rep102 #3: `已收 1-1 ¥1,200` in a Chinese group got no answer at all, and `/paid 3-1 1,000`
blamed the order number (`There is no order #0 here… correct #000`). An amount with its thousands set
apart by commas after an order's number is read as that amount: checked against what the order comes to
as `已收 1-1 ¥1200` is, marked paid when it is all of it; `1,200 only` records the part received."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(lang: str, price: str = "1300") -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening = f"/groupbuy Jam price {price}" if lang == "en" else f"接龙 荔枝 价格 {price}"
    for who, typed in (("amy", opening), ("bob", "+1"), ("amy", "/close" if lang == "en" else "截单")):
        await room.say(who, typed)
    return room


async def _status(room: Chat) -> tuple[str, int]:
    async with room.app.uow_factory() as uow:
        (order,) = await uow.orders.for_group_buy(1)
    return order.status.value, order.received_unpaid


@pytest.mark.parametrize("typed", ["已收 1-1 ¥1,200", "已收 1-1 1,200", "已收 1-1 1,200元"])
async def test_a_chinese_amount_short_of_the_total_is_answered_with_both_amounts(typed: str) -> None:
    room = await _closed("zh")
    card = await room.card()

    replies = await room.say("amy", typed)

    assert (
        room.said(replies) == "Amy，订单 #1-1 没有标记为已付款：你写的金额和应付的不一样，详情已私信发给你。"
    )
    assert room.private(replies)["amy"] == (
        "订单 #1-1（Bob，荔枝）应付 ¥1,300，你写的是 ¥1,200，还差 ¥100，没有标记为已付款，没有任何改动。"
        "全部收到了就发 已收 1-1；只收到 ¥1,200 的话发 只收到 1-1 ¥1,200 记下这部分，"
        "订单仍是未付款，等对方补齐 ¥100。"
    )
    assert await room.card() == card
    assert await _status(room) == ("pending_payment", 0)


@pytest.mark.parametrize("typed", ["已收 1-1 ¥1,300", "/paid 1-1 1,300"])
async def test_the_whole_amount_with_a_comma_marks_the_order_paid(typed: str) -> None:
    room = await _closed("zh")

    replies = await room.say("amy", typed)

    assert room.said(replies) == "✅ Bob 的订单 #1-1 已付款。"
    assert await _status(room) == ("paid", 0)


async def test_english_thousands_are_the_amount_never_an_order_number() -> None:
    room = await _closed("en", price="13")

    replies = await room.say("amy", "/paid 1-1 1,000")

    assert room.said(replies) == (
        "Amy, order #1-1 was not marked paid: the amount you wrote is not what it comes to. I sent you the "
        "details privately."
    )
    assert room.private(replies)["amy"] == (
        "Order #1-1 (Bob, Jam) comes to ¥13; you wrote ¥1,000, ¥987 more, so it was not marked paid: "
        "nothing was changed. If it is this order's money, send /paid 1-1 and give the extra ¥987 back to "
        "them directly."
    )
    assert await _status(room) == ("pending_payment", 0)


async def test_a_part_received_with_a_thousands_comma_is_recorded() -> None:
    room = await _closed("en", price="1300")

    replies = await room.say("amy", "/paid 1-1 ¥1,200 only")

    assert room.private(replies)["amy"] == (
        "Order #1-1 (Bob): only ¥1,200 received, ¥100 still to pay; it stays unpaid. They are told privately "
        "to pay the rest."
    )
    assert await _status(room) == ("pending_payment", 120000)


async def test_a_full_width_comma_between_numbers_still_lists_orders() -> None:
    room = await _closed("zh")

    replies = await room.say("amy", "已收 1-1 1，200")

    assert "#200" in room.said(replies)
    assert await _status(room) == ("pending_payment", 0)
