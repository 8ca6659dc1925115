"""A WeChat room whose members' room aliases (群昵称) the test changes, in front of a ChatApp on the fakes:
the regression tests of a member's name as WeChat gives it now."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import cast

from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy
from bot.wechat.translate import Incoming
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

BOT, ROOM = "wxid_bot", "r@chatroom"


class AliasedRoom:
    """A WeChat room in front of a ChatApp on the fakes; `aliases` is what WeChat says of its members now."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
            clock=self.clock,
            config=AppConfig(default_language="zh"),
        )
        choices = Choices()
        policy = OutboxPolicy(card_interval=timedelta(seconds=0), quiet_hours=None)
        outbox = Outbox(
            transport=self, render_card=app.render_card, now=self.clock.now, policy=policy, choices=choices
        )
        self.aliases: dict[str, str] = {}

        async def room_names(room: str) -> dict[str, str]:
            return dict(self.aliases)

        self.adapter = WeChatAdapter(
            app=app,
            outbox=outbox,
            choices=choices,
            names=NameBook(),
            now=self.clock.now,
            room_names=room_names,
        )
        self.adapter.logged_in(BOT)
        self.sent: list[tuple[str, str]] = []
        self.count = 0

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        mentions = "".join(f"@{member}\u2005" for member in mention_ids)
        self.sent.append((conversation_id, mentions + text))

    async def say(self, member: str, name: str, text: str) -> list[str]:
        """`name` says `text` in the room (WeChat calls her `name` from now on): what the room reads back."""
        self.count += 1
        self.aliases[member] = name
        before = len(self.sent)
        await self.adapter.on_message(Incoming(f"m{self.count}", member, name, text, room_id=ROOM))
        return [text for where, text in self.sent[before:] if where == ROOM]
