"""The message bus: committed events reach the handlers registered for their type; a failure is logged
and never stops the others; durable handlers are named for the outbox."""

from __future__ import annotations

import logging

import pytest

from commerce.domain.events import Event, Joined, OrderPaid, Succeeded, dumps, loads
from commerce.messagebus import MessageBus


async def test_each_event_reaches_the_handlers_of_its_type_in_order() -> None:
    bus, heard = MessageBus(), []

    async def on_join(event: Event) -> None:
        heard.append(("join", event))

    async def on_any(event: Event) -> None:
        heard.append(("any", event))

    bus.subscribe(Joined, on_join)
    bus.subscribe(Event, on_any)
    joined, closed = Joined(1, "bob", 1, 1), Succeeded(1, "family")
    await bus.publish([joined, closed])
    assert heard == [("join", joined), ("any", joined), ("any", closed)]


async def test_a_failing_handler_is_logged_and_the_next_still_runs(caplog: pytest.LogCaptureFixture) -> None:
    bus, heard = MessageBus(), []

    async def broken(event: Event) -> None:
        raise RuntimeError("ledger down")

    async def fine(event: Event) -> None:
        heard.append(event)

    bus.subscribe(Succeeded, broken, name="broken")
    bus.subscribe(Succeeded, fine, name="fine")
    with caplog.at_level(logging.ERROR):
        await bus.publish([Succeeded(3, "family")])
    assert heard == [Succeeded(3, "family")]
    assert "event handler broken failed" in caplog.text


async def test_durable_handlers_are_named_for_the_outbox_and_run_only_from_it() -> None:
    bus, heard = MessageBus(), []

    async def ledger(event: Event) -> None:
        heard.append(event)

    bus.subscribe(OrderPaid, ledger, name="ledger", durable=True)
    paid = OrderPaid(7, 1, "bob", 3705, "CNY", "offline")
    assert bus.durable_topics(paid) == ["ledger"]
    assert bus.durable_topics(Succeeded(1, "family")) == []
    await bus.publish([paid])
    assert heard == []  # the outbox relay runs it
    await bus.run_durable("ledger", paid)
    assert heard == [paid]
    with pytest.raises(ValueError, match="registered already"):
        bus.subscribe(OrderPaid, ledger, name="ledger")


def test_events_survive_the_outbox_as_json() -> None:
    paid = OrderPaid(7, 1, "鲍勃", 3705, "CNY", "offline")
    assert loads(dumps(paid)) == paid
