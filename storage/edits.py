"""Changing a live group buy in SQL (`commerce.ports.GroupBuyEditRepository`).

`save_terms` is one guarded UPDATE: the rules the domain checked against its snapshot (still open, the
stock not below what is sold, no line above the new limit) are checked again by the database at the
write, so a join that lands between the edit's read and its write cannot be oversold by it. A join
checks the stock against the row it writes, so after the edit commits no join can pass the new stock;
the per-person limit is the one guard a join takes from its own snapshot, so a join computed in the same
instant as a lower limit may still land at the old one.

多规格: an option's stock lives in its `group_buy_options` row too (the guard of its joins), so an edit of
it writes that row first, guarded by what is taken of the option, as every write of such a group buy
takes the option's row before the group buy's; should the group buy's guard then fail, the option's
stock is put back.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from storage import mappers
from storage.tables import chat_members, group_buy_options, group_buys, is_row_id, participants

_MEMBERS_AT_ONCE = 500  # identities per query of `members_of`

_TERMS = (
    "title",
    "unit_price",
    "tiers",
    "target",
    "stock",
    "per_person_limit",
    "deadline",
    "pickup",
    "payment_note",
    "options",
    "unit",
    "currency",
)


class SqlGroupBuyEditRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn

    async def save_terms(self, group_buy: GroupBuy, *, option: str = "") -> bool:
        assert group_buy.id is not None
        if not option:
            return await self._save_terms(group_buy)
        go = group_buy_options.c
        row = (go.group_buy_id == group_buy.id, go.name == option)
        before = (await self.conn.execute(select(go.stock).where(*row))).first()
        stock = next(o.stock for o in group_buy.terms.options if o.name == option)
        guard = [] if stock is None else [go.sold <= stock]
        write = update(group_buy_options).where(*row, *guard).values(stock=stock).returning(go.sold)
        if before is None:
            return False
        written = (await self.conn.execute(write)).first()
        if written is None:
            return False
        if await self._save_terms(group_buy):
            group_buy.option_sold[option] = int(written.sold)  # as stored, fresher than the snapshot
            return True
        await self.conn.execute(update(group_buy_options).where(*row).values(stock=before.stock))  # as it was
        return False

    async def _save_terms(self, group_buy: GroupBuy) -> bool:
        assert group_buy.id is not None
        gb, p = group_buys.c, participants.c
        values = mappers.group_buy_values(group_buy)
        guards = [gb.id == group_buy.id, gb.status == GroupBuyStatus.OPEN.value]
        stock, limit = group_buy.terms.stock, group_buy.terms.per_person_limit
        if stock is not None:
            guards.append(gb.sold <= stock)
        if limit is not None:
            guards.append(~exists().where(p.group_buy_id == gb.id, p.quantity > limit))
        # a new unit only while nobody joined: a join counted in the old one may land after the read
        guards.append(or_(gb.unit == group_buy.terms.unit, gb.sold == 0))
        guards.append(or_(gb.currency == group_buy.terms.currency, gb.sold == 0))  # so a new currency
        statement = (
            update(group_buys)
            .where(*guards)
            .values({name: values[name] for name in _TERMS})
            .returning(gb.sold)
        )
        sold = (await self.conn.execute(statement)).scalar_one_or_none()
        if sold is None:
            return False
        group_buy.sold = int(sold)
        return True

    async def largest_line(self, group_buy_id: int) -> int:
        if not is_row_id(group_buy_id):
            return 0
        p = participants.c
        query = select(func.coalesce(func.max(p.quantity), 0)).where(p.group_buy_id == group_buy_id)
        return int((await self.conn.execute(query)).scalar_one())

    async def member_of(self, chat_id: str, identity: str) -> bool:
        c = chat_members.c
        query = select(exists().where(c.chat_id == chat_id, c.identity == identity))
        return bool((await self.conn.execute(query)).scalar_one())

    async def members_of(self, chat_id: str, identities: Collection[str]) -> set[str]:
        c, wanted, found = chat_members.c, list(dict.fromkeys(identities)), set[str]()
        for start in range(0, len(wanted), _MEMBERS_AT_ONCE):  # within every engine's bound parameters
            chunk = wanted[start : start + _MEMBERS_AT_ONCE]
            query = select(c.identity).where(c.chat_id == chat_id, c.identity.in_(chunk))
            found.update(str(row.identity) for row in await self.conn.execute(query))
        return found
