"""Review 47 (WeChat): each like of a note (`赞 1`, `👍 #1`, the card's numbered 点赞) posted the note's
card anew, so a room read 3 copies of one card in 2 minutes for 3 likes. WeChat cannot edit a card, and
a copy for a new count is noise: a like is answered to the liker (`已赞笔记 #1 👍`), posts no card,
and the card shows the count when it next goes for something else (a comment)."""

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
    "zh": (
        "接龙 西瓜 价格 39",
        "种草 #1 皮薄沙瓤，超甜！",
        ("赞 1", "👍 #1", "赞1👍"),
        "评论 1 买了两个",
        "已赞笔记 #1 👍",
    ),
    "en": (
        "/groupbuy Melons price 39",
        "/note #1 Thin skin, so sweet!",
        ("/like 1", "👍 #1", "like 1"),
        "/comment 1 bought two",
        "Liked note #1 👍",
    ),
}


def note_cards(room: Room) -> list[str]:
    return [text for text in room.sent if "#1" in text and "👍" in text and "💬" in text]


@pytest.mark.parametrize("room", ["zh", "en"], indirect=True)
async def test_three_likes_in_two_minutes_post_no_copy_of_the_card(room: Room) -> None:
    opening, note, likes, comment, liked = SAID[room.outbox.language]
    await room.say("Amy", opening, after=40)
    await room.say("Bob", note, after=40)
    assert len(note_cards(room)) == 1
    before = len(room.sent)

    for member, like in zip(("Cat", "Dan", "Eve"), likes, strict=True):
        await room.say(member, like, after=40)  # each past the room's 30 s card window
    await room.later(60)

    assert room.sent[before:] == [liked, liked, liked]  # each liker answered, no card
    assert len(note_cards(room)) == 1

    await room.say("Fay", comment)  # a comment: the card goes, with the count as it is now
    await room.later(30)
    assert len(note_cards(room)) == 2
    assert "👍 3 · 💬 1" in note_cards(room)[-1]
