"""Payouts (提现): a member asks for their available commission; an admin approves, pays or rejects.

Each step is one unit of work: the payout's guarded status write and its ledger transaction
(`payout:<id>:...`) commit together, so the money and the record never disagree. The member's one open
payout at a time is held by storage (`PayoutRepository.add` returns None for a second). Standard
library only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from commerce.domain import ledger
from commerce.domain.errors import DomainError, TransitionNotAllowed
from commerce.domain.ledger import AccountKind, Transaction, TransactionKind, holdings
from commerce.domain.money import exponent, format_money
from commerce.domain.order import Order
from commerce.domain.payout import Payout, PayoutStatus, method_of, same_destination
from commerce.ports import UnitOfWork
from commerce.services.earnings import commission_balances

_CANNOT = {  # what the transition table refused, said with the payout's number
    "approve": lambda payout_id: DomainError("payout_cannot_approve", id=payout_id),
    "pay": lambda payout_id: DomainError("payout_cannot_pay", id=payout_id),
    "reject": lambda payout_id: DomainError("payout_cannot_reject", id=payout_id),
}
_STEP = {"approve": ledger.payout_approved, "pay": ledger.payout_paid, "reject": ledger.payout_rejected}


@dataclass(frozen=True)
class PayoutRules:
    """The smallest payout in whole units of its currency (TUAN_PAYOUT_MINIMUM: ¥10, $10), and the days
    after payment when pending commission becomes available if not picked up before
    (TUAN_COMMISSION_HOLD_DAYS: said to a member whose money is all pending)."""

    minimum_units: int = 10
    hold_days: float = 7.0

    def minimum(self, currency: str) -> int:
        return self.minimum_units * int(10 ** exponent(currency))


def _not_yet(pending: dict[str, int], currency: str, rules: PayoutRules) -> DomainError | None:
    """Nothing available but commission pending (in `currency`, or in the one currency pending): not
    a payout too small, money not released yet, and when it will be."""
    positive = [c for c, held in pending.items() if held > 0]
    if pending.get(currency, 0) <= 0 and len(positive) == 1:
        currency = positive[0]
    if pending.get(currency, 0) <= 0:
        return None
    days = max(math.ceil(rules.hold_days), 0)
    return DomainError("payout_only_pending", pending=format_money(pending[currency], currency), days=days)


def _owed(available: dict[str, int], pending: dict[str, int], currency: str) -> DomainError | None:
    """A balance below zero (in `currency`, or in the one currency below zero): a refund took back
    commission already paid out (撤销已收 never does: it is refused then), so she owes it; it comes off
    her pending commission as that becomes available, then off what she earns next (the ledger nets it)."""
    negative = [c for c, held in available.items() if held < 0]
    if available.get(currency, 0) >= 0 and len(negative) == 1:
        currency = negative[0]
    held = available.get(currency, 0)
    if held >= 0:
        return None
    if pending.get(currency, 0) > 0:
        return DomainError(
            "payout_owed_pending",
            balance=format_money(held, currency),
            pending=format_money(pending[currency], currency),
        )
    return DomainError("payout_owed", balance=format_money(held, currency))


@dataclass(frozen=True)
class Requested:
    """A payout just requested, and the destination the member had kept before it ('' if none): the
    same as the payout's when the request used it (or named it again), another when it replaced it."""

    payout: Payout
    kept_before: str


