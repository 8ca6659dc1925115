"""A unit of work that lost a race for a lock (`Contention`: a deadlock between two workers, a group
commit's later member that may not wait, SQLite busy) kept nothing: the ChatApp runs the update again,
in a transaction of its own, and the member reads the answer as if nothing had happened; only a race
lost every time is apologised for."""

from __future__ import annotations

import sqlite3
from typing import cast

from commerce.ports import UnitOfWorkFactory
from commerce.unit_of_work import Contention, wants_own_transaction
from handlers import app as chat_app
from handlers.app import AppConfig, ChatApp
from storage.contention import contended
from tests.fakes import FakeClock, FakeUnitOfWork, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


class Racing(FakeUnitOfWorkFactory):
    """The next `losing` commits lose a race for a lock; whether each unit asked for its own transaction."""

    losing = 0

    def __init__(self) -> None:
        super().__init__()
        self.own: list[bool] = []

    def __call__(self) -> FakeUnitOfWork:
        uow = super().__call__()
        self.own.append(wants_own_transaction())
        if self.losing:
            self.losing -= 1

            async def lost() -> None:
                raise Contention("deadlock detected")

            uow._commit = lost  # type: ignore[method-assign]
        return uow


def _chat(factory: Racing) -> Chat:
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=FakeClock(),
        config=AppConfig(default_language="en"),
    )
    return Chat(app)


async def test_a_join_that_lost_a_race_is_run_again_and_answered() -> None:
    factory = Racing()
    chat = _chat(factory)
    await chat.say("amy", "/groupbuy Plums price 10")
    factory.own.clear()
    factory.losing = 2

    said = chat.said(await chat.say("bob", "+1"))

    assert said.startswith("Bob is in: 1 × Plums (#1).")
    assert (await chat.card()).endswith("1. Bob ×1")
    assert factory.own[:3] == [False, True, True]  # tried again in a transaction of its own


async def test_a_race_lost_every_time_is_apologised_for_and_changes_nothing() -> None:
    factory = Racing()
    chat = _chat(factory)
    await chat.say("amy", "/groupbuy Plums price 10")
    factory.losing = chat_app.CONTENDED_TRIES  # every try loses; the apology is written

    said = chat.said(await chat.say("bob", "+1"))

    assert "nothing changed" in said.lower() or "try again" in said.lower(), said
    assert "Bob" not in await chat.card()


def test_which_failures_are_a_lost_race() -> None:
    class PgError(Exception):
        def __init__(self, sqlstate: str) -> None:
            super().__init__(sqlstate)
            self.sqlstate = sqlstate

    for state in ("40P01", "40001", "55P03"):
        assert contended(PgError(state))
        wrapped = RuntimeError("wrapped")
        wrapped.__cause__ = PgError(state)
        assert contended(wrapped)
    assert not contended(PgError("23505"))  # a unique violation is no race
    assert contended(sqlite3.OperationalError("database is locked"))
    assert not contended(sqlite3.OperationalError("no such table: orders"))
    assert not contended(ConnectionRefusedError("connection refused"))
