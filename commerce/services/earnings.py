"""A member's earnings (/earnings, 我的收益): balances and the orders behind them, read from the ledger.

Nothing here is stored: the pending and available sums are sums of the member's postings
(`LedgerRepository.balances_of`), and each order's line is what the order posted to them (earned when
paid, made available, clawed back by a refund). Standard library only.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from itertools import takewhile

from commerce.domain.attribution import DEFAULT_WINDOW
from commerce.domain.commission import Role
from commerce.domain.ledger import HOLDING_PERIOD, AccountKind, Entry, TransactionKind, available_from
from commerce.domain.order import Order
from commerce.domain.payout import Payout, PayoutStatus
from commerce.ports import UnitOfWork
from commerce.services import attribution
from commerce.services.ledger import commission_as_paid

MAX_ORDERS = 20  # the newest orders listed; the balances count them all
MAX_WITHOUT_RATE = 5  # the newest group buys named as paying sharers nothing
MAX_PAYOUTS = 5  # the newest payouts listed, so the orders' credits and the balance add up to the reader
_COMMISSION = frozenset({AccountKind.COMMISSION_PENDING, AccountKind.COMMISSION_AVAILABLE})


class EarningState(StrEnum):
    PENDING = "pending"
    AVAILABLE = "available"
    CLAWED_BACK = "clawed_back"
    UNPAID = "unpaid"  # 撤销已收: its payment undone, what it earned taken back until it is paid again


@dataclass(frozen=True)
class EarningLine:
    """One order that earned the member commission: how much, and where it is now."""

    order_number: str
    title: str
    buyer: str  # first name only
    amount: int
    currency: str
    state: EarningState
    help_sold: bool = False  # 帮卖: her commission as the help-seller of the order's group, not a share's
    # she is its sharer too and earns as one (帮卖 per line: a line by her code made outside her group)
    shared: bool = False
    # 部分退款: what part refunds took back of it (`amount` is what it earned when paid); 0: none
    taken_back: int = 0
    # pending: when the hold frees it at the latest if the buyer never picks it up (its payment + hold)
    held_until: datetime | None = None
    # available, then asked for in a payout (`paid_out`: paid): which one, as the balance and her payouts
    # add up (newest orders first fill what she can still withdraw, the older ones her payouts, newest
    # first); 0: in one older than those kept here; None: hers to withdraw
    payout_id: int | None = None
    paid_out: bool = False
    # an order only part in that payout (a payout asking for part of her balance): the part still hers to
    # withdraw (the rest is in the payout); 0: all of it is in the payout
    still_yours: int = 0


@dataclass(frozen=True)
class Earnings:
    pending: dict[str, int]
    available: dict[str, int]
    lines: list[EarningLine]
    payouts: list[Payout] = field(default_factory=list)
    # (number, title) of the group buys paying sharers nothing on which her shares brought buyers
    without_rate: list[tuple[int, str]] = field(default_factory=list)
    # on open group buys paying sharers: (number, title, unit, buyer's name, units) her shares brought,
    # commission once it closes and they pay
    brought: list[tuple[int, str, str, str, int]] = field(default_factory=list)
    # 帮卖, still open: (number, title, unit, her group's chat id, units joined there, help-sell rate bp)
    help_selling: list[tuple[int, str, str, str, int, int]] = field(default_factory=list)

    @property
    def currencies(self) -> list[str]:
        return sorted({*self.pending, *self.available})


def first_name(name: str) -> str:
    """`Bob Smith` -> `Bob`; `张三` stays: the buyer shown to a sharer, nothing more."""
    parts = name.split()
    return parts[0] if parts else ""


async def commission_balances(uow: UnitOfWork, member: str) -> tuple[dict[str, int], dict[str, int]]:
    """The member's commission (available, pending) per currency."""
    available: dict[str, int] = {}
    pending: dict[str, int] = {}
    for balance in await uow.ledger.balances_of(member):
        if balance.account.kind is AccountKind.COMMISSION_AVAILABLE:
            available[balance.currency] = balance.amount
        elif balance.account.kind is AccountKind.COMMISSION_PENDING:
            pending[balance.currency] = balance.amount
    return available, pending


