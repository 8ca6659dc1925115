"""`commerce.ports.ConsolePeopleRepository`: what the console's Members, Payouts and ledger, and
Moderation pages read, each scoped (commerce.domain.console_people.Scope): everything for an admin, an
organiser's chats (where they opened a group buy) and their own group buys' orders otherwise."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from commerce.domain.console_people import Commission, LedgerLine, MemberLine, MemberOrder, Scope, moved
from commerce.domain.ledger import AccountKind, TransactionKind
from commerce.domain.member import name_key
from commerce.domain.moderation import NoteFlag
from commerce.domain.notes import Note
from commerce.domain.order import OrderStatus
from commerce.domain.order_numbers import order_label
from storage.moderation import _flag
from storage.notes import note_from_row
from storage.tables import (
    chat_members,
    group_buys,
    ledger_postings,
    ledger_transactions,
    members,
    note_flags,
    notes,
    order_payments,
    order_status_changes,
    orders,
)

_COMMISSION = (AccountKind.COMMISSION_PENDING.value, AccountKind.COMMISSION_AVAILABLE.value)
_PAYOUT = (AccountKind.PAYOUT_REQUESTED.value, AccountKind.PAYOUT_APPROVED.value)
_PAID_OUT = "paid_out"  # what `payout_paid` took from `payout_approved:<member>`
g, o, m, cm = group_buys.c, orders.c, members.c, chat_members.c
# 部分退款: what part refunds gave back of an order (its payments, read on `uq_order_payments_seq`)
_PART_REFUNDED = func.coalesce(
    select(-func.sum(order_payments.c.amount))
    .where(order_payments.c.order_id == o.id, order_payments.c.kind == "part_refunded")
    .scalar_subquery(),
    0,
)
_STILL_PAID = (OrderStatus.PAID.value, OrderStatus.FULFILLED.value)
lp, lt, n, nf = ledger_postings.c, ledger_transactions.c, notes.c, note_flags.c
osc = order_status_changes.c


def _naive(at: datetime) -> datetime:
    """A stored time compared as UTC without its zone (SQLite reads it back naive, PostgreSQL aware)."""
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo is not None else at


def _organised_chats(scope: Scope) -> Any:
    return select(g.chat_id).where(g.organiser_id == scope.organiser_id).distinct()


def _organised_group_buys(scope: Scope) -> Any:
    return select(g.id).where(g.organiser_id == scope.organiser_id)


def _literal(text: str) -> str:
    """`text` as a LIKE pattern matching itself only (its `%`, `_` and `\\` escaped)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _member(row: Any) -> MemberLine:
    return MemberLine(row.identity, row.platform, row.user_id, row.display_name, row.last_seen)


