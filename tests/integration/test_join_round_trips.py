"""The join path stays lean: how many statements one `+1` sends to the database (no timing involved)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import join, open_buy


def _record(factory: SqlUnitOfWorkFactory) -> list[str]:
    seen: list[str] = []
    engine = factory.engine.sync_engine

    @event.listens_for(engine, "before_cursor_execute")
    def statement(conn: Any, cursor: Any, sql: str, *args: Any) -> None:
        if not sql.startswith("BEGIN"):  # SQLite's BEGIN IMMEDIATE is counted by the begin event
            seen.append(" ".join(sql.split()[:3]))

    @event.listens_for(engine, "begin")
    def begin(conn: Any) -> None:
        seen.append("BEGIN")

    @event.listens_for(engine, "commit")
    def commit(conn: Any) -> None:
        seen.append("COMMIT")

    return seen


async def test_a_join_is_two_reads_the_guarded_writes_and_one_commit(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await open_buy(uow_factory, clock, limit=5)
    await join(uow_factory, clock, "u0")
    seen = _record(uow_factory)

    await join(uow_factory, clock, "u1")  # a new line
    await join(uow_factory, clock, "u1")  # the same line again

    if uow_factory.engine.dialect.name == "postgresql":  # both guarded writes in one statement
        writes = ["WITH line AS"]
    else:  # SQLite: two statements, each one trip to aiosqlite's thread
        writes = ["INSERT INTO participants", "UPDATE group_buys SET"]
    one_join = [
        "BEGIN",
        "SELECT group_buys.id, group_buys.chat_id,",
        "SELECT participants.id, participants.group_buy_id,",
        *writes,
        "COMMIT",
    ]
    assert seen == one_join * 2
