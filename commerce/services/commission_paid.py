"""What an organiser's group buys paid sharers and help-sellers (her `/payouts`, the console's 提现 page):
per group buy and earner, the commission its orders earned her, what refunds (or an undone payment) took
back, what of it was paid out to her, and what she owes now (paid out, then taken back); what a payout
only asked for holds of a take-back is on hold, not owed (rejected, it comes back and covers it).

Read from the ledger only, nothing stored. Payouts are not tied to orders, so what was paid out of which
order is read as her available balance was drawn: oldest freed first (`drawn`). A take-back beyond what
an order still had in her balance was paid out (or asked for) already: she owes it until later
commission (or a rejected payout) covers it. Standard library only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from commerce.domain.ledger import AccountKind, Entry, TransactionKind
from commerce.ports import UnitOfWork

LISTED_GROUP_BUYS = 20  # her newest group buys with commission her chat `/payouts` lists line by line
MAX_ENTRIES = 2000  # an earner's postings read to follow her balance
_COMMISSION = frozenset({AccountKind.COMMISSION_PENDING, AccountKind.COMMISSION_AVAILABLE})
_TAKEN_BACK = frozenset(
    {TransactionKind.ORDER_REFUNDED, TransactionKind.ORDER_PART_REFUNDED, TransactionKind.ORDER_UNPAID}
)


@dataclass(frozen=True)
class Produced:
    """One earner's commission on one group buy's orders."""

    group_buy_id: int
    title: str
    member: str  # the earner's user id (the ledger's)
    currency: str
    earned: int  # credited by its orders' payments
    taken_back: int = 0  # by refunds, part refunds and undone payments
    paid_out: int = 0  # of it, paid out to her (a payout marked paid)
    owes: int = 0  # taken back after it was paid out, not yet covered by what she earned since
    # taken back after it was only asked for: a payout not paid yet holds it (rejected, it comes back
    # and covers this; rep86 #1: counted as owed, "owes ¥40" of a payout never paid out)
    on_hold: int = 0
    holding: tuple[int, ...] = ()  # the payouts not paid yet that hold it


@dataclass(frozen=True)
class Drawn:
    """Per order: what of its freed commission went into paid payouts, what she still owes of it, and
    what of that take-back a payout only asked for (not paid yet) holds: `holding`, those payouts."""

    paid_out: dict[int, int]
    owes: dict[int, int]
    on_hold: dict[int, int] = field(default_factory=dict)
    holding: tuple[int, ...] = ()


def drawn(entries: Sequence[Entry]) -> Drawn:
    """Follow a member's available balance (`entries` oldest first: her `commission_available` postings
    and the `payout_paid` ones): freed commission queues by order, a payout request draws the oldest
    first, a rejection gives it back; a take-back beyond what its order still has queued comes off the
    rest of her balance, and beyond that is owed (her balance below zero), paid off first by what comes
    in next."""
    # [order id, amount still in her balance, when it was freed (its place)], oldest freed first
    queue: list[list[int]] = []
    owed: list[list[int]] = []  # [order id, amount owed], oldest first
    drawn_by: dict[int, list[tuple[int, int, int]]] = {}  # payout id -> (order id, amount, place)
    paid: set[int] = set()

    def comes_in(order_id: int, amount: int, place: int) -> None:
        while amount > 0 and owed:
            part = min(amount, owed[0][1])
            owed[0][1] -= part
            amount -= part
            if owed[0][1] == 0:
                owed.pop(0)
        if amount > 0:  # in its place: a rejected payout's parts before what was freed since (rep97 #2)
            at = next((i for i, held in enumerate(queue) if held[2] > place), len(queue))
            queue.insert(at, [order_id, amount, place])

    for place, entry in enumerate(entries):
        if entry.kind is TransactionKind.PAYOUT_PAID and entry.payout_id is not None:
            paid.add(entry.payout_id)
            continue
        if entry.account.kind is not AccountKind.COMMISSION_AVAILABLE:
            continue
        if entry.payout_id is not None and entry.amount < 0:  # asked for: the oldest freed first
            want, parts = -entry.amount, []
            while want > 0 and queue:
                part = min(want, queue[0][1])
                parts.append((queue[0][0], part, queue[0][2]))
                queue[0][1] -= part
                want -= part
                if queue[0][1] == 0:
                    queue.pop(0)
            drawn_by[entry.payout_id] = parts
        elif entry.payout_id is not None:  # rejected: back into her balance, as it was drawn, each
            # order's part first covering what was taken back of that order while the payout held it
            # (rep97 #2: else the oldest orders' parts paid a newer one's debt, the newer ones queued)
            back = [list(held) for held in drawn_by.pop(entry.payout_id, [])]
            for held in back:
                for debt in owed:
                    if debt[0] == held[0]:
                        covered = min(held[1], debt[1])
                        debt[1] -= covered
                        held[1] -= covered
            owed[:] = [debt for debt in owed if debt[1] > 0]
            for order_id, part, freed in back:
                comes_in(order_id, part, freed)
        elif entry.order_id is not None and entry.amount > 0:
            comes_in(entry.order_id, entry.amount, place)
        elif entry.order_id is not None:  # taken back: what the order still has, then owed
            want = -entry.amount
            for held in queue:
                if held[0] == entry.order_id and want > 0:
                    part = min(want, held[1])
                    held[1] -= part
                    want -= part
            for held in queue:  # paid out already: off the rest of her balance, then owed
                part = min(want, held[1])
                held[1] -= part
                want -= part
            queue[:] = [held for held in queue if held[1] > 0]
            if want > 0:
                owed.append([entry.order_id, want])
    paid_out: dict[int, int] = defaultdict(int)
    for payout_id in paid:
        for order_id, part, _ in drawn_by.get(payout_id, []):
            paid_out[order_id] += part
    # what payouts asked for and not paid (nor rejected) hold: a rejection gives it back, covering what
    # is owed oldest first, so that much is on hold rather than owed
    holding = tuple(sorted(payout_id for payout_id in drawn_by if payout_id not in paid))
    waiting = sum(part for payout_id in holding for _, part, _ in drawn_by[payout_id])
    owes: dict[int, int] = defaultdict(int)
    on_hold: dict[int, int] = defaultdict(int)
    for order_id, amount in owed:
        part = min(amount, waiting)
        waiting -= part
        if part:
            on_hold[order_id] += part
        if amount - part:
            owes[order_id] += amount - part
    return Drawn(dict(paid_out), dict(owes), dict(on_hold), holding if on_hold else ())


async def produced_by(uow: UnitOfWork, organiser_id: str, *, limit: int | None = None) -> list[Produced]:
    """The commission `organiser_id`'s group buys produced (all of them; `limit`: her newest so many),
    newest group buy first, each earner in the order she first earned on it; a group buy whose orders
    earned nobody anything is left out."""
    if limit is None:  # all (s37: only her newest 20 were read, older commission silently left out)
        limit = max(await uow.views.count_group_buys_of(organiser_id), 1)
    summaries = await uow.views.group_buys_of(organiser_id, limit=limit)
    sums: dict[tuple[int, str, str], dict[str, int]] = {}
    orders_of: dict[int, int] = {}  # order id -> group buy id
    titles = {s.id: s.title for s in summaries}
    for summary in summaries:
        orders = await uow.orders.for_group_buy(summary.id)
        ids = [order.id for order in orders if order.id is not None]
        for order_id, transactions in (await uow.ledger.of_orders(ids)).items():
            orders_of[order_id] = summary.id
            for transaction in sorted(transactions, key=lambda x: (x.at, x.seq)):
                for posting in transaction.postings:
                    if posting.account.kind not in _COMMISSION:
                        continue
                    key = (summary.id, posting.account.member, posting.currency)
                    held = sums.setdefault(key, {"earned": 0, "taken_back": 0})
                    if transaction.kind is TransactionKind.ORDER_PAID:
                        held["earned"] += posting.amount
                    elif transaction.kind in _TAKEN_BACK:
                        held["taken_back"] -= posting.amount
    flows: dict[str, Drawn] = {}
    for member in dict.fromkeys(member for _, member, _ in sums):
        entries = await uow.ledger.entries_of(member, limit=MAX_ENTRIES)  # newest first
        flows[member] = drawn(list(reversed(entries)))
    out = []
    for (group_buy_id, member, currency), held in sums.items():
        if not held["earned"]:
            continue
        flow = flows[member]
        mine = [order_id for order_id, gb in orders_of.items() if gb == group_buy_id]
        on_hold = sum(flow.on_hold.get(order_id, 0) for order_id in mine)
        out.append(
            Produced(
                group_buy_id=group_buy_id,
                title=titles[group_buy_id],
                member=member,
                currency=currency,
                earned=held["earned"],
                taken_back=held["taken_back"],
                paid_out=sum(flow.paid_out.get(order_id, 0) for order_id in mine),
                owes=sum(flow.owes.get(order_id, 0) for order_id in mine),
                on_hold=on_hold,
                holding=flow.holding if on_hold else (),
            )
        )
    return out


def totals(produced: Sequence[Produced]) -> list[Produced]:
    """Her whole commission, a `Produced` per currency summing every group buy and earner (group buy 0,
    no title, no earner), in the order the currencies first appear."""
    sums: dict[str, Produced] = {}
    for p in produced:
        was = sums.get(p.currency) or Produced(0, "", "", p.currency, 0)
        sums[p.currency] = Produced(
            0,
            "",
            "",
            p.currency,
            was.earned + p.earned,
            was.taken_back + p.taken_back,
            was.paid_out + p.paid_out,
            was.owes + p.owes,
            was.on_hold + p.on_hold,
            tuple(sorted({*was.holding, *p.holding})),
        )
    return list(sums.values())
