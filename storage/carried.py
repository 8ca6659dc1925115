"""Writes held back to ride with the next statement: what they are, and the statement they make together.

A member's sighting and a reply's outbox rows are written by every join of a new member, and nobody
reads their result. Sent on their own they would cost a trip each (on SQLite the unit of work holds the
only connection for each of them). So storage.direct holds them back on the connection (`PENDING` in
its `info`) and sends them with the transaction's next write, or its commit: on SQLite before that
statement in the same trip to the connection's thread, on PostgreSQL as CTEs of that statement
(`combined`). This module only builds statements and keeps the list; storage.direct sends them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.sql import ClauseElement, Executable, FromClause, TableClause
from sqlalchemy.sql.util import find_tables

PENDING = "tuan_pending"  # key in a pooled connection's `info`: writes held back, not sent yet
MAX_STATEMENTS = 1000  # far more than the shapes a unit of work makes; a full cache starts again


@dataclass(frozen=True)
class Write:
    """One held-back write. `build(dialect, prefix, source)` makes its statement with every bind
    parameter named `prefix + name` (so several combine into one statement), and with a `source` (a
    CTE of zero rows or one) writes its rows only if `source` has one. Equal `key`s build equal
    statements (they are built once per dialect and prefix). `params` are keyed by unprefixed names."""

    key: Hashable
    build: Callable[[str, str, FromClause | None], Executable]
    params: dict[str, Any]
    # Which row it writes, where known: two upserts of one row cannot share a statement (PostgreSQL's
    # CTEs would not see each other), two of different rows can. None: any row of its key (an upsert
    # whose row is unknown); an insert of a row of its own (an outbox row) names a row no other does.
    row: Hashable | None = None


_built: dict[tuple[Hashable, str, str], tuple[Executable, frozenset[str]]] = {}
_combined: dict[tuple[Any, ...], tuple[Executable | None, Executable]] = {}


def built(write: Write, dialect: str, prefix: str = "") -> tuple[Executable, frozenset[str]]:
    """The write's statement and the tables it writes."""
    cache_key = (write.key, dialect, prefix)
    found = _built.get(cache_key)
    if found is None:
        if len(_built) >= MAX_STATEMENTS:
            _built.clear()
        statement = write.build(dialect, prefix, None)
        found = _built[cache_key] = (statement, tables_of(statement))
    return found


def tables_of(statement: Executable) -> frozenset[str]:
    """The names of the tables a Core statement reads or writes (empty for text SQL: unknown)."""
    element = cast(ClauseElement, statement)
    found = find_tables(element, include_crud=True, include_joins=True)
    return frozenset(t.name for t in found if isinstance(t, TableClause))  # a join's tables: found too


class Held:
    """The writes held back on one connection (in its `info`, under `PENDING`), oldest first, and the
    tables they write."""

    __slots__ = ("tables", "writes")

    def __init__(self) -> None:
        self.writes: list[Write] = []
        self.tables: frozenset[str] = frozenset()

    def add(self, write: Write, dialect: str) -> None:
        self.writes.append(write)
        self.tables |= built(write, dialect)[1]

    def holds(self, key: Hashable, row: Hashable | None = None) -> bool:
        """Whether a write of the same row (of `key`; `row` None: of any row of it) is held."""
        return any(
            write.key == key and (row is None or write.row is None or write.row == row)
            for write in self.writes
        )

    def count(self, key: Hashable) -> int:
        return sum(1 for write in self.writes if write.key == key)


def combined(
    dialect: str,
    writes: list[Write],
    final: Executable | None,
    params: dict[str, Any],
    *,
    guarded: bool = False,
) -> tuple[Executable, dict[str, Any]]:
    """One statement (PostgreSQL): the writes as CTEs of `final` (with its `params`), or of the last
    of them when `final` is None. PostgreSQL runs every data-modifying CTE, referenced or not; a
    statement does not see its CTEs' rows, so `final` must not read the writes' tables.

    `guarded`: the writes happen only if `final` returns a row (`final` becomes a CTE they select
    from, and the statement returns its rows): for a last statement run as its own transaction, whose
    caller rolls back when it returns none (an update claimed already), too late for the CTEs.
    """
    prefixes = [f"c{i}_" for i in range(len(writes))]
    keys = tuple(write.key for write in writes)
    cache_key = (dialect, keys, None if final is None else id(final), guarded)
    found = _combined.get(cache_key)
    if found is None:
        if len(_combined) >= MAX_STATEMENTS:
            _combined.clear()
        statement = _combine(dialect, writes, prefixes, final, guarded=guarded)
        found = _combined[cache_key] = (final, statement)  # `final` held: its id cannot be reused
    merged = {
        prefix + name: value
        for write, prefix in zip(writes, prefixes, strict=True)
        for name, value in write.params.items()
    }
    return found[1], {**merged, **params}


def _combine(
    dialect: str, writes: list[Write], prefixes: list[str], final: Executable | None, *, guarded: bool
) -> Executable:
    pairs = zip(writes, prefixes, strict=True)
    if guarded:
        assert final is not None
        guard = final.cte("guard")  # type: ignore[attr-defined]
        parts: list[Any] = [write.build(dialect, prefix, guard) for write, prefix in pairs]
        return select(guard).add_cte(*(part.cte(f"carried{i}") for i, part in enumerate(parts)))
    parts = [built(write, dialect, prefix)[0] for write, prefix in pairs]
    top: Any
    top, ctes = (final, parts) if final is not None else (parts[-1], parts[:-1])
    if not ctes:
        return cast(Executable, top)
    return cast(Executable, top.add_cte(*(cast(Any, part).cte(f"carried{i}") for i, part in enumerate(ctes))))
