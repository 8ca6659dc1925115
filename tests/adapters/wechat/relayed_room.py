"""A WeChat room as `tuan run wechat` serves it, on the fakes: the ChatApp writes outbox rows, the relay
sends them through the adapter, and `sent` is what the room reads (the regression tests of cards on
WeChat: a like, `进度`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import timedelta
from functools import partial
from typing import cast

import pytest

from bot.outbox_relay import OutboxRelay
from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy
from bot.wechat.translate import PLATFORM, Incoming
from commerce.domain.outbox import send_topic
from commerce.ports import UnitOfWorkFactory
from handlers.app import ChatApp
from handlers.config import AppConfig
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

ROOM = "fruit@chatroom"


class RelayedWeChat:
    """`tuan run wechat` on the fakes: the ChatApp writing outbox rows, the adapter, the relay sending
    them through it to this object's `send_text` (each test room says what a send does)."""

    def __init__(
        self,
        lang: str,
        policy: OutboxPolicy | None = None,
        *,
        as_run: bool = False,
        uow_factory: UnitOfWorkFactory | None = None,
    ) -> None:
        """`as_run`: also the shared state a close is remembered in (handlers/just_closed.py) and the
        price said as it stands when a folded update is posted, as `tuan run wechat` wires them.
        `uow_factory`: a database's (else the in-memory fakes)."""
        self.clock = FakeClock()
        self.uow_factory = uow_factory or FakeUnitOfWorkFactory()
        config = AppConfig(default_language=lang, outbox_platform=PLATFORM, outbox_toasts=True)
        uows = cast(UnitOfWorkFactory, self.uow_factory)
        values = MemorySharedState().values if as_run else None
        app = ChatApp(uow_factory=uows, clock=self.clock, config=config, values=values)
        choices = Choices()
        self.outbox = Outbox(
            transport=self,
            render_card=partial(app.render_card, platform=PLATFORM),
            now=self.clock.now,
            policy=policy or OutboxPolicy(quiet_hours=None),
            choices=choices,
            language=lang,
            price_now=app.price_now if as_run else None,
        )
        self.adapter = WeChatAdapter(
            app=app, outbox=self.outbox, choices=choices, names=NameBook(), now=self.clock.now, language=lang
        )
        self.adapter.logged_in("wxid_bot")
        self.relay = OutboxRelay(
            uow_factory=uows,
            clock=self.clock,
            topic_prefix=send_topic(PLATFORM),
            batch_sink=self.adapter.send_rows,
            poll_seconds=0.05,
        )
        self.count = 0

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        raise NotImplementedError


class Room(RelayedWeChat):
    """`tuan run wechat` on the fakes (the ChatApp's rows, the relay, the adapter): what the room reads."""

    pause = 5  # seconds the clock moves after each message, unless `say(after=...)`

    def __init__(
        self,
        lang: str,
        *,
        card_interval: timedelta = timedelta(seconds=30),
        as_run: bool = False,
        uow_factory: UnitOfWorkFactory | None = None,
    ) -> None:
        policy = OutboxPolicy(card_interval=card_interval, quiet_hours=None)
        super().__init__(lang, policy, as_run=as_run, uow_factory=uow_factory)
        self.sent: list[str] = []

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if conversation_id == ROOM:
            self.sent.append(text)

    async def say(self, member: str, text: str, *, after: int | None = None) -> None:
        after = self.pause if after is None else after
        self.count += 1
        await self.adapter.on_message(
            Incoming(f"m{self.count}", f"wxid_{member}", member, text, room_id=ROOM)
        )
        assert await self.relay.drain(5)
        self.clock.advance(seconds=after)

    async def later(self, seconds: int) -> None:
        self.clock.advance(seconds=seconds)
        assert await self.relay.drain(5)


@pytest.fixture
async def room(request: pytest.FixtureRequest) -> AsyncIterator[Room]:
    opened = Room(request.param)
    opened.relay.start()
    yield opened
    await opened.relay.close()
