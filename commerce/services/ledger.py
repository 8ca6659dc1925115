"""Posting orders to the ledger: the one place every payment, pickup and refund reaches it.

Why a before-commit hook of the unit of work, not a bus handler: every unit of work (`storage.uow`'s and
the tests' fake) runs `post_order_events` on the events it collects, just before it commits, in the
same transaction as the order's status change (a payment undone, 撤销已收, too). So no path can skip
it (Telegram payment, offline 已收, the payment report's Received, a console, a path added later:
whatever changes an order's status raises its event, and the unit of work collects it), and it is
exactly once: the guarded status write holds the order's row, so one order's payment, pickup and
refund post in the order they happened, and each transaction's business key (`order:12:paid`) is
unique, so a repeated event posts nothing. If the commit fails, the posting is rolled back with the
change; a bus handler after the commit could miss or repeat it.

The holding period (`release_held`) is a scheduler sweep: payments at least `hold` old whose commission
is still pending become available, each by its business key (`order:12:available`), so two sweeps, or
a sweep and a pickup, post it once; `StaleHistory` (a refund or pickup posted meanwhile) means read the
history again and compute anew. Standard library only.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from commerce.domain import ledger
from commerce.domain.commission import Commission, CommissionRates, Referral, Sale, commission
from commerce.domain.events import (
    Event,
    OrderFulfilled,
    OrderPaid,
    OrderPartRefunded,
    OrderRefunded,
    OrderUnpaid,
)
from commerce.domain.ledger import StaleHistory, Transaction
from commerce.domain.order import Order, OrderStatus
from commerce.ports import UnitOfWork
from commerce.services import listings

ATTEMPTS = 5  # a StaleHistory is another posting of the same order meanwhile: rare, never endless
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_TICK = timedelta(microseconds=1)


async def post_order_events(uow: UnitOfWork, events: Sequence[Event]) -> None:
    """Post what `events` (collected by `uow` before its commit) mean to the ledger, in `uow`."""
    for event in events:
        if isinstance(event, OrderPartRefunded):  # 部分退款: the amount and its place are the event's
            await _post(uow, functools.partial(_part_refunded, uow, event))
        elif isinstance(event, OrderPaid | OrderFulfilled | OrderRefunded | OrderUnpaid):
            await _post(uow, functools.partial(_STEPS[type(event)], uow, event.order_id))


async def _post(uow: UnitOfWork, compute: Callable[[], Awaitable[Transaction | None]]) -> bool:
    """Compute a transaction from the order as it is now and post it; on `StaleHistory` compute anew."""
    for _ in range(ATTEMPTS):
        transaction = await compute()
        if transaction is None:
            return False
        try:
            return await uow.ledger.post(transaction)
        except StaleHistory:
            continue
    raise StaleHistory(f"gave up posting after {ATTEMPTS} attempts")


def hold_ends(order: Order, hold: timedelta) -> datetime | None:
    """When the order's commission frees at the latest if nobody picks it up: `hold` after its payment
    (`ledger.available_from`); None when it is not paid."""
    at = _when(order, OrderStatus.PAID)
    return None if at is None else ledger.available_from(at, hold)


def _when(order: Order, status: OrderStatus) -> datetime | None:
    """When the order last moved to `status` (its status history is the business time)."""
    return next((change.at for change in reversed(order.history) if change.to_status is status), None)


async def earlier_referrals(uow: UnitOfWork, order: Order) -> frozenset[Referral]:
    """Whether the order's buyer brought its sharer earlier (the loop rule's only input): an order of the
    sharer (not cancelled) attributed to the buyer, whose buyer was brought (joined) before this order's
    was. May joined through Ned's code, then Ned through May's: Ned keeps his commission on May's order
    (he brought her first), May earns none on Ned's; whichever is paid first."""
    buyer, sharer = order.buyer_id, order.sharer_id
    if sharer is None:
        return frozenset()
    brought: datetime | None = None
    for theirs in await uow.orders.for_buyer(sharer):
        if theirs.sharer_id != buyer or theirs.status is OrderStatus.CANCELLED:
            continue
        brought = brought or await brought_at(uow, order)
        if await brought_at(uow, theirs) <= brought:
            return frozenset({Referral(referrer=buyer, referred=sharer)})
    return frozenset()


