"""The join path stays lean: how many statements one `+1` sends to the database, and in how many trips
(no timing involved)."""

from __future__ import annotations

import re
from typing import Any

import aiosqlite
import asyncpg
import pytest
from asyncpg.prepared_stmt import PreparedStatement

from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from storage.direct import DIRECT
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import join, open_buy

SOLD_OUT = (  # a sold-out +1 is told how to wait (候补)
    "Sorry, Mangoes is sold out. To wait for it, send /waitlist 1: "
    "whatever comes free goes to the first in line whose quantity fits."
)

GROUP_BUY = "SELECT chat_group_buys.id, chat_group_buys.chat_id,"  # its own and those it lists (帮卖)
LINE = "SELECT participants.id, participants.group_buy_id,"
WAITING = "SELECT waiting_list.option, count(*)"  # a join of the last few units: does anyone wait (候补)?


async def _record(factory: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What reaches the database from now on, each statement by its first three words (a `WITH` by
    the tables it writes), as the driver sends it, however storage sent it: SQLite's trace callback; on
    PostgreSQL asyncpg's prepared statements (every statement) and its BEGIN and COMMIT. On PostgreSQL
    each is a round trip."""
    seen: list[str] = []

    def note(sql: str) -> None:
        words = sql.rstrip(";").split()[:3]
        if words[0] == "WITH":
            seen.append("WITH " + ", ".join(re.findall(r"(?:INSERT INTO|(?<!DO )UPDATE) (\w+)", sql)))
        else:
            seen.append("BEGIN" if words[0] == "BEGIN" else " ".join(words))

    engine = factory.engine
    if engine.dialect.name == "sqlite":  # one pooled connection: the one every unit of work uses
        async with engine.connect() as conn:
            raw = await conn.get_raw_connection()
            raw.driver_connection._conn.set_trace_callback(note)  # type: ignore[union-attr]
        return seen

    fetch = PreparedStatement.fetch

    async def noted_fetch(statement: PreparedStatement, *args: Any, **kwargs: Any) -> Any:
        note(statement.get_query())
        return await fetch(statement, *args, **kwargs)

    monkeypatch.setattr(PreparedStatement, "fetch", noted_fetch)
    execute = asyncpg.Connection.execute

    async def noted_execute(conn: asyncpg.Connection, query: str, *args: Any, **kwargs: Any) -> Any:
        note(query)  # BEGIN, COMMIT and ROLLBACK (asyncpg's transactions)
        return await execute(conn, query, *args, **kwargs)

    monkeypatch.setattr(asyncpg.Connection, "execute", noted_execute)
    executemany = asyncpg.Connection.executemany

    async def noted_executemany(conn: asyncpg.Connection, query: str, *args: Any, **kwargs: Any) -> Any:
        note(query)  # SQLAlchemy's stock path: several rows, one round trip
        return await executemany(conn, query, *args, **kwargs)

    monkeypatch.setattr(asyncpg.Connection, "executemany", noted_executemany)
    return seen


def _count_sqlite_trips(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Trips to aiosqlite's thread from now on (one per call it runs there), in a one-item list."""
    trips = [0]
    run = aiosqlite.Connection._execute

    async def counted(conn: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        trips[0] += 1
        return await run(conn, fn, *args, **kwargs)

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
    return trips


async def test_a_join_under_a_per_person_limit_is_two_reads_the_guarded_writes_and_one_commit(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await open_buy(uow_factory, clock, limit=5)
    await join(uow_factory, clock, "u0")
    seen = await _record(uow_factory, monkeypatch)

    await join(uow_factory, clock, "u1")  # a new line
    await join(uow_factory, clock, "u1")  # the same line again

    # the same statements and trips as without a limit's lock; on PostgreSQL the member's read takes
    # her lock for the transaction (her joins take turns: the limit holds for joins at the same
    # instant), so BEGIN goes before it rather than after it
    if _reads_alone(uow_factory):
        assert seen == [GROUP_BUY, "BEGIN", LINE, *_writes(uow_factory), "COMMIT"] * 2
    else:
        assert seen == _transaction(uow_factory, [GROUP_BUY, LINE], _writes(uow_factory)) * 2


async def test_without_a_limit_a_join_does_not_read_the_members_line(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await open_buy(uow_factory, clock)
    seen = await _record(uow_factory, monkeypatch)

    first = await join(uow_factory, clock, "u1")
    again = await join(uow_factory, clock, "u1", 2)

    assert seen == _transaction(uow_factory, [GROUP_BUY], _writes(uow_factory)) * 2
    assert (first.line.quantity, again.line.quantity) == (1, 3)  # the stored totals, not the deltas
    assert again.line.joined_at == first.line.joined_at


async def test_a_plus_one_through_the_app_claims_its_update_with_the_answer_in_one_write(
    uow_factory: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 2", "1"))
    await app.handle(_say("bob", "+1", "2"))  # the chat's language is remembered from here on
    for number, member in enumerate(("cat", "dan"), start=5):  # members already seen in this chat
        await app.handle(_say(member, "/help", str(number)))
    seen = await _record(uow_factory, monkeypatch)

    joined = await app.handle(_say("cat", "+1", "3"))
    refused = await app.handle(_say("dan", "+1", "4"))  # sold out: refused, answer saved, no rollback

    assert "Cat is in" in joined[0].text and refused[0].text == f"Dan: {SOLD_OUT}"
    claim = "INSERT INTO processed_updates"
    refusal = ["BEGIN", GROUP_BUY, claim, "COMMIT"]  # SQLite: the COMMIT travels with the claim
    if _reads_alone(uow_factory):
        refusal = [GROUP_BUY, claim]  # a read, then the claim as its own transaction
    # Cat takes the last unit: whether anyone waits is read first (units freed then are the queue's),
    # and, as it sells the group buy out, the notes about it (their cards say so: s37-wait, rep81 #9)
    notes = "SELECT notes.id FROM"
    join = _transaction(uow_factory, [GROUP_BUY, WAITING], [*_writes(uow_factory), notes, claim])
    if _reads_alone(uow_factory):  # both reads before the transaction, each alone (storage.direct)
        join = [GROUP_BUY, WAITING, "BEGIN", *_writes(uow_factory), notes, claim, "COMMIT"]
    assert seen == [*join, *refusal]


@pytest.mark.parametrize("outbox", [False, True], ids=["replies-returned", "outbox"])
async def test_a_members_first_plus_one_in_a_chat_costs_no_trip_more(
    uow_factory: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch, outbox: bool
) -> None:
    """A member's first `+1` in a chat also records them, and with the outbox on (as every bot process
    runs) writes the answer and the card as outbox rows, all in the join's transaction. On the fast
    path those writes are held back and ride with the join's own statements (storage.direct.defer):
    SQLite makes 2 trips to its thread (BEGIN and the read; the outbox rows, the claim and the COMMIT;
    the sighting and the guarded writes in between run on the event loop's thread, inside the
    transaction that holds the write lock: storage.sqlite_driver `_inline`), PostgreSQL 5 round trips
    (the read; BEGIN; the sighting and the guarded writes in one statement; the claim and the outbox
    rows, written only if it claimed, in one; COMMIT), as a known member's `+1` without the outbox does.
    The stock path sends the sighting first, each statement on its own."""
    config = AppConfig(outbox_platform="test" if outbox else None)
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=config)
    await app.handle(
        _say("amy", "/groupbuy Mangoes price 88 stock 20", "1")
    )  # plenty left: no waiting list read
    await app.handle(_say("bob", "+1", "2"))  # a new member too: the same statements, the language known
    queued = await _pending(uow_factory)
    seen = await _record(uow_factory, monkeypatch)
    trips = _count_sqlite_trips(monkeypatch)

    joined = await app.handle(_say("cat", "+1", "3"))

    assert "Cat is in" in joined[0].text
    sighting = ["INSERT INTO chat_members", "INSERT INTO members"]
    claim = "INSERT INTO processed_updates"
    rows = ["INSERT INTO outbox"] if outbox else []
    fast = bool(uow_factory.engine.sync_engine.get_execution_options().get(DIRECT, False))
    if not fast:  # SQLite's trace shows each row of an executemany
        rows *= 2 if uow_factory.engine.dialect.name == "sqlite" else 1
        assert seen == ["BEGIN", *sighting, GROUP_BUY, *_writes(uow_factory), *rows, claim, "COMMIT"]
    elif uow_factory.engine.dialect.name == "sqlite":
        assert seen == ["BEGIN", GROUP_BUY, *sighting, *_writes(uow_factory), *rows, claim, "COMMIT"]
        assert trips == [2]  # 3 before the guarded writes ran on the event loop's thread
    else:  # each a round trip
        last = "WITH processed_updates, outbox" if outbox else claim
        assert seen == [
            GROUP_BUY,
            "BEGIN",
            "WITH chat_members, members, participants, group_buys",
            last,
            "COMMIT",
        ]
    # all of it committed: Cat is found by name in the chat, the outbox holds the answer and the card
    async with uow_factory() as uow:
        assert [m.user_id for m in await uow.members.find_in_chat("room", "Cat")] == ["cat"]
    assert await _pending(uow_factory) == queued + (2 if outbox else 0)


@pytest.mark.parametrize("outbox", [False, True], ids=["replies-returned", "outbox"])
async def test_a_new_members_refused_plus_one_writes_only_its_answer(
    uow_factory: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch, outbox: bool
) -> None:
    """Sold out: the sighting held back is dropped with the refusal (no rollback trip: it was never
    sent), and the answer (with the outbox on, its row too) is saved in the same unit of work."""
    config = AppConfig(outbox_platform="test" if outbox else None)
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=config)
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 2", "1"))
    await app.handle(_say("bob", "+1", "2"))
    await app.handle(_say("eve", "+1", "5"))  # two lines: none can hold all there is (one line is read)
    await app.handle(_say("cat", "+1", "3"))  # refused too: every statement of a refusal prepared
    queued = await _pending(uow_factory)
    seen = await _record(uow_factory, monkeypatch)
    trips = _count_sqlite_trips(monkeypatch)

    refused = await app.handle(_say("dan", "+1", "4"))

    assert refused[0].text == f"Dan: {SOLD_OUT}"
    claim = "INSERT INTO processed_updates"
    rows = ["INSERT INTO outbox"] if outbox else []
    fast = bool(uow_factory.engine.sync_engine.get_execution_options().get(DIRECT, False))
    if not fast:  # the sighting was sent, so the refusal rolls it back for real
        sighting = ["INSERT INTO chat_members", "INSERT INTO members"]
        answer = ["BEGIN", *rows, claim, "COMMIT"]
        assert seen == ["BEGIN", *sighting, GROUP_BUY, "ROLLBACK", *answer]
    elif uow_factory.engine.dialect.name == "sqlite":
        assert seen == ["BEGIN", GROUP_BUY, *rows, claim, "COMMIT"]
        assert trips == [2]
    else:  # a read, then the claim (with the outbox rows if it claimed) as its own transaction
        assert seen == [GROUP_BUY, "WITH processed_updates, outbox" if outbox else claim]
    async with uow_factory() as uow:
        assert await uow.members.find_in_chat("room", "Dan") == []  # recorded by their next command
    assert await _pending(uow_factory) == queued + (1 if outbox else 0)


@pytest.mark.parametrize("whose", ["own", "friend's"])
async def test_a_refusal_where_the_one_line_is_hers_reads_it_in_one_statement(
    uow_factory: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch, whose: str
) -> None:
    """Sold out, the group buy's one line Li's own or her friend Zhao's (代报): her lines are read in one
    statement, as the join's own reads are (no transaction of its own), and the refusal says whose it
    all is (s36 #3), never offering a wait."""
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 2", "1"))
    await app.handle(_say("li", "+2" if whose == "own" else "+2 for Zhao", "2"))
    await app.handle(_say("li", "+1", "3"))  # refused once: every statement of it prepared
    seen = await _record(uow_factory, monkeypatch)

    refused = await app.handle(_say("li", "+1", "4"))

    said = "all there is is already yours" if whose == "own" else "on the line you signed up for Zhao"
    assert said in refused[0].text and "/waitlist" not in refused[0].text, refused[0].text
    assert seen.count(LINE) == 1, seen
    claim = "INSERT INTO processed_updates"
    fast = bool(uow_factory.engine.sync_engine.get_execution_options().get(DIRECT, False))
    if fast and uow_factory.engine.dialect.name == "sqlite":
        assert seen == ["BEGIN", GROUP_BUY, LINE, claim, "COMMIT"]
    elif fast:  # the reads alone, then the claim as its own transaction
        assert seen == [GROUP_BUY, LINE, claim]


async def _pending(factory: SqlUnitOfWorkFactory) -> int:
    async with factory() as uow:
        return await uow.outbox.pending()


def _say(user: str, text: str, update_id: str) -> Request:
    return Request(
        platform="test",
        chat_id="room",
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
        language="en",
    )


def _transaction(factory: SqlUnitOfWorkFactory, reads: list[str], writes: list[str]) -> list[str]:
    """SQLite takes the write lock before the reads (BEGIN IMMEDIATE goes with the first of them);
    PostgreSQL reads before its transaction (at READ COMMITTED each statement sees the latest anyway)."""
    if _reads_alone(factory):
        return [*reads, "BEGIN", *writes, "COMMIT"]
    return ["BEGIN", *reads, *writes, "COMMIT"]


def _reads_alone(factory: SqlUnitOfWorkFactory) -> bool:
    """PostgreSQL through storage.direct reads outside a transaction; SQLAlchemy's stock path (the
    "postgres-stock" engine path) begins one first."""
    direct = factory.engine.sync_engine.get_execution_options().get(DIRECT, False)
    return factory.engine.dialect.name == "postgresql" and bool(direct)


def _writes(factory: SqlUnitOfWorkFactory) -> list[str]:
    if factory.engine.dialect.name == "postgresql":  # both guarded writes in one statement
        return ["WITH participants, group_buys"]
    return ["INSERT INTO participants", "UPDATE group_buys SET"]  # SQLite: one trip to its thread
