"""Use cases of online checkout: what may be paid, recording a payment once, refunds, and reservations.

Each takes an open unit of work; the caller commits. A payment is keyed on the platform's charge id:
a repeat is recognised (and changes nothing), and storage makes two concurrent deliveries unable to
both record it (`OrderRepository.save_status`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.guests import is_guest
from commerce.domain.ledger import COMMISSION_KINDS, commission_held, holdings, order_part_refunded
from commerce.domain.money import SYMBOLS, exponent, format_money, names_another_currency, parse_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.payments import order_payable_online, payment_method, read_order_reference, within_limits
from commerce.domain.reach import Where
from commerce.ports import UnitOfWork
from commerce.services.ledger import earner_rates
from commerce.services.pickup import give_code

PENDING = OrderStatus.PENDING_PAYMENT.value
_CHARGEABLE = (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED)

RefundStars = Callable[[Order, str], Awaitable[None]]
"""Gives the Stars of one charge id back to the order's buyer (the platform call)."""


@dataclass(frozen=True)
class Payable:
    """An order that may be paid now, with the group buy it belongs to."""

    order: Order
    group_buy: GroupBuy


@dataclass(frozen=True)
class Refunded:
    """An order just refunded: how it had been paid (`method`) says who gives the money back."""

    order: Order
    group_buy: GroupBuy
    method: str
    # the commission the order had credited, taken back with it: (member, amount), a help-seller's
    # (帮卖) or a sharer's, each earner once (the ledger's reversal posts it at the commit)
    commission: tuple[tuple[str, int], ...] = ()
    # 部分退款: the part given back (minor units); 0 for the whole order (`order.status` is refunded)
    part: int = 0
    # 部分退款: each earner's commission the order still holds for her after it (member, amount), the
    # earners of `commission` alone: what she keeps, told beside what was taken back
    kept: tuple[tuple[str, int], ...] = ()
    # an unpaid order's part received (只收到 ¥50) given back (rep81 #2): what it gave back; `part` says
    # it too, the order unpaid still, its `received_amount` what is left of it
    received: int = 0


async def _order_and_group_buy(uow: UnitOfWork, order_id: int) -> tuple[Order, GroupBuy]:
    order = await uow.orders.get(order_id)
    if order is None:
        raise NotFound("order_not_found", order=order_id if order is None else order.number)
    group_buy = await uow.group_buys.get(order.group_buy_id)
    assert group_buy is not None
    return order, group_buy


async def order_of_reference(uow: UnitOfWork, reference: str, secret: str) -> tuple[Order, GroupBuy]:
    """The order a signed payment reference names, with its group buy; `DomainError` when none."""
    return await _order_and_group_buy(uow, read_order_reference(reference, secret))


def ensure_pending(order: Order) -> None:
    """Refuse, with the reason the buyer reads, an order that is not waiting for payment."""
    if order.status in (OrderStatus.PAID, OrderStatus.FULFILLED):
        raise DomainError("order_already_paid", order=order.number)
    if order.status is OrderStatus.CANCELLED:
        raise DomainError("order_cancelled", order=order.number)
    if order.status is OrderStatus.REFUNDED:
        raise DomainError("order_refunded", order=order.number)


async def payable_order(
    uow: UnitOfWork,
    *,
    order_id: int,
    buyer_id: str,
    now: datetime,
    pay_within: timedelta,
    provider: bool = True,
    where: Where | None = None,
) -> Payable:
    """The buyer's own order, still pending, of a group buy that succeeded, before its pay-by time
    (only an order paid online has one: `provider` says whether a payment provider is configured).

    `where` the buyer asked (`/pay 7`): an order it does not reach is answered as one that does not
    exist. None: the payment platform, with a reference this bot signed for that order.
    """
    order, group_buy = await _order_and_group_buy(uow, order_id)
    if where is not None and not where.buyer_reaches(order, group_buy, buyer_id):
        raise NotFound("order_not_found", order=order.number)
    if order.buyer_id != buyer_id:
        raise DomainError("order_not_yours", order=order.number)
    if group_buy.status not in _CHARGEABLE:  # never charge an order of a failed or cancelled group buy
        raise DomainError("order_cancelled", order=order.number)
    ensure_pending(order)
    reserved = order_payable_online(order.total, order.currency, provider=provider)
    if reserved and now >= order.due_at(pay_within):
        raise DomainError("order_expired", order=order.number)
    return Payable(order, group_buy)


