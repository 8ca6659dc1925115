"""Hot statements straight to the driver: a join's reads and guarded writes, and the update claim.

SQLAlchemy's per-statement machinery (cache key, execution context, events, result object, two
greenlet switches) costs about 60 µs a statement here: three times SQLite's own work plus the trip to
its thread, and as much as a loopback round trip to PostgreSQL. A `+1` runs three or four statements,
so that machinery was a third of a join. `rows()` runs a Core statement compiled once (per statement
and parameter names) through the very adapter SQLAlchemy would use, with the same SQL, the same bind
and result processing of the column types, in the same transaction (begun through SQLAlchemy, so its
commit and rollback stay in charge). It reads any statement but takes no expanding (IN) parameters.

The price: SQLAlchemy's `before/after_cursor_execute` events do not see these statements (tests that
count statements ask the database instead); a connection lost during one is noticed by SQLAlchemy at
its next statement or at the rollback, not at once; and each driver is reached through the same
private members SQLAlchemy's own adapters use, pinned by the storage tests on both engines.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import Executable

from storage.sqlite_driver import OneHopConnection

WROTE = "tuan_wrote"  # key in a pooled connection's `info`: written since a unit of work took it


class Driver(Protocol):
    # PostgreSQL at READ COMMITTED gives every statement a fresh snapshot anyway, so a read before the
    # unit of work's first write needs no transaction (no BEGIN round trip); SQLite's reads must hold
    # the write lock (BEGIN IMMEDIATE) so that what the domain decides on stays true until the commit.
    reads_alone: bool

    async def fetch(
        self, sql: str, args: tuple[Any, ...], *, in_transaction: bool = True
    ) -> Sequence[Sequence[Any]]: ...

    async def chain(self, steps: list[tuple[str, tuple[Any, ...]]]) -> list[Sequence[Sequence[Any]]]:
        """Run the statements in order up to the first that returns no row (in one trip where the
        driver can); the rows of each one run."""
        ...

    def commit_with_next_statement(self) -> None:
        """Commit in the same trip as the next statement if it returns a row (where the driver can)."""
        ...


class _SQLite:
    reads_alone = False

    def __init__(self, connection: OneHopConnection) -> None:
        self.connection = connection

    async def fetch(
        self, sql: str, args: tuple[Any, ...], *, in_transaction: bool = True
    ) -> Sequence[Sequence[Any]]:
        return (await self.connection.trip(sql, args))[1]

    async def chain(self, steps: list[tuple[str, tuple[Any, ...]]]) -> list[Sequence[Sequence[Any]]]:
        return list(await self.connection.chain(steps))

    def commit_with_next_statement(self) -> None:
        self.connection.commit_with_next_statement()


class _Asyncpg:
    """What SQLAlchemy's asyncpg cursor does for one statement (`_prepare_and_execute`), minus the rest."""

    reads_alone = True

    def __init__(self, adapted: Any, dialect: Any) -> None:
        self.adapted = adapted
        self.dialect = dialect

    async def fetch(
        self, sql: str, args: tuple[Any, ...], *, in_transaction: bool = True
    ) -> Sequence[Sequence[Any]]:
        """`in_transaction=False`: the statement is its own transaction (asyncpg outside one)."""
        adapted = self.adapted
        async with adapted._execute_mutex:
            if in_transaction and adapted._transaction is None:
                await adapted._start_transaction()
            try:
                prepared, _ = await adapted._prepare(sql, self.dialect._invalidate_schema_cache_asof)
                rows: Sequence[Sequence[Any]] = await prepared.fetch(*args)
            except Exception as error:
                adapted._handle_exception(error)
        return rows

    async def chain(self, steps: list[tuple[str, tuple[Any, ...]]]) -> list[Sequence[Sequence[Any]]]:
        done: list[Sequence[Sequence[Any]]] = []
        for sql, args in steps:
            done.append(await self.fetch(sql, args))
            if not done[-1]:
                break
        return done

    def commit_with_next_statement(self) -> None:
        """PostgreSQL cannot: the commit is its own round trip (a last statement with no transaction
        open runs as its own transaction instead: see `rows`)."""


def driver_of(conn: AsyncConnection) -> Driver | None:
    """The direct route for this connection, or None (then use `conn.execute`)."""
    sync = conn.sync_connection
    if sync is None:
        return None
    adapted = sync.connection.dbapi_connection
    if adapted is None:
        return None
    if isinstance(adapted, OneHopConnection):
        return _SQLite(adapted)
    if conn.dialect.driver == "asyncpg" and _is_known_asyncpg_adapter(type(adapted)):
        return _Asyncpg(adapted, conn.dialect)
    return None  # another driver, or a SQLAlchemy whose adapter changed: the ordinary way


