"""The in-memory `commerce.ports.LedgerRepository` of tests.fakes' unit of work, keeping storage.ledger's
contract: a business key posts once, a taken history place is `StaleHistory`, unbalanced postings are
refused, and every balance is summed from the postings when asked."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.ledger import (
    Account,
    AccountKind,
    Balance,
    Entry,
    StaleHistory,
    Transaction,
    TransactionKind,
    TrialBalance,
    UnbalancedTransaction,
    holdings,
    imbalance,
)

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeLedger:
    """Transactions in posting order in `MemoryState.ledger` (frozen values: nothing to copy)."""

    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def post(self, transaction: Transaction) -> bool:
        off = imbalance(transaction.postings)
        if off or not transaction.postings:
            raise UnbalancedTransaction(f"{transaction.key}: postings sum to {off}, not zero")
        if any(posted.key == transaction.key for posted in self.s.ledger):
            return False
        for posted in self.s.ledger:
            same_order = transaction.order_id is not None and posted.order_id == transaction.order_id
            same_payout = transaction.payout_id is not None and posted.payout_id == transaction.payout_id
            if (same_order or same_payout) and posted.seq == transaction.seq:
                raise StaleHistory(f"{transaction.key}: place {transaction.seq} of its history is taken")
        self.s.ledger.append(transaction)
        return True

    async def of_order(self, order_id: int) -> list[Transaction]:
        return sorted((x for x in self.s.ledger if x.order_id == order_id), key=lambda x: x.seq)

    async def of_orders(self, order_ids: Collection[int]) -> dict[int, list[Transaction]]:
        return {order_id: await self.of_order(order_id) for order_id in order_ids}

    async def of_payout(self, payout_id: int) -> list[Transaction]:
        return sorted((x for x in self.s.ledger if x.payout_id == payout_id), key=lambda x: x.seq)

    async def balance(self, account: Account, currency: str) -> int:
        return holdings(self.s.ledger).get((account, currency), 0)

    async def balances_of(self, member: str) -> list[Balance]:
        held = holdings(self.s.ledger)
        mine = [Balance(a, currency, amount) for (a, currency), amount in held.items() if a.member == member]
        return sorted(mine, key=lambda balance: balance.place)

    async def entries_of(
        self, member: str, *, limit: int = 100, kinds: Collection[AccountKind] | None = None
    ) -> list[Entry]:
        found = [
            Entry(p.account, p.amount, p.currency, x.key, x.kind, x.at, x.order_id, x.payout_id)
            for x in self.s.ledger
            for p in x.postings
            if p.account.member == member and (kinds is None or p.account.kind in kinds)
        ]
        return found[::-1][:limit]

    async def pending_commissions(self, *, paid_since: datetime, paid_before: datetime) -> list[int]:
        found = []
        for x in sorted(self.s.ledger, key=lambda x: x.at):
            if x.kind is not TransactionKind.ORDER_PAID or not paid_since <= x.at < paid_before:
                continue
            owes = any(p.account.kind is AccountKind.COMMISSION_PENDING for p in x.postings)
            mine = [y for y in self.s.ledger if y.order_id == x.order_id]
            later = any(
                y.seq > x.seq
                and y.kind not in (TransactionKind.ORDER_PART_REFUNDED, TransactionKind.ORDER_HELD_AGAIN)
                and not (  # a release a pickup undone (撤销已取) held again since
                    y.kind is TransactionKind.ORDER_AVAILABLE
                    and any(z.seq > y.seq and z.kind is TransactionKind.ORDER_HELD_AGAIN for z in mine)
                )
                for y in mine
            )
            if owes and not later and x.order_id is not None:
                found.append(x.order_id)
        return found

    async def trial_balance(self) -> TrialBalance:
        held = holdings(self.s.ledger)
        totals: dict[str, int] = {}
        for x in self.s.ledger:
            for p in x.postings:
                totals[p.currency] = totals.get(p.currency, 0) + p.amount
        balances = sorted((Balance(a, c, amount) for (a, c), amount in held.items()), key=lambda b: b.place)
        return TrialBalance(tuple(balances), totals)