async def earnings_of(
    uow: UnitOfWork,
    member: str,
    *,
    now: datetime,
    window: timedelta = DEFAULT_WINDOW,
    limit: int = MAX_ORDERS,
    hold: timedelta = HOLDING_PERIOD,
) -> Earnings:
    available, pending = await commission_balances(uow, member)
    entries = await uow.ledger.entries_of(member, limit=limit * 3, kinds=_COMMISSION)
    lines = await _lines(uow, entries, limit, member, hold)
    every_payout = await uow.payouts.of_member(member, limit=MAX_ORDERS * 3)
    lines = withdrawn(lines, available, every_payout)
    payouts = every_payout[:MAX_PAYOUTS]
    without_rate = []
    for group_buy_id in await uow.attribution.brought_without_rate(member, limit=MAX_WITHOUT_RATE):
        group_buy = await uow.group_buys.get(group_buy_id)
        if group_buy is not None:
            without_rate.append((group_buy_id, group_buy.terms.title))
    help_selling = []  # 帮卖: what her group has joined so far, earning her the help-sell rate
    sold: set[int] = set()  # those listings' ids
    for listing in await uow.listings.open_of_seller(member, limit=MAX_WITHOUT_RATE):
        group_buy = await uow.group_buys.get(listing.group_buy_id)
        if group_buy is None or listing.id is None:
            continue
        sold.add(listing.id)
        units = await uow.listings.count_units(listing.group_buy_id, listing.id)
        own = await uow.group_buys.lines_of(listing.group_buy_id, member)  # her own earn her nothing
        units -= sum(line.quantity for line in own if line.listing_id == listing.id)  # (rep97 #10)
        if units > 0 and group_buy.help_sell_rate_bp > 0:
            title, unit, rate = group_buy.terms.title, group_buy.terms.unit, group_buy.help_sell_rate_bp
            help_selling.append((listing.group_buy_id, title, unit, listing.chat_id, units, rate))
    # only those the rule credits her with: not one who joined through another's code, nor one on her
    # own 帮卖 group's list (counted there, at the help-sell rate)
    brought: list[tuple[int, str, str, str, int]] = []
    visitors = await uow.attribution.brought_open(member, limit=MAX_WITHOUT_RATE * 4)
    for group_buy_id, buyer, name, units in visitors:
        group_buy = await uow.group_buys.get(group_buy_id)
        if group_buy is None or len(brought) >= MAX_WITHOUT_RATE:
            continue
        if sold and any(
            line.user_id == buyer and line.listing_id in sold
            for line in await uow.group_buys.participants(group_buy_id)
        ):
            continue
        if await attribution.credited(uow, group_buy, buyer, now=now, window=window) == member:
            brought.append((group_buy_id, group_buy.terms.title, group_buy.terms.unit, name, units))
    return Earnings(pending, available, lines, payouts, without_rate, brought, help_selling)


async def _lines(
    uow: UnitOfWork, entries: Collection[Entry], limit: int, member: str, hold: timedelta
) -> list[EarningLine]:
    by_order: dict[int, list[Entry]] = {}
    for entry in entries:  # newest first
        if entry.order_id is not None:
            by_order.setdefault(entry.order_id, []).append(entry)
    out: list[EarningLine] = []
    for order_id, found in list(by_order.items())[:limit]:
        undone = bool(found) and found[0].kind is TransactionKind.ORDER_UNPAID
        # 撤销已收 last: the line stays, as what that payment had earned, taken back
        found = _since_undone(found[1:] if undone else found)
        order = await uow.orders.get(order_id) if found else None  # an undone payment earned nothing
        if order is None:
            continue
        group_buy = await uow.group_buys.get(order.group_buy_id)
        kinds = {entry.kind for entry in found}
        earned = sum(e.amount for e in found if e.kind is TransactionKind.ORDER_PAID)
        taken_back = -sum(e.amount for e in found if e.kind is TransactionKind.ORDER_PART_REFUNDED)
        if undone:
            state = EarningState.UNPAID
        elif TransactionKind.ORDER_REFUNDED in kinds:
            state = EarningState.CLAWED_BACK
        elif _released(found):
            state = EarningState.AVAILABLE
        else:
            state = EarningState.PENDING
        paid_at = next((e.at for e in found if e.kind is TransactionKind.ORDER_PAID), None)
        help_sold, shared = await _roles(uow, order, member)
        out.append(
            EarningLine(
                order_number=order.number,
                title=group_buy.terms.title if group_buy is not None else "",
                buyer=first_name(order.buyer_name),
                amount=earned,
                currency=found[0].currency,
                state=state,
                help_sold=help_sold,
                shared=shared,
                taken_back=taken_back,
                held_until=None if paid_at is None or undone else available_from(paid_at, hold),
            )
        )
    return out


