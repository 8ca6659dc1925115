"""The double-entry ledger: every money movement is a `Transaction` whose postings sum to zero per
currency; balances are sums of postings, never a stored number that could drift.

Accounts (`Account`, written `kind:member`, e.g. `commission_pending:telegram:42`):
- `buyer:<m>`: what a member paid for orders (negative: money that came in through them);
- `organiser:<m>`: what a member's group buys took in, less the commission they owe;
- `commission_pending:<m>` -> `commission_available:<m>`: a sharer's or help-seller's earnings, pending
  from payment, available once the order is picked up or the holding period passed; a clawback may
  leave `commission_available` negative, and the next payout nets against it;
- `payout_requested:<m>` -> `payout_approved:<m>` -> `payouts`: a member's payout on its way out; the
  system account `payouts` (no member) holds everything paid out.

The sign: a posting's amount is what flows into its account (negative: out of it). An order's
transactions, each made from the facts or from the order's own history (what it posted before), so a
refund moves back exactly what the order earned:
- `order_paid`: buyer -> organiser the paid amount; organiser -> commission_pending each share;
- `order_available`: commission_pending -> commission_available, what the order still has pending;
- `order_refunded`: the reverse of everything the order still holds (payment and commission, pending or
  available): afterwards every account holds nothing of it;
- `order_part_refunded` (部分退款): the buyer gets part of the payment back from the organiser, and each
  earner keeps the commission on what is left at her rate (`commission_kept`, the one rounding rule); the
  order's later whole refund reverses what is left;
- `order_held_again` (撤销已取): a pickup's early release undone: available -> commission_pending, what
  the order made available, while the earner's available balance still holds it; released again when
  the hold ends (`release_key`: the next release is its own);
- `order_unpaid` (撤销已收): the same reversal of a payment confirmed by mistake; the order may be paid
  again, and that payment's transactions are its next round (`order:12:paid:2`).
Payouts: `payout_requested` (available -> requested), `payout_rejected` (requested or approved, not yet
paid -> back to available), `payout_approved` (requested -> approved), `payout_paid` (approved -> payouts).

Each transaction has a business key (`order:12:paid`): stored under a unique index, so a repeated event
posts nothing. Each also has its place in its subject's history (`seq`: the order's or the payout's 1st,
2nd, ... transaction), unique too: a transaction computed from a history that someone else extended
meanwhile is refused (`StaleHistory`), never posted on top of it. Cancelling an unpaid order posts
nothing: nothing moved. Standard library only.

Wiring (the event handlers): on `OrderPaid`, `order_paid(commission(sale, rates, earlier=...))` with the
sale read as the order is now (a payment handled after its refund then posts nothing); on
`OrderFulfilled`, and for the orders `LedgerRepository.pending_commissions` finds a holding period
(`available_from`) after payment, `order_available(order_id, uow.ledger.of_order(order_id))`; on
`OrderRefunded`, `order_refunded(...)` likewise. Post them in the unit of work that changed the order
(a before-commit hook): its guarded status write holds the order's row, so the payment, pickup and
refund of one order reach the ledger in the order they happened; a `StaleHistory` (the holding-period
sweep meeting a refund) means: read the history again and compute anew, in the same unit of work.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from commerce.domain.commission import BASIS_POINTS, Commission
from commerce.domain.errors import DomainError
from commerce.domain.money import exponent, format_money

HOLDING_PERIOD = timedelta(days=7)  # default: commission becomes available this long after payment


class AccountKind(StrEnum):
    BUYER = "buyer"
    ORGANISER = "organiser"
    COMMISSION_PENDING = "commission_pending"
    COMMISSION_AVAILABLE = "commission_available"
    PAYOUT_REQUESTED = "payout_requested"
    PAYOUT_APPROVED = "payout_approved"
    PAYOUTS = "payouts"


SYSTEM_KINDS = frozenset({AccountKind.PAYOUTS})  # accounts of nobody in particular
COMMISSION_KINDS = frozenset({AccountKind.COMMISSION_PENDING, AccountKind.COMMISSION_AVAILABLE})


@dataclass(frozen=True, order=True)
class Account:
    """`kind` of `member` (a platform-qualified identity, `telegram:42`); "" for a system account."""

    kind: AccountKind
    member: str = ""

    def __post_init__(self) -> None:
        if (self.kind in SYSTEM_KINDS) == bool(self.member):
            raise ValueError(f"account {self.kind.value!r} {'takes no' if self.member else 'needs a'} member")

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.member}" if self.member else self.kind.value

    @classmethod
    def parse(cls, text: str) -> Account:
        """The inverse of `str()`: the kind is what comes before the first `:`."""
        kind, _, member = text.partition(":")
        return cls(AccountKind(kind), member)


def buyer(member: str) -> Account:
    return Account(AccountKind.BUYER, member)


def organiser(member: str) -> Account:
    return Account(AccountKind.ORGANISER, member)


def pending(member: str) -> Account:
    return Account(AccountKind.COMMISSION_PENDING, member)


def available(member: str) -> Account:
    return Account(AccountKind.COMMISSION_AVAILABLE, member)


def payout_requested_account(member: str) -> Account:
    return Account(AccountKind.PAYOUT_REQUESTED, member)


def payout_approved_account(member: str) -> Account:
    return Account(AccountKind.PAYOUT_APPROVED, member)


PAYOUTS = Account(AccountKind.PAYOUTS)


@dataclass(frozen=True)
class Posting:
    """`amount` minor units of `currency` into `account` (negative: out of it); never 0."""

    account: Account
    amount: int
    currency: str


class TransactionKind(StrEnum):
    ORDER_PAID = "order_paid"
    ORDER_AVAILABLE = "order_available"
    ORDER_REFUNDED = "order_refunded"
    ORDER_UNPAID = "order_unpaid"  # 撤销已收: a payment confirmed by mistake, reversed
    ORDER_PART_REFUNDED = "order_part_refunded"  # 部分退款: part of the payment given back
    ORDER_HELD_AGAIN = "order_held_again"  # 撤销已取: a pickup's early release undone, pending again
    PAYOUT_REQUESTED = "payout_requested"
    PAYOUT_REJECTED = "payout_rejected"
    PAYOUT_APPROVED = "payout_approved"
    PAYOUT_PAID = "payout_paid"


_KEY_SUFFIX = {
    TransactionKind.ORDER_PAID: "paid",
    TransactionKind.ORDER_AVAILABLE: "available",
    TransactionKind.ORDER_REFUNDED: "refunded",
    TransactionKind.ORDER_UNPAID: "unpaid",
    TransactionKind.ORDER_PART_REFUNDED: "part_refunded",
    TransactionKind.ORDER_HELD_AGAIN: "held_again",
    TransactionKind.PAYOUT_REQUESTED: "requested",
    TransactionKind.PAYOUT_REJECTED: "rejected",
    TransactionKind.PAYOUT_APPROVED: "approved",
    TransactionKind.PAYOUT_PAID: "paid",
}


def order_key(order_id: int, kind: TransactionKind, round_: int = 1) -> str:
    """`order:12:paid`, `order:12:available`, `order:12:refunded`, `order:12:unpaid`; a payment made
    again after a mistaken one was undone (撤销已收) is the order's 2nd round: `order:12:paid:2`."""
    key = f"order:{order_id}:{_KEY_SUFFIX[kind]}"
    return key if round_ == 1 else f"{key}:{round_}"


