"""The PostgreSQL connection drops mid-transaction: nothing of the update is left, the member is asked
to try again, and the same update delivered again is applied once, with its normal answer.

The drop is real: the backend serving the unit of work is terminated from another connection
(`pg_terminate_backend`, what an operator, a failover or an idle-session killer does) while its
transaction is open and written to, either just before the commit (a `before_commit` hook of the unit
of work factory: on storage's direct route and on SQLAlchemy's stock path) or right after a chosen
write (a cursor event: the stock path, whose statements SQLAlchemy's events see).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest
from sqlalchemy import Connection, event
from sqlalchemy.engine import make_url
from sqlalchemy.util import await_only

from commerce.domain.events import Event
from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from storage.db import make_engine
from storage.uow import SqlUnitOfWork, SqlUnitOfWorkFactory
from tests.fakes import FakeClock

pytestmark = pytest.mark.postgres

ROOM = "room"
TRY_AGAIN = "Sorry, something went wrong on my side. Nothing was changed; please try again."
JOINED = "Bob is in: 2 × Mangoes (#1). Now ¥88 each. 🎉 Target reached: the group buy is on!"
CLOSED = (
    "✅ Mangoes (#1) succeeded at ¥88 each: 2 orders, 3 units. Ask the organiser Amy how to pay, "
    "then send /ipaid with your order number (e.g. /ipaid 1-1); they confirm it. "
    "Each buyer's order was sent in a private message; anyone I cannot message is told in the group."
)
WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|WITH)\b", re.IGNORECASE)
ORDERS_WRITTEN = re.compile(r"^\s*INSERT INTO orders\b", re.IGNORECASE)
# (storage's direct route, when the backend dies): the direct route's statements are invisible to
# SQLAlchemy's cursor events, so there the drop comes just before the commit
WAYS = [
    pytest.param((True, "commit"), id="direct-route-before-commit"),
    pytest.param((False, "commit"), id="stock-path-before-commit"),
    pytest.param((False, "write"), id="stock-path-after-a-write"),
]


class Drop:
    """Once armed, terminates the backend of the unit of work at work, once, from another connection;
    records the backend's state just before (it must be inside a transaction)."""

    def __init__(self, killer: asyncpg.Connection) -> None:
        self.killer = killer
        self.at: re.Pattern[str] | None = None  # after the first statement matching it (stock path)
        self.before_commit = False
        self.states: list[str] = []

    async def terminate(self, pid: int) -> None:
        self.at, self.before_commit = None, False
        self.states.append(
            await self.killer.fetchval("SELECT state FROM pg_stat_activity WHERE pid = $1", pid)
        )
        assert await self.killer.fetchval("SELECT pg_terminate_backend($1, 5000)", pid)

    async def on_commit(self, uow: SqlUnitOfWork, _events: list[Event]) -> None:
        if self.before_commit:
            driver = (await uow.connection.get_raw_connection()).driver_connection
            assert driver is not None
            await self.terminate(driver.get_server_pid())

    def after_statement(self, conn: Connection, _cursor: Any, statement: str, *_: Any) -> None:
        if self.at is not None and self.at.search(statement):
            driver = conn.connection.driver_connection
            assert driver is not None
            await_only(self.terminate(driver.get_server_pid()))

    def arm(self, way: str, at: re.Pattern[str]) -> None:
        self.states.clear()
        if way == "commit":
            self.before_commit = True
        else:
            self.at = at


@pytest.fixture(params=WAYS)
def way(request: pytest.FixtureRequest) -> tuple[bool, str]:
    direct, moment = request.param
    return bool(direct), str(moment)


@pytest.fixture
async def killer(_clean_postgres_database: str) -> AsyncIterator[asyncpg.Connection]:
    url = make_url(_clean_postgres_database)
    conn = await asyncpg.connect(host=url.host, port=url.port, user=url.username, database=url.database)
    try:
        yield conn
    finally:
        await conn.close()


@pytest.fixture
async def drop(killer: asyncpg.Connection) -> Drop:
    return Drop(killer)


@pytest.fixture
async def app(_clean_postgres_database: str, way: tuple[bool, str], drop: Drop) -> AsyncIterator[ChatApp]:
    engine = make_engine(_clean_postgres_database, fast_path=way[0])
    event.listen(engine.sync_engine, "after_cursor_execute", drop.after_statement)
    factory = SqlUnitOfWorkFactory(engine)
    factory.before_commit.append(drop.on_commit)
    try:
        yield ChatApp(uow_factory=factory, clock=FakeClock(), config=AppConfig(outbox_platform="test"))
    finally:
        await factory.dispose()


