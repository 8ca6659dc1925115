"""`commerce.ports.ConsoleRepository`: the console's accounts, one-time login links and audit log, and
the group buy list as the console shows it (with each chat's name)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from commerce.domain.chats import ChatName
from commerce.domain.console import Account, AuditEntry, AuditFilter, GroupBuyRow, LoginLink
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.order import OrderStatus
from commerce.domain.roster import units_sold
from storage.tables import (
    chats,
    console_accounts,
    console_audit,
    console_login_links,
    group_buys,
    order_lines,
    order_payments,
    orders,
)

_DROPPED = (OrderStatus.CANCELLED.value, OrderStatus.REFUNDED.value)


class SqlConsoleRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn

    def _insert(self, table: Any) -> Any:
        return (postgresql.insert if self.conn.dialect.name == "postgresql" else sqlite.insert)(table)

    async def add_account(self, account: Account) -> bool:
        a = console_accounts.c
        statement = (
            self._insert(console_accounts)
            .values(
                username=account.username,
                password_hash=account.password_hash,
                created_at=account.created_at,
            )
            .on_conflict_do_nothing(index_elements=[a.username])
            .returning(a.username)
        )
        return (await self.conn.execute(statement)).first() is not None

    async def account(self, username: str) -> Account | None:
        row = (
            await self.conn.execute(select(console_accounts).where(console_accounts.c.username == username))
        ).first()
        return None if row is None else Account(row.username, row.password_hash, row.created_at)

    async def accounts(self) -> list[Account]:
        rows = await self.conn.execute(select(console_accounts).order_by(console_accounts.c.username))
        return [Account(row.username, row.password_hash, row.created_at) for row in rows]

    async def add_link(self, link: LoginLink) -> None:
        await self.conn.execute(
            console_login_links.insert().values(
                token_hash=link.token_hash,
                identity=link.identity,
                created_at=link.created_at,
                expires_at=link.expires_at,
                used_at=None,
            )
        )

    async def use_link(self, token_hash: str, now: datetime) -> str | None:
        c = console_login_links.c
        statement = (
            update(console_login_links)
            .where(c.token_hash == token_hash, c.used_at.is_(None), c.expires_at > now)
            .values(used_at=now)
            .returning(c.identity)
        )
        row = (await self.conn.execute(statement)).first()
        return None if row is None else str(row.identity)

    async def organises(self, user_id: str) -> bool:
        statement = select(exists().where(group_buys.c.organiser_id == user_id))
        return bool((await self.conn.execute(statement)).scalar())

    async def audit(self, entry: AuditEntry) -> None:
        await self.conn.execute(
            console_audit.insert().values(
                at=entry.at,
                actor=entry.actor,
                action=entry.action,
                subject=entry.subject,
                before=json.dumps(entry.before, ensure_ascii=False, sort_keys=True, default=str),
                after=json.dumps(entry.after, ensure_ascii=False, sort_keys=True, default=str),
            )
        )

    async def audit_entries(self, where: AuditFilter) -> list[AuditEntry]:
        c = console_audit.c
        statement = select(console_audit).order_by(c.at.desc(), c.id.desc()).limit(where.limit)
        if where.actor:
            statement = statement.where(c.actor == where.actor)
        if where.action:
            statement = statement.where(c.action == where.action)
        if where.subjects:
            statement = statement.where(c.subject.in_(where.subjects))
        if where.since is not None:
            statement = statement.where(c.at >= where.since)
        if where.until is not None:
            statement = statement.where(c.at <= where.until)
        return [
            AuditEntry(
                actor=row.actor,
                action=row.action,
                subject=row.subject,
                at=row.at,
                before=json.loads(row.before),
                after=json.loads(row.after),
                id=row.id,
            )
            for row in await self.conn.execute(statement)
        ]

    async def group_buys(
        self,
        *,
        organiser_id: str | None,
        group_buy_id: int | None = None,
        limit: int = 500,
        before_id: int | None = None,
    ) -> list[GroupBuyRow]:
        g = group_buys.c
        dropped = (  # units of refunded and cancelled orders: ordered, not sold (as /mine counts them)
            select(func.coalesce(func.sum(order_lines.c.quantity), 0))
            .select_from(order_lines.join(orders, order_lines.c.order_id == orders.c.id))
            .where(orders.c.group_buy_id == g.id, orders.c.status.in_(_DROPPED))
            .scalar_subquery()
        )
        refunded = (  # of those, refunded: said apart beside what is sold now
            select(func.coalesce(func.sum(order_lines.c.quantity), 0))
            .select_from(order_lines.join(orders, order_lines.c.order_id == orders.c.id))
            .where(orders.c.group_buy_id == g.id, orders.c.status == OrderStatus.REFUNDED.value)
            .scalar_subquery()
        )
        part = (  # 部分退款 by units (`退款 1-4 小杯 1`) of orders still paid: out of the sold too (rep80 #3)
            select(func.coalesce(func.sum(order_payments.c.refunded_units), 0))
            .select_from(order_payments.join(orders, order_payments.c.order_id == orders.c.id))
            .where(
                orders.c.group_buy_id == g.id,
                orders.c.status.in_([OrderStatus.PAID.value, OrderStatus.FULFILLED.value]),
                order_payments.c.kind == "part_refunded",
            )
            .scalar_subquery()
        )
        statement = (
            select(
                g.id, g.title, g.status, g.sold, g.target, g.deadline, g.chat_id,
                g.organiser_id, g.organiser_name, chats.c.title.label("chat_title"), dropped.label("dropped"),
                g.unit, refunded.label("refunded"), g.closed_at, part.label("part"),
            )
            .select_from(group_buys.outerjoin(chats, chats.c.chat_id == g.chat_id))
            .order_by(g.id.desc())
            .limit(limit)
        )  # fmt: skip
        if organiser_id is not None:
            statement = statement.where(g.organiser_id == organiser_id)
        if group_buy_id is not None:
            statement = statement.where(g.id == group_buy_id)
        if before_id is not None:
            statement = statement.where(g.id < before_id)
        return [
            GroupBuyRow(
                id=row.id,
                title=row.title,
                status=row.status,
                sold=units_sold(GroupBuyStatus(row.status), row.sold, int(row.dropped) + int(row.part)),
                target=row.target,
                deadline=row.deadline,
                chat_id=row.chat_id,
                chat_title=row.chat_title,
                organiser_id=row.organiser_id,
                organiser_name=row.organiser_name,
                unit=row.unit,
                ordered=row.sold,
                refunded=int(row.refunded) + int(row.part),
                cancelled=int(row.dropped) - int(row.refunded),
                closed_at=row.closed_at,
            )
            for row in await self.conn.execute(statement)
        ]

    async def known_chats(self, *, limit: int) -> list[ChatName]:
        """Every chat the bot knows: named (`chats`) or holding a group buy, named ones by name."""
        named = select(chats.c.chat_id, chats.c.title).order_by(chats.c.title, chats.c.chat_id).limit(limit)
        found = [ChatName(row.chat_id, row.title) for row in await self.conn.execute(named)]
        unnamed = (
            select(group_buys.c.chat_id)
            .where(~exists().where(chats.c.chat_id == group_buys.c.chat_id))
            .distinct()
            .order_by(group_buys.c.chat_id)
            .limit(limit)
        )
        found += [ChatName(row.chat_id) for row in await self.conn.execute(unnamed)]
        return found[:limit]
