"""Review 47 #4: on WeChat, `进度` got silence when the group buy's card had not changed, even when a note's
card (and chatter) had come after it: its outbox row was marked sent and nothing was posted, and the
next thing the room saw was the note card, which read as if `进度` showed the note. A card a member asks
for is now posted (when the room's card window allows) unless it is still the room's latest card."""

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
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

ROOM = "fruit@chatroom"


class Room:
    """`tuan run wechat` on the fakes (the ChatApp's rows, the relay, the adapter): what the room reads."""

    def __init__(self, lang: str) -> None:
        self.clock = FakeClock()
        self.uow_factory = FakeUnitOfWorkFactory()
        config = AppConfig(default_language=lang, outbox_platform=PLATFORM, outbox_toasts=True)
        uows = cast(UnitOfWorkFactory, self.uow_factory)
        app = ChatApp(uow_factory=uows, clock=self.clock, config=config)
        choices = Choices()
        self.outbox = Outbox(
            transport=self,
            render_card=partial(app.render_card, platform=PLATFORM),
            now=self.clock.now,
            policy=OutboxPolicy(card_interval=timedelta(seconds=30), quiet_hours=None),
            choices=choices,
            language=lang,
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
        self.sent: list[str] = []
        self.count = 0

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if conversation_id == ROOM:
            self.sent.append(text)

    async def say(self, member: str, text: str, *, after: int = 5) -> None:
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


SAID = {
    "zh": ("接龙 西瓜 价格 39", "种草 #1 皮薄沙瓤，超甜！", "进度", "🛒 西瓜（#1）"),
    "en": ("/groupbuy Melons price 39", "/note #1 Thin skin, so sweet!", "/status", "🛒 Melons (#1)"),
}


@pytest.mark.parametrize("room", ["zh", "en"], indirect=True)
async def test_progress_shows_the_unchanged_card_when_a_note_card_came_after_it(room: Room) -> None:
    opening, note, progress, card = SAID[room.outbox.language]
    await room.say("Amy", opening, after=40)
    await room.say("Bob", "+1", after=40)
    await room.say("Bob", note, after=5)  # the note's card: the group buy's is no longer the latest
    assert not room.sent[-1].startswith(card)
    before = len(room.sent)

    await room.say("Amy", progress)  # within the room's 30 s card window: it waits for it
    await room.later(30)

    cards = [text for text in room.sent[before:] if card in text]
    assert len(cards) == 1  # shown again, unchanged, below the note
    assert room.sent[-1] == cards[0]


@pytest.mark.parametrize("room", ["zh", "en"], indirect=True)
async def test_progress_right_after_the_card_itself_posts_no_copy(room: Room) -> None:
    opening, _, progress, card = SAID[room.outbox.language]
    await room.say("Amy", opening, after=40)
    await room.say("Bob", "+1", after=5)
    assert room.sent[-1].startswith(card)  # the card, just posted, is the latest
    before = len(room.sent)

    await room.say("Amy", progress)
    await room.later(30)

    assert [text for text in room.sent[before:] if card in text] == []  # on screen, under 30 s old
