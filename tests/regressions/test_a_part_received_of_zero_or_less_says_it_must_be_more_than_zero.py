"""s42: `只收到 1-1 0` / `只收到 1-1 -5` said only "not an amount received", and `/paid 1-1 -5 only`,
`/paid 1-1 -5`, `/paid 1-1 0` and `已收 1-1 -5` marked the ¥13 order paid. Each is now answered that the
amount received must be more than ¥0, with an example (privately: it names what the order comes to), and
nothing changes."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

EN = (
    "“{typed}” is not an amount received: it must be more than ¥0. Nothing was changed. If only part of it "
    "came, send that amount, e.g. /paid 1-1 ¥6.50 only (¥13 is owed on this order); if all of it came, "
    "send /paid 1-1."
)
ZH = (
    "“{typed}” 不是收到的金额：收到的金额要大于 ¥0，没有任何改动。只收到一部分就写收到的金额，"
    "例如 只收到 1-1 ¥6.50（这单应付 ¥13）；全部收到了就发 已收 1-1。"
)


async def _closed(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening = "/groupbuy Jam price 13" if lang == "en" else "接龙 果酱 价格 13"
    for who, typed in (("amy", opening), ("bob", "+1"), ("amy", "/close" if lang == "en" else "截单")):
        await room.say(who, typed)
    return room


@pytest.mark.parametrize(
    ("lang", "sent", "amount"),
    [
        ("zh", "只收到 1-1 0", "0"),
        ("zh", "只收到 1-1 -5", "-5"),
        ("zh", "已收 1-1 -5", "-5"),
        ("zh", "已收 1-1 ¥0", "¥0"),
        ("en", "/paid 1-1 -5 only", "-5"),
        ("en", "/paid 1-1 0 only", "0"),
        ("en", "/paid 1-1 -5", "-5"),
        ("en", "/paid 1-1 0", "0"),
    ],
)
async def test_zero_or_less_is_refused_saying_more_than_zero(lang: str, sent: str, amount: str) -> None:
    room = await _closed(lang)
    card = await room.card()

    replies = await room.say("amy", sent)

    assert room.private(replies) == {"amy": (EN if lang == "en" else ZH).format(typed=amount)}
    assert room.said(replies) == (
        "Amy, I've answered you about order #1-1 privately."
        if lang == "en"
        else "Amy，订单 #1-1 的事已私信发给你。"
    )
    assert await room.card() == card
    async with room.app.uow_factory() as uow:
        (order,) = await uow.orders.for_group_buy(1)
    assert (order.status.value, order.received_unpaid) == ("pending_payment", 0)