async def check_pre_checkout(
    uow: UnitOfWork,
    *,
    reference: str,
    secret: str,
    buyer_id: str,
    currency: str,
    amount: int,
    now: datetime,
    pay_within: timedelta,
) -> Payable:
    """Everything a payment must satisfy before the platform charges the buyer; raises otherwise."""
    order_id = read_order_reference(reference, secret)
    payable = await payable_order(uow, order_id=order_id, buyer_id=buyer_id, now=now, pay_within=pay_within)
    order = payable.order
    if currency != order.currency or amount != order.total:
        raise DomainError("payment_amount_mismatch", order=order.number, expected=order.total, got=amount)
    return payable


async def record_online_payment(
    uow: UnitOfWork,
    *,
    reference: str,
    secret: str,
    buyer_id: str,
    charge_id: str,
    provider_charge_id: str,
    currency: str,
    amount: int,
    now: datetime,
) -> Payable | None:
    """Mark the order paid by this charge; None when this charge is already recorded (a repeat).

    None also when a concurrent delivery of the same charge won the guarded write: the caller must
    not commit then. A charge that cannot apply (cancelled order, wrong amount) raises `DomainError`.
    """
    if not charge_id:
        raise DomainError("payment_reference_invalid")
    order_id = read_order_reference(reference, secret)
    order, group_buy = await _order_and_group_buy(uow, order_id)
    if order.paid_with(charge_id):
        return None
    if order.buyer_id != buyer_id:
        raise DomainError("order_not_yours", order=order.number)
    if currency != order.currency:
        raise DomainError("payment_amount_mismatch", order=order.number, expected=order.total, got=amount)
    order.mark_paid(
        actor=buyer_id,
        method=payment_method(currency),
        reference=charge_id,
        provider_reference=provider_charge_id,
        amount=amount,
        now=now,
    )
    if not await uow.orders.save_status(order, previous=PENDING):
        return None
    await give_code(uow, order)  # the buyer's pickup code (核销), in their receipt
    return Payable(order, group_buy)