def part_refund_key(order_id: int, payment: int) -> str:
    """`order:12:part_refunded:3`: the part refund that is the order's 3rd payment movement (each part
    refund its own, so a repeated event posts once and two part refunds post twice)."""
    return f"{order_key(order_id, TransactionKind.ORDER_PART_REFUNDED)}:{payment}"


def payment_round(history: Sequence[Transaction]) -> int:
    """Which payment of its order the next transaction belongs to: 1, plus one for each payment undone
    (`order_unpaid`) in its history so far."""
    return 1 + sum(1 for t in history if t.kind is TransactionKind.ORDER_UNPAID)


def _this_round(history: Sequence[Transaction]) -> Sequence[Transaction]:
    """The order's transactions since its last payment undone (撤销已收): its current payment's."""
    last = max((i for i, t in enumerate(history) if t.kind is TransactionKind.ORDER_UNPAID), default=-1)
    return history[last + 1 :]


def release_key(order_id: int, kind: TransactionKind, history: Sequence[Transaction]) -> str:
    """The key of a release (`order_available`) or of its undoing (`order_held_again`, 撤销已取) of the
    order's current payment: `order:12:available`, and after a pickup undone the next one, so a second
    已取 releases again: `order:12:available/2`, `order:12:held_again/2` (`order:12:available:2/2` in
    a second round)."""
    held_again = sum(1 for t in _this_round(history) if t.kind is TransactionKind.ORDER_HELD_AGAIN)
    key = order_key(order_id, kind, payment_round(history))
    return key if held_again == 0 else f"{key}/{held_again + 1}"


