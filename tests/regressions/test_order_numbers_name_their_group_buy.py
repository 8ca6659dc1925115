"""Order numbers were one global count (`#47`), so a chat's orders looked alike across its group buys and
`已收 3` could mean anything. Orders are numbered per group buy now (`#12-3`: group buy 12, order 3):
every message names them that way, every command takes the number back, and a bare `3` that two group
buys here could mean is not guessed."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def two_group_buys(factory: FakeUnitOfWorkFactory) -> Chat:
    """Mangoes (#1): Bob then Cat; Plums (#2): Dan. Each group buy's first order is its #…-1."""
    chat = fake_chat(factory, default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 30 ends 2h")
    await chat.say("bob", "+1 #1")
    await chat.say("cat", "+1 #1")
    await chat.say("amy", "/groupbuy Plums price 12 ends 2h")
    await chat.say("dan", "+1 #2")
    await chat.say("amy", "/close #1")
    await chat.say("amy", "/close #2")
    return chat


def statuses(factory: FakeUnitOfWorkFactory) -> dict[str, OrderStatus]:
    return {order.buyer_id: order.status for order in factory.state.orders.values()}


async def test_each_buyer_is_told_their_order_by_its_group_buy_and_place() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 30 ends 2h")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")
    replies = await chat.say("amy", "/close")
    told = {r.private_to: (r.text or "").split("\n")[0] for r in replies if r.private_to}
    assert told.pop("amy").startswith("Closed: Mangoes (#1)")  # the organiser's summary
    assert told == {"bob": "Your order #1-1 in Mangoes (#1):", "cat": "Your order #1-2 in Mangoes (#1):"}


async def test_a_bare_number_two_group_buys_have_is_not_guessed() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await two_group_buys(factory)
    said = Chat.said(await chat.say("amy", "/paid 1"))
    assert said == (
        "Several group buys here have an order #1: #1-1 Mangoes (Bob), #2-1 Plums (Dan). "
        "Say which by its full number, e.g. #2-1."
    )
    assert set(statuses(factory).values()) == {OrderStatus.PENDING_PAYMENT}


async def test_the_full_number_in_any_form_reaches_exactly_that_order() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await two_group_buys(factory)
    assert Chat.said(await chat.say("amy", "/paid 2-1")) == "✅ Dan's order #2-1 is paid."
    assert Chat.said(await chat.say("amy", "已收 #1－2")) == "✅ Cat 的订单 #1-2 已付款。"
    assert statuses(factory) == {
        "bob": OrderStatus.PENDING_PAYMENT,
        "cat": OrderStatus.PAID,
        "dan": OrderStatus.PAID,
    }


async def test_of_two_orders_numbered_alike_the_one_waiting_for_the_command_is_meant() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await two_group_buys(factory)
    await chat.say("amy", "/paid 2-1")
    # only Bob's #1-1 is still unpaid among the two #…-1: `/paid 1` means it
    assert Chat.said(await chat.say("amy", "/paid 1")) == "✅ Bob's order #1-1 is paid."
    # both are paid now; picked up: ask again
    assert Chat.said(await chat.say("amy", "/pickedup 1")).startswith(
        "Several group buys here have an order #1"
    )


async def test_a_buyers_bare_number_is_among_their_own_orders() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await two_group_buys(factory)
    said = Chat.said(await chat.say("dan", "/ipaid 1"))  # Dan's own #2-1, not Bob's #1-1
    assert said.startswith("Thanks, Dan:") and "order #2-1" in said
