"""A chat that became another (Telegram: a basic group upgraded to a supergroup gets a new chat id):
everything kept under the old chat id moves to the new one, in the caller's transaction.

Every table with a `chat_id` column (storage.tables) is swept: group buys, their orders, 帮卖 listings,
questions, members seen, the chat's name and settings, notes and their moderation, digests, outbox rows
(those not sent yet then go to the new chat). Where the new chat already has a row of the same key (a
table whose primary key or a unique constraint holds `chat_id`: the chat's `/lang`, a member seen there
since), the new chat's row stays and the old one is dropped. Moving again moves nothing (idempotent).

Two of the adapters' tables too, in the same transaction: Telegram's forum topics (`telegram_topics`:
the topic each group buy was opened in), and the shared values several workers without Redis keep in the
database (`shared_values`, storage/state_db.py): each key with a `:`-separated part that is the old chat
id moves to the same key with the new id (a live row the new chat has under that key stays), but for
the key that says where the old chat went (`telegram:moved:<old>`), which stays under the old id.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.adapter_tables import shared_values, telegram_topics
from storage.tables import ALL_TABLES

COLUMN = "chat_id"
STAYS = "telegram:moved:"  # + the old chat id: the key that says where it went (bot/telegram/adapter.py)


@cache
def _moves() -> tuple[tuple[sa.Table, tuple[tuple[str, ...], ...]], ...]:
    """Each table with a chat id, with the other columns of each key that holds it."""
    found = []
    for table in (*ALL_TABLES, telegram_topics):
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
    return moved + await _move_values(conn, old, new)


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _now() -> str:
    """As storage/state_db.py stamps `expires_at`."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


async def _move_values(conn: AsyncConnection, old: str, new: str) -> int:
    """The shared values kept under chat `old` (a key part equal to it), kept under `new` instead."""
    table, key = shared_values, shared_values.c.key
    like = _like(old)
    found = await conn.execute(
        sa.select(key, table.c.value, table.c.expires_at)
        .where(sa.or_(key.like(f"%:{like}", escape="\\"), key.like(f"%:{like}:%", escape="\\")))
        .with_for_update()
    )
    rows = [  # SQLite's LIKE ignores case: the parts compared exactly
        row for row in found if old in str(row.key).split(":") and not str(row.key).endswith(STAYS + old)
    ]
    if not rows:
        return 0
    now = _now()
    await conn.execute(sa.delete(table).where(key.in_([row.key for row in rows])))
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    moved = [
        {
            "key": ":".join(new if part == old else part for part in str(row.key).split(":")),
            "value": row.value,
            "expires_at": row.expires_at,
        }
        for row in rows
        if row.expires_at is None or str(row.expires_at) > now  # an expired one is dropped
    ]
    if moved:
        insert = dialect.insert(table).values(moved)
        await conn.execute(
            insert.on_conflict_do_update(  # the new chat's live row stays; an expired one is replaced
                index_elements=[key],
                set_={"value": insert.excluded.value, "expires_at": insert.excluded.expires_at},
                where=sa.and_(table.c.expires_at.is_not(None), table.c.expires_at <= now),
            )
        )
    return len(moved)