def payout_key(payout_id: int, kind: TransactionKind) -> str:
    """`payout:3:requested`, `payout:3:rejected`, `payout:3:approved`, `payout:3:paid`."""
    return f"payout:{payout_id}:{_KEY_SUFFIX[kind]}"


class UnbalancedTransaction(ValueError):
    """Postings that do not sum to zero in every currency (or are empty, zero, of no known currency)."""


class StaleHistory(Exception):
    """The transaction was computed from a history another transaction has extended since: nothing was
    posted; read the subject's history again and compute anew (`LedgerRepository.post`)."""


def imbalance(postings: Iterable[Posting]) -> dict[str, int]:
    """The currencies whose postings do not sum to zero, with their sums (empty: balanced)."""
    sums: dict[str, int] = defaultdict(int)
    for posting in postings:
        sums[posting.currency] += posting.amount
    return {currency: total for currency, total in sums.items() if total != 0}


@dataclass(frozen=True)
class Transaction:
    """One money movement. The constructor refuses postings that do not sum to zero per currency,
    an empty or zero posting, an unknown currency, a naive time, a missing key.

    `seq` is its place in the history of its subject (`order_id` or `payout_id`): 1 for the first."""

    key: str
    kind: TransactionKind
    at: datetime
    postings: tuple[Posting, ...]
    order_id: int | None = None
    payout_id: int | None = None
    seq: int = 1

    def __post_init__(self) -> None:
        if not self.key:
            raise UnbalancedTransaction("a transaction needs a business key")
        if self.at.tzinfo is None:
            raise ValueError(f"{self.key}: naive datetime {self.at!r}")
        if not self.postings:
            raise UnbalancedTransaction(f"{self.key}: no postings")
        if self.seq < 1:
            raise ValueError(f"{self.key}: seq starts at 1")
        for posting in self.postings:
            if isinstance(posting.amount, bool) or not isinstance(posting.amount, int) or not posting.amount:
                raise UnbalancedTransaction(
                    f"{self.key}: a posting of {posting.amount!r} to {posting.account}"
                )
            try:
                exponent(posting.currency)
            except DomainError:
                raise UnbalancedTransaction(f"{self.key}: unknown currency {posting.currency!r}") from None
        off = imbalance(self.postings)
        if off:
            raise UnbalancedTransaction(f"{self.key}: postings sum to {off}, not zero")


Holdings = dict[tuple[Account, str], int]


def holdings(transactions: Iterable[Transaction]) -> Holdings:
    """What each (account, currency) holds from these transactions, zero sums left out: a balance is a
    replay of the postings, nothing else."""
    sums: Holdings = defaultdict(int)
    for transaction in transactions:
        for posting in transaction.postings:
            sums[(posting.account, posting.currency)] += posting.amount
    return {key: amount for key, amount in sorted(sums.items()) if amount != 0}


def commission_held(held: Holdings, currency: str) -> tuple[tuple[str, int], ...]:
    """Each earner's commission (pending and available) that an order's `held` holds in `currency`, as
    (member, amount): what a refund or an undone payment (撤销已收) takes back from her."""
    earned: dict[str, int] = {}
    for (account, in_currency), amount in held.items():
        if account.kind in COMMISSION_KINDS and in_currency == currency:
            earned[account.member] = earned.get(account.member, 0) + amount
    return tuple((member, amount) for member, amount in earned.items() if amount > 0)


def _next_seq(history: Sequence[Transaction]) -> int:
    return max((t.seq for t in history), default=0) + 1


def _postings(moves: Iterable[tuple[Account, Account, int]], currency: str) -> tuple[Posting, ...]:
    """(from, to, amount) moves as postings, moves of nothing left out."""
    out: list[Posting] = []
    for source, target, amount in moves:
        if amount:
            out += [Posting(source, -amount, currency), Posting(target, amount, currency)]
    return tuple(out)


# -- orders ----------------------------------------------------------------------------------------------
def order_paid(split: Commission, *, at: datetime, history: Sequence[Transaction] = ()) -> Transaction | None:
    """The payment of the order and its commission: buyer -> organiser the paid amount, organiser ->
    each earner's pending commission. None for an order with nothing paid (pending, cancelled,
    refunded): it moves nothing. The first transaction of its order; after a payment undone
    (`history`: the order's transactions so far), the next, under the next round's key."""
    sale = split.sale
    if split.base == 0:
        return None
    moves = [(buyer(sale.buyer), organiser(sale.organiser), split.base)]
    moves += [(organiser(sale.organiser), pending(share.member), share.amount) for share in split.shares]
    history = _order_history(sale.order_id, history)
    return Transaction(
        key=order_key(sale.order_id, TransactionKind.ORDER_PAID, payment_round(history)),
        kind=TransactionKind.ORDER_PAID,
        at=at,
        postings=_postings(moves, sale.currency),
        order_id=sale.order_id,
        seq=_next_seq(history),
    )


