"""A group buy paid online whose every order lapsed unpaid (none paid, none refunded) still read
`✅ Succeeded at ¥88 each: 0 units` on its card: a success that sold nothing. It now says no order was
paid and how many were cancelled (`❌ No order was paid: all 3 cancelled`), as a fully refunded one says
it was refunded; one paid order keeps the success line."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.test_payments_checkout import make_app


async def _lapsed(lang: str, opening: str, *, paid: str = "") -> Chat:
    uow, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = Chat(make_app(uow, clock, online_payment=True, language=lang))
    await chat.say("amy", opening)
    for buyer in ("bob", "cat", "dan"):
        await chat.say(buyer, "+1")
    await chat.say("amy", "/close")
    if paid:
        await chat.say("amy", paid)
    clock.advance(hours=25)  # past every pay-by time
    await chat.app.checkout.expire_unpaid(clock.now())
    return chat


@pytest.mark.parametrize(
    ("lang", "opening", "status", "gone"),
    [
        ("en", "/groupbuy Mangoes price 88", "❌ No order was paid: all 3 cancelled", ("Succeeded", "paid ")),
        ("zh", "接龙 芒果 价格 88", "❌ 没有人付款：3 单都已取消", ("成团", "已付")),
    ],
)
async def test_a_card_whose_every_order_lapsed_says_none_was_paid(
    lang: str, opening: str, status: str, gone: tuple[str, str]
) -> None:
    chat = await _lapsed(lang, opening)

    card = (await chat.card()).splitlines()

    assert status in card, card
    assert not [line for line in card if any(word in line for word in gone)], card
    assert card[-1].endswith("✖")  # Dan's line, cancelled


async def test_one_paid_order_keeps_the_success_line() -> None:
    chat = await _lapsed("en", "/groupbuy Mangoes price 88", paid="/paid 1-1")

    card = (await chat.card()).splitlines()

    assert "Taken: 1" in card, card  # the 2 cancelled out, said apart (s25: as `名单`'s 合计)
    assert "✅ Succeeded at ¥88 each: 1 unit · cancelled unpaid: 2 units" in card, card
    assert not [line for line in card if "No order was paid" in line]
