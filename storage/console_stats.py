"""`commerce.ports.ConsoleStats` on SQLite and PostgreSQL: the dashboard's figures, aggregated in SQL
(GROUP BY day and group buy, sharer, chat) so a page over 100,000 orders reads hundreds of rows, not
the orders.

Indexes that serve them (migration 0032): `ix_orders_created_at` (created_at, status, currency, total,
group_buy_id) covers the window's orders for the per-day figures and the top group buys (one pass);
`ix_orders_shared` (partial: sharer_id set) the sharers'; `ix_group_buys_closed_at` the
group buys closed in the window. An organiser's figures start from `ix_group_buys_organiser`. The
bench (bench/console.py) prints each query's plan.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import Date, and_, case, cast, distinct, func, literal_column, select
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Select

from commerce.domain.console_stats import (
    NOTE_CHATS,
    PAID,
    SOLD,
    UNCOUNTED,
    Conversion,
    Sales,
    StatsScope,
    TopSharer,
)
from storage.tables import group_buys, note_comments, note_likes, notes, order_payments, orders, participants

o, g, p, n = orders.c, group_buys.c, participants.c, notes.c


def _day(dialect: str, seconds: int) -> Any:
    """The order's day where the shop is (`seconds` east of UTC; an int, never user input)."""
    if dialect == "sqlite":  # stored as naive UTC text
        return func.date(o.created_at, f"{seconds:+d} seconds")
    shifted = func.timezone("UTC", o.created_at) + literal_column(f"interval '{seconds} seconds'")
    return cast(shifted, Date)


def _counted(scope: StatsScope) -> Any:
    """The window's orders that count: not cancelled or refunded (as `/rank`). Written as NOT IN so
    the planner reads the window from `ix_orders_created_at`, not from the status index."""
    return and_(o.created_at >= scope.since, o.status.not_in(UNCOUNTED))


def _scoped(statement: Select[Any], scope: StatsScope, *, joined: bool = False) -> Select[Any]:
    """An organiser's orders only: those of their group buys."""
    if scope.organiser_id is None:
        return statement
    if not joined:
        statement = statement.join(group_buys, g.id == o.group_buy_id)
    return statement.where(g.organiser_id == scope.organiser_id)


# 部分退款: what part refunds gave back of an order (negative, 0 when none), so GMV is net of them; read on
# `uq_order_payments_seq` (order_id first), for the window's orders only
_part_refunds = func.coalesce(
    select(func.sum(order_payments.c.amount))
    .where(order_payments.c.order_id == o.id, order_payments.c.kind == "part_refunded")
    .scalar_subquery(),
    0,
)


def sales_query(dialect: str, scope: StatsScope) -> Select[Any]:
    """The window's counted orders per day and group buy: everyone's read from `ix_orders_created_at`
    alone (grouped currency first: by group buy first, SQLite's planner would walk the group buy index
    to skip a sort, visiting every order ever made); an organiser's found from their group buys."""
    day = _day(dialect, int(scope.utc_offset.total_seconds())).label("day")
    statement = select(
        day,
        o.currency,
        o.group_buy_id,
        func.count().label("orders"),
        func.sum(o.total + _part_refunds).label("gmv"),
        func.sum(case((o.status.in_(PAID), o.total + _part_refunds), else_=0)).label("collected"),
    ).select_from(orders)
    statement = _scoped(statement.where(_counted(scope)), scope)
    return statement.group_by(day, o.currency, o.group_buy_id)


