"""Durable events on real storage: a `+1` whose update claim may commit with its last write (SQLite's fast
path) still writes the outbox row of a durable `Joined` handler in the same transaction; a repeat of the
update writes nothing more."""

from __future__ import annotations

from typing import cast

from bot.bootstrap import durable_event_writer
from bot.clock import SystemClock
from commerce.domain.events import Event, Joined
from commerce.domain.outbox import EVENT
from commerce.messagebus import MessageBus
from handlers.app import AppConfig, ChatApp
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat


async def test_a_joins_durable_event_row_commits_with_the_join(uow_factory: SqlUnitOfWorkFactory) -> None:
    clock, bus = FakeClock(), MessageBus()

    async def digest(event: Event) -> None:  # run later by the relay, from the outbox
        raise AssertionError("durable handlers are not run by publish")

    bus.subscribe(Joined, digest, name="digest", durable=True)
    uow_factory.before_commit.append(durable_event_writer(bus, cast(SystemClock, clock)))
    chat = Chat(
        ChatApp(uow_factory=uow_factory, clock=clock, config=AppConfig(default_language="en"), bus=bus)
    )
    await chat.say("amy", "/groupbuy Plums price 10 target 2 ends 2h", update_id="1")
    joined = await chat.say("bob", "+1", update_id="2")
    assert "Bob is in" in Chat.said(joined)
    await chat.say("bob", "+1", update_id="2")  # delivered twice: one join, one row
    async with uow_factory() as uow:
        rows = await uow.outbox.due(EVENT, now=clock.now(), limit=10)
    assert [row.topic for row in rows] == [f"{EVENT}digest"]
    assert '"user_id":"bob"' in rows[0].payload