def _say(user: str, text: str, update_id: str, *, language: str = "zh") -> Request:
    """A member whose own app speaks Chinese, in a chat set to English: the answer must be English."""
    return Request(
        platform="test",
        chat_id=ROOM,
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
        language=language,
    )


async def _english_chat_with_mangoes(app: ChatApp) -> None:
    await app.handle(_say("amy", "/lang en", "1"))
    opened = await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 10 target 2", "2"))
    assert opened[0].text.startswith("Group buy #1 is open: Mangoes at ¥88 each.")


async def _texts_in_outbox(killer: asyncpg.Connection, update_id: str) -> list[str]:
    rows = await killer.fetch(
        "SELECT payload::json #>> '{reply,text}' AS text FROM outbox"
        " WHERE payload::json ->> 'update' = $1 ORDER BY id",
        update_id,
    )
    return [row["text"] or "" for row in rows]


async def _lines(killer: asyncpg.Connection) -> list[tuple[str, str, int]]:
    rows = await killer.fetch("SELECT user_id, friend, quantity FROM participants ORDER BY id")
    return [(row["user_id"], row["friend"], row["quantity"]) for row in rows]


async def _claimed(killer: asyncpg.Connection, update_id: str) -> bool:
    key = f"test:{ROOM}:{update_id}"
    return bool(await killer.fetchval("SELECT count(*) FROM processed_updates WHERE key = $1", key))


async def test_a_join_cut_off_mid_transaction_leaves_nothing_and_joins_once_when_delivered_again(
    app: ChatApp, drop: Drop, killer: asyncpg.Connection, way: tuple[bool, str]
) -> None:
    await _english_chat_with_mangoes(app)
    drop.arm(way[1], WRITE)

    answer = await app.handle(_say("bob", "+2", "3"))

    assert drop.states == ["idle in transaction"]  # killed with the join's transaction open
    assert [reply.text for reply in answer] == [TRY_AGAIN]
    assert await _lines(killer) == []
    assert await killer.fetchval("SELECT sold FROM group_buys WHERE id = 1") == 0
    assert await _texts_in_outbox(killer, "3") == [TRY_AGAIN]  # the answer only, nothing of the join
    assert not await _claimed(killer, "3")

    again = await app.handle(_say("bob", "+2", "3"))
    repeated = await app.handle(_say("bob", "+2", "3"))

    assert again[0].text == JOINED
    assert repeated == again
    assert await _lines(killer) == [("bob", "", 2)]
    assert await killer.fetchval("SELECT sold FROM group_buys WHERE id = 1") == 2
    assert await _texts_in_outbox(killer, "3") == [TRY_AGAIN, JOINED, ""]  # "": the card's refresh


async def test_a_close_cut_off_mid_transaction_leaves_the_group_buy_open_never_half_closed(
    app: ChatApp, drop: Drop, killer: asyncpg.Connection, way: tuple[bool, str]
) -> None:
    await _english_chat_with_mangoes(app)
    await app.handle(_say("bob", "+2", "3"))
    await app.handle(_say("cat", "+1", "4"))
    drop.arm(way[1], ORDERS_WRITTEN)

    answer = await app.handle(_say("amy", "/close", "5"))

    assert drop.states == ["idle in transaction"]
    assert [reply.text for reply in answer] == [TRY_AGAIN]
    assert await killer.fetchval("SELECT status FROM group_buys WHERE id = 1") == "open"
    assert await killer.fetchval("SELECT count(*) FROM orders") == 0
    assert await killer.fetchval("SELECT count(*) FROM order_lines") == 0
    assert await killer.fetchval("SELECT count(*) FROM ledger_postings") == 0
    assert await _texts_in_outbox(killer, "5") == [TRY_AGAIN]
    assert not await _claimed(killer, "5")

    again = await app.handle(_say("amy", "/close", "5"))

    assert [reply.text for reply in again][1] == CLOSED
    orders = await killer.fetch("SELECT buyer_id, status, total FROM orders ORDER BY seq")
    assert [(o["buyer_id"], o["status"], o["total"]) for o in orders] == [
        ("bob", "pending_payment", 17600),
        ("cat", "pending_payment", 8800),
    ]
    assert await killer.fetchval("SELECT status FROM group_buys WHERE id = 1") == "succeeded"
    assert await app.handle(_say("amy", "/close", "5")) == again
