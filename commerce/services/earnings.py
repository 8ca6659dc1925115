"""A member's earnings (/earnings, 我的收益): balances and the orders behind them, read from the ledger.

Nothing here is stored: the pending and available sums are sums of the member's postings
(`LedgerRepository.balances_of`), and each order's line is what the order posted to them (earned when
paid, made available, clawed back by a refund). Standard library only.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
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
from commerce.services.ledger import brought_back, commission_as_paid

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
    order_id: int | None = None
    # freed after a refund took back commission already in a payout of hers: what of it went to make
    # that up, per refunded order (its number, the amount), oldest first (rep99 #2)
    covers: tuple[tuple[str, int], ...] = ()
    # taken back (refunded, its payment undone) after it had gone into payout `payout_id` (`paid_out`:
    # paid): how much of it had, what later commission made up of that, and what she still owes of it
    went_out: int = 0
    covered: int = 0
    owed: int = 0


@dataclass(frozen=True)
class TakenBack:
    """Per currency: the refunds that took back commission already in her payouts and are not all made up
    yet (her available balance below zero): their orders' numbers, what they took back of her payouts,
    and what her later commission made up of it; `known`: False when the statement read does not reach
    back to them (then only her balance is said)."""

    orders: tuple[str, ...]
    taken: int
    covered: int
    known: bool = True


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
    taken_back: dict[str, TakenBack] = field(default_factory=dict)

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
    numbers = {line.order_id: line.order_number for line in lines if line.order_id is not None}
    for entry in entries:  # the refunded orders older than the lines listed, named by what made them up
        if entry.order_id is not None and entry.order_id not in numbers and entry.amount < 0:
            order = await uow.orders.get(entry.order_id)
            numbers[entry.order_id] = order.number if order is not None else ""
    lines, taken_back = withdrawn(lines, available, every_payout, entries, numbers)
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
    # own 帮卖 group's list (counted there, at the help-sell rate), nor one who brought her first (loop)
    brought: list[tuple[int, str, str, str, int]] = []
    visitors = await uow.attribution.brought_open(member, limit=MAX_WITHOUT_RATE * 4)
    for group_buy_id, buyer, name, units in visitors:
        group_buy = await uow.group_buys.get(group_buy_id)
        if group_buy is None or len(brought) >= MAX_WITHOUT_RATE:
            continue
        on_list = await uow.group_buys.participants(group_buy_id)
        if sold and any(line.user_id == buyer and line.listing_id in sold for line in on_list):
            continue
        if await attribution.credited(uow, group_buy, buyer, now=now, window=window) != member:
            continue
        joined = min((line.joined_at for line in on_list if line.user_id == buyer), default=now)
        if await brought_back(uow, buyer=buyer, sharer=member, brought=joined):  # 佣金不能互相返 (rep99 #9)
            continue
        brought.append((group_buy_id, group_buy.terms.title, group_buy.terms.unit, name, units))
    return Earnings(pending, available, lines, payouts, without_rate, brought, help_selling, taken_back)


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
                order_id=order_id,
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
    lines: list[EarningLine],
    available: dict[str, int],
    payouts: list[Payout],
    entries: Collection[Entry] = (),
    numbers: Mapping[int, str] | None = None,
) -> tuple[list[EarningLine], dict[str, TakenBack]]:
    """The lines (newest first) with where each freed order's commission went, and per currency what
    refunds took back of her payouts and is still owed. Her available balance is replayed from her
    statement (`entries`, newest first), oldest first: each order freed makes up first what a refund took
    back of a payout (the oldest such first), the rest waits in her balance; a payout takes the oldest
    waiting first, and a rejected one gives its orders back; a refund (its payment undone, a part refund,
    a pickup undone) takes back first what of the order still waits, the rest had gone out in a payout and
    is owed. So an order is only ever in a payout asked for after it was freed (rep99 #2, s41), and what
    is left waiting is the newest freed orders: what she can still withdraw. An order only part in a
    payout names the payout and `still_yours`; in one older than the payouts read: `payout_id` 0."""
    known = {p.id: p for p in payouts if p.id is not None}
    mine = [e for e in entries if e.account.kind is AccountKind.COMMISSION_AVAILABLE]
    replays = {
        currency: _Replay.of([e for e in reversed(mine) if e.currency == currency], balance)
        for currency, balance in {**{e.currency: 0 for e in mine}, **available}.items()
    }
    names = dict(numbers or {})
    names.update((line.order_id, line.order_number) for line in lines if line.order_id is not None)
    out: list[EarningLine] = []
    for line in lines:
        replay = replays.get(line.currency)
        if replay is None or line.order_id is None:
            out.append(line)
        elif line.order_id in replay.seen:
            out.append(_placed(line, replay, known, names))
        elif line.state is EarningState.AVAILABLE:  # freed before the statement read: the newest of
            value = line.amount - line.taken_back  # those make up what waits from then
            yours = min(value, sum(amount for order, amount in replay.queue if order is None))
            replay.take(lambda order: order is None, yours)
            out.append(
                line if yours >= value else replace(line, payout_id=0, paid_out=True, still_yours=yours)
            )
        else:
            out.append(line)
    taken_back: dict[str, TakenBack] = {}
    for currency, replay in replays.items():
        if available.get(currency, 0) >= 0 or not replay.debts:
            continue
        owing = [order for order, _ in replay.debts]
        named = tuple(names.get(order, "") for order in dict.fromkeys(owing) if order is not None)
        taken = sum(replay.taken.get(order, 0) for order in dict.fromkeys(owing) if order is not None)
        covered = sum(
            amount
            for covers in replay.covers.values()
            for order, amount in covers
            if order in owing and order is not None
        )
        taken_back[currency] = TakenBack(named, taken, covered, known=None not in owing and all(named))
    return out, taken_back


def _placed(
    line: EarningLine, replay: _Replay, known: Mapping[int, Payout], names: Mapping[int, str]
) -> EarningLine:
    """The line with where its commission went, as the replay of her balance found it."""
    order = line.order_id
    assert order is not None
    held = [(payout, amount) for payout, chunks in replay.held.items() for o, amount in chunks if o == order]
    went_out = sum(amount for _, amount in held)
    first = min((payout for payout, _ in held), default=None)
    payout_id = None if first is None else (first if first in known else 0)
    paid = first is None or first not in known or known[first].status is PayoutStatus.PAID
    if line.state in (EarningState.CLAWED_BACK, EarningState.UNPAID):
        taken = replay.taken.get(order, 0)
        if taken <= 0:
            return line
        owed = sum(amount for o, amount in replay.debts if o == order)
        covered = sum(a for covers in replay.covers.values() for o, a in covers if o == order)
        return replace(line, payout_id=payout_id, paid_out=paid, went_out=taken, covered=covered, owed=owed)
    if line.state is not EarningState.AVAILABLE:
        return line
    yours = sum(amount for o, amount in replay.queue if o == order)
    covers = tuple((names.get(o, ""), amount) for o, amount in replay.covers.get(order, []) if o is not None)
    covers = tuple((number, amount) for number, amount in covers if number)
    value = line.amount - line.taken_back
    if not covers and (payout_id is None or went_out <= 0):
        if yours >= value:
            return line
        # (a statement not reaching back to its freeing): in a payout older than those read
        return replace(line, payout_id=0, paid_out=True, still_yours=yours)
    return replace(line, payout_id=payout_id, paid_out=paid, still_yours=yours, covers=covers)


@dataclass
class _Replay:
    """One currency of her available balance replayed, oldest first (`withdrawn`): what waits in it per
    order (`queue`, oldest first), what each payout took of which order (`held`), what refunds took back
    of payouts and is still owed (`debts`, oldest first), what each order freed made up of those
    (`covers`), and what each order's refunds took back beyond what of it waited (`taken`). An order id
    None: commission from before the statement read."""

    queue: list[tuple[int | None, int]] = field(default_factory=list)
    held: dict[int, list[tuple[int | None, int]]] = field(default_factory=dict)
    debts: list[tuple[int | None, int]] = field(default_factory=list)
    covers: dict[int | None, list[tuple[int | None, int]]] = field(default_factory=dict)
    taken: dict[int | None, int] = field(default_factory=dict)
    seen: set[int | None] = field(default_factory=set)

    @classmethod
    def of(cls, entries: list[Entry], balance: int) -> _Replay:
        """Replayed from `entries` (oldest first) ending at `balance`: what came before them is one
        amount of no known order (waiting, or owed)."""
        replay = cls()
        opening = balance - sum(entry.amount for entry in entries)
        if opening > 0:
            replay.queue.append((None, opening))
        elif opening < 0:
            replay.debts.append((None, -opening))
        for entry in entries:
            replay.step(entry)
        return replay

    def step(self, entry: Entry) -> None:
        self.seen.add(entry.order_id)
        if entry.amount > 0 and entry.payout_id is not None:  # a payout rejected: its orders back
            back = self.held.pop(entry.payout_id, None) or [(None, entry.amount)]
            # the refunded orders' first: nothing of theirs was taken after all
            back = [
                (
                    order,
                    self._undo(order, amount)
                    if order is not None and self.taken.get(order, 0) > 0
                    else amount,
                )
                for order, amount in back
            ]
            for order, amount in reversed(back):
                self.add(order, amount, front=True)
        elif entry.amount > 0:
            self.add(entry.order_id, entry.amount)
        elif entry.payout_id is not None:  # asked for: the oldest waiting first
            self.held[entry.payout_id] = self.take(lambda _: True, -entry.amount) or []
        else:
            self.take_back(entry.order_id, -entry.amount)

    def add(self, order: int | None, amount: int, *, front: bool = False) -> None:
        """Freed (or back from a rejected payout): first what refunds took back of payouts, then waiting.
        A refunded order's own commission back from a rejected payout: nothing of it was taken after
        all, so first its own debt goes, then what others made up of it is theirs again."""
        if front and order is not None and self.taken.get(order, 0) > 0:
            amount = self._undo(order, amount)
        while amount > 0 and self.debts:
            owed_order, owed = self.debts[0]
            made_up = min(amount, owed)
            if owed_order == order and order is not None:  # its own money back: nothing taken after all
                self.taken[order] = self.taken.get(order, 0) - made_up
            else:
                self.covers.setdefault(order, []).append((owed_order, made_up))
            amount -= made_up
            if made_up == owed:
                self.debts.pop(0)
            else:
                self.debts[0] = (owed_order, owed - made_up)
        if amount > 0:
            self.queue.insert(0 if front else len(self.queue), (order, amount))

    def _undo(self, order: int, amount: int) -> int:
        """`order`'s commission back (a payout rejected after its refund): its debt and what others made
        up of it cancelled, up to `amount`; what is left of `amount`."""
        for n, (owed_order, owed) in enumerate(self.debts):
            if owed_order == order and amount > 0:
                part = min(owed, amount)
                self.debts[n] = (owed_order, owed - part)
                self.taken[order] -= part
                amount -= part
        self.debts = [(o, owed) for o, owed in self.debts if owed > 0]
        given: list[tuple[int | None, int]] = []
        for coverer, covers in self.covers.items():
            for n, (covered, part) in enumerate(covers):
                back = min(part, amount) if covered == order else 0
                if back:
                    covers[n] = (covered, part - back)
                    self.taken[order] -= back
                    amount -= back
                    given.append((coverer, back))
        for coverer in list(self.covers):
            self.covers[coverer] = [(o, part) for o, part in self.covers[coverer] if part > 0]
        for coverer, back in given:  # theirs again (a refunded one's: its own debt goes)
            self.add(coverer, back, front=True)
        return amount

    def take(self, which: Callable[[int | None], bool], amount: int) -> list[tuple[int | None, int]]:
        """Up to `amount` of what waits, oldest first, of the orders `which` accepts."""
        taken: list[tuple[int | None, int]] = []
        kept: list[tuple[int | None, int]] = []
        for order, waiting in self.queue:
            part = min(amount, waiting) if which(order) else 0
            amount -= part
            if part:
                taken.append((order, part))
            if waiting - part:
                kept.append((order, waiting - part))
        self.queue = kept
        return taken

    def take_back(self, order: int | None, amount: int) -> None:
        """A refund of `order`: what of it waits first; the rest had gone out and is owed, made up at
        once by whatever else waits."""
        amount -= sum(part for _, part in self.take(lambda o: o == order, amount))
        if amount <= 0:
            return
        self.taken[order] = self.taken.get(order, 0) + amount
        self.debts.append((order, amount))
        for waiting, part in self.take(lambda _: True, amount):
            self.add(waiting, part)


def _released(found: list[Entry]) -> bool:
    """Whether the order's commission (entries newest first) was made available and not held again
    since (撤销已取: a pickup's early release undone)."""
    releases = (TransactionKind.ORDER_AVAILABLE, TransactionKind.ORDER_HELD_AGAIN)
    return next((e.kind for e in found if e.kind in releases), None) is TransactionKind.ORDER_AVAILABLE


def _since_undone(found: list[Entry]) -> list[Entry]:
    """An order's entries (newest first) after its last payment undone (撤销已收): what it earns now."""
    return list(takewhile(lambda entry: entry.kind is not TransactionKind.ORDER_UNPAID, found))
