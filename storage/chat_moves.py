"""A chat that became another (Telegram: a basic group upgraded to a supergroup gets a new chat id):
everything kept under the old chat id moves to the new one, in the caller's transaction.

Every table with a `chat_id` column (storage.tables) is swept: group buys, their orders, 帮卖 listings,
questions, members seen, the chat's name and settings, notes and their moderation, digests, outbox rows
(those not sent yet then go to the new chat). Where the new chat already has a row of the same key (a
table whose primary key or a unique constraint holds `chat_id`: the chat's `/lang`, a member seen there
since), the new chat's row stays and the old one is dropped. Moving again moves nothing (idempotent).
"""

from __future__ import annotations

from functools import cache

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import ALL_TABLES

COLUMN = "chat_id"


@cache
def _moves() -> tuple[tuple[sa.Table, tuple[tuple[str, ...], ...]], ...]:
    """Each table with a chat id, with the other columns of each key that holds it."""
    found = []
    for table in ALL_TABLES:
        if COLUMN not in table.c:
            continue
        keys = []
        for constraint in table.constraints:
            if isinstance(constraint, sa.PrimaryKeyConstraint | sa.UniqueConstraint):
                names = tuple(column.name for column in constraint.columns)
                if COLUMN in names:
                    keys.append(tuple(name for name in names if name != COLUMN))
        keys.extend(
            tuple(column.name for column in index.columns if column.name != COLUMN)
            for index in table.indexes
            if index.unique and COLUMN in {column.name for column in index.columns}
        )
        found.append((table, tuple(dict.fromkeys(keys))))
    return tuple(found)


async def move_chat(conn: AsyncConnection, old: str, new: str) -> int:
    """Move every row kept under chat `old` to chat `new`; how many rows moved (0: nothing was there)."""
    if old == new:
        return 0
    moved = 0
    for table, keys in _moves():
        column = table.c[COLUMN]
        for key in keys:  # the new chat's row of the same key stays: the old one is dropped
            there = table.alias("there")
            same = sa.and_(there.c[COLUMN] == new, *(there.c[name] == table.c[name] for name in key))
            taken = sa.exists(sa.select(sa.literal(1)).select_from(there).where(same))
            await conn.execute(sa.delete(table).where(column == old, taken))
        result = await conn.execute(sa.update(table).where(column == old).values({COLUMN: new}))
        moved += int(result.rowcount or 0)
    return moved
