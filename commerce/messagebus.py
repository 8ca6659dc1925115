"""The message bus: after a unit of work commits, each of its events goes to the handlers registered
for its type (as cosmicpython's `messagebus`, made async).

`bot/bootstrap.py` registers the handlers (the deadline scheduler today; the ledger, notes and digests
later), so no feature wires itself into the ChatApp or the adapters. A handler runs after the commit and
can never undo it: one that raises is logged with the event and the next handlers still run. A handler
registered `durable=True` must not miss an event even when the process dies: its events are written to
the outbox in the same transaction as the change (`durable_topics`) and the outbox relay runs it, again
after a failure, until it succeeds — so a durable handler must be idempotent (a business key).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from commerce.domain.events import Event, dumps, loads
from commerce.domain.outbox import EVENT, OutboxItem, event_topic

log = logging.getLogger(__name__)

Handler = Callable[[Event], Awaitable[None]]


@dataclass(frozen=True)
class Subscription:
    name: str
    event_type: type[Event]
    handler: Handler
    durable: bool


class MessageBus:
    def __init__(self) -> None:
        self._subscriptions: list[Subscription] = []
        self._by_name: dict[str, Subscription] = {}
        self.on_durable: Callable[[], None] | None = None  # wakes the relay of durable handlers

    def subscribe(
        self, event_type: type[Event], handler: Handler, *, name: str | None = None, durable: bool = False
    ) -> None:
        """Call `handler` with every committed event of `event_type` (or a subclass). `name` identifies a
        durable handler in the outbox: keep it stable across releases."""
        name = name or f"{getattr(handler, '__qualname__', repr(handler))}:{event_type.__name__}"
        if name in self._by_name:
            raise ValueError(f"a handler named {name!r} is registered already")
        subscription = Subscription(name, event_type, handler, durable)
        self._subscriptions.append(subscription)
        self._by_name[name] = subscription

    def _for(self, event: Event) -> Iterable[Subscription]:
        return (s for s in self._subscriptions if isinstance(event, s.event_type))

    @property
    def has_durable(self) -> bool:
        return any(s.durable for s in self._subscriptions)

    def durable_topics(self, event: Event) -> list[str]:
        """The names of the durable handlers of `event`: one outbox row each, written before commit."""
        return [s.name for s in self._for(event) if s.durable]

    async def publish(self, events: Iterable[Event]) -> None:
        """Hand committed events to their handlers that are not durable (the relay runs the durable
        ones from the outbox); a failing handler is logged, never raised."""
        durable = False
        for event in events:
            for subscription in self._for(event):
                if subscription.durable:
                    durable = True
                else:
                    await self._call(subscription, event)
        if durable and self.on_durable is not None:
            self.on_durable()

    def outbox_rows(self, events: Iterable[Event], *, now: datetime) -> list[OutboxItem]:
        """One outbox row per durable handler of each event: written in the event's own transaction."""
        return [
            OutboxItem(topic=event_topic(name), payload=dumps(event), created_at=now)
            for event in events
            for name in self.durable_topics(event)
        ]

    async def run_row(self, item: OutboxItem) -> None:
        """The outbox relay's sink for `event:` rows: run the row's durable handler on its event."""
        await self.run_durable(item.topic.removeprefix(EVENT), loads(item.payload))

    async def run_durable(self, name: str, event: Event) -> None:
        """Run the durable handler `name` on `event`; raises what it raises (the relay retries)."""
        subscription = self._by_name.get(name)
        if subscription is None:
            raise LookupError(f"no durable handler named {name!r}")
        await subscription.handler(event)

    @staticmethod
    async def _call(subscription: Subscription, event: Event) -> bool:
        try:
            await subscription.handler(event)
        except Exception:
            log.exception("event handler %s failed on %r", subscription.name, event)
            return False
        return True