def _order_history(order_id: int, history: Sequence[Transaction]) -> Sequence[Transaction]:
    stray = [t.key for t in history if t.order_id != order_id]
    if stray:
        raise ValueError(f"not transactions of order {order_id}: {stray}")
    return history


def order_available(order_id: int, history: Sequence[Transaction], *, at: datetime) -> Transaction | None:
    """Make what the order has pending available (picked up, or the holding period passed). `history`:
    every transaction of the order so far. None when nothing is pending (no commission, refunded,
    available already, or not paid yet)."""
    postings: list[Posting] = []
    for (account, currency), amount in holdings(_order_history(order_id, history)).items():
        if account.kind is AccountKind.COMMISSION_PENDING and amount > 0:
            postings += _postings([(account, available(account.member), amount)], currency)
    if not postings:
        return None
    return Transaction(
        key=release_key(order_id, TransactionKind.ORDER_AVAILABLE, history),
        kind=TransactionKind.ORDER_AVAILABLE,
        at=at,
        postings=tuple(postings),
        order_id=order_id,
        seq=_next_seq(history),
    )


def order_refunded(order_id: int, history: Sequence[Transaction], *, at: datetime) -> Transaction | None:
    """Undo the order: the buyer gets the payment back from the organiser, and every commission it
    earned is clawed back to the organiser from wherever it is now (pending, or available: that balance
    may go negative). Exactly what the order's history holds, however the rates changed since. None
    when it holds nothing (never paid, refunded already)."""
    held = holdings(_order_history(order_id, history))
    if not held:
        return None
    postings = tuple(Posting(account, -amount, currency) for (account, currency), amount in held.items())
    return Transaction(
        key=order_key(order_id, TransactionKind.ORDER_REFUNDED),
        kind=TransactionKind.ORDER_REFUNDED,
        at=at,
        postings=postings,
        order_id=order_id,
        seq=_next_seq(history),
    )


def commission_kept(earned: int, paid: int, left: int, rate_bp: int | None = None) -> int:
    """The one rounding rule of a part refund (部分退款): of `earned` commission on a payment of `paid` at
    `rate_bp`, an earner keeps the commission on what the money still holds (`left`), rounded down as
    commission itself is (the organiser keeps the remainder): `left × rate // 10,000`. So a part refund
    takes back what she held before less this, never more than was earned; what she keeps after several
    part refunds depends only on what is left (the same as one part refund of their sum, and the same as
    an order paid `left` in the first place), and nothing once nothing is left. Without a rate, or with
    one that does not give `earned` on `paid` (the group buy's rate is not the one it was paid at): in
    proportion, `earned × left // paid`, at most 1 minor unit less than that."""
    if paid <= 0 or left <= 0:
        return 0
    left = min(left, paid)
    if rate_bp is not None and paid * rate_bp // BASIS_POINTS == earned:
        return left * rate_bp // BASIS_POINTS
    return earned * left // paid


