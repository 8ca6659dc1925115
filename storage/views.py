"""The organiser's read side in SQL (`commerce.ports.OrganiserViews`): reports, not aggregates.

`/mine` lists an organiser's newest group buys with their money; each figure is an aggregate over the
group buy's orders computed by the database (one statement, however many orders), found through the
index on `group_buys (organiser_id, id)`. Units of refunded and cancelled orders are not sold (as on
the organiser's list, commerce.domain.roster): `sold` leaves them out, `refunded` counts the refunded.

`open_joins_of` is the member's side (我的订单 before the close): the open group buys they have a line
in, found from the open ones (`ix_group_buys_status_deadline`) by the participants' unique index.
"""

from __future__ import annotations

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.order import REFUND_KINDS, OrderStatus
from commerce.domain.roster import GroupBuySummary
from storage.tables import group_buys as _group_buys
from storage.tables import order_lines as _lines
from storage.tables import order_payments as _payments
from storage.tables import orders as _orders
from storage.tables import participants as _participants

_DROPPED = (OrderStatus.CANCELLED.value, OrderStatus.REFUNDED.value)


class SqlOrganiserViews:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn

    async def group_buys_of(self, organiser_id: str, *, limit: int) -> list[GroupBuySummary]:
        g, o, p = _group_buys, _orders, _payments
        counted = (
            select(func.count())
            .where(o.c.group_buy_id == g.c.id, o.c.status.not_in(_DROPPED))
            .scalar_subquery()
        )
        # 只收到 ¥100 of an unpaid ¥176 (`Order.received_part`; beside a report of the whole too,
        # `Order.received_in_whole_report`, s36 #4; inside a short report, s37): received, counted in
        # 已收 and out of 待收, as `名单` counts it (commerce.domain.roster)
        whole = or_(
            o.c.reported_paid_at.is_(None),
            o.c.reported_amount.is_(None),
            o.c.reported_amount <= 0,
            o.c.reported_amount >= o.c.total,
        )
        inside = (
            o.c.received_amount < o.c.reported_amount
        )  # in a short report since (`Order.received_in_report`)
        part = case(
            (
                and_(or_(whole, inside), o.c.received_amount > 0, o.c.received_amount < o.c.total),
                o.c.received_amount,
            ),
            else_=0,
        )
        pending = (o.c.group_buy_id == g.c.id, o.c.status == OrderStatus.PENDING_PAYMENT.value)
        collected = (
            select(func.coalesce(func.sum(p.c.amount), 0))
            .select_from(p.join(o, p.c.order_id == o.c.id))
            .where(o.c.group_buy_id == g.c.id)
            .scalar_subquery()
        )
        received = select(func.coalesce(func.sum(part), 0)).where(*pending).scalar_subquery()
        outstanding = select(func.coalesce(func.sum(o.c.total - part), 0)).where(*pending).scalar_subquery()
        dropped = (  # units of refunded and cancelled orders: ordered, not sold
            select(func.coalesce(func.sum(_lines.c.quantity), 0))
            .select_from(_lines.join(o, _lines.c.order_id == o.c.id))
            .where(o.c.group_buy_id == g.c.id, o.c.status.in_(_DROPPED))
            .scalar_subquery()
        )
        refunded = (
            select(func.coalesce(func.sum(_lines.c.quantity), 0))
            .select_from(_lines.join(o, _lines.c.order_id == o.c.id))
            .where(o.c.group_buy_id == g.c.id, o.c.status == OrderStatus.REFUNDED.value)
            .scalar_subquery()
        )
        refunded_money = (  # every refund's money, whole, part and of money received unpaid: as 名单's
            select(func.coalesce(-func.sum(p.c.amount), 0))
            .select_from(p.join(o, p.c.order_id == o.c.id))
            .where(o.c.group_buy_id == g.c.id, p.c.kind.in_(sorted(REFUND_KINDS)))
            .scalar_subquery()
        )
        units_back = (  # 部分退款 by units (`退款 1-4 小杯 1`): out of what was sold, as the card counts it
            select(func.coalesce(func.sum(p.c.refunded_units), 0))
            .select_from(p.join(o, p.c.order_id == o.c.id))
            .where(o.c.group_buy_id == g.c.id, p.c.kind == "part_refunded", o.c.status.not_in(_DROPPED))
            .scalar_subquery()
        )
        query = (
            select(
                g.c.id,
                g.c.chat_id,
                g.c.title,
                g.c.status,
                g.c.currency,
                g.c.deadline,
                g.c.sold,
                g.c.unit,
                g.c.target,
                counted.label("orders"),
                collected.label("collected"),
                received.label("received"),
                outstanding.label("outstanding"),
                dropped.label("dropped"),
                refunded.label("refunded"),
                refunded_money.label("refunded_money"),
                units_back.label("units_back"),
            )
            .where(g.c.organiser_id == organiser_id)
            .order_by(g.c.id.desc())
            .limit(limit)
        )
        rows = (await self.conn.execute(query)).all()
        return [
            GroupBuySummary(
                id=row.id,
                chat_id=row.chat_id,
                title=row.title,
                status=GroupBuyStatus(row.status),
                currency=row.currency,
                deadline=row.deadline,
                sold=row.sold - int(row.dropped) - int(row.units_back),
                orders=int(row.orders),
                collected=int(row.collected) + int(row.received),
                outstanding=int(row.outstanding),
                refunded=int(row.refunded) + int(row.units_back),
                unit=row.unit or "",
                target=row.target,
                refunded_money=int(row.refunded_money),
                cancelled=int(row.dropped) - int(row.refunded),
            )
            for row in rows
        ]

    async def count_group_buys_of(self, organiser_id: str) -> int:
        query = (
            select(func.count()).select_from(_group_buys).where(_group_buys.c.organiser_id == organiser_id)
        )
        return int((await self.conn.execute(query)).scalar_one())

    async def unsold_units(self, group_buy_id: int, *, chat_id: str | None = None) -> tuple[int, int]:
        o, lines = _orders, _lines
        units = func.coalesce(func.sum(lines.c.quantity), 0)
        refunded = func.coalesce(
            func.sum(lines.c.quantity).filter(o.c.status == OrderStatus.REFUNDED.value), 0
        )
        query = (
            select(units, refunded)
            .select_from(lines.join(o, lines.c.order_id == o.c.id))
            .where(o.c.group_buy_id == group_buy_id, o.c.status.in_(_DROPPED))
        )
        if chat_id is not None:  # 帮卖: one chat's orders (orders.chat_id: where its lines were made)
            query = query.where(o.c.chat_id == chat_id)
        dropped, refunded_units = (await self.conn.execute(query)).one()
        pay = _payments.c  # 部分退款 by units (`退款 1-4 小杯 1`): those units are out of what was sold too
        part_query = (
            select(func.coalesce(func.sum(pay.refunded_units), 0))
            .select_from(_payments.join(o, pay.order_id == o.c.id))
            .where(
                o.c.group_buy_id == group_buy_id,
                o.c.status.in_([OrderStatus.PAID.value, OrderStatus.FULFILLED.value]),
                pay.kind == "part_refunded",
            )
        )
        if chat_id is not None:
            part_query = part_query.where(o.c.chat_id == chat_id)
        part = int((await self.conn.execute(part_query)).scalar_one())
        return int(dropped) + part, int(refunded_units) + part

    async def open_joins_of(self, member_id: str, *, limit: int) -> list[int]:
        g, p = _group_buys, _participants
        theirs = exists().where(p.c.group_buy_id == g.c.id, p.c.user_id == member_id, p.c.quantity > 0)
        query = (
            select(g.c.id)
            .where(g.c.status == GroupBuyStatus.OPEN.value, theirs)
            .order_by(g.c.id.desc())
            .limit(limit)
        )
        return [int(found) for found in (await self.conn.execute(query)).scalars()]
