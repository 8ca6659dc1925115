"""Orders: exact totals at the price the group reached, payments recorded once, status by the table only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from commerce.domain import events as ev
from commerce.domain.errors import DomainError, TransitionNotAllowed
from commerce.domain.group_buy import GroupBuy, Participant, PriceTier, Terms
from commerce.domain.order import ORDER_TRANSITIONS, Order, OrderStatus
from commerce.services import group_buys, orders
from tests.fakes import FakeUnitOfWorkFactory

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


def succeeded(price: int = 1235, tiers: tuple[PriceTier, ...] = ()) -> GroupBuy:
    terms = Terms(title="Mangoes", unit_price=price, tiers=tiers, deadline=NOW + timedelta(hours=2))
    group_buy = GroupBuy.open(
        chat_id="family", organiser_id="amy", organiser_name="Amy", terms=terms, now=NOW
    )
    group_buy.id = 1
    group_buy.is_new = False
    group_buy.join(None, user_id="bob", display_name="Bob", quantity=3, now=NOW)
    group_buy.close(actor="amy", is_admin=False, now=NOW)
    return group_buy


def order_of(group_buy: GroupBuy, quantity: int = 3) -> Order:
    order = Order.for_member(group_buy, [Participant("bob", "Bob", quantity, NOW)], now=NOW)
    order.id = 7
    return order


def test_the_total_is_exact_at_the_price_reached() -> None:
    order = order_of(succeeded(1235))
    assert (order.total, order.quantity, order.currency) == (3705, 3, "CNY")
    tiered = order_of(succeeded(8800, (PriceTier(3, 6655),)))
    assert (tiered.lines[0].unit_price, tiered.total) == (6655, 19965)


def test_paying_twice_is_refused_and_recorded_once() -> None:
    order = order_of(succeeded())
    order.mark_paid(actor="amy", method="offline", reference="", amount=3705, now=NOW)
    with pytest.raises(DomainError) as again:
        order.mark_paid(actor="amy", method="offline", reference="", amount=3705, now=NOW)
    assert again.value.code == "order_already_paid"
    assert (order.status, order.paid_amount, len(order.payments), len(order.history)) == (
        OrderStatus.PAID,
        3705,
        1,
        1,
    )


def test_a_payment_must_match_the_total() -> None:
    order = order_of(succeeded())
    with pytest.raises(DomainError) as short:
        order.mark_paid(actor="amy", method="offline", reference="", amount=3700, now=NOW)
    assert short.value.code == "payment_amount_mismatch"
    assert (order.status, order.payments) == (OrderStatus.PENDING_PAYMENT, [])


def test_a_cancelled_order_cannot_be_paid_and_a_refund_balances_the_payments() -> None:
    cancelled = order_of(succeeded())
    cancelled.cancel(actor="amy", now=NOW)
    with pytest.raises(DomainError, match="order_not_payable"):
        cancelled.mark_paid(actor="amy", method="offline", reference="", amount=3705, now=NOW)

    refunded = order_of(succeeded())
    refunded.mark_paid(actor="amy", method="offline", reference="", amount=3705, now=NOW)
    refunded.refund(actor="admin", method="offline", reference="r1", now=NOW, reason="broken")
    assert (refunded.status, refunded.paid_amount) == (OrderStatus.REFUNDED, 0)
    assert [(c.from_status, c.to_status, c.actor) for c in refunded.history] == [
        (OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, "amy"),
        (OrderStatus.PAID, OrderStatus.REFUNDED, "admin"),
    ]


ALLOWED = {
    (OrderStatus.PENDING_PAYMENT, "pay"): OrderStatus.PAID,
    (OrderStatus.PENDING_PAYMENT, "cancel"): OrderStatus.CANCELLED,
    (OrderStatus.PAID, "fulfil"): OrderStatus.FULFILLED,
    (OrderStatus.PAID, "refund"): OrderStatus.REFUNDED,
    (OrderStatus.FULFILLED, "refund"): OrderStatus.REFUNDED,  # collected and found bad
    (OrderStatus.CANCELLED, "restore"): OrderStatus.PENDING_PAYMENT,  # 恢复订单: she had paid after all
}


@pytest.mark.parametrize("status", list(OrderStatus))
@pytest.mark.parametrize("action", ["pay", "cancel", "fulfil", "refund", "restore"])
def test_the_order_transition_table_allows_exactly_its_moves(status: OrderStatus, action: str) -> None:
    if (status, action) in ALLOWED:
        assert ORDER_TRANSITIONS.next(status, action) is ALLOWED[(status, action)]
    else:
        with pytest.raises(TransitionNotAllowed) as refused:
            ORDER_TRANSITIONS.next(status, action)
        assert refused.value.code == f"order_{action}_not_allowed"


# -- 已收 @member: the service behind it ----------------------------------------------------------------
async def _two_succeeded_group_buys(factory: FakeUnitOfWorkFactory) -> None:
    async with factory() as uow:
        for organiser, price in (("amy", 1000), ("dan", 2000)):
            terms = Terms(title=f"By {organiser}", unit_price=price, deadline=NOW + timedelta(hours=2))
            opened = await group_buys.open_group_buy(
                uow, chat_id="family", organiser_id=organiser, organiser_name=organiser.title(), terms=terms,
                now=NOW, lang="en",
            )  # fmt: skip
            assert opened.id is not None
            await group_buys.join(
                uow,
                chat_id="family",
                group_buy_id=opened.id,
                user_id="bob",
                display_name="Bob",
                quantity=1,
                now=NOW,
            )
            await group_buys.close(
                uow, chat_id="family", group_buy_id=opened.id, actor=organiser, is_admin=False, now=NOW
            )
        await uow.commit()


async def test_paid_for_member_takes_the_members_unpaid_order_the_actor_runs() -> None:
    factory = FakeUnitOfWorkFactory()
    await _two_succeeded_group_buys(factory)

    async with factory() as uow:
        by_amy = await orders.mark_paid_for_member(
            uow, chat_id="family", buyer_id="bob", actor="amy", is_admin=False, now=NOW
        )
        assert (by_amy.order.id, by_amy.order.total, by_amy.group_buy.organiser_id) == (1, 1000, "amy")
        with pytest.raises(DomainError) as again:
            await orders.mark_paid_for_member(
                uow, chat_id="family", buyer_id="bob", actor="amy", is_admin=False, now=NOW
            )
        assert (again.value.code, again.value.params) == ("not_organiser", {"organiser": "Dan"})
        by_dan = await orders.mark_paid_for_member(
            uow, chat_id="family", buyer_id="bob", actor="dan", is_admin=False, now=NOW
        )
        assert by_dan.order.id == 2
        with pytest.raises(DomainError) as all_paid:
            await orders.mark_paid_for_member(
                uow, chat_id="family", buyer_id="bob", actor="amy", is_admin=True, now=NOW
            )
        assert (all_paid.value.code, all_paid.value.params) == (  # each named as paid already (s39)
            "member_already_paid_several",
            {"name": "Bob", "orders": "#1-1 #2-1"},
        )
        with pytest.raises(DomainError, match="member_no_order"):
            await orders.mark_paid_for_member(
                uow, chat_id="other", buyer_id="bob", actor="amy", is_admin=True, now=NOW
            )


def test_an_order_reports_each_change_as_an_event_once() -> None:
    order = Order.for_member(succeeded(), [Participant("bob", "Bob", 3, NOW)], now=NOW)
    assert order.pull_events() == []  # not stored yet
    order.id = 7
    order.mark_paid(actor="amy", method="offline", reference="", amount=order.total, now=NOW)
    order.refund(actor="amy", method="offline", reference="", now=NOW)
    assert order.pull_events() == [
        ev.OrderCreated(7, 1, "bob", 3705, "CNY"),
        ev.OrderPaid(7, 1, "bob", 3705, "CNY", "offline"),
        ev.OrderRefunded(7, 1, "bob", 3705, "CNY", "offline"),
    ]
    assert order.pull_events() == []


def test_cancelling_and_picking_up_are_events_too() -> None:
    lapsed, collected = order_of(succeeded()), order_of(succeeded())
    lapsed.is_new = collected.is_new = False
    lapsed.cancel(actor="system", now=NOW, reason="not paid in time")
    collected.mark_paid(actor="amy", method="offline", reference="", amount=collected.total, now=NOW)
    collected.fulfil(actor="amy", now=NOW)
    assert lapsed.pull_events() == [ev.OrderCancelled(7, 1, "bob", "system", "not paid in time")]
    assert collected.pull_events()[-1] == ev.OrderFulfilled(7, 1, "bob")
