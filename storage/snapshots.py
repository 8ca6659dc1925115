"""What a group-commit batch read of a chat's open group buys, kept for the batch's later members.

Why: every `+1` first reads the chat's open group buys (`open_in_chat`): a round trip on PostgreSQL, a
statement on SQLite, serial on the one connection the batch's members take turns on
(storage.group_commit). Members of one batch share one transaction, so the next member's read would
return the same rows, changed only by what the batch itself wrote. The lane keeps them here, under
`SNAPSHOTS` in its connection's `info`, one `Snapshots` per transaction:

- the join's guarded write patches the row it wrote (`sold`, `line_count`, from what the write
  returned: `patching`);
- any other write that may touch a group buy's tables, a member's rollback (to its savepoint or of the
  transaction) and the transaction's end drop everything kept (`drop`);
- a unit of work outside a lane (alone, in the background) keeps nothing.

Other transactions: on SQLite the batch holds the database's write lock, so nothing else changes a
row. On PostgreSQL a group buy this batch wrote stays locked until its COMMIT; a change another worker
commits to one it only read (a close, the last unit sold) is met by the join's guarded write, whose
WHERE checks the status, the stock and the deadline, and which reads afresh when it refuses; a group
buy opened meanwhile is not offered to this batch's later members (as if they had come a moment
earlier).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

SNAPSHOTS = "tuan_snapshots"  # key in a lane's connection's `info`
# Tables whose writes change what `open_in_chat` returns (a listing adds a chat's row; an option's count
# is read with the group buy): a write to one of them drops everything kept.
GROUP_BUY_TABLES = frozenset({"group_buys", "group_buy_listings", "group_buy_options"})


class Snapshots:
    """One transaction's reads of open group buys, by chat (the named-tuple rows the read returned)."""

    __slots__ = ("_patched", "_rows", "_writing")

    def __init__(self) -> None:
        self._rows: dict[str, list[Any]] = {}
        self._writing = False  # a join's guarded write is running: it patches what it changes itself
        self._patched = False  # and it did

    def get(self, chat_id: str) -> list[Any] | None:
        return self._rows.get(chat_id)

    def keep(self, chat_id: str, rows: list[Any]) -> None:
        if all(hasattr(row, "_replace") for row in rows):  # the direct route's rows only (patchable)
            self._rows[chat_id] = rows

    def drop(self) -> None:
        if not self._writing:
            self._rows.clear()

    def joined(self, group_buy_id: int, *, sold: int, new_line: bool) -> None:
        """The join's write stored `sold` units on the group buy (and one more line if it made one)."""
        self._patched = True
        for chat_id, rows in self._rows.items():  # a listed (帮卖) group buy: in other chats' rows too
            self._rows[chat_id] = [
                row._replace(sold=sold, line_count=row.line_count + new_line)
                if row.id == group_buy_id
                else row
                for row in rows
            ]


def of(conn: AsyncConnection) -> Snapshots | None:
    """The snapshots of the lane transaction `conn` runs in; None outside a lane."""
    sync = conn.sync_connection
    return None if sync is None or conn.invalidated else sync.info.get(SNAPSHOTS)


def drop(info: dict[Any, Any]) -> None:
    """A write that may change a group buy, or a rollback: nothing kept stays (a connection's `info`)."""
    kept: Snapshots | None = info.get(SNAPSHOTS)
    if kept is not None:
        kept.drop()


@contextmanager
def patching(conn: AsyncConnection) -> Iterator[Snapshots | None]:
    """Around a join's guarded write: its own statements drop nothing (the caller patches the row with
    `joined` once it knows what was stored); if the caller does not, everything kept is dropped."""
    kept = of(conn)
    if kept is None:
        yield None
        return
    kept._writing, kept._patched = True, False
    try:
        yield kept
    finally:
        kept._writing = False
        if not kept._patched:
            kept.drop()