class SqlConsolePeople:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn

    async def chats_of(self, scope: Scope) -> list[str] | None:
        if scope.everything:
            return None
        return sorted(str(chat) for chat in (await self.conn.execute(_organised_chats(scope))).scalars())

    def _members(self, scope: Scope) -> Any:
        statement = select(members)
        if not scope.everything:
            seen_here = select(cm.identity).where(cm.chat_id.in_(_organised_chats(scope)))
            statement = statement.where(m.identity.in_(seen_here))
        return statement

    async def members(self, scope: Scope, *, limit: int = 500) -> list[MemberLine]:
        statement = self._members(scope).order_by(m.last_seen.desc(), m.identity).limit(limit)
        return [_member(row) for row in await self.conn.execute(statement)]

    async def member(self, scope: Scope, identity: str) -> MemberLine | None:
        row = (await self.conn.execute(self._members(scope).where(m.identity == identity))).first()
        return None if row is None else _member(row)

    async def named(self, name: str, *, limit: int = 50) -> list[MemberLine]:
        pattern = _literal(name)
        statement = (
            select(members)
            .where(
                or_(
                    m.display_name.ilike(pattern, escape="\\"),
                    m.name_key == name_key(name),
                    m.identity.ilike(pattern, escape="\\"),
                    m.user_id.ilike(pattern, escape="\\"),
                    # her room alias in a chat (WeChat's 群昵称): the name the audit log shows her by there
                    m.identity.in_(select(cm.identity).where(cm.alias_key == name_key(name))),
                )
            )
            .order_by(m.last_seen.desc(), m.identity)
            .limit(limit)
        )
        return [_member(row) for row in await self.conn.execute(statement)]

    async def in_chat(self, chat_id: str, *, limit: int = 200) -> list[MemberLine]:
        statement = (
            select(members)
            .join(chat_members, cm.identity == m.identity)
            .where(cm.chat_id == chat_id)
            .order_by(cm.last_seen.desc(), m.identity)
            .limit(limit)
        )
        return [_member(row) for row in await self.conn.execute(statement)]

    async def orders_of(self, scope: Scope, buyer_id: str, *, limit: int = 100) -> list[MemberOrder]:
        statement = (
            select(
                o.id,
                o.seq,
                o.group_buy_id,
                o.status,
                o.total,
                o.currency,
                o.created_at,
                o.chat_id,
                g.title,
                _PART_REFUNDED.label("part_refunded"),
            )
            .select_from(orders.join(group_buys, g.id == o.group_buy_id))
            .where(o.buyer_id == buyer_id)
            .order_by(o.id.desc())
            .limit(limit)
        )
        if not scope.everything:
            statement = statement.where(g.organiser_id == scope.organiser_id)
        return [
            MemberOrder(
                id=row.id,
                number=order_label(row.group_buy_id, row.seq) if row.seq is not None else str(row.id),
                group_buy_id=row.group_buy_id,
                title=row.title,
                status=row.status,
                total=row.total,
                currency=row.currency,
                created_at=row.created_at,
                chat_id=row.chat_id,
                refunded_part=int(row.part_refunded) if row.status in _STILL_PAID else 0,
            )
            for row in await self.conn.execute(statement)
        ]

    async def notes_of(self, scope: Scope, author_id: str, *, limit: int = 100) -> list[Note]:
        statement = select(notes).where(n.author_id == author_id).order_by(n.id.desc()).limit(limit)
        if not scope.everything:
            statement = statement.where(n.chat_id.in_(_organised_chats(scope)))
        return [note_from_row(row) for row in await self.conn.execute(statement)]

    def _postings(self, scope: Scope) -> Any:
        """Postings joined to their transactions; an organiser's: of their group buys' orders only."""
        joined = ledger_postings.join(ledger_transactions, lt.id == lp.transaction_id).outerjoin(
            orders, o.id == lt.order_id
        )
        if scope.everything:
            return joined, None
        return joined, o.group_buy_id.in_(_organised_group_buys(scope))

    async def commission(self, scope: Scope, *, member: str | None = None) -> list[Commission]:
        joined, where = self._postings(scope)
        statement = (
            select(lp.member, lp.currency, lp.kind, func.sum(lp.amount).label("amount"))
            .select_from(joined)
            .where(lp.kind.in_(_COMMISSION))
            .group_by(lp.member, lp.currency, lp.kind)
        )
        if where is not None:
            statement = statement.where(where)
        if member is not None:
            statement = statement.where(lp.member == member)
        sums: dict[tuple[str, str], dict[str, int]] = {}
        for row in await self.conn.execute(statement):
            sums.setdefault((row.member, row.currency), {})[row.kind] = int(row.amount or 0)
        if where is None:  # an admin's: the member's payouts too, as /earnings lists them
            for row in await self.conn.execute(self._payouts(member)):
                held = sums.setdefault((row.member, row.currency), {})
                held[AccountKind.PAYOUT_REQUESTED.value] = int(row.requested or 0)
                held[AccountKind.PAYOUT_APPROVED.value] = int(row.approved or 0)
                held[_PAID_OUT] = int(row.paid_out or 0)
        held_by = sorted((key, held) for key, held in sums.items() if any(held.values()))
        names = await self.names(sorted({who for (who, _), _ in held_by}))
        return [
            Commission(
                member=who,
                currency=currency,
                pending=held.get(AccountKind.COMMISSION_PENDING.value, 0),
                available=held.get(AccountKind.COMMISSION_AVAILABLE.value, 0),
                name=names.get(who, ""),
                requested=held.get(AccountKind.PAYOUT_REQUESTED.value, 0),
                approved=held.get(AccountKind.PAYOUT_APPROVED.value, 0),
                paid_out=held.get(_PAID_OUT, 0),
            )
            for (who, currency), held in held_by
        ]

    @staticmethod
    def _payouts(member: str | None) -> Any:
        """Per member and currency: the money of their payouts requested, approved (not yet paid), and
        paid out (what `payout_paid` took from their `payout_approved`)."""
        requested = lp.kind == AccountKind.PAYOUT_REQUESTED.value
        approved = lp.kind == AccountKind.PAYOUT_APPROVED.value
        paid = approved & (lt.kind == TransactionKind.PAYOUT_PAID.value)
        statement = (
            select(
                lp.member,
                lp.currency,
                func.sum(case((requested, lp.amount), else_=0)).label("requested"),
                func.sum(case((approved, lp.amount), else_=0)).label("approved"),
                func.sum(case((paid, -lp.amount), else_=0)).label("paid_out"),
            )
            .select_from(ledger_postings.join(ledger_transactions, lt.id == lp.transaction_id))
            .where(lp.kind.in_(_PAYOUT))
            .group_by(lp.member, lp.currency)
        )
        return statement if member is None else statement.where(lp.member == member)

    async def names(self, user_ids: list[str]) -> dict[str, str]:
        """Display names by user id (the ledger names members by it), the most recently seen first."""
        if not user_ids:
            return {}
        statement = select(m.user_id, m.display_name).where(m.user_id.in_(user_ids)).order_by(m.last_seen)
        return {row.user_id: row.display_name for row in await self.conn.execute(statement)}

    async def ledger_lines(
        self,
        scope: Scope,
        *,
        member: str | None = None,
        order_id: int | None = None,
        limit: int = 200,
        before: int | None = None,
    ) -> list[LedgerLine]:
        joined, where = self._postings(scope)
        statement = (
            select(lp.kind.label("account_kind"), lp.member, lp.amount, lp.currency, lt.business_key,
                   lt.kind, lt.at, lt.order_id, lt.payout_id, o.group_buy_id, o.seq,
                   lt.id.label("transaction_id"))
            .select_from(joined)
            .order_by(lt.at.desc(), lt.id.desc(), lp.id)
            .limit(limit)
        )  # fmt: skip
        if where is not None:
            statement = statement.where(where)
        if member is not None:
            statement = statement.where(lp.member == member)
        if order_id is not None:
            statement = statement.where(lt.order_id == order_id)
        if before is not None:  # keyset: after (at, id) of that transaction in the order above
            at = select(lt.at).where(lt.id == before).scalar_subquery()
            statement = statement.where(or_(lt.at < at, and_(lt.at == at, lt.id < before)))
        rows = list(await self.conn.execute(statement))
        names = await self.names(sorted({row.member for row in rows if row.member}))
        sums, picked = await self._sentences(rows)
        return [
            LedgerLine(
                at=row.at,
                key=row.business_key,
                kind=row.kind,
                account=f"{row.account_kind}:{row.member}" if row.member else row.account_kind,
                amount=row.amount,
                currency=row.currency,
                order_id=row.order_id,
                payout_id=row.payout_id,
                order_number=None if row.seq is None else order_label(row.group_buy_id, row.seq),
                account_kind=row.account_kind,
                member=row.member or "",
                name=names.get(row.member, "") if row.member else "",
                moved=sums.get(row.transaction_id, 0),
                picked_up=row.transaction_id in picked,
                transaction_id=row.transaction_id,
            )
            for row in rows
        ]

    async def transaction_in_scope(self, scope: Scope, transaction_id: int) -> bool:
        joined, where = self._postings(scope)
        statement = select(lp.id).select_from(joined).where(lt.id == transaction_id).limit(1)
        if where is not None:
            statement = statement.where(where)
        return (await self.conn.execute(statement)).first() is not None

    async def _sentences(self, rows: list[Any]) -> tuple[dict[int, int], set[int]]:
        """What each order transaction of `rows` moved (`console_people.moved`: read from all its
        postings, a member's page listing only hers), and which releases of commission its order's
        pickup posted (a status change to picked up at the transaction's time; else the hold's end):
        two queries, however many rows."""
        kinds = {row.transaction_id: row.kind for row in rows if row.order_id is not None}
        if not kinds:
            return {}, set()
        postings: dict[int, list[tuple[str, int]]] = {}
        statement = select(lp.transaction_id, lp.kind, lp.amount).where(lp.transaction_id.in_(sorted(kinds)))
        for posting in await self.conn.execute(statement):
            postings.setdefault(posting.transaction_id, []).append((posting.kind, int(posting.amount)))
        sums = {tx: moved(kind, postings.get(tx, [])) for tx, kind in kinds.items()}
        released = {
            row.transaction_id: (row.order_id, row.at)
            for row in rows
            if row.kind == TransactionKind.ORDER_AVAILABLE.value and row.order_id is not None
        }
        if not released:
            return sums, set()
        statement = select(osc.order_id, osc.at).where(
            osc.order_id.in_(sorted({order for order, _ in released.values()})),
            osc.to_status == OrderStatus.FULFILLED.value,
        )
        pickups = {(row.order_id, _naive(row.at)) for row in await self.conn.execute(statement)}
        picked = {tx for tx, (order, at) in released.items() if (order, _naive(at)) in pickups}
        return sums, picked

    async def order_in_scope(self, scope: Scope, order_id: int) -> bool:
        statement = select(o.id).where(o.id == order_id)
        if not scope.everything:
            statement = statement.where(o.group_buy_id.in_(_organised_group_buys(scope)))
        return (await self.conn.execute(statement)).first() is not None

    async def moderated_notes(self, scope: Scope, *, limit: int = 200) -> list[tuple[Note, NoteFlag]]:
        statement = (
            select(notes, nf.score, nf.reasons, nf.flagged, nf.hidden, nf.cleared, nf.hidden_by, nf.why,
                   nf.note_id)
            .select_from(notes.join(note_flags, nf.note_id == n.id))
            .order_by(n.id.desc())
            .limit(limit)
        )  # fmt: skip
        if not scope.everything:
            statement = statement.where(n.chat_id.in_(_organised_chats(scope)))
        return [(note_from_row(row), _flag(row)) for row in await self.conn.execute(statement)]