def order_part_refunded(
    order_id: int,
    history: Sequence[Transaction],
    amount: int,
    *,
    payment: int,
    at: datetime,
    rates: Mapping[str, int] | None = None,
) -> Transaction | None:
    """Give `amount` of the order's payment back (部分退款): organiser -> buyer `amount`, and each earner's
    commission (pending first, then available: that balance may go negative, as a whole refund's) back to
    the organiser down to `commission_kept` at her rate (`rates`: each earner's, in basis points) on what
    is left of the round's payment (its `order_paid`), so part refunds add up to what one of their sum
    takes. `payment`: the refund's place among the order's payments, its key. None when the order holds
    no payment or not that much."""
    history = _order_history(order_id, history)
    held = holdings(history)
    paid_tx = next((t for t in reversed(history) if t.kind is TransactionKind.ORDER_PAID), None)
    if paid_tx is None or amount <= 0:
        return None
    paid_posting = next(p for p in paid_tx.postings if p.account.kind is AccountKind.BUYER)
    buyer_account, currency, paid = paid_posting.account, paid_posting.currency, -paid_posting.amount
    still = -held.get((buyer_account, currency), 0)  # what the buyer's payment still holds
    if amount > still:
        return None
    organiser_account = next(
        p.account for p in paid_tx.postings if p.account.kind is AccountKind.ORGANISER and p.amount > 0
    )
    earned: dict[str, int] = defaultdict(int)
    for posting in paid_tx.postings:
        if posting.account.kind is AccountKind.COMMISSION_PENDING:
            earned[posting.account.member] += posting.amount
    moves = [(organiser_account, buyer_account, amount)]
    for member, amount_held in commission_held(held, currency):
        take = max(
            amount_held
            - commission_kept(
                earned.get(member, amount_held), paid, still - amount, (rates or {}).get(member)
            ),
            0,
        )
        from_pending = min(take, max(held.get((pending(member), currency), 0), 0))
        moves.append((pending(member), organiser_account, from_pending))
        moves.append((available(member), organiser_account, take - from_pending))  # the rest: available
    return Transaction(
        key=part_refund_key(order_id, payment),
        kind=TransactionKind.ORDER_PART_REFUNDED,
        at=at,
        postings=_postings(moves, currency),
        order_id=order_id,
        seq=_next_seq(history),
    )


def order_unpaid(order_id: int, history: Sequence[Transaction], *, at: datetime) -> Transaction | None:
    """Undo a payment confirmed by mistake (撤销已收): like a refund, the reverse of everything the
    order holds (the payment, its commission pending or available), so every balance reads as before
    it; but the order may be paid again (its next round). None when it holds nothing."""
    held = holdings(_order_history(order_id, history))
    if not held:
        return None
    postings = tuple(Posting(account, -amount, currency) for (account, currency), amount in held.items())
    return Transaction(
        key=order_key(order_id, TransactionKind.ORDER_UNPAID, payment_round(history)),
        kind=TransactionKind.ORDER_UNPAID,
        at=at,
        postings=postings,
        order_id=order_id,
        seq=_next_seq(history),
    )


@dataclass(frozen=True)
class HeldAgain:
    """What undoing a pickup (撤销已取) does to the commission its pickup released before the hold:
    `transaction` (None: nothing to move) moves each earner's `moved` back to pending until `until`;
    `kept`: what an earner had asked for in a payout or been paid already, left available."""

    transaction: Transaction | None
    moved: tuple[tuple[str, int], ...]
    kept: tuple[tuple[str, int], ...]
    currency: str
    until: datetime | None


def order_held_again(
    order_id: int,
    history: Sequence[Transaction],
    *,
    at: datetime,
    hold: timedelta,
    balances: Mapping[str, int],
) -> HeldAgain:
    """撤销已取: the pickup released the order's commission early (available before `hold` after its
    payment); undone, it is pending again, released when the hold ends as if never picked up. Each
    earner's is moved back only while her available balance (`balances`, by member, in the order's
    currency) still holds it: asked for in a payout or paid out, it stays (`kept`). Nothing once the hold
    has passed (released by now anyway) or nothing is available."""
    history = _order_history(order_id, history)
    round_ = _this_round(history)
    paid_tx = next((t for t in reversed(round_) if t.kind is TransactionKind.ORDER_PAID), None)
    currency = paid_tx.postings[0].currency if paid_tx is not None else ""
    if paid_tx is None or at >= available_from(paid_tx.at, hold):
        return HeldAgain(None, (), (), currency, None)
    moved: list[tuple[str, int]] = []
    kept: list[tuple[str, int]] = []
    for (account, in_currency), amount in holdings(history).items():
        if account.kind is not AccountKind.COMMISSION_AVAILABLE or amount <= 0 or in_currency != currency:
            continue
        if balances.get(account.member, 0) >= amount:
            moved.append((account.member, amount))
        else:
            kept.append((account.member, amount))
    postings = _postings(((available(m), pending(m), amount) for m, amount in moved), currency)
    transaction = (
        Transaction(
            key=release_key(order_id, TransactionKind.ORDER_HELD_AGAIN, history),
            kind=TransactionKind.ORDER_HELD_AGAIN,
            at=at,
            postings=postings,
            order_id=order_id,
            seq=_next_seq(history),
        )
        if postings
        else None
    )
    return HeldAgain(transaction, tuple(moved), tuple(kept), currency, available_from(paid_tx.at, hold))


def available_from(paid_at: datetime, holding: timedelta = HOLDING_PERIOD) -> datetime:
    """When an order's commission becomes available if it is not picked up before."""
    return paid_at + holding