async def request(
    uow: UnitOfWork,
    *,
    member: str,
    name: str,
    amount: int | None,
    currency: str,
    rules: PayoutRules,
    now: datetime,
    destination: str = "",
    method: str = "",
) -> Requested:
    """Record a request for `amount` (None: all that is available) of `currency`, or of the one
    currency the member has available, to be paid to `destination` (`微信 wes888`), which is kept as
    the member's for the next requests; without one, to the one kept (`method`, a method named without
    an account, `提现 微信`: only a kept one of that method). Refused below the minimum (every request,
    while what is available is below it), above what is available, while another payout of theirs is
    open, and, one that could be made, with nowhere to pay it (`payout_destination_missing`: the form,
    with the amount it would ask for). A refused request keeps nothing."""
    open_one = await uow.payouts.open_of(member)
    if open_one is not None:
        raise DomainError(
            "payout_open", id=open_one.id, amount=format_money(open_one.amount, open_one.currency)
        )
    available, pending = await commission_balances(uow, member)
    positive = [c for c, held in available.items() if held > 0]
    if currency not in positive and len(positive) == 1:
        currency = positive[0]
    held = available.get(currency, 0)
    owed = _owed(available, pending, currency) if not positive else None
    if owed is not None:  # `提现` at -¥39.59: what she owes and where it comes off, not "none yet"
        raise owed
    not_yet = _not_yet(pending, currency, rules) if not positive else None
    if not_yet is not None:  # `提现` with ¥0 available and ¥23.40 pending: when it will be
        raise not_yet
    if not positive:  # nothing to pay: not "a payout is at least ¥10; ¥0 is less"
        earned = (ledger.AccountKind.COMMISSION_AVAILABLE, ledger.AccountKind.COMMISSION_PENDING)
        # paid out or taken back: not "yet"
        had = await uow.ledger.entries_of(member, limit=200, kinds=earned)
        if had:  # which of them, so an undone 已收 is never called a refund
            kinds = {entry.kind for entry in had}
            theirs = await uow.payouts.of_member(member, limit=50)
            paid_out = any(p.status is PayoutStatus.PAID for p in theirs)
            gone = tuple(
                reason
                for reason, happened in (
                    ("paid_out", paid_out),
                    (  # a part refund (部分退款) took commission back as a refund does
                        "refunded",
                        bool(kinds & {TransactionKind.ORDER_REFUNDED, TransactionKind.ORDER_PART_REFUNDED}),
                    ),
                    ("unpaid", TransactionKind.ORDER_UNPAID in kinds),
                )
                if happened
            )
            raise DomainError("payout_nothing_now", gone=gone or ("paid_out", "refunded"))
        raise DomainError("payout_nothing")
    wanted = held if amount is None else amount
    minimum = rules.minimum(currency)
    if held < minimum:  # no request can pass: the minimum and her balance, whatever she asked for
        raise DomainError(
            "payout_balance_below_minimum",
            balance=format_money(held, currency),
            minimum=format_money(minimum, currency),
        )
    if wanted < minimum:  # the ledger's own check too; here first, so nothing is stored
        raise DomainError(
            "payout_below_minimum",
            amount=format_money(max(wanted, 0), currency),
            minimum=format_money(minimum, currency),
        )
    if wanted > held:
        raise DomainError(
            "payout_above_available",
            amount=format_money(wanted, currency),
            available=format_money(held, currency),
        )
    kept = await uow.payouts.destination_of(member)
    to = destination.strip()
    if not to and (not method or method_of(kept) == method_of(method)):
        to = kept  # `提现`, `提现 50`, `提现 微信` with `微信 wes888` kept
    if not to and not kept:
        rejected = await account_dropped(uow, member)
        if rejected is not None:  # its account was wrong: she names it (the same, or another)
            raise DomainError(
                "payout_destination_rejected",
                id=rejected.id,
                to=rejected.destination,
                shown=rejected.destination,  # named by its end in prose (handlers.texts), rep97 #5
                amount=format_money(wanted, currency),
                asked="",
                currency=currency,  # the account kinds offered (PayNow in an SGD shop: handlers.texts)
            )
    if not to:  # nobody could pay it: where to, before anything is stored
        raise DomainError(
            "payout_destination_missing", amount=format_money(wanted, currency), asked="", currency=currency
        )
    payout = await uow.payouts.add(
        Payout(None, member, name, currency, wanted, requested_at=now, destination=to)
    )
    if payout is None or payout.id is None:  # another request of theirs got in first
        raise DomainError("payout_open_now")
    if to != kept:  # named in this request (or the same in other words): the member's from now on
        await uow.payouts.keep_destination(member, to, at=now)
    posting = ledger.payout_requested(
        payout.id, member, wanted, currency, available_balance=held, minimum=minimum, at=now
    )
    await uow.ledger.post(posting)
    return Requested(payout, kept)


async def account_dropped(uow: UnitOfWork, member: str) -> Payout | None:
    """The member's last payout when it was rejected for its account (`decide(..., drop_account=True)`:
    the admin said the account was wrong) and no account is kept since: that account is no longer used
    by itself; None otherwise (a rejection for any other reason, a refund's, keeps the account)."""
    if await uow.payouts.destination_of(member):
        return None
    last = await uow.payouts.of_member(member, limit=1)
    rejected = bool(last) and last[0].status is PayoutStatus.REJECTED and bool(last[0].destination)
    return last[0] if rejected else None


async def keep(uow: UnitOfWork, member: str, destination: str, *, now: datetime) -> str:
    """Keep `destination` as the member's payout account though nothing could be requested now (nothing
    available yet): the one kept before it ('' if none)."""
    before = await uow.payouts.destination_of(member)
    if before != destination:
        await uow.payouts.keep_destination(member, destination, at=now)
    return before


