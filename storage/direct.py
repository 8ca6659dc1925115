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
private members SQLAlchemy's own adapters use, pinned by the storage tests on both engines. So the
route is taken only on engines `storage.db.make_engine` marked with the `DIRECT` execution option (the
SQLAlchemy and driver releases it was tested with); on any other connection `driver_of` says None and
the repositories use `execute`. This module imports nothing private at import time.

Writes nobody reads the result of (a member's sighting, outbox rows) are held back (`defer`) and ride
with the transaction's next write or its commit (storage.carried), so a join by a new member, with its
outbox rows, costs no more trips than a join did without them. Whatever else runs on the connection
first (SQLAlchemy's `execute`, a direct statement that may touch their tables) sends them before it:
the listeners `listen` puts on the engine, and `_travelling`, see to that; a rollback drops them.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Connection, String, Table, bindparam, event, exists, func, insert, literal, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.sql import Executable
from sqlalchemy.sql.cache_key import NO_CACHE

from storage import carried, snapshots
from storage.carried import PENDING, Held, Write

if TYPE_CHECKING:
    from storage.sqlite_driver import OneHopConnection

WROTE = "tuan_wrote"  # key in a pooled connection's `info`: written since a unit of work took it
DIRECT = "tuan_direct"  # engine execution option set by storage.db.make_engine where this route is on
# Key in a connection's `info` (storage.group_commit): a callable saying whether the unit of work's last
# statement may end the transaction (`last`); absent: it may.
ENDS = "tuan_ends"
# Key in a connection's `info` (storage.group_commit): a later member's savepoint not sent yet, with
# `send()`, awaited before the member's first statement.
SAVEPOINT_DUE = "tuan_savepoint_due"
# Key in a connection's `info` (storage.group_commit, PostgreSQL): a statement may carry the writes of
# earlier members of the batch. Its value (the member's turn) is told when such a statement failed
# (`carried_failed(error)`: it may no longer be undone alone) and which held writes were sent
# (`sent_out(writes)`: whether any was its own), and keeps the batch's claims (`has_claimed(key)`,
# `claim(key)`; `repeated(conn)`: a repeat drops what it held back). Present: an update's claim
# that does not end the transaction is held back (`rows(hold=...)`) and written with a later
# statement or the COMMIT.
HOLDS_CLAIMS = "tuan_holds_claims"
_MADE = "tuan_direct_driver"  # key in a connection's `info`: (its DBAPI connection, the driver made for it)


class Driver(Protocol):
    # PostgreSQL at READ COMMITTED gives every statement a fresh snapshot anyway, so a read before the
    # unit of work's first write needs no transaction (no BEGIN round trip); SQLite's reads must hold
    # the write lock (BEGIN IMMEDIATE) so that what the domain decides on stays true until the commit.
    reads_alone: bool

    async def fetch(
        self, sql: str, args: tuple[Any, ...], *, in_transaction: bool = True, planned_each_time: bool = False
    ) -> Sequence[Sequence[Any]]:
        """`planned_each_time`: see `rows`."""
        ...

    async def chain(self, steps: list[tuple[str, tuple[Any, ...]]]) -> list[Sequence[Sequence[Any]]]:
        """Run the statements in order up to the first that returns no row (in one trip where the
        driver can); the rows of each one run."""
        ...

    async def many(self, sql: str, args: list[tuple[Any, ...]]) -> None:
        """One statement once per argument tuple, in one trip (an executemany)."""
        ...

    def commit_with_next_statement(self) -> None:
        """Commit in the same trip as the next statement if it returns a row (where the driver can)."""
        ...

    # How held-back writes travel: False, run first in the next trip (`carry`); True, as CTEs of the
    # statement they travel with (PostgreSQL: one statement is one round trip).
    combines: bool

    def carry(self, writes: list[tuple[str, tuple[Any, ...]]]) -> None: ...

    def started(self) -> bool:
        """Whether the driver has a transaction open (something was sent since the last commit)."""
        ...

    def closed(self) -> bool:
        """Whether the connection is gone (the server ended it, or the network did): see `lost`."""
        ...


class _SQLite:
    reads_alone = False
    combines = False

    def __init__(self, connection: OneHopConnection) -> None:
        self.connection = connection

    async def fetch(
        self, sql: str, args: tuple[Any, ...], *, in_transaction: bool = True, planned_each_time: bool = False
    ) -> Sequence[Sequence[Any]]:
        return (await self.connection.trip(sql, args, small=True))[1]

    async def chain(self, steps: list[tuple[str, tuple[Any, ...]]]) -> list[Sequence[Sequence[Any]]]:
        return list(await self.connection.chain(steps))

    async def many(self, sql: str, args: list[tuple[Any, ...]]) -> None:
        await self.connection.trip(sql, args, many=True)  # inline under storage.small.small_statements

    def commit_with_next_statement(self) -> None:
        self.connection.commit_with_next_statement()

    def carry(self, writes: list[tuple[str, tuple[Any, ...]]]) -> None:
        self.connection.carry(writes)

    def started(self) -> bool:
        return True  # not needed: SQLite never runs a statement outside the transaction

    def closed(self) -> bool:
        return False  # a file: no server can end the connection


class _Asyncpg:
    """What SQLAlchemy's asyncpg cursor does for one statement (`_prepare_and_execute`), minus the rest."""

    reads_alone = True
    combines = True

    def __init__(self, adapted: Any, dialect: Any) -> None:
        self.adapted = adapted
        self.dialect = dialect

    async def fetch(
        self, sql: str, args: tuple[Any, ...], *, in_transaction: bool = True, planned_each_time: bool = False
    ) -> Sequence[Sequence[Any]]:
        """`in_transaction=False`: the statement is its own transaction (asyncpg outside one).
        `planned_each_time`: an unnamed statement, which PostgreSQL plans for its parameters each time
        (a trip more), never a named one's cached generic plan."""
        adapted = self.adapted
        async with adapted._execute_mutex:
            if in_transaction and adapted._transaction is None:
                await adapted._start_transaction()
            try:
                if planned_each_time:
                    prepared = await adapted._connection.prepare(sql, name="")
                else:
                    prepared, _ = await adapted._prepare(sql, self.dialect._invalidate_schema_cache_asof)
                rows: Sequence[Sequence[Any]] = await prepared.fetch(*args)
            except Exception as error:
                adapted._handle_exception(error)
        return rows

    async def many(self, sql: str, args: list[tuple[Any, ...]]) -> None:
        adapted = self.adapted
        async with adapted._execute_mutex:
            if adapted._transaction is None:
                await adapted._start_transaction()
            try:
                prepared, _ = await adapted._prepare(sql, self.dialect._invalidate_schema_cache_asof)
                await prepared.executemany(args)
            except Exception as error:
                adapted._handle_exception(error)

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

    def carry(self, writes: list[tuple[str, tuple[Any, ...]]]) -> None:
        raise NotImplementedError("PostgreSQL combines held-back writes into one statement")

    def started(self) -> bool:
        return self.adapted._transaction is not None

    def closed(self) -> bool:
        return bool(self.adapted._connection.is_closed())


def driver_of(conn: AsyncConnection) -> Driver | None:
    """The direct route for this connection, or None (then use `conn.execute`)."""
    sync = conn.sync_connection
    return None if sync is None else _driver(sync)


def lost(conn: AsyncConnection) -> bool:
    """Whether `conn`'s connection died under the direct route (its backend was terminated, the network
    dropped). SQLAlchemy invalidates a connection that fails in its own `execute`; a failure here never
    reaches that handling, and the adapter then forgets its transaction, so the rollback that would
    have noticed does nothing: the unit of work invalidates it (storage.uow), else the pool lends the
    dead connection again and every unit of work that gets it fails."""
    driver = driver_of(conn) if conn.sync_connection is not None and not conn.invalidated else None
    return driver is not None and driver.closed()


def _driver(sync: Connection) -> Driver | None:
    """Made once per DBAPI connection and kept in its `info` (a unit of work asks six times): the same
    object each time, never holding more than the connection it wraps."""
    if not sync.get_execution_options().get(DIRECT):
        return None
    fairy = sync.connection
    adapted = fairy.dbapi_connection
    if adapted is None:
        return None
    info = fairy.info
    known: tuple[Any, Driver | None] | None = info.get(_MADE)
    if known is not None and known[0] is adapted:
        return known[1]
    driver = _new_driver(adapted, sync.dialect)
    info[_MADE] = (adapted, driver)
    return driver


def _new_driver(adapted: Any, dialect: Any) -> Driver | None:
    if dialect.name == "sqlite":
        return _SQLite(adapted) if isinstance(adapted, _one_hop()) else None
    adapter: type = type(adapted)
    if dialect.driver == "asyncpg" and _is_known_asyncpg_adapter(adapter):
        return _Asyncpg(adapted, dialect)
    return None  # another driver, or a SQLAlchemy whose adapter changed: the ordinary way


@cache
def _one_hop() -> type[OneHopConnection]:
    """storage.sqlite_driver's connection class, imported on first use (make_engine loaded it already
    on an engine marked DIRECT); every unit of work asks, seven times."""
    from storage.sqlite_driver import OneHopConnection

    return OneHopConnection


@cache
def _is_known_asyncpg_adapter(adapter: type) -> bool:
    """Whether SQLAlchemy's asyncpg adapter has what `_Asyncpg` uses (2.0 and 2.1 do)."""
    needs = (
        "_connection",
        "_execute_mutex",
        "_transaction",
        "_start_transaction",
        "_prepare",
        "_handle_exception",
    )
    return all(hasattr(adapter, name) for name in needs)


@dataclass(frozen=True)
class _Plan:
    """A statement compiled once: its SQL, how to bind its parameters, how to read its rows."""

    statement: Executable  # held, so its id (the cache key) cannot be reused by another statement
    sql: str
    compiled: Any  # sqlalchemy.sql.compiler.SQLCompiler (its positional order and processors are used)
    binding: tuple[tuple[str, Callable[[Any], Any] | None], ...]  # each bind (once), its processor
    positions: tuple[int, ...] | None  # where each positional argument is in `binding` (None: in order)
    kinds: tuple[Any, ...]  # each bind's type (its cache key): equal kinds convert a value alike
    given: bool  # every bind is a parameter by its own name or a constant: no SQLAlchemy construct_params
    constants: dict[str, Any]  # the binds that are no parameter (`status == "open"`), with their values
    row: Any  # a namedtuple class
    results: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, processor) of typed columns
    reads: bool
    tables: frozenset[str]  # what it reads or writes; empty: unknown


_plans: dict[tuple[int, str, tuple[str, ...], bool], _Plan] = {}
MAX_PLANS = 1000  # far more than the hot statements; only a statement built per call would fill it


def _plan(statement: Executable, keys: tuple[str, ...], dialect: Any, *, many: bool = False) -> _Plan:
    """Meant for statements built once (storage.repositories.statements): a statement built per call
    works, but is compiled each time. `many`: compiled for an executemany (an INSERT then returns no
    generated key)."""
    cache_key = (id(statement), dialect.name, keys, many)
    found = _plans.get(cache_key)
    if found is None:
        if len(_plans) >= MAX_PLANS:
            _plans.clear()
        compiled: Any = statement.compile(  # type: ignore[attr-defined]
            dialect=dialect, column_keys=list(keys), for_executemany=many
        )
        if "POSTCOMPILE" in compiled.string:
            raise NotImplementedError("a direct statement takes no expanding (IN) parameters")
        order = tuple(compiled.positiontup or ())
        names = tuple(dict.fromkeys(order))  # a parameter used twice is converted once
        binding = tuple((name, compiled._bind_processors.get(name)) for name in names)
        constants = _constants(compiled, names, keys)
        columns = compiled._result_columns
        found = _Plan(
            statement=statement,
            sql=compiled.string,
            compiled=compiled,
            binding=binding,
            positions=None if names == order else tuple(names.index(name) for name in order),
            kinds=tuple(_kind(compiled.binds[name].type) for name, _ in binding),
            given=not compiled.escaped_bind_names and constants is not None,
            constants=constants or {},
            row=namedtuple("Row", [c.keyname for c in columns], rename=True),
            results=tuple(
                (position, read)
                for position, column in enumerate(columns)
                if (read := column.type._cached_result_processor(dialect, None)) is not None
            ),
            reads=compiled.string.lstrip().upper().startswith("SELECT"),
            tables=carried.tables_of(statement),
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
    locks: bool = False,
    hold: Write | None = None,
    planned_each_time: bool = False,
) -> list[Any]:
    """The rows (named tuples) of `statement` run on `driver`, inside `conn`'s transaction, with the
    held-back writes that travel with it (`_travelling`). `locks`: a read that takes a lock for the
    transaction (a member's rows under a per-person limit) never runs on its own. `hold`: `statement`
    (a `last` one: an update's claim) as a write that may be held back instead, where a group commit on
    PostgreSQL holds claims (`HOLDS_CLAIMS`) and it does not end the transaction: it is then written
    with a later statement or the COMMIT, a plain INSERT (another claim of the key fails the batch,
    whose members run again alone), and `[True]` is returned (claimed). `planned_each_time`: on
    PostgreSQL the statement is planned for its parameters each time, for a read whose best plan
    depends on them (a list of keys: `= ANY`): a named statement's plan becomes PostgreSQL's cached
    generic one after five runs, chosen on the table's size then (a sequential scan while it was small,
    its cost then growing with the table until the next ANALYZE).

    Two shortcuts keep round trips off the hot path. On PostgreSQL a read with nothing sent in the
    transaction yet runs on its own (`Driver.reads_alone`). With `last` (the unit of work's last
    statement: its commit follows at once) SQLite commits in the same trip, and PostgreSQL, when
    nothing was sent in the transaction before it, runs it as its own transaction: BEGIN and COMMIT
    are spared either way. ("Nothing sent": SQLAlchemy's transaction may be open, begun by `defer`.)
    Held-back writes that ride with a `last` statement are written only if it returns a row (on
    SQLite nothing is committed otherwise; on PostgreSQL they are guarded: storage.carried.combined).
    """
    if last and not _may_end(conn):
        last = False  # other units of work share this transaction (storage.group_commit)
        sync = conn.sync_connection
        holder = None if sync is None else sync.info.get(HOLDS_CLAIMS)
        if hold is not None and driver.combines and holder is not None:
            if holder.has_claimed(hold.row):  # a member of this batch claimed it: a repeat
                holder.repeated(conn)
                return []
            await defer(conn, driver, hold)  # nothing sent: no savepoint needed for it
            holder.claim(hold.row)
            return [True]
    await savepoint_first(conn)
    plan = _plan(statement, tuple(params), conn.sync_engine.dialect)
    riding = await _travelling(conn, driver, [plan])
    combined_writes = bool(riding)
    if riding and driver.combines:
        statement, params = carried.combined(
            conn.sync_engine.dialect.name, riding, statement, params, guarded=last
        )
        plan, riding = _plan(statement, tuple(params), conn.sync_engine.dialect), []
    alone = driver.reads_alone and ((plan.reads and not locks) or last) and not driver.started()
    if last:
        driver.commit_with_next_statement()
    args = await _prepare(conn, plan, params, alone=alone)
    if riding:
        driver.carry(_compiled(conn.sync_engine.dialect, riding))
    try:
        fetched = await driver.fetch(
            plan.sql, args, in_transaction=not alone, planned_each_time=planned_each_time
        )
    except Exception as error:
        if not conn.invalidated:
            _failed(conn.sync_connection)
            if combined_writes:
                _carried_failed(conn.sync_connection, error)
        raise
    return [_row(plan, raw) for raw in fetched]


def _wrote(sync: Connection, writes: list[Write]) -> None:
    """Held-back writes are sent: the transaction has something to undo, unless a group commit's
    member (`HOLDS_CLAIMS`) says they are all earlier members' (`sent_out`)."""
    holder = sync.info.get(HOLDS_CLAIMS)
    if holder is None or holder.sent_out(writes):
        sync.info[WROTE] = True


def _failed(sync: Connection | None) -> None:
    """A statement failed: the transaction has something to undo, a read's failure too (PostgreSQL
    aborts the transaction, so a group commit's member rolls back to its savepoint, or all run again)."""
    if sync is not None:
        sync.info[WROTE] = True


def _carried_failed(sync: Connection | None, error: Exception) -> None:
    """A statement that carried held-back writes failed: a group commit's member is told
    (`HOLDS_CLAIMS`: the writes may be earlier members')."""
    holder = None if sync is None else sync.info.get(HOLDS_CLAIMS)
    if holder is not None:
        holder.carried_failed(error)


async def savepoint_first(conn: AsyncConnection) -> None:
    """Send a group commit's later member's savepoint, if still due, before its statement."""
    sync = conn.sync_connection
    due = None if sync is None else sync.info.pop(SAVEPOINT_DUE, None)
    if due is not None:
        await due.send()


def _may_end(conn: AsyncConnection) -> bool:
    sync = conn.sync_connection
    ends = None if sync is None else sync.info.get(ENDS)
    return ends is None or bool(ends())


async def chain(
    conn: AsyncConnection, driver: Driver, steps: list[tuple[Executable, dict[str, Any]]]
) -> list[list[Any]]:
    """Statements run in order up to the first that returns no row (guarded writes that depend on each
    other), in one trip on SQLite (with the held-back writes that travel with them); the rows of each
    one run."""
    await savepoint_first(conn)
    plans = [_plan(statement, tuple(params), conn.sync_engine.dialect) for statement, params in steps]
    riding = await _travelling(conn, driver, plans, combine=False)
    prepared = [
        (plan, await _prepare(conn, plan, params)) for plan, (_, params) in zip(plans, steps, strict=True)
    ]
    if riding:
        driver.carry(_compiled(conn.sync_engine.dialect, riding))
    try:
        done = await driver.chain([(plan.sql, args) for plan, args in prepared])
    except Exception:
        if not conn.invalidated:
            _failed(conn.sync_connection)
        raise
    return [[_row(plan, raw) for raw in fetched] for (plan, _), fetched in zip(prepared, done, strict=False)]


async def many(
    conn: AsyncConnection, driver: Driver, statement: Executable, rows: Sequence[dict[str, Any]]
) -> None:
    """`statement` (a write returning nothing) once for each of `rows`, all with the same keys, in
    `conn`'s transaction and in one trip: a join batch's lines, sightings and answers (handlers.rush),
    without SQLAlchemy's work for each row (its parameters built and processed one by one, about as
    much as the database's own work here). A value shared by rows (their timestamp) is converted once."""
    if not rows:
        return
    await savepoint_first(conn)
    plan = _plan(statement, tuple(rows[0]), conn.sync_engine.dialect, many=True)
    riding = await _travelling(conn, driver, [plan], combine=False)
    await _prepare(conn, plan, rows[0])
    seen: dict[Any, Any] = {}
    args = [_args(plan, row, seen) for row in rows]
    if riding:
        driver.carry(_compiled(conn.sync_engine.dialect, riding))
    try:
        await driver.many(plan.sql, args)
    except Exception:
        if not conn.invalidated:
            _failed(conn.sync_connection)
        raise


async def inserted(
    conn: AsyncConnection, driver: Driver, table: Table, records: Sequence[dict[str, Any]]
) -> None:
    """`records` (all with the same keys, columns of `table`) inserted in their order: on PostgreSQL one
    statement reading an array per column (`INSERT ... SELECT ... FROM unnest`), which costs it a third
    less than running the INSERT once per row, held back (`defer`) to travel with the transaction's
    next statement or its COMMIT (a join batch's lines, outbox rows and claims: one trip with its
    guarded UPDATE); on SQLite an executemany (`many`), at once."""
    if not records:
        return
    if not driver.combines:
        await many(conn, driver, _plain_insert(table), records)
        return
    keys = tuple(records[0])
    arrays = {key: [record[key] for record in records] for key in keys}
    await defer(conn, driver, Write((_UNNESTED, table.name, keys), _unnested_write(table, keys), arrays))


def unnested(types: dict[str, Any], prefix: str = "") -> Any:
    """`unnest(:name, ...) WITH ORDINALITY AS listed(name, ..., position)`: a row per element of the
    parameters `prefix + name`, each a PostgreSQL array of its type (`types`: name -> a column's
    type; a string of a given length unsized, since casting to `VARCHAR(n)[]` would cut a longer value
    silently where the column's own type refuses it). Select from it ordered by `position`, so rows
    are inserted, and given their ids, in the order given."""
    arrays = [
        bindparam(
            prefix + name, type_=postgresql.ARRAY(String() if getattr(type_, "length", None) else type_)
        )
        for name, type_ in types.items()
    ]
    return func.unnest(*arrays).table_valued(*types, with_ordinality="position").render_derived("listed")


@cache
def _plain_insert(table: Table) -> Executable:
    return insert(table)


@cache
def _unnested_write(table: Table, keys: tuple[str, ...]) -> Callable[[str, str, Any], Executable]:
    """How a held `inserted` is built (storage.carried.Write): `INSERT INTO table (keys) SELECT ... FROM
    unnest(:key, ...) WITH ORDINALITY ORDER BY it`, each parameter (named after `prefix`) an array of
    the column's type, the rows inserted in the arrays' order (their ids too); with a `source`, only if
    it has a row."""

    def build(_dialect: str, prefix: str, source: Any) -> Executable:
        listed = unnested({key: table.c[key].type for key in keys}, prefix)
        chosen = select(*(listed.c[key] for key in keys)).order_by(listed.c.position)
        return insert(table).from_select(list(keys), only_if(chosen, source))

    return build


def only_if(chosen: Any, source: Any) -> Any:
    """The rows `chosen`, or none when `source` (a held write's guard: storage.carried) has no row."""
    return chosen if source is None else chosen.where(exists(select(literal(1)).select_from(source)))


async def _prepare(
    conn: AsyncConnection, plan: _Plan, params: dict[str, Any], *, alone: bool = False
) -> tuple[Any, ...]:
    """The positional arguments; begins SQLAlchemy's transaction (its begin event, commit and rollback
    apply) unless the statement runs on its own."""
    if not alone and not conn.in_transaction():
        _ = await conn.begin()
    if not plan.reads and conn.sync_connection is not None:
        conn.sync_connection.info[WROTE] = True  # what storage.uow's write tracking would have seen
        if not plan.tables or plan.tables & snapshots.GROUP_BUY_TABLES:
            snapshots.drop(conn.sync_connection.info)  # a batch's reads of group buys are stale now
    return _args(plan, params)


def _constants(compiled: Any, names: tuple[str, ...], keys: tuple[str, ...]) -> dict[str, Any] | None:
    """The values of the binds that are no parameter (a literal compared with, `status == "open"`), as
    SQLAlchemy's `construct_params` would take them (a statement's hot binds were found by it at each
    call, ~4 µs); None when a bind is neither a parameter by its own name nor a plain value."""
    constants: dict[str, Any] = {}
    for name in names:
        bind = compiled.binds[name]
        if name in keys and bind.key == name:
            continue
        if name in keys or bind.key in keys or bind.required or bind.callable is not None:
            return None
        constants[name] = bind.value
    return constants


def _kind(type_: Any) -> Any:
    """What makes two binds convert a value alike: their type's cache key (equal keys, equal types)."""
    key = getattr(type_, "_static_cache_key", None)
    return type_ if key is None or key is NO_CACHE else key


def _args(plan: _Plan, params: dict[str, Any], seen: dict[Any, Any] | None = None) -> tuple[Any, ...]:
    """The positional arguments. With `seen` (for statements sent together, whose parameters are all
    alive meanwhile) a value converted by a bind of the same type is not converted again: a sighting
    and its outbox rows share one timestamp, which SQLite's converters would format six times."""
    if not plan.given:
        values = plan.compiled.construct_params(params)
    else:
        values = {**plan.constants, **params} if plan.constants else params
    if seen is None:
        args = tuple([values[name] if read is None else read(values[name]) for name, read in plan.binding])
    else:
        converted = []
        for (name, read), kind in zip(plan.binding, plan.kinds, strict=True):
            value = values[name]
            if read is not None:
                key = (kind, id(value))
                if key not in seen:
                    seen[key] = read(value)
                value = seen[key]
            converted.append(value)
        args = tuple(converted)
    return args if plan.positions is None else tuple([args[i] for i in plan.positions])


# -- held-back writes (storage.carried) ----------------------------------------------------------------
# PostgreSQL: at most this many held-back writes travel in one statement (as its CTEs). Compiling a
# statement and planning it grow with the square of its CTEs (a unit of work recording 1,200 members
# took minutes to commit); a flash sale's batch holds fewer (`group_commit.CLAIMS_HELD` claims, each
# with its answer's outbox rows and its sender's sighting), so it still sends none of its own.
MOST_HELD = 64
_UNNESTED = "unnested"  # the first part of the key of a held `inserted` write (many rows at once)


async def defer(conn: AsyncConnection, driver: Driver, *writes: Write) -> None:
    """Hold `writes` back until the transaction's next write or its commit, to travel with it.

    They belong to the transaction (begun here, which costs no trip) like any write: a rollback drops
    them, and whatever may read their tables runs after them.
    """
    if not conn.in_transaction():
        _ = await conn.begin()
    sync = conn.sync_connection
    assert sync is not None
    dialect = sync.dialect.name
    held: Held | None = sync.info.get(PENDING)
    for write in writes:
        full = held is not None and len(held.writes) >= MOST_HELD  # one statement of bounded size
        if (
            held is not None
            and driver.combines
            and (full or held.holds(write.key, write.row) or _reorders(held, write, dialect))
        ):
            # PostgreSQL: two upserts of one row in one statement would not see each other
            await savepoint_first(conn)
            await _flush(sync, driver)
            held = None
        if held is None:
            held = sync.info[PENDING] = Held()
        held.add(write, dialect)
        written = carried.built(write, dialect)[1]
        if not written or written & snapshots.GROUP_BUY_TABLES:
            snapshots.drop(sync.info)  # a read that may see it sends it first, and reads afresh


def _reorders(held: Held, write: Write, dialect: str) -> bool:
    """Whether `write` and a held write insert into one table where one of them is many rows at once
    (`inserted`): PostgreSQL runs one statement's CTEs in no order it promises, so the rows (an outbox's
    messages, a card's lines) could get their ids out of the order they were written in."""
    tables = carried.built(write, dialect)[1]
    if not tables & held.tables:
        return False
    if _many_rows(write):
        return True
    return any(_many_rows(other) and tables & carried.built(other, dialect)[1] for other in held.writes)


def _many_rows(write: Write) -> bool:
    return isinstance(write.key, tuple) and bool(write.key) and write.key[0] == _UNNESTED


async def flush(conn: AsyncConnection) -> None:
    """Send the held-back writes now, into the open transaction (a unit of work that hands its
    transaction on to another: storage.group_commit)."""
    sync = conn.sync_connection
    if sync is None or PENDING not in sync.info:
        return
    driver = _driver(sync)
    if driver is None:
        raise RuntimeError("held-back writes on a connection without the direct route")
    await _flush(sync, driver)


def discard(conn: AsyncConnection) -> None:
    """Drop the held-back writes (the unit of work rolls back without a rollback trip: nothing was sent)."""
    if conn.sync_connection is not None and not conn.invalidated:
        conn.sync_connection.info.pop(PENDING, None)


async def _travelling(
    conn: AsyncConnection, driver: Driver, plans: list[_Plan], *, combine: bool = True
) -> list[Write]:
    """The held-back writes that travel with these statements (and are no longer held back).

    None when the statements only read other tables: they run first, the writes wait for a write. All
    of them when the statements touch other tables, some writing: SQLite runs the writes first in the
    same trip, PostgreSQL makes them CTEs of the statement (`combine`). When the statements may touch
    the writes' tables the writes go first: on SQLite in the same trip too, on PostgreSQL as their own
    statement (a statement does not see what its own CTEs write).
    """
    sync = conn.sync_connection
    if sync is None:
        return []
    info = sync.info
    held: Held | None = info.get(PENDING)
    if held is None:
        return []
    apart = all(plan.tables and not plan.tables & held.tables for plan in plans)
    if apart and all(plan.reads for plan in plans):
        return []
    if driver.combines and not (apart and combine):
        await _flush(sync, driver)
        return []
    del info[PENDING]
    _wrote(sync, held.writes)
    return held.writes


def _compiled(dialect: Any, writes: list[Write]) -> list[tuple[str, tuple[Any, ...]]]:
    """Each write's SQL and positional arguments, to run as they are (SQLite)."""
    out = []
    seen: dict[Any, Any] = {}
    for write in writes:
        statement, _ = carried.built(write, dialect.name)
        plan = _plan(statement, tuple(write.params), dialect)
        out.append((plan.sql, _args(plan, write.params, seen)))
    return out


async def _flush(sync: Connection, driver: Driver, *, committing: bool = False) -> None:
    """Send the held-back writes now: on SQLite handed to the connection for its next trip (a
    statement's or the COMMIT's), on PostgreSQL as one statement (its own transaction when it is all
    the transaction writes and the commit follows)."""
    held: Held | None = sync.info.pop(PENDING, None)
    if held is None:
        return
    _wrote(sync, held.writes)
    if not driver.combines:
        driver.carry(_compiled(sync.dialect, held.writes))
        return
    statement, params = carried.combined(sync.dialect.name, held.writes, None, {})
    plan = _plan(statement, tuple(params), sync.dialect)
    try:
        await driver.fetch(plan.sql, _args(plan, params), in_transaction=not committing or driver.started())
    except Exception as error:
        _failed(sync)
        _carried_failed(sync, error)
        raise


def listen(engine: AsyncEngine) -> None:
    """On an engine with this route (storage.db.make_engine): held-back writes are sent before any
    statement SQLAlchemy runs on the connection (it may read them) and at the commit, and dropped
    at a rollback."""
    target = engine.sync_engine
    if not event.contains(target, "before_cursor_execute", _before_statement):
        event.listen(target, "before_cursor_execute", _before_statement)
        event.listen(target, "commit", _before_commit)
        event.listen(target, "rollback", _on_rollback)
        event.listen(target, "handle_error", _on_error)


def _on_error(context: ExceptionContext) -> None:
    """A statement SQLAlchemy ran failed: as a direct one's (`_failed`)."""
    sync = context.connection
    if sync is not None and not sync.invalidated and not context.is_disconnect:
        _failed(sync)


def _before_statement(sync: Connection, _cursor: Any, statement: str, *_: Any) -> None:
    head = statement.lstrip()[:9].upper()
    if not head.startswith(_KEEP_SNAPSHOTS):  # a write SQLAlchemy runs, or a rollback to a savepoint
        snapshots.drop(sync.info)
    due = sync.info.pop(SAVEPOINT_DUE, None)
    if due is not None:  # a group commit's later member: its savepoint first
        from sqlalchemy.util.concurrency import await_

        await_(due.send())
    if PENDING in sync.info and not head.startswith("BEGIN"):
        _send_now(sync, committing=False)


# Statements SQLAlchemy runs that change no group buy: a batch's reads of them (storage.snapshots) stay.
_KEEP_SNAPSHOTS = ("SELECT", "BEGIN", "SAVEPOINT", "RELEASE")


def _before_commit(sync: Connection) -> None:
    if PENDING in sync.info:
        _send_now(sync, committing=True)


def _on_rollback(sync: Connection) -> None:
    if sync.invalidated:  # the connection died: what it held back went with it, and its `info` cannot
        return  # be read until the transaction is rolled back (PendingRollbackError, from a close)
    sync.info.pop(PENDING, None)
    snapshots.drop(sync.info)


def _send_now(sync: Connection, *, committing: bool) -> None:
    """From SQLAlchemy's (synchronous) events, which run in its greenlet: await the flush there."""
    from sqlalchemy.util.concurrency import await_  # the same bridge SQLAlchemy's async adapters use

    driver = _driver(sync)
    if driver is None:  # cannot happen on an engine `listen` was given: the writes were never held
        raise RuntimeError("held-back writes on a connection without the direct route")
    await_(_flush(sync, driver, committing=committing))


def _row(plan: _Plan, raw: Sequence[Any]) -> Any:
    if not plan.results:
        return plan.row._make(raw)
    values = list(raw)
    for position, read in plan.results:
        values[position] = read(values[position])
    return plan.row._make(values)
