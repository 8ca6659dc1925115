"""Review 47 #9 and #10: on WeChat, 8 `+1`s on a second group buy right after the first closed got 8 room
messages, each ending `麒麟西瓜（#1）刚截单；这次跟的是 阳山水蜜桃 6个装（#2）。`: that note made each answer
"say more than the card", so none was folded into the room's `📝 接龙更新`, and they helped spend the
room's daily budget. And the folded lines said the price each join saw (`当前 ¥128/份，再 1 份 ¥118`)
after the total had already reached ¥118. Such joins now fold like any plain join, and each line says the
price as it stands when the update is posted (since rep53 #9 no join reads the close once a group buy
opened here since, as 水蜜桃 did)."""

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


class Room:
    """`tuan run wechat` on the fakes: the ChatApp writes rows, the relay sends them through the adapter;
    what the room reads, cards left out."""

    def __init__(self, lang: str) -> None:
        self.clock = FakeClock()
        self.uow_factory = FakeUnitOfWorkFactory()
        config = AppConfig(default_language=lang, outbox_platform=PLATFORM, outbox_toasts=True)
        uows = cast(UnitOfWorkFactory, self.uow_factory)
        values = MemorySharedState().values  # where a close is remembered (handlers/just_closed.py)
        app = ChatApp(uow_factory=uows, clock=self.clock, config=config, values=values)
        choices = Choices()
        self.outbox = Outbox(
            transport=self,
            render_card=partial(app.render_card, platform=PLATFORM),
            now=self.clock.now,
            policy=OutboxPolicy(card_interval=timedelta(minutes=10), quiet_hours=None),
            choices=choices,
            language=lang,
            price_now=app.price_now,
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
        if conversation_id == ROOM and not text.startswith("🛒"):
            self.sent.append(text)

    async def say(self, member: str, text: str, *, after: int = 2) -> None:
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


OPEN = {
    "zh": ("接龙 西瓜 价格 39 成团 2", "接龙 水蜜桃 价格 128 阶梯 4:118"),
    "en": ("/groupbuy Melons price 39 target 2", "/groupbuy Peaches price 128 tiers 4:118"),
}
CLOSE = {"zh": "截单", "en": "/close"}
SAID = {
    "zh": {
        "first": ("Dan 跟团：1 × 水蜜桃（#2）。当前 ¥128/份，再 3 份 ¥118。"),
        "rollup": (
            "📝 接龙更新：\n"
            "Eve 跟团：1 × 水蜜桃（#2）。当前 ¥118/份。\n"
            "Fay 跟团：1 × 水蜜桃（#2）。当前 ¥118/份。"
        ),
    },
    "en": {
        "first": ("Dan is in: 1 × Peaches (#2). Now ¥128 each — 3 more for ¥118."),
        "rollup": (
            "📝 List updates:\n"
            "Eve is in: 1 × Peaches (#2). Now ¥118 each.\n"
            "Fay is in: 1 × Peaches (#2). Now ¥118 each."
        ),
    },
}


@pytest.mark.parametrize("room", ["zh", "en"], indirect=True)
async def test_joins_after_a_close_fold_into_one_update_with_the_price_now(room: Room) -> None:
    lang = room.outbox.language
    melons, peaches = OPEN[lang]
    await room.say("Amy", melons)
    await room.say("Bob", "+1", after=40)
    await room.say("Cat", "+1", after=40)
    await room.say("Amy", CLOSE[lang], after=40)
    await room.say("Amy", peaches, after=40)
    room.sent.clear()

    await room.say("Dan", "+1")  # the room's first join answer in 30 s: at once
    await room.say("Eve", "+1")
    await room.say("Fay", "+1")  # within 30 s of Dan's: they wait
    assert len(room.sent) == 1
    await room.say("Gus", "+1")  # the 4th: ¥118 for everyone, said at once
    assert len(room.sent) == 2
    await room.later(30)

    assert room.sent[0] == SAID[lang]["first"]
    assert room.sent[2:] == [SAID[lang]["rollup"]]  # one message, the price as it is now