async def _roles(uow: UnitOfWork, order: Order, member: str) -> tuple[bool, bool]:
    """Whether `member` earns on `order` as its help-seller, as its sharer: both only when she is both
    and each role earns her something (帮卖 per line, `commission_as_paid`)."""
    selling, sharing = order.help_seller_id == member, order.sharer_id == member
    if not (selling and sharing):
        return selling, not selling
    split = await commission_as_paid(uow, order)
    if split is None:
        return True, False
    roles = {share.role for share in split.shares if share.member == member and share.amount > 0}
    if not roles:
        return True, False
    return Role.HELP_SELLER in roles, Role.SHARER in roles


def withdrawn(
    lines: list[EarningLine], available: dict[str, int], payouts: list[Payout]
) -> list[EarningLine]:
    """The lines (newest first) with the payout each freed one went into: per currency, the newest freed
    orders make up what she can still withdraw (`available`), the older ones the payouts not rejected,
    newest first (#2-1 ¥10 and #1-1 ¥4 under `可提现 ¥0` and a paid ¥14 payout: both paid out in it). An
    order only part in her balance (a payout of part of it) names the payout and `still_yours`, the part
    still hers to withdraw; one older than the payouts kept: `payout_id` 0."""
    out: list[EarningLine] = []
    left = {currency: max(amount, 0) for currency, amount in available.items()}
    queues: dict[str, list[list[int]]] = {}  # per currency: [payout id, amount not yet matched, paid]
    for payout in payouts:  # newest first
        if payout.id is not None and payout.status is not PayoutStatus.REJECTED:
            paid = int(payout.status is PayoutStatus.PAID)
            queues.setdefault(payout.currency, []).append([payout.id, payout.amount, paid])
    for line in lines:
        if line.state is not EarningState.AVAILABLE:
            out.append(line)
            continue
        value = line.amount - line.taken_back
        mine = min(left.get(line.currency, 0), value)
        left[line.currency] = left.get(line.currency, 0) - mine
        rest = value - mine
        queue = queues.get(line.currency, [])
        first: list[int] | None = None
        while rest > 0 and queue:
            step = queue[0]
            first = first or step
            taken = min(rest, step[1])
            rest, step[1] = rest - taken, step[1] - taken
            if step[1] == 0:
                queue.pop(0)
        if mine >= value or line.currency not in queues:  # no payout of hers to have taken it
            out.append(line)
        elif first is None:
            out.append(replace(line, payout_id=0, paid_out=True, still_yours=mine))
        else:  # all of it in a payout, or (a payout of part of her balance) part: both parts said
            out.append(replace(line, payout_id=first[0], paid_out=bool(first[2]), still_yours=mine))
    return out


def _released(found: list[Entry]) -> bool:
    """Whether the order's commission (entries newest first) was made available and not held again
    since (撤销已取: a pickup's early release undone)."""
    releases = (TransactionKind.ORDER_AVAILABLE, TransactionKind.ORDER_HELD_AGAIN)
    return next((e.kind for e in found if e.kind in releases), None) is TransactionKind.ORDER_AVAILABLE


def _since_undone(found: list[Entry]) -> list[Entry]:
    """An order's entries (newest first) after its last payment undone (撤销已收): what it earns now."""
    return list(takewhile(lambda entry: entry.kind is not TransactionKind.ORDER_UNPAID, found))