# -- payouts ---------------------------------------------------------------------------------------------
def payout_requested(
    payout_id: int,
    member: str,
    amount: int,
    currency: str,
    *,
    available_balance: int,
    minimum: int,
    at: datetime,
) -> Transaction:
    """A member asks for `amount` of their available commission: it moves to `payout_requested`.

    Refused (`DomainError`) below `minimum` (at least one minor unit) or above what is available (which
    already nets any clawback). `available_balance` must be read in the same unit of work, with the
    member's payouts serialised by the caller (one request at a time per member)."""
    if amount < max(minimum, 1):
        raise DomainError(
            "payout_below_minimum",
            amount=format_money(amount, currency),
            minimum=format_money(max(minimum, 1), currency),
        )
    if amount > available_balance:
        raise DomainError(
            "payout_above_available",
            amount=format_money(amount, currency),
            available=format_money(available_balance, currency),
        )
    return Transaction(
        key=payout_key(payout_id, TransactionKind.PAYOUT_REQUESTED),
        kind=TransactionKind.PAYOUT_REQUESTED,
        at=at,
        postings=_postings([(available(member), payout_requested_account(member), amount)], currency),
        payout_id=payout_id,
        seq=1,
    )


def _payout_step(
    payout_id: int,
    history: Sequence[Transaction],
    kind: TransactionKind,
    source: AccountKind | frozenset[AccountKind],
    target: AccountKind,
    *,
    at: datetime,
) -> Transaction | None:
    sources = source if isinstance(source, frozenset) else frozenset({source})
    stray = [t.key for t in history if t.payout_id != payout_id]
    if stray:
        raise ValueError(f"not transactions of payout {payout_id}: {stray}")
    postings: list[Posting] = []
    for (account, currency), amount in holdings(history).items():
        if account.kind in sources and amount > 0:
            to = PAYOUTS if target in SYSTEM_KINDS else Account(target, account.member)
            postings += _postings([(account, to, amount)], currency)
    if not postings:
        return None
    return Transaction(
        key=payout_key(payout_id, kind),
        kind=kind,
        at=at,
        postings=tuple(postings),
        payout_id=payout_id,
        seq=_next_seq(history),
    )


def payout_rejected(payout_id: int, history: Sequence[Transaction], *, at: datetime) -> Transaction | None:
    """The admin refused the payout, requested or approved but not yet paid: the amount is available
    again. None once it is paid (or already rejected)."""
    kind, target = TransactionKind.PAYOUT_REJECTED, AccountKind.COMMISSION_AVAILABLE
    sources = frozenset({AccountKind.PAYOUT_REQUESTED, AccountKind.PAYOUT_APPROVED})
    return _payout_step(payout_id, history, kind, sources, target, at=at)


def payout_approved(payout_id: int, history: Sequence[Transaction], *, at: datetime) -> Transaction | None:
    """The admin approved the request: to be paid. None unless it is requested (and not approved)."""
    kind, source, target = (
        TransactionKind.PAYOUT_APPROVED,
        AccountKind.PAYOUT_REQUESTED,
        AccountKind.PAYOUT_APPROVED,
    )
    return _payout_step(payout_id, history, kind, source, target, at=at)


def payout_paid(payout_id: int, history: Sequence[Transaction], *, at: datetime) -> Transaction | None:
    """The admin paid it: the money left the ledger (`payouts`). None unless it is approved."""
    kind, source, target = TransactionKind.PAYOUT_PAID, AccountKind.PAYOUT_APPROVED, AccountKind.PAYOUTS
    return _payout_step(payout_id, history, kind, source, target, at=at)


# -- reading ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Balance:
    account: Account
    currency: str
    amount: int

    @property
    def place(self) -> tuple[str, str, str]:
        """Where it goes in a list of balances: by member, then account kind, then currency."""
        return (self.account.member, self.account.kind.value, self.currency)


@dataclass(frozen=True)
class Entry:
    """One posting with its transaction: a line of a member's statement (/earnings)."""

    account: Account
    amount: int
    currency: str
    key: str
    kind: TransactionKind
    at: datetime
    order_id: int | None
    payout_id: int | None


@dataclass(frozen=True)
class TrialBalance:
    """Every account's balance (zero ones left out; by member, kind, currency: `Balance.place`) and each
    currency's total, which must be 0."""

    balances: tuple[Balance, ...]
    totals: dict[str, int]

    @property
    def balanced(self) -> bool:
        return all(total == 0 for total in self.totals.values())