async def refund(
    uow: UnitOfWork,
    *,
    order_id: int,
    actor: str,
    is_admin: bool,
    now: datetime,
    refund_stars: RefundStars | None,
    where: Where,
    part_asked: str = "",
    amount: str = "",
    reference: str = "",
    confirmed: bool = False,
    units: tuple[str, int] | None = None,
) -> Refunded:
    """退款 by the organiser (or an admin of its chat): Stars go back through the platform before it is
    recorded; a provider payment is recorded for the organiser to complete with the provider; offline,
    recorded. An order `where` does not reach is answered as one that does not exist.

    The Stars call comes after the guarded write and before the caller commits: if it fails, the
    unit of work rolls back and the order stays paid.

    `part_asked`: what the organiser typed asking for part of the money back (`退一半`, `¥78`): a refund
    in words only is refused (after the checks above it), naming the amount form to send.

    `amount` (部分退款, `退款 1-2 ¥78`: `¥78` as typed): that much of the order back, the order staying
    paid or picked up; reaching what is left, the whole refund. Refused for a Telegram payment
    (Telegram refunds a charge whole), above what is left or not above 0 (`refund_part_over`).
    `reference`: the message that asked for it (platform, chat, message id): the same message refunds
    once (`refund_part_repeat`). The same amount again on the order within `AGAIN_WITHIN` of its last
    part refund (a message typed twice) changes nothing and asks (`refund_part_twice`, with when the
    last was, `at`), unless `confirmed` (`退款 1-2 78 确认`).

    An unpaid order the organiser recorded part received of (只收到 ¥50) gives that back
    (`_refund_received`, rep81 #2), from the chat and the console's refund page alike.
    """
    order, group_buy = await _order_and_group_buy(uow, order_id)
    if not where.finds_managed(order, group_buy, actor):
        raise NotFound("order_not_found", order=order.number)
    if not group_buy.may_manage(actor, is_admin=is_admin and where.admin_counts(group_buy)):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    if order.status is OrderStatus.REFUNDED:
        raise DomainError("order_already_refunded", order=order.number)
    if order.status is OrderStatus.PENDING_PAYMENT and reference:  # the same form or message again
        done = next(
            (p for p in order.payments if p.kind == "received_refunded" and p.reference == reference), None
        )
        if done is not None:  # 只收到 money given back once: said so, never "busy, try again" (rep98 #4)
            raise DomainError(
                "refund_part_repeat", order=order.number, amount=format_money(-done.amount, order.currency)
            )
    if order.status is OrderStatus.PENDING_PAYMENT and _received(order):  # 只收到 ¥50
        return await _refund_received(
            uow,
            order,
            group_buy,
            amount=amount,
            part_asked=part_asked,
            actor=actor,
            now=now,
            reference=reference,
        )
    if order.status is OrderStatus.CANCELLED:  # said so, never "not paid yet" (rep85 #12), as 已收 says it
        back = order.received_refunded  # 只收到 ¥10 given back before it was cancelled
        if back:
            raise DomainError(
                "refund_cancelled_received_back",
                order=order.number,
                refunded=format_money(back, order.currency),
            )
        raise DomainError("refund_cancelled", order=order.number)
    if order.status not in (OrderStatus.PAID, OrderStatus.FULFILLED):  # picked up and found bad: refundable
        if amount and order.status is OrderStatus.PENDING_PAYMENT:  # `退款 1-2 ¥78` of an unpaid one
            if _not_an_amount(amount, order):  # `退款 1-1 ¥-5`: the amount said wrong too (rep81 #10)
                raise DomainError("refund_amount_bad_not_paid", order=order.number, typed=amount.strip())
            raise DomainError("refund_part_not_paid", order=order.number)
        raise DomainError("refund_not_paid", order=order.number)
    method = order.payment_method or "offline"
    if part_asked and method != "offline":  # `/refund 1-2 half` of a Telegram payment: whole only
        total = format_money(order.paid_amount, order.currency)
        raise DomainError("refund_part_telegram", order=order.number, total=total)
    if part_asked:  # `退款 1-2 退一半`: never the whole order refunded for it; the amount form named
        raise part_in_words(order, part_asked)
    charge = next((p.reference for p in reversed(order.payments) if p.kind == "paid"), "")
    if amount and method != "offline":  # Telegram (Stars, a provider) gives a charge back whole only
        try:
            whole = amount_of(amount, order) == order.paid_amount  # the whole typed as an amount: refunded
        except DomainError as refused:
            if refused.code == "refund_other_currency":  # `$5` of a ¥ order: said so, never "whole only"
                raise
            whole = False
        if not whole:
            total = format_money(order.paid_amount, order.currency)
            raise DomainError("refund_part_telegram", order=order.number, total=total)
    if amount and method == "offline":
        done = next((p for p in order.payments if reference and p.reference == reference), None)
        if done is not None:  # the same message delivered again: refunded once (checked before the amount)
            raise DomainError(
                "refund_part_repeat", order=order.number, amount=format_money(-done.amount, order.currency)
            )
        minor = amount_of(amount, order)
        last = next((p for p in reversed(order.payments) if p.kind == "part_refunded"), None)
        if (
            not confirmed
            and last is not None
            and -last.amount == minor
            and timedelta(0) <= now - last.at < AGAIN_WITHIN
        ):
            raise DomainError(
                "refund_part_twice",
                order=order.number,
                amount=format_money(minor, order.currency),
                typed=plain_amount(minor, order.currency),
                at=last.at,
            )
        if minor != order.paid_amount:  # what is left: the whole refund, below
            return await _refund_part(
                uow, order, group_buy, minor, actor=actor, now=now, reference=reference, units=units
            )
    if method == "stars" and refund_stars is None:
        raise DomainError("stars_refund_unavailable", order=order.number)
    previous = order.status.value
    held = holdings(await uow.ledger.of_order(order_id))  # what the refund's reversal will take back
    order.refund(actor=actor, method=method, reference=charge, now=now, reason=f"refunded by {actor}")
    if not await uow.orders.save_status(order, previous=previous):
        raise DomainError("busy_try_again")
    if method == "stars":
        assert refund_stars is not None
        await refund_stars(order, charge)
    return Refunded(order, group_buy, method, commission_held(held, order.currency))


