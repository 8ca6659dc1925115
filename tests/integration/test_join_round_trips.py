"""The join path stays lean: how many statements one `+1` sends to the database (no timing involved)."""

from __future__ import annotations

from typing import Any

import pytest
from asyncpg.prepared_stmt import PreparedStatement
from sqlalchemy import event

from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from storage.direct import DIRECT
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import join, open_buy

GROUP_BUY = "SELECT group_buys.id, group_buys.chat_id,"
LINE = "SELECT participants.id, participants.group_buy_id,"


async def _record(factory: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What reaches the database from now on, each statement by its first three words, as the driver
    sends it, however storage sent it: SQLite's trace callback; on PostgreSQL asyncpg's prepared
    statements (every statement) and SQLAlchemy's transaction events."""
    seen: list[str] = []

    def note(sql: str) -> None:
        words = sql.rstrip(";").split()[:3]
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

    @event.listens_for(engine.sync_engine, "begin")
    def begin(conn: Any) -> None:
        seen.append("BEGIN")

    @event.listens_for(engine.sync_engine, "commit")
    def commit(conn: Any) -> None:
        seen.append("COMMIT")

    return seen


async def test_a_join_under_a_per_person_limit_is_two_reads_the_guarded_writes_and_one_commit(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await open_buy(uow_factory, clock, limit=5)
    await join(uow_factory, clock, "u0")
    seen = await _record(uow_factory, monkeypatch)

    await join(uow_factory, clock, "u1")  # a new line
    await join(uow_factory, clock, "u1")  # the same line again

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

    assert "Cat is in" in joined[0].text and refused[0].text == "Sorry, Mangoes is sold out."
    claim = "INSERT INTO processed_updates"
    refusal = ["BEGIN", GROUP_BUY, claim, "COMMIT"]  # SQLite: the COMMIT travels with the claim
    if _reads_alone(uow_factory):
        refusal = [GROUP_BUY, claim]  # a read, then the claim as its own transaction
    assert seen == [*_transaction(uow_factory, [GROUP_BUY], [*_writes(uow_factory), claim]), *refusal]


async def test_a_members_first_plus_one_in_a_chat_records_them_first_in_one_trip(
    uow_factory: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the group buy's hot row is locked (PostgreSQL holds it until the commit); a later `+1`
    of the same member pays nothing more (the test above)."""
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    await app.handle(_say("amy", "/groupbuy Mangoes price 88 stock 2", "1"))
    await app.handle(_say("bob", "+1", "2"))
    seen = await _record(uow_factory, monkeypatch)

    joined = await app.handle(_say("cat", "+1", "3"))

    assert "Cat is in" in joined[0].text
    sighting = ["INSERT INTO chat_members", "INSERT INTO members"]  # one trip on SQLite
    claim = "INSERT INTO processed_updates"
    assert seen == ["BEGIN", *sighting, GROUP_BUY, *_writes(uow_factory), claim, "COMMIT"]


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
        return ["WITH line AS"]
    return ["INSERT INTO participants", "UPDATE group_buys SET"]  # SQLite: one trip to its thread