async def brought_back(uow: UnitOfWork, *, buyer: str, sharer: str, brought: datetime) -> bool:
    """Whether `buyer`, brought to a group buy at `brought` by `sharer`'s link, brought her earlier (the
    loop rule, as `earlier_referrals` applies it at payment): before his order is made, so what she is
    told she will earn on him (我的收益) and the ranking (排行) never count one it pays her nothing on."""
    for theirs in await uow.orders.for_buyer(sharer):
        if theirs.sharer_id != buyer or theirs.status is OrderStatus.CANCELLED:
            continue
        if await brought_at(uow, theirs) <= brought:
            return True
    return False


async def brought_at(uow: UnitOfWork, order: Order) -> datetime:
    """When the order's buyer was brought to its group buy: her first line's join (else the order)."""
    lines = await uow.group_buys.participants(order.group_buy_id)
    joined = [line.joined_at for line in lines if line.user_id == order.buyer_id]
    return min(joined, default=order.created_at)


async def sale_of(uow: UnitOfWork, order: Order) -> tuple[Sale, CommissionRates] | None:
    """The order's facts for `commerce.domain.commission`, with its group buy's rates."""
    assert order.id is not None
    group_buy = await uow.group_buys.get(order.group_buy_id)
    if group_buy is None:
        return None
    sale = Sale(
        order_id=order.id,
        group_buy_id=order.group_buy_id,
        buyer=order.buyer_id,
        organiser=group_buy.organiser_id,
        currency=order.currency,
        paid=order.paid_amount,
        status=order.status,
        sharer=order.sharer_id,
        help_seller=order.help_seller_id,
        help_sold=await listings.help_sold(uow, group_buy, order),  # 帮卖 per line: where each was made
        total=order.total,
    )
    return sale, CommissionRates(group_buy.sharer_rate_bp, group_buy.help_sell_rate_bp)


async def earner_rates(uow: UnitOfWork, order: Order) -> dict[str, int]:
    """Each member who may earn on the order, with her rate in basis points (the sharer's, the
    help-seller's): what a part refund (部分退款) leaves her is the commission on what is left at it."""
    found = await sale_of(uow, order)
    if found is None:
        return {}
    sale, rates = found
    if sale.help_sold is not None:  # per line: her rate is not on the whole; what she keeps, in proportion
        return {}
    slots = ((sale.sharer, rates.sharer_bp), (sale.help_seller, rates.help_sell_bp))
    return {member: rate for member, rate in slots if member}


async def commission_of(uow: UnitOfWork, order: Order) -> Commission | None:
    """What the paid order earns whom (`commerce.domain.commission`), as its payment posts it; None: its
    group buy is gone."""
    found = await sale_of(uow, order)
    if found is None:
        return None
    sale, rates = found
    earlier = await earlier_referrals(uow, order) if sale.sharer else frozenset()
    return commission(sale, rates, earlier=earlier)


async def commission_as_paid(uow: UnitOfWork, order: Order) -> Commission | None:
    """What the order earns whom paid in full (its total), wherever it stands now (refunded, unpaid
    again, part refunded): the roles a take-back is told by (`commission.by_role`); None: its group buy
    is gone."""
    found = await sale_of(uow, order)
    if found is None:
        return None
    sale, rates = found
    sale = replace(sale, status=OrderStatus.PAID, paid=max(sale.total, sale.paid))
    earlier = await earlier_referrals(uow, order) if sale.sharer else frozenset()
    return commission(sale, rates, earlier=earlier)


async def _paid(uow: UnitOfWork, order_id: int) -> Transaction | None:
    order = await uow.orders.get(order_id)
    if order is None or order.status not in (OrderStatus.PAID, OrderStatus.FULFILLED):
        return None  # refunded (or never paid) by now: nothing to post
    split = await commission_of(uow, order)
    at = _when(order, OrderStatus.PAID)
    if split is None or at is None:
        return None
    history = await uow.ledger.of_order(order_id)  # a payment made again after one undone: its next round
    return ledger.order_paid(split, at=at, history=history)