def _not_an_amount(typed: str, order: Order) -> bool:
    """Whether a refund's amount is none (`¥-5`, `0`): not above 0, or unreadable in the order's currency."""
    if typed.strip().lstrip("¥￥$ ").startswith(("-", "−", "－")):
        return True
    try:
        return parse_money(typed, order.currency).minor <= 0
    except DomainError:
        return not names_another_currency(typed, order.currency)


def _received(order: Order) -> int:
    """What the organiser said she received of an unpaid order (只收到 ¥50 of ¥96: 5000), reported since
    or not; 0 when none."""
    return order.received_amount if 0 < order.received_amount < order.total else 0


async def _refund_received(
    uow: UnitOfWork,
    order: Order,
    group_buy: GroupBuy,
    *,
    amount: str,
    part_asked: str,
    actor: str,
    now: datetime,
    reference: str,
) -> Refunded:
    """退款 of an unpaid order the organiser received part of (只收到 1-3 50, rep81 #2): that part, or
    `amount` of it, is given back; the order stays unpaid, owing its total less what she still holds,
    so it can be cancelled (`取消订单 1-3`) once nothing is held. More than was received, or part asked
    in words (`退一半`), is refused naming what can be (`refund_received_over`), nothing changed."""
    received = _received(order)
    over = DomainError(
        "refund_received_over",
        order=order.number,
        received=format_money(received, order.currency),
    )
    if part_asked:
        raise over
    minor = received
    if amount:
        if names_another_currency(amount, order.currency) or amount.strip().lstrip("¥￥$ ").startswith(
            ("-", "−", "－")
        ):
            raise over
        try:
            minor = parse_money(amount, order.currency).minor
        except DomainError:
            raise over from None
        if not 0 < minor <= received:
            raise over
    assert order.id is not None
    reported = order.reported_paid_at is not None
    if not await uow.collecting.receive_part(order.id, received - minor, reported=reported):
        raise DomainError("busy_try_again")  # paid, cancelled or its report answered meanwhile
    if reported:  # her report of paying it all, answered by 只收到 and now given back: no longer to confirm,
        # the order plainly owing (chased, never one Mark paid from money that never came: rep100 #1)
        if not await uow.collecting.withdraw_report(order.id, received - minor):
            raise DomainError("busy_try_again")
        order.reported_paid_at, order.reported_amount, order.reported_added = None, 0, 0
    order.received_amount = received - minor
    # kept in the order's payments as a refund is (rep84 #1): 名单's 已退款, the export, 钱退了吗 say it
    order.refund_received(minor, actor=actor, reference=reference, now=now)
    if not await uow.orders.save_status(order, previous=OrderStatus.PENDING_PAYMENT.value):
        raise DomainError("busy_try_again")  # the same message again: given back once
    return Refunded(order, group_buy, "offline", part=minor, received=minor)


AGAIN_WITHIN = timedelta(minutes=10)  # the same part refund again this soon: asked first (a double send)


def plain_amount(minor: int, currency: str) -> str:
    """An amount as typed after a refund's number (`78`, `7.80`, `12345`): no sign, no separator."""
    exp = exponent(currency)
    whole, frac = divmod(minor, 10**exp) if exp else (minor, 0)
    return str(whole) if frac == 0 else f"{whole}.{frac:0{exp}d}"