def conversion_query(scope: StatsScope) -> Select[Any]:
    """The group buys closed in the window (`ix_group_buys_closed_at`) that sold (not failed nor
    cancelled: no order could follow): their buyers with a line, each once per group buy (counted on
    the line index), and their orders, paid or not."""
    cohort = [g.closed_at >= scope.since, g.status.in_(SOLD)]
    if scope.organiser_id is not None:
        cohort.append(g.organiser_id == scope.organiser_id)
    buyers = select(func.count(distinct(p.user_id))).where(p.group_buy_id == g.id).scalar_subquery()
    joined = select(func.sum(buyers)).where(*cohort).scalar_subquery()
    paid = func.sum(case((o.status.in_(PAID), 1), else_=0))
    return (
        select(joined.label("joined"), func.count(o.id).label("ordered"), paid.label("paid"))
        .select_from(orders.join(group_buys, g.id == o.group_buy_id))
        .where(*cohort)
    )


def top_sharers_query(scope: StatsScope, limit: int) -> Select[Any]:
    """As `/rank` (storage.repositories' top_sharers) over the scope: buyers, never money; the organiser
    sharing their own group buy does not count."""
    buyers = func.count(distinct(o.buyer_id))
    statement = (
        select(o.sharer_id, buyers.label("buyers"))
        .select_from(orders.join(group_buys, g.id == o.group_buy_id))
        .where(o.sharer_id.is_not(None), o.sharer_id != g.organiser_id, _counted(scope))
    )
    statement = _scoped(statement, scope, joined=True)
    return statement.group_by(o.sharer_id).order_by(buyers.desc(), o.sharer_id).limit(limit)


def busiest_chats_query(scope: StatsScope, limit: int) -> Select[Any]:
    """Chats by the likes and comments on their notes posted in the window: the notes from
    `ix_notes_created`, each one's likes and comments counted by their note's index."""
    likes = select(func.count()).where(note_likes.c.note_id == n.id).scalar_subquery()
    comments = select(func.count()).where(note_comments.c.note_id == n.id).scalar_subquery()
    weight = func.sum(likes + comments)
    statement = select(n.chat_id, weight.label("engagement")).where(n.created_at >= scope.since)
    if scope.organiser_id is not None:
        statement = statement.where(
            n.chat_id.in_(select(g.chat_id).where(g.organiser_id == scope.organiser_id))
        )
    return statement.group_by(n.chat_id).order_by(weight.desc(), n.chat_id).limit(limit)


def queries(dialect: str, scope: StatsScope, limit: int) -> dict[str, Select[Any]]:
    """The dashboard's queries by name (bench/console.py prints their plans)."""
    return {
        "sales": sales_query(dialect, scope),
        "conversion": conversion_query(scope),
        "top_sharers": top_sharers_query(scope, limit),
        "busiest_chats": busiest_chats_query(scope, NOTE_CHATS),
    }


class SqlConsoleStats:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn

    async def sales(self, scope: StatsScope) -> list[Sales]:
        rows = await self.conn.execute(sales_query(self.conn.dialect.name, scope))
        return [
            Sales(
                row.day if isinstance(row.day, date) else date.fromisoformat(row.day),
                int(row.group_buy_id),
                row.currency,
                int(row.orders),
                int(row.gmv or 0),
                int(row.collected or 0),
            )
            for row in rows
        ]

    async def titles(self, group_buy_ids: Collection[int]) -> dict[int, str]:
        if not group_buy_ids:
            return {}
        rows = await self.conn.execute(select(g.id, g.title).where(g.id.in_(sorted(group_buy_ids))))
        return {int(row.id): str(row.title) for row in rows}

    async def conversion(self, scope: StatsScope) -> Conversion:
        row = (await self.conn.execute(conversion_query(scope))).one()
        return Conversion(int(row.joined or 0), int(row.ordered), int(row.paid or 0))

    async def top_sharers(self, scope: StatsScope, limit: int) -> list[TopSharer]:
        rows = await self.conn.execute(top_sharers_query(scope, limit))
        return [TopSharer(str(row.sharer_id), int(row.buyers)) for row in rows]

    async def busiest_chats(self, scope: StatsScope, limit: int) -> list[str]:
        rows = await self.conn.execute(busiest_chats_query(scope, limit))
        return [str(row.chat_id) for row in rows]
