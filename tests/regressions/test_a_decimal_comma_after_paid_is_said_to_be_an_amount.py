"""rep100 #7: `/paid 3-1 6,50` (¥6.50 written with a decimal comma) was read as orders 6 and 50: "There
is no order #6 here… correct #6 or leave it out". The comma after one order's number is an amount's: she
is told to write it `6.50`, nothing changed; `/paid 1-1 6.50`-style sends still work as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "en": (
        "/groupbuy Lychees price 10",
        "/close",
        "/paid 1-1 6,50",
        "“6,50” is an amount? Write its decimals with a point, 6.50; it is less than the order still owes, so"
        " record it as a part received: /paid 1-1 6.50 only. Nothing was changed.",
        "/paid 1-1",
    ),
    "zh": (
        "接龙 荔枝 价格 10",
        "截单",
        "已收 1-1 6,50",
        "“6,50” 是金额吗？金额的小数请用小数点，写成 6.50；它比这单还差的少，按只收到一部分记下："
        "只收到 1-1 6.50。没有任何改动。",
        "已收 1-1",
    ),
}


async def _closed(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, close, *_ = SAID[lang]
    for who, typed in (("amy", opening), ("bob", "+1"), ("amy", close)):
        await room.say(who, typed)
    return room


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_decimal_comma_is_named_an_amount_and_nothing_is_marked(lang: str) -> None:
    room = await _closed(lang)
    _, _, typed, said, _ = SAID[lang]

    card = await room.card()

    replies = await room.say("amy", typed)

    assert room.said(replies) == said
    assert await room.card() == card
    async with room.app.uow_factory() as uow:
        (order,) = await uow.orders.for_group_buy(1)
    assert order.status.value == "pending_payment"
    assert order.payments == []


async def test_the_amount_written_with_a_point_is_taken() -> None:
    room = await _closed("en")

    replies = await room.say("amy", "/paid 1-1 10.00")

    assert "#1-1" in room.said(replies)
    async with room.app.uow_factory() as uow:
        (order,) = await uow.orders.for_group_buy(1)
    assert order.status.value == "paid"


async def test_only_stays_in_the_command_to_send() -> None:
    room = await _closed("en")

    replies = await room.say("amy", "/paid 1-1 6,50 only")

    assert room.said(replies) == (
        "“6,50” is an amount? Write its decimals with a point, 6.50; it is less than the order still owes, so"
        " record it as a part received: /paid 1-1 6.50 only. Nothing was changed."
    )
