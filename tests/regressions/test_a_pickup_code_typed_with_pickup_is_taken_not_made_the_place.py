"""Session 9: `/pickup 9918` (and `/pickup #11 1315`, `自提 9918`) at the pickup point made the buyer's
code the pickup point: the card and every order said "Pickup: 9918", and the code was not taken. A bare
4 to 6 digit number is a pickup code, never a place: it is taken as `核销 9918` (`/pickupcode 9918`)."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_pickup_code_typed_with_pickup_is_taken_not_made_the_place() -> None:
    uow_factory = FakeUnitOfWorkFactory()
    chat = fake_chat(uow_factory)
    for user, text in [
        ("amy", "/groupbuy Coffee beans price 50 target 1"),
        ("bob", "+1"),
        ("amy", "/pickup Reception tomorrow 12:00"),
        ("amy", "/close"),
        ("amy", "/paid 1"),
    ]:
        await chat.say(user, text)
    code = uow_factory.state.orders[1].pickup_code
    assert code is not None

    answer = await chat.say("amy", f"/pickup {code}")

    assert chat.said(answer).startswith(f"✅ Code {code}: order #1-1 of Bob, 1 unit:")
    assert uow_factory.state.orders[1].status is OrderStatus.FULFILLED
    assert "Pickup: Reception · Tue 24 Nov 12:00" in (await chat.card()).splitlines()
    assert chat.said(await chat.say("amy", "自提 #1 1315")).startswith(
        "你在这里能核销的订单中没有取货码 1315"
    )
    assert uow_factory.state.group_buys[1].terms.pickup == "Reception"  # the place (its time kept apart)