def part_in_words(order: Order, asked: str) -> DomainError:
    """`退款 1-2 退一半`: part of the money asked for in words; the answer names the amount form to send,
    half of what is left for a half (`退款 1-2 ¥78`), else the amount of the fewer goods named when the
    caller could tell it (`asked` carries none: half), with what is left to refund."""
    left = order.paid_amount
    example = format_money(max(left // 2, 1), order.currency)
    return DomainError(
        "refund_part_in_words",
        asked=asked,
        order=order.number,
        amount=example,
        left=format_money(left, order.currency),
    )


def amount_of(typed: str, order: Order) -> int:
    """A part refund's amount as typed (`¥78`, `78元`, `30`) in the order's minor units; anything not
    above 0, above what is left or with more decimals than the currency has: `refund_part_over`, naming
    what is left. An amount naming another currency than the order's (`$5`, `5 usd`, `EUR 10`, `5 美元`
    of a ¥ order) is never read in the order's: `refund_other_currency`, naming the order's."""
    if names_another_currency(typed, order.currency):
        left = order.paid_amount
        raise DomainError(
            "refund_other_currency",
            typed=typed.strip(),
            order=order.number,
            symbol=SYMBOLS.get(order.currency, order.currency),
            currency=order.currency,
            left=format_money(left, order.currency),
            example=format_money(max(left // 2, 1), order.currency),
        )
    over = DomainError(
        "refund_part_over", order=order.number, left=format_money(order.paid_amount, order.currency)
    )
    if typed.strip().lstrip("¥￥$ ").startswith(("-", "−", "－")):
        raise over
    try:
        minor = parse_money(typed, order.currency).minor
    except DomainError:
        raise over from None
    if minor > order.paid_amount:
        raise over
    return minor


async def _refund_part(
    uow: UnitOfWork,
    order: Order,
    group_buy: GroupBuy,
    amount: int,
    *,
    actor: str,
    now: datetime,
    reference: str,
    units: tuple[str, int] | None = None,
) -> Refunded:
    """部分退款 of a paid or picked-up order (checked by `refund`): see there; `units`, the option and
    how many of its units it gives back (`退款 1-4 小杯 1`), kept with it."""
    method = order.payment_method or "offline"
    assert order.id is not None
    history = await uow.ledger.of_order(order.id)
    previous = order.status.value
    whole = order.refund_part(amount, actor=actor, method=method, reference=reference, now=now, units=units)
    if whole:  # unreachable: `refund` takes an amount equal to what is left as the whole refund
        raise AssertionError("a part refund reaching the whole is the whole refund")
    if not await uow.orders.save_status(order, previous=previous):
        raise DomainError("busy_try_again")
    rates = await earner_rates(uow, order)
    posting = order_part_refunded(order.id, history, amount, payment=len(order.payments), at=now, rates=rates)
    taken: dict[str, int] = {}
    for move in posting.postings if posting is not None else ():
        if move.account.kind in COMMISSION_KINDS and move.amount < 0:
            taken[move.account.member] = taken.get(move.account.member, 0) - move.amount
    before = dict(commission_held(holdings(history), order.currency))
    kept = tuple((member, before.get(member, 0) - amount) for member, amount in taken.items())
    return Refunded(order, group_buy, method, tuple(taken.items()), part=amount, kept=kept)


async def lapse_unpaid(
    uow: UnitOfWork, *, now: datetime, pay_within: timedelta, currencies: Collection[str]
) -> list[Order]:
    """Cancel every order unpaid past its pay-by time (one guarded write each: a payment that lands
    first keeps its order). The group buy's participation is closed, so nothing returns to stock."""
    cancelled: list[Order] = []
    for order in await uow.orders.pending_due(by=now, pay_within=pay_within, currencies=currencies):
        if not within_limits(order.total, order.currency) or is_guest(order.buyer_id):
            continue  # told to pay the organiser (a guest's, 代报, too): not reserved, so it never lapses
        order.cancel(actor="system", now=now, reason="not paid in time")
        if await uow.orders.save_status(order, previous=PENDING):
            cancelled.append(order)
    return cancelled


async def unpaid_to_remind(
    uow: UnitOfWork,
    *,
    now: datetime,
    remind_before: timedelta,
    pay_within: timedelta,
    currencies: Collection[str],
) -> list[Order]:
    """Orders whose pay-by time is within `remind_before` and whose buyer was not reminded: each is
    marked reminded here, so a buyer is reminded once however often (or in how many processes) this runs.
    """
    due = await uow.orders.pending_due(
        by=now + remind_before, pay_within=pay_within, currencies=currencies, unreminded=True
    )
    reminded: list[Order] = []
    for order in due:
        assert order.id is not None
        if not within_limits(order.total, order.currency) or is_guest(order.buyer_id):
            continue
        if now < order.due_at(pay_within) and await uow.orders.mark_reminded(order.id, now):
            order.reminded_at = now
            reminded.append(order)
    return reminded


async def group_buy_of(uow: UnitOfWork, order: Order) -> GroupBuy:
    group_buy = await uow.group_buys.get(order.group_buy_id)
    assert group_buy is not None
    return group_buy
