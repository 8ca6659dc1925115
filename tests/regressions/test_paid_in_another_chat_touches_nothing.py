"""`已收 11` typed in one group marked order #11 of a group buy in another group as paid, posted the buyer's
order in the wrong group and messaged her; `/paid 47` in an unrelated group posted "Order #47 of Ben
(¥20)…" there. An order is now acted on only from the chat of its group buy, or in a private chat by
its owner (the organiser for 已收 / 已取 / 退款, the buyer for 付款); anywhere else it gets exactly the
answer of an order number that does not exist, changes nothing and sends nothing anywhere."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from handlers.texts import t
from handlers.types import ChatKind, Reply, Request
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

MISSING = "1-99"  # an order number nobody has


async def two_groups(factory: FakeUnitOfWorkFactory) -> tuple[Chat, Chat]:
    """In "family" Amy's plums (group buy 1): Bob's order #1-1 and Eve's #1-2. In "office" Dan's figs
    (group buy 2): Cat's order #2-1.
    Dan organises in the office and Zoe is an admin there; neither has anything to do with the family."""
    family = fake_chat(factory, default_language="en")
    office = Chat(family.app, chat_id="office", admins={"zoe"})
    await family.say("amy", "/groupbuy Plums price 10 target 2 ends 2h")
    await family.say("bob", "+1")
    await family.say("eve", "+2")
    await family.say("amy", "/close")
    await office.say("dan", "/groupbuy Figs price 20 target 1 ends 2h")
    await office.say("cat", "+1")
    await office.say("dan", "/close")
    return family, office


def statuses(factory: FakeUnitOfWorkFactory) -> dict[int, OrderStatus]:
    return {order_id: order.status for order_id, order in factory.state.orders.items()}


def only_an_answer_here(replies: list[Reply]) -> str:
    """The one message of the answer, in the chat it was typed in: no card, no private message, no
    message to another chat."""
    assert [(r.card_of, r.chat_id, r.private_to, r.invoice) for r in replies] == [(None, None, None, None)]
    return replies[0].text or replies[0].toast or ""


def nothing_here(order: str, text: str = "/paid", example: str = "12-3") -> str:
    """The answer to an order number that does not exist; a buyer's `/pay`, `/refund` and `/pickedup` get
    their own form in it (handlers.which), not the organiser's `/paid 12-3`; its example an order here the
    command could act on (`example`; none: 12-3)."""
    word = text.split()[0].lstrip("/")
    own = {
        "pay": "order_not_found_pay",
        "refund": "order_not_found_refund",
        "pickedup": "order_not_found_picked_up",
    }
    return t("en", own.get(word, "order_not_found"), order=order, example_order=example)


@pytest.mark.parametrize(
    ("user", "text"),
    [
        ("dan", "已收 1-2"),  # the office's organiser, Eve's order of the family
        ("dan", "/paid 1-2"),
        ("zoe", "/paid 1-2"),  # an admin of the office is no admin of the family
        ("dan", "/pickedup 1-1"),
        ("dan", "已取 1-1"),
        ("dan", "/refund 1-1"),
        ("dan", "退款 1-2"),
        ("dan", "/paid 2"),  # a bare number in the office: the office's order 2 (there is none)
    ],
)
async def test_an_order_of_another_group_is_answered_as_one_that_does_not_exist(user: str, text: str) -> None:
    factory = FakeUnitOfWorkFactory()
    family, office = await two_groups(factory)
    await family.say("amy", "/paid 1")  # Bob's is paid (so /pickedup and /refund could apply to it)
    before = statuses(factory)
    order = text.split()[-1]
    answer = only_an_answer_here(await office.say(user, text))
    missing = only_an_answer_here(await office.say(user, text.replace(order, MISSING)))
    assert answer.replace(f"#{order}", "#N") == missing.replace(f"#{MISSING}", "#N")
    assert statuses(factory) == before
    if text.isascii():  # `/paid`: the office's own unpaid order 2-1 (Cat's), one Dan (or its admin) may mark
        assert answer == nothing_here(order, text, "2-1" if text.startswith("/paid") else "12-3")


async def test_in_the_right_group_or_the_organisers_private_chat_it_still_works() -> None:
    factory = FakeUnitOfWorkFactory()
    family, office = await two_groups(factory)
    said = Chat.said(await family.say("amy", "/paid 2"))
    assert said == "✅ Eve's order #1-2 is paid."
    replies = await office.say("dan", "/paid 1", private=True)  # Dan's own group buy, from his private chat
    assert Chat.said(replies) == "Order #2-1 of Cat (¥20) is marked as paid."
    assert [(r.card_of, r.chat_id) for r in replies if r.is_card] == [(2, "office")]
    assert statuses(factory) == {1: OrderStatus.PENDING_PAYMENT, 2: OrderStatus.PAID, 3: OrderStatus.PAID}


async def test_in_a_private_chat_only_the_organisers_own_group_buys_are_reached() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await two_groups(factory)
    tries = (("dan", "/paid 1-2"), ("cat", "/refund 1-1"))
    for user, text in (*tries, ("dan", "/paid 2")):  # a bare 2: Dan's group buys have no order 2
        answer = only_an_answer_here(await family.say(user, text, private=True))
        assert answer == nothing_here(text.split()[-1], text)
    # Bob's own order, unpaid: nothing to refund (his request would go to the organiser)
    answer = only_an_answer_here(await family.say("bob", "/refund 1-1", private=True))
    assert answer == t("en", "refund_ask_not_paid", order="1-1", organiser="Amy")
    # Cat organises nothing: only the organiser marks pickups, and her code (review 26), nothing of 1-1
    answer = only_an_answer_here(await family.say("cat", "/pickedup 1-1", private=True))
    assert answer == t("en", "buyer_marks_pickup_none")
    # Eve's own order: she is told only the organiser confirms, and to send /ipaid (review, Z2)
    answer = only_an_answer_here(await family.say("eve", "/paid 1-2", private=True))
    assert answer == t("en", "paid_by_its_buyer", order="1-2", organiser="Amy")
    assert set(statuses(factory).values()) == {OrderStatus.PENDING_PAYMENT}


async def test_a_buyer_pays_only_their_own_orders_and_in_a_group_only_that_groups() -> None:
    factory = FakeUnitOfWorkFactory()
    family, office = await two_groups(factory)
    # Eve's own order, asked for in the office: that group has no such order; she is told where it is
    # (review 33), as a member of that group, and nothing is done
    assert only_an_answer_here(await office.say("eve", "/pay 1-2")) == (
        "Order #1-2 is of Plums (#1) in “family”, not this chat: nothing was changed. "
        "Send it there, or to me privately."
    )
    assert only_an_answer_here(await office.say("eve", "/pay 2")) == nothing_here("2", "/pay")
    # Bob asks for Eve's order in private: not his, so as if it did not exist; his one unpaid order named
    assert only_an_answer_here(await family.say("bob", "/pay 1-2", private=True)) == (
        "There is no order #1-2 of yours: nothing was changed. Your unpaid order is #1-1: send /pay 1-1"
    )
    # Eve in her private chat: her order (paid to the organiser here, there is no provider)
    assert Chat.said(await family.say("eve", "/pay 2", private=True)) == t(
        "en", "pay_offline", order="1-2", organiser="Amy"
    )
    # `/pay` alone in the office: Eve has no unpaid order of the office
    assert only_an_answer_here(await office.say("eve", "/pay")) == t("en", "no_unpaid_order")


async def test_an_order_button_tapped_elsewhere_or_by_someone_else_reaches_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    family, office = await two_groups(factory)
    in_office = await office.tap("eve", "od:pay:2")  # Eve's order's Pay button, in the office
    assert only_an_answer_here(in_office) == nothing_here("1-2", "/pay")
    bobs = Request("test", "bob", "bob", "Bob", chat_kind=ChatKind.PRIVATE, button="od:pay:2", language="en")
    assert only_an_answer_here(await family.app.handle(bobs)) == nothing_here("1-2", "/pay")
    card_pay = await office.tap("eve", "gb:pay:1")  # the family's card's Pay, tapped in the office
    assert only_an_answer_here(card_pay) == t("en", "no_unpaid_order")
    assert set(statuses(factory).values()) == {OrderStatus.PENDING_PAYMENT}