async def decide(
    uow: UnitOfWork,
    *,
    payout_id: int,
    action: str,
    actor: str,
    now: datetime,
    rules: PayoutRules | None = None,
    drop_account: bool = False,
) -> Payout:
    """`approve`, `pay` or `reject` payout `payout_id` (its transition table says what may follow
    what) and move its money in the ledger. `rules`: the minimum a member may ask for again, said
    when a refund since left too little to pay. A rejection keeps the member's account for her next
    request, unless `drop_account` (the account was wrong): then, if it is still the one kept, none is."""
    payout = await uow.payouts.get(payout_id)
    if payout is None:
        raise DomainError("payout_not_found", id=payout_id)
    previous = payout.status
    if action in ("approve", "pay") and payout.is_open:
        await _within_earnings(uow, payout, (rules or PayoutRules()).minimum(payout.currency))
    try:
        payout.move(action, actor=actor, now=now)  # only what PAYOUT_TRANSITIONS lists
    except TransitionNotAllowed:
        minimum = (rules or PayoutRules()).minimum(payout.currency)
        if payout.status is PayoutStatus.REJECTED:  # rep97 #8: a new request only when one can pass
            available, _ = await commission_balances(uow, payout.member)
            balance = available.get(payout.currency, 0)
            if balance < minimum:
                raise DomainError(
                    "payout_was_rejected_below_minimum",
                    id=payout_id,
                    name=payout.member_name,
                    balance=format_money(balance, payout.currency),
                    minimum=format_money(minimum, payout.currency),
                ) from None
        raise _refused(payout, payout_id, action) from None
    if not await uow.payouts.save_status(payout, previous=previous):
        raise DomainError("payout_changed", id=payout_id)
    transaction: Transaction | None = _STEP[action](payout_id, await uow.ledger.of_payout(payout_id), at=now)
    if transaction is not None:
        await uow.ledger.post(transaction)
    dropped = action == "reject" and drop_account and bool(payout.destination)
    if dropped and same_destination(await uow.payouts.destination_of(payout.member), payout.destination):
        await uow.payouts.keep_destination(payout.member, "", at=now)
    return payout


async def _within_earnings(uow: UnitOfWork, payout: Payout, minimum: int) -> None:
    """Refuse to approve or pay more than the member earned: a refund after the request took commission
    back (her available balance went below zero), so only the rest is hers to be paid. Rejecting it gives
    her the rest back (`after`, below zero when the refund took more than the payout): she is invited to
    ask again for it only when it reaches the `minimum`; else the refusal says what her balance will be."""
    available, _ = await commission_balances(uow, payout.member)
    owed_back = -available.get(payout.currency, 0)
    if owed_back <= 0:
        return
    left = payout.amount - owed_back  # her balance once the payout is rejected
    amount = format_money(payout.amount, payout.currency)
    taken_back = format_money(owed_back, payout.currency)
    after = format_money(left, payout.currency)
    name = payout.member_name
    if left <= 0:
        raise DomainError(
            "payout_above_earnings_none_left",
            id=payout.id,
            name=name,
            amount=amount,
            taken_back=taken_back,
            after=after,
        )
    if left < minimum:
        raise DomainError(
            "payout_above_earnings_below_minimum",
            id=payout.id,
            name=name,
            amount=amount,
            taken_back=taken_back,
            left=after,
            minimum=format_money(minimum, payout.currency),
        )
    raise DomainError(
        "payout_above_earnings", id=payout.id, name=name, amount=amount, taken_back=taken_back, left=after
    )


async def above_earnings(uow: UnitOfWork, payout: Payout, minimum: int) -> DomainError | None:
    """Why an open payout can no longer be approved or paid as asked (a refund since took commission back:
    `_within_earnings`' refusal, with what is left and the advice to reject it), else None."""
    try:
        await _within_earnings(uow, payout, minimum)
    except DomainError as refusal:
        return refusal
    return None


@dataclass(frozen=True)
class Uncovered:
    """An open payout a refund would leave short: `taken` (the commission the refunded orders hold in
    its member's available balance) goes back, leaving her available `balance` below zero."""

    payout: Payout
    taken: int
    balance: int


async def uncovered_by_refund(uow: UnitOfWork, orders: Sequence[Order]) -> list[Uncovered]:
    """The open payouts (asked for or approved, not paid) that refunding `orders` whole would leave more
    than their member earned: each earner's commission available on them (pending aside: the ledger takes
    that back from pending) leaves her available balance below zero. Such a payout is then refused
    approval and payment (`above_earnings`): it is rejected and she asks again. None: []."""
    taken: dict[tuple[str, str], int] = {}
    for order in orders:
        if order.id is None:
            continue
        for (account, currency), amount in holdings(await uow.ledger.of_order(order.id)).items():
            if account.kind is AccountKind.COMMISSION_AVAILABLE and amount > 0:
                taken[(account.member, currency)] = taken.get((account.member, currency), 0) + amount
    found = []
    for (member, currency), amount in taken.items():
        payout = await uow.payouts.open_of(member)
        if payout is None or payout.currency != currency:
            continue
        available, _ = await commission_balances(uow, member)
        balance = available.get(currency, 0) - amount
        if balance < 0:
            found.append(Uncovered(payout, amount, balance))
    return found


def _refused(payout: Payout, payout_id: int, action: str) -> DomainError:
    """Why `action` cannot be taken, said from where the payout stands: a rejected one is over (its money
    went back; the member may ask again), not waiting for an approval."""
    if payout.status is PayoutStatus.REJECTED:
        return DomainError("payout_was_rejected", id=payout_id, name=payout.member_name)
    if payout.status is PayoutStatus.PAID:
        return DomainError("payout_was_paid", id=payout_id, name=payout.member_name)
    if payout.status is PayoutStatus.APPROVED and action == "approve":
        return DomainError("payout_already_approved", id=payout_id)
    return _CANNOT[action](payout_id)


async def pending(uow: UnitOfWork) -> list[Payout]:
    return await uow.payouts.open()