@cache
def _is_known_asyncpg_adapter(adapter: type) -> bool:
    """Whether SQLAlchemy's asyncpg adapter has what `_Asyncpg` uses (2.0 and 2.1 do)."""
    needs = ("_execute_mutex", "_transaction", "_start_transaction", "_prepare", "_handle_exception")
    return all(hasattr(adapter, name) for name in needs)


@dataclass(frozen=True)
class _Plan:
    """A statement compiled once: its SQL, how to bind its parameters, how to read its rows."""

    statement: Executable  # held, so its id (the cache key) cannot be reused by another statement
    sql: str
    compiled: Any  # sqlalchemy.sql.compiler.SQLCompiler (its positional order and processors are used)
    order: tuple[str, ...]
    binds: dict[str, Callable[[Any], Any]]
    row: Any  # a namedtuple class
    results: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, processor) of typed columns
    reads: bool


_plans: dict[tuple[int, str, tuple[str, ...]], _Plan] = {}
MAX_PLANS = 1000  # far more than the hot statements; only a statement built per call would fill it


def _plan(statement: Executable, keys: tuple[str, ...], dialect: Any) -> _Plan:
    """Meant for statements built once (storage.repositories.statements): a statement built per call
    works, but is compiled each time."""
    cache_key = (id(statement), dialect.name, keys)
    found = _plans.get(cache_key)
    if found is None:
        if len(_plans) >= MAX_PLANS:
            _plans.clear()
        compiled: Any = statement.compile(dialect=dialect, column_keys=list(keys))  # type: ignore[attr-defined]
        if "POSTCOMPILE" in compiled.string:
            raise NotImplementedError("a direct statement takes no expanding (IN) parameters")
        columns = compiled._result_columns
        found = _Plan(
            statement=statement,
            sql=compiled.string,
            compiled=compiled,
            order=tuple(compiled.positiontup or ()),
            binds=dict(compiled._bind_processors),
            row=namedtuple("Row", [c.keyname for c in columns], rename=True),
            results=tuple(
                (position, read)
                for position, column in enumerate(columns)
                if (read := column.type._cached_result_processor(dialect, None)) is not None
            ),
            reads=compiled.string.lstrip().upper().startswith("SELECT"),
        )
        _plans[cache_key] = found
    return found


async def rows(
    conn: AsyncConnection,
    driver: Driver,
    statement: Executable,
    params: dict[str, Any],
    *,
    last: bool = False,
) -> list[Any]:
    """The rows (named tuples) of `statement` run on `driver`, inside `conn`'s transaction.

    Two shortcuts keep round trips off the hot path. On PostgreSQL a read with no transaction open
    yet runs on its own (`Driver.reads_alone`). With `last` (the unit of work's last statement: its
    commit follows at once) SQLite commits in the same trip, and PostgreSQL, when nothing was written
    before it, runs it as its own transaction: BEGIN and COMMIT are spared either way.
    """
    plan = _plan(statement, tuple(params), conn.dialect)
    alone = not conn.in_transaction() and (
        (plan.reads and driver.reads_alone) or (last and driver.reads_alone)
    )
    if last:
        driver.commit_with_next_statement()
    args = await _prepare(conn, plan, params, alone=alone)
    return [_row(plan, raw) for raw in await driver.fetch(plan.sql, args, in_transaction=not alone)]


async def chain(
    conn: AsyncConnection, driver: Driver, steps: list[tuple[Executable, dict[str, Any]]]
) -> list[list[Any]]:
    """Statements run in order up to the first that returns no row (guarded writes that depend on each
    other), in one trip on SQLite; the rows of each one run."""
    plans = [_plan(statement, tuple(params), conn.dialect) for statement, params in steps]
    prepared = [
        (plan, await _prepare(conn, plan, params)) for plan, (_, params) in zip(plans, steps, strict=True)
    ]
    done = await driver.chain([(plan.sql, args) for plan, args in prepared])
    return [[_row(plan, raw) for raw in fetched] for (plan, _), fetched in zip(prepared, done, strict=False)]


async def _prepare(
    conn: AsyncConnection, plan: _Plan, params: dict[str, Any], *, alone: bool = False
) -> tuple[Any, ...]:
    """The positional arguments; begins SQLAlchemy's transaction (its begin event, commit and rollback
    apply) unless the statement runs on its own."""
    if not alone and not conn.in_transaction():
        await conn.begin()
    values = plan.compiled.construct_params(params)
    binds = plan.binds
    args = tuple(binds[name](values[name]) if name in binds else values[name] for name in plan.order)
    if not plan.reads and conn.sync_connection is not None:
        conn.sync_connection.info[WROTE] = True  # what storage.uow's write tracking would have seen
    return args


def _row(plan: _Plan, raw: Sequence[Any]) -> Any:
    if not plan.results:
        return plan.row._make(raw)
    values = list(raw)
    for position, read in plan.results:
        values[position] = read(values[position])
    return plan.row._make(values)
