"""`commerce.ports.PickupRepository`: pickup codes on `orders` and the `group_buy_helpers` table.

A code is given by one guarded UPDATE (the order has none, and no order of its group buy holds it), and
the unique index `uq_orders_pickup_code` stands behind it. On SQLite a write transaction runs alone
(BEGIN IMMEDIATE), so the guard sees every other code. On PostgreSQL a concurrent payment may hold the
same code uncommitted, which the guard cannot see: the index then makes this UPDATE wait and fail, so
it runs in a savepoint, and a failure means only "taken, draw again".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, delete, exists, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from storage.tables import UtcDateTime, group_buy_helpers, group_buy_listings, group_buys, orders


@dataclass(frozen=True)
class _Statements:
    assign: Executable
    code_of: Select[Any]
    coded_in_chat: Select[Any]
    coded_in_chat_admin: Select[Any]
    coded_anywhere: Select[Any]
    verifies_in_chat: Select[Any]
    verifies_anywhere: Select[Any]
    is_helper: Select[Any]
    add_helper: Executable
    remove_helper: Executable
    helpers: Select[Any]


@cache
def _statements(dialect: str) -> _Statements:
    o, g, h, li = orders.c, group_buys.c, group_buy_helpers.c, group_buy_listings.c
    other = orders.alias("other")
    taken = exists().where(other.c.group_buy_id == bindparam("gid"), other.c.pickup_code == bindparam("code"))
    helped = exists().where(h.group_buy_id == g.id, h.identity == bindparam("helper"))
    runs = or_(g.organiser_id == bindparam("actor"), helped)
    coded = (
        select(o.id)
        .select_from(orders.join(group_buys, g.id == o.group_buy_id))
        .where(o.pickup_code == bindparam("code"))
        .order_by(o.id)
    )
    in_chat = g.chat_id == bindparam("chat")
    # 帮卖: in a group help-selling it, the orders made there, to its organiser and its helpers (the
    # help-seller named a helper takes her own group's codes where she hands them over)
    sold_here = and_(o.chat_id == bindparam("chat"), runs)
    organises = exists().where(g.organiser_id == bindparam("actor"))
    helps = exists().where(h.identity == bindparam("helper"))
    helps_here = exists(
        select(h.id)
        .select_from(group_buy_helpers.join(group_buys, g.id == h.group_buy_id))
        .where(h.identity == bindparam("helper"), in_chat)
    )
    helps_listed = exists(  # a helper of a group buy help-sold here
        select(h.id)
        .select_from(group_buy_helpers.join(group_buy_listings, li.group_buy_id == h.group_buy_id))
        .where(h.identity == bindparam("helper"), li.chat_id == bindparam("chat"))
    )
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(group_buy_helpers)
    return _Statements(
        assign=update(orders)
        .where(o.id == bindparam("oid"), o.pickup_code.is_(None), ~taken)
        .values(pickup_code=bindparam("code"))
        .returning(o.pickup_code),
        code_of=select(o.pickup_code).where(o.id == bindparam("oid")),
        coded_in_chat=coded.where(or_(and_(in_chat, runs), sold_here)),
        coded_in_chat_admin=coded.where(or_(in_chat, sold_here)),
        coded_anywhere=coded.where(runs),
        verifies_in_chat=select(or_(organises.where(in_chat), helps_here, helps_listed)),
        verifies_anywhere=select(or_(organises, helps)),
        is_helper=select(
            exists().where(h.group_buy_id == bindparam("gid"), h.identity == bindparam("helper"))
        ),
        add_helper=insert.values(
            group_buy_id=bindparam("gid"),
            identity=bindparam("helper"),
            added_by=bindparam("by"),
            added_at=bindparam("at", type_=UtcDateTime()),
        )
        .on_conflict_do_nothing(index_elements=[h.group_buy_id, h.identity])
        .returning(h.id),
        remove_helper=delete(group_buy_helpers)
        .where(h.group_buy_id == bindparam("gid"), h.identity == bindparam("helper"))
        .returning(h.id),
        helpers=select(h.identity).where(h.group_buy_id == bindparam("gid")).order_by(h.id),
    )


class SqlPickupRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def _run(self, statement: Executable, params: dict[str, Any]) -> Any:
        return await self.conn.execute(statement, params)

    async def assign_code(self, order_id: int, group_buy_id: int, code: str) -> str | None:
        params = {"oid": order_id, "gid": group_buy_id, "code": code}
        if self.conn.dialect.name == "postgresql":
            try:
                async with self.conn.begin_nested():
                    given = (await self._run(self.sql.assign, params)).first()
            except IntegrityError:  # a concurrent payment of the group buy drew the same code
                return None
        else:
            given = (await self._run(self.sql.assign, params)).first()
        if given is not None:
            return str(given.pickup_code)
        held = (await self._run(self.sql.code_of, {"oid": order_id})).scalar_one_or_none()
        return None if held is None else str(held)

    async def coded(
        self, code: str, *, chat_id: str | None, actor: str, helper: str, admin: bool
    ) -> list[int]:
        params = {"code": code, "chat": chat_id, "actor": actor, "helper": helper}
        if chat_id is None:
            statement = self.sql.coded_anywhere
        else:
            statement = self.sql.coded_in_chat_admin if admin else self.sql.coded_in_chat
        return [int(row.id) for row in await self._run(statement, params)]

    async def verifies_any(self, *, chat_id: str | None, actor: str, helper: str) -> bool:
        statement = self.sql.verifies_anywhere if chat_id is None else self.sql.verifies_in_chat
        params = {"chat": chat_id, "actor": actor, "helper": helper}
        return bool((await self._run(statement, params)).scalar())

    async def is_helper(self, group_buy_id: int, helper: str) -> bool:
        return bool((await self._run(self.sql.is_helper, {"gid": group_buy_id, "helper": helper})).scalar())

    async def add_helper(self, group_buy_id: int, helper: str, *, by: str, at: datetime) -> bool:
        params = {"gid": group_buy_id, "helper": helper, "by": by, "at": at}
        return (await self._run(self.sql.add_helper, params)).first() is not None

    async def remove_helper(self, group_buy_id: int, helper: str) -> bool:
        params = {"gid": group_buy_id, "helper": helper}
        return (await self._run(self.sql.remove_helper, params)).first() is not None

    async def helpers(self, group_buy_id: int) -> list[str]:
        return [str(row.identity) for row in await self._run(self.sql.helpers, {"gid": group_buy_id})]
