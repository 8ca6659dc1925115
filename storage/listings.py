"""`commerce.ports.ListingRepository`: help-sell listings (`group_buy_listings`) and each chat's lines.

A listing is added by one `INSERT … ON CONFLICT DO NOTHING` on the (group buy, chat) key, so two
`帮卖 #12` at once in one chat store one listing; the group buy's `listings` count goes up in the same
transaction. A help-seller takes over the organiser's own listing by one guarded `UPDATE` (the row
is still hers), so two at once take it once. A listing's card reads its lines through the partial
index `ix_participants_listing`; the group buy's own chat reads the lines without a listing (only
once it has listings: before, its card reads every line as always).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Integer, bindparam, case, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable, Select

from commerce.domain.group_buy import GroupBuyStatus, Participant
from commerce.domain.listings import Listing
from storage import mappers
from storage.tables import UtcDateTime, group_buy_listings, group_buys, participants

EVERY_LINE = 2**31 - 1  # `limit=None`: one statement on both engines (PostgreSQL refuses LIMIT -1)


@dataclass(frozen=True)
class _Statements:
    add: Executable
    count_up: Executable
    get: Select[Any]
    in_chat: Select[Any]
    of_group_buy: Select[Any]
    open_of_seller: Select[Any]
    help_sold_by: Select[Any]
    listed_in: Select[Any]
    lines_of_listing: Select[Any]
    lines_here: Select[Any]
    count_of_listing: Select[Any]
    count_here: Select[Any]
    units_of_listing: Select[Any]
    units_here: Select[Any]
    buyers_of_listing: Select[Any]
    buyers_here: Select[Any]
    set_rate: Executable
    take_over: Executable
    set_pickup: Executable


@cache
def _statements(dialect: str) -> _Statements:
    c, p, gb = group_buy_listings.c, participants.c, group_buys.c
    listing_pickup_at = bindparam("at", type_=UtcDateTime())
    if dialect == "postgresql":
        insert: Any = postgresql.insert(group_buy_listings)
    elif dialect == "sqlite":
        insert = sqlite.insert(group_buy_listings)
    else:
        raise NotImplementedError(f"storage supports sqlite and postgresql, not {dialect}")
    of_listing = (p.group_buy_id == bindparam("gid"), p.listing_id == bindparam("lid"), p.quantity > 0)
    here = (p.group_buy_id == bindparam("gid"), p.listing_id.is_(None), p.quantity > 0)
    limit = bindparam("n", type_=Integer)
    return _Statements(
        add=insert.values(
            group_buy_id=bindparam("gid"),
            chat_id=bindparam("chat"),
            seller_id=bindparam("seller"),
            seller_name=bindparam("name"),
            created_at=bindparam("at", type_=UtcDateTime()),
            lang=bindparam("lang"),
        )
        .on_conflict_do_nothing(index_elements=[c.group_buy_id, c.chat_id])
        .returning(c.id),
        count_up=update(group_buys).where(gb.id == bindparam("gid")).values(listings=gb.listings + 1),
        get=select(group_buy_listings).where(c.id == bindparam("id")),
        in_chat=select(group_buy_listings).where(
            c.group_buy_id == bindparam("gid"), c.chat_id == bindparam("chat")
        ),
        of_group_buy=select(group_buy_listings).where(c.group_buy_id == bindparam("gid")).order_by(c.id),
        open_of_seller=select(group_buy_listings)
        .join(group_buys, gb.id == c.group_buy_id)
        .where(
            c.seller_id == bindparam("seller"),
            gb.status == GroupBuyStatus.OPEN.value,
            gb.organiser_id != bindparam("seller"),
        )
        .order_by(c.group_buy_id.desc(), c.id)
        .limit(limit),
        help_sold_by=select(c.id)
        .join(group_buys, gb.id == c.group_buy_id)
        .where(c.seller_id == bindparam("seller"), gb.organiser_id != bindparam("seller"))
        .limit(1),
        listed_in=select(group_buy_listings)  # by ix_group_buy_listings_chat
        .where(c.chat_id == bindparam("chat"))
        .order_by(c.group_buy_id.desc())
        .limit(bindparam("limit", type_=Integer)),
        lines_of_listing=select(participants).where(*of_listing).order_by(p.id).limit(limit),
        lines_here=select(participants).where(*here).order_by(p.id).limit(limit),
        count_of_listing=select(func.count()).where(*of_listing),
        count_here=select(func.count()).where(*here),
        units_of_listing=select(func.coalesce(func.sum(p.quantity), 0)).where(*of_listing),
        units_here=select(func.coalesce(func.sum(p.quantity), 0)).where(*here),
        buyers_of_listing=select(func.count(p.user_id.distinct())).where(*of_listing),
        buyers_here=select(func.count(p.user_id.distinct())).where(*here),
        set_rate=update(group_buys)
        .where(gb.id == bindparam("gid"))
        .values(help_sell_rate_bp=bindparam("rate")),
        take_over=update(group_buy_listings)
        .where(c.id == bindparam("lid"), c.seller_id == bindparam("organiser"))
        .values(
            seller_id=bindparam("seller"),
            seller_name=bindparam("name"),
            created_at=bindparam("at", type_=UtcDateTime()),
            lang=bindparam("lang"),
        ),
        set_pickup=update(group_buy_listings)
        .where(c.id == bindparam("lid"))
        # SET reads the row as it was: its evening reminder is kept only when the time did not change
        .values(
            pickup=bindparam("pickup"),
            pickup_at=listing_pickup_at,
            pickup_reminded_at=case((c.pickup_at == listing_pickup_at, c.pickup_reminded_at), else_=None),
        ),
    )


def _listing(row: Any) -> Listing:
    return Listing(
        id=int(row.id),
        group_buy_id=int(row.group_buy_id),
        chat_id=str(row.chat_id),
        seller_id=str(row.seller_id),
        seller_name=str(row.seller_name),
        created_at=row.created_at,
        lang=row.lang,
        pickup=row.pickup or "",
        pickup_at=row.pickup_at,
    )


class SqlListingRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.sql = _statements(conn.dialect.name)

    async def _run(self, statement: Executable, params: dict[str, Any]) -> Any:
        return await self.conn.execute(statement, params)

    async def add(self, listing: Listing) -> Listing | None:
        values = {
            "gid": listing.group_buy_id,
            "chat": listing.chat_id,
            "seller": listing.seller_id,
            "name": listing.seller_name,
            "at": listing.created_at,
            "lang": listing.lang,
        }
        new_id = (await self._run(self.sql.add, values)).scalar()
        if new_id is None:
            return None
        await self._run(self.sql.count_up, {"gid": listing.group_buy_id})
        return replace(listing, id=int(new_id))

    async def get(self, listing_id: int) -> Listing | None:
        row = (await self._run(self.sql.get, {"id": listing_id})).first()
        return None if row is None else _listing(row)

    async def take_over(self, listing: Listing, *, organiser_id: str) -> bool:
        values = {
            "lid": listing.id,
            "organiser": organiser_id,
            "seller": listing.seller_id,
            "name": listing.seller_name,
            "at": listing.created_at,
            "lang": listing.lang,
        }
        return bool((await self._run(self.sql.take_over, values)).rowcount)

    async def in_chat(self, group_buy_id: int, chat_id: str) -> Listing | None:
        row = (await self._run(self.sql.in_chat, {"gid": group_buy_id, "chat": chat_id})).first()
        return None if row is None else _listing(row)

    async def open_of_seller(self, seller_id: str, *, limit: int) -> list[Listing]:
        rows = await self._run(self.sql.open_of_seller, {"seller": seller_id, "n": limit})
        return [_listing(row) for row in rows]

    async def help_sold_by(self, seller_id: str) -> bool:
        return (await self._run(self.sql.help_sold_by, {"seller": seller_id})).first() is not None

    async def listed_in(self, chat_id: str, *, limit: int) -> list[Listing]:
        rows = await self._run(self.sql.listed_in, {"chat": chat_id, "limit": limit})
        return [_listing(row) for row in rows]

    async def of_group_buy(self, group_buy_id: int) -> list[Listing]:
        rows = await self._run(self.sql.of_group_buy, {"gid": group_buy_id})
        return [_listing(row) for row in rows]

    async def lines(
        self, group_buy_id: int, listing_id: int | None, *, limit: int | None
    ) -> list[Participant]:
        statement = self.sql.lines_here if listing_id is None else self.sql.lines_of_listing
        params = {"gid": group_buy_id, "lid": listing_id, "n": EVERY_LINE if limit is None else limit}
        rows = await self._run(statement, params)
        return [mappers.participant_from_row(row) for row in rows]

    async def count_lines(self, group_buy_id: int, listing_id: int | None) -> int:
        statement = self.sql.count_here if listing_id is None else self.sql.count_of_listing
        return int((await self._run(statement, {"gid": group_buy_id, "lid": listing_id})).scalar_one())

    async def count_units(self, group_buy_id: int, listing_id: int | None) -> int:
        statement = self.sql.units_here if listing_id is None else self.sql.units_of_listing
        return int((await self._run(statement, {"gid": group_buy_id, "lid": listing_id})).scalar_one())

    async def count_buyers(self, group_buy_id: int, listing_id: int | None) -> int:
        statement = self.sql.buyers_here if listing_id is None else self.sql.buyers_of_listing
        return int((await self._run(statement, {"gid": group_buy_id, "lid": listing_id})).scalar_one())

    async def set_help_sell_rate(self, group_buy_id: int, rate_bp: int) -> None:
        await self._run(self.sql.set_rate, {"gid": group_buy_id, "rate": rate_bp})

    async def set_pickup(self, listing_id: int, *, pickup: str, pickup_at: datetime | None) -> None:
        await self._run(self.sql.set_pickup, {"lid": listing_id, "pickup": pickup, "at": pickup_at})
