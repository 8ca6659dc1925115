"""What the console's Members, Payouts and ledger, and Moderation pages read (issue #14), standard
library only: a member as listed, an order as a profile shows it, a member's commission, and the scope
an organiser sees (the chats where they opened a group buy, their own group buys' orders).

An admin sees every member the bot has seen and all money; an organiser sees the members of their
chats, the notes in their chats and the commission earned on their own group buys' orders, nothing
else: `Scope` says which, and every read takes one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from commerce.domain.console import Principal
from commerce.domain.ledger import AccountKind, TransactionKind


@dataclass(frozen=True)
class Scope:
    """What a person may see: everything (`organiser_id` None, an admin), or one organiser's chats and
    group buys."""

    organiser_id: str | None = None

    @property
    def everything(self) -> bool:
        return self.organiser_id is None


def scope_of(who: Principal) -> Scope:
    return Scope(None if who.is_admin else who.user_id)


@dataclass(frozen=True)
class MemberLine:
    """A member as the console lists them (`identity` is `platform:user_id`)."""

    identity: str
    platform: str
    user_id: str
    name: str
    last_seen: datetime


@dataclass(frozen=True)
class MemberOrder:
    """One of a member's orders, as their profile shows it."""

    id: int
    number: str  # `12-3`
    group_buy_id: int
    title: str
    status: str
    total: int
    currency: str
    created_at: datetime
    chat_id: str
    refunded_part: int = (
        0  # 部分退款: given back of it while it stays paid (shown `¥78（订单 ¥156，已退 ¥78）`)
    )


@dataclass(frozen=True)
class Commission:
    """A member's commission in one currency, as their /earnings says it: pending (paid orders),
    available (payable), and their payouts' money requested, approved (on its way) and paid out. An
    organiser's scope holds only what their group buys' orders posted: pending, and `available` as
    credited to the member (payouts are not any group buy's, so those three stay 0)."""

    member: str
    currency: str
    pending: int = 0
    available: int = 0
    name: str = ""  # as last seen ("" when the bot never saw them)
    requested: int = 0
    approved: int = 0
    paid_out: int = 0


@dataclass(frozen=True)
class LedgerLine:
    """One posting with its transaction, as the ledger page lists it."""

    at: datetime
    key: str
    kind: str
    account: str  # `commission_pending:bob`
    amount: int
    currency: str
    order_id: int | None
    payout_id: int | None
    order_number: str | None = None  # `12-3`, for an order's transaction
    account_kind: str = ""  # `commission_pending`
    member: str = ""  # whose account: the user id the ledger keeps ("" for a system account)
    name: str = ""  # that member as last seen ("" when the bot never saw them)
    # what its transaction moved, as its sentence says it (`ledger.moved`): the buyer's payment paid,
    # refunded or undone; the commission freed or held again
    moved: int = 0
    picked_up: bool = False  # a release of commission posted by the order's pickup (not the hold's end)
    transaction_id: int = 0  # its transaction's row id: where the page after it starts (`?before=`)


_MOVED_BY = {  # what an order's ledger sentence states: the buyer's payment, or the commission moved
    TransactionKind.ORDER_PAID: AccountKind.BUYER,
    TransactionKind.ORDER_REFUNDED: AccountKind.BUYER,
    TransactionKind.ORDER_PART_REFUNDED: AccountKind.BUYER,
    TransactionKind.ORDER_UNPAID: AccountKind.BUYER,
    TransactionKind.ORDER_AVAILABLE: AccountKind.COMMISSION_AVAILABLE,
    TransactionKind.ORDER_HELD_AGAIN: AccountKind.COMMISSION_PENDING,
}


def moved(kind: str, postings: Iterable[tuple[str, int]]) -> int:
    """What an order's transaction of `kind` moved, from its (account kind, amount) postings: the
    buyer's payment paid, refunded (whole or part) or undone, or the commission made available or held
    again (what went into those accounts); 0 for another kind (a payout's)."""
    try:
        into = _MOVED_BY[TransactionKind(kind)]
    except (KeyError, ValueError):
        return 0
    amounts = [amount for account, amount in postings if account == into.value]
    if into is AccountKind.BUYER:
        return abs(sum(amounts))
    return sum(amount for amount in amounts if amount > 0)
