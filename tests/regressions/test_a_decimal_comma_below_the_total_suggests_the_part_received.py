"""rep102 #7: `/paid 3-1 6,50` of a ¥13 order answered `…/paid 3-1 6.50`, and sending that was refused as
short (`the amount you wrote is not what it comes to`). Below what the order still owes, the command
suggested is the part received, `/paid 3-1 6.50 only` (`只收到 3-1 6.50`); following it records ¥6.50.
The whole amount written with a comma still suggests `/paid 3-1 13.00`. A full-width comma is quoted as
typed (`6，50`)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

PART = {
    "en": (
        "/paid 1-1 6,50",
        "“6,50” is an amount? Write its decimals with a point, 6.50; it is less than the order still owes, "
        "so record it as a part received: /paid 1-1 6.50 only. Nothing was changed.",
        "/paid 1-1 6.50 only",
    ),
    "zh": (
        "已收 1-1 6，50",
        "“6，50” 是金额吗？金额的小数请用小数点，写成 6.50；它比这单还差的少，按只收到一部分记下："
        "只收到 1-1 6.50。没有任何改动。",
        "只收到 1-1 6.50",
    ),
}


async def _closed(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening = "/groupbuy Jam price 13" if lang == "en" else "接龙 果酱 价格 13"
    for who, typed in (("amy", opening), ("bob", "+1"), ("amy", "/close" if lang == "en" else "截单")):
        await room.say(who, typed)
    return room


async def _received(room: Chat) -> tuple[str, int]:
    async with room.app.uow_factory() as uow:
        (order,) = await uow.orders.for_group_buy(1)
    return order.status.value, order.received_unpaid


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_suggested_part_received_is_one_that_works(lang: str) -> None:
    room = await _closed(lang)
    typed, said, suggested = PART[lang]

    replies = await room.say("amy", typed)

    assert room.said(replies) == said
    assert await _received(room) == ("pending_payment", 0)
    await room.say("amy", suggested)
    assert await _received(room) == ("pending_payment", 650)


async def test_a_part_received_typed_with_a_decimal_comma_is_told_its_point() -> None:
    room = await _closed("zh")

    replies = await room.say("amy", "只收到 1-1 6,50")

    assert room.said(replies) == (
        "“6,50” 是金额吗？金额的小数请用小数点，写成 6.50；它比这单还差的少，按只收到一部分记下："
        "只收到 1-1 6.50。没有任何改动。"
    )
    assert await _received(room) == ("pending_payment", 0)


async def test_the_whole_amount_with_a_decimal_comma_still_suggests_paid() -> None:
    room = await _closed("en")

    replies = await room.say("amy", "/paid 1-1 13,00")

    assert room.said(replies) == (
        "“13,00” is an amount? Write its decimals with a point, 13.00: /paid 1-1 13.00. Nothing was changed."
    )
    await room.say("amy", "/paid 1-1 13.00")
    assert await _received(room) == ("paid", 0)