async def _available(uow: UnitOfWork, order_id: int) -> Transaction | None:
    order = await uow.orders.get(order_id)
    at = _when(order, OrderStatus.FULFILLED) if order is not None else None
    if at is None:
        return None
    return ledger.order_available(order_id, await uow.ledger.of_order(order_id), at=at)


async def _refunded(uow: UnitOfWork, order_id: int) -> Transaction | None:
    order = await uow.orders.get(order_id)
    at = _when(order, OrderStatus.REFUNDED) if order is not None else None
    if at is None:
        return None
    return ledger.order_refunded(order_id, await uow.ledger.of_order(order_id), at=at)


async def _part_refunded(uow: UnitOfWork, event: OrderPartRefunded) -> Transaction | None:
    """部分退款: that amount back, each earner keeping the commission on what is left at her rate
    (`ledger.order_part_refunded`), once."""
    order = await uow.orders.get(event.order_id)
    if order is None or len(order.payments) < event.payment:
        return None
    at = order.payments[event.payment - 1].at
    history = await uow.ledger.of_order(event.order_id)
    key = ledger.part_refund_key(event.order_id, event.payment)
    if any(t.key == key for t in history):  # delivered twice: posted already
        return None
    rates = await earner_rates(uow, order)
    return ledger.order_part_refunded(
        event.order_id, history, event.amount_minor, payment=event.payment, at=at, rates=rates
    )


async def _unpaid(uow: UnitOfWork, order_id: int) -> Transaction | None:
    """撤销已收: the reverse of what the payment posted, unless it was paid again meanwhile."""
    order = await uow.orders.get(order_id)
    if order is None or order.status is not OrderStatus.PENDING_PAYMENT:
        return None
    at = _when(order, OrderStatus.PENDING_PAYMENT)
    if at is None:
        return None
    return ledger.order_unpaid(order_id, await uow.ledger.of_order(order_id), at=at)


_STEPS: dict[type[Event], Callable[[UnitOfWork, int], Awaitable[Transaction | None]]] = {
    OrderPaid: _paid,
    OrderFulfilled: _available,
    OrderRefunded: _refunded,
    OrderUnpaid: _unpaid,
}


async def hold_again(uow: UnitOfWork, order_id: int, *, at: datetime, hold: timedelta) -> ledger.HeldAgain:
    """撤销已取: what the order's pickup released before the hold is pending again, each earner's while
    her available balance still holds it (`ledger.order_held_again`), posted in `uow`, once."""
    for _ in range(ATTEMPTS):
        history = await uow.ledger.of_order(order_id)
        earners = {
            account.member
            for (account, _), amount in ledger.holdings(history).items()
            if account.kind is ledger.AccountKind.COMMISSION_AVAILABLE and amount > 0
        }
        currency = next((p.currency for t in history for p in t.postings), "")
        balances = {m: await uow.ledger.balance(ledger.available(m), currency) for m in sorted(earners)}
        held = ledger.order_held_again(order_id, history, at=at, hold=hold, balances=balances)
        if held.transaction is None:
            return held
        try:
            await uow.ledger.post(held.transaction)
        except StaleHistory:
            continue
        return held
    raise StaleHistory(f"gave up posting after {ATTEMPTS} attempts")


async def release_held(uow: UnitOfWork, *, now: datetime, hold: timedelta) -> int:
    """Make available the commission of every payment at least `hold` old that is still pending;
    returns how many orders it posted. Idempotent: `order:<id>:available` posts once."""
    return len(await released_held(uow, now=now, hold=hold))


async def released_held(uow: UnitOfWork, *, now: datetime, hold: timedelta) -> list[Transaction]:
    """`release_held`, returning the releases it posted (each earner's amount made available is in its
    postings), so whoever runs the sweep can tell each earner once."""
    posted: list[Transaction] = []
    due = now - hold + _TICK  # paid at or before `now - hold` (`available_from` has come)
    for order_id in await uow.ledger.pending_commissions(paid_since=_EPOCH, paid_before=due):
        made: list[Transaction] = []

        async def compute(order_id: int = order_id, made: list[Transaction] = made) -> Transaction | None:
            history = await uow.ledger.of_order(order_id)
            transaction = ledger.order_available(order_id, history, at=now)
            made[:] = [] if transaction is None else [transaction]
            return transaction

        if await _post(uow, compute) and made:
            posted.append(made[0])
    return posted
