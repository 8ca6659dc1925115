"""Review 47 #1: on WeChat, once a busy room had spent its daily message budget on answers (every `+1`,
every question, the rate-limit notices), the organiser's `截单` lost the room's announcement, the final
card and the orders of the buyers who are not the bot's friends (posted only in the room), for good: their
outbox rows were marked sent, and the organiser was told "群里已通知". Answers now stop short of the
whole budget (`answer_share`), keeping the rest for what matters (a close's announcement, a final card,
an order or a payment message); what matters and still does not fit waits for the next morning as rows,
and the organiser's summary waits with it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import timedelta
from functools import partial
from typing import cast

import pytest

from bot.outbox_relay import OutboxRelay
from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy, Priority
from bot.wechat.translate import PLATFORM, Incoming
from commerce.domain.outbox import send_topic
from commerce.ports import UnitOfWorkFactory
from handlers.app import ChatApp
from handlers.config import AppConfig
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

ROOM = "mangoes@chatroom"
AMY, BOB, KIM = "wxid_amy", "wxid_bob", "wxid_kim"  # Kim is not the bot's friend
NAMES = {AMY: "Amy", BOB: "Bob", KIM: "Kim"}


async def _friends(member: str) -> bool:
    return member != KIM


class Room:
    """`tuan run wechat` on the fakes: the ChatApp writes rows, the relay sends them through the adapter."""

    def __init__(self, lang: str, budget: int) -> None:
        self.clock = FakeClock()
        self.uow_factory = FakeUnitOfWorkFactory()
        config = AppConfig(default_language=lang, outbox_platform=PLATFORM, outbox_toasts=True)
        self.app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, self.uow_factory), clock=self.clock, config=config
        )
        choices = Choices()
        policy = OutboxPolicy(room_daily_budget=budget, card_interval=timedelta(seconds=30))
        self.outbox = Outbox(
            transport=self,
            render_card=partial(self.app.render_card, platform=PLATFORM),
            now=self.clock.now,
            policy=policy,
            choices=choices,
            language=lang,
        )
        self.adapter = WeChatAdapter(
            app=self.app,
            outbox=self.outbox,
            choices=choices,
            names=NameBook(),
            now=self.clock.now,
            language=lang,
            reachable=_friends,
        )
        self.adapter.logged_in("wxid_bot")
        self.relay = OutboxRelay(
            uow_factory=cast(UnitOfWorkFactory, self.uow_factory),
            clock=self.clock,
            topic_prefix=send_topic(PLATFORM),
            batch_sink=self.adapter.send_rows,
            poll_seconds=0.05,
        )
        self.sent: list[tuple[str, str]] = []
        self.count = 0

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        self.sent.append((conversation_id, text))

    async def say(self, member: str, text: str) -> None:
        self.count += 1
        name = NAMES[member]
        await self.adapter.on_message(
            Incoming(f"m{self.count}", member, name, text, room_id=ROOM, talker_alias=name)
        )
        assert await self.relay.drain(5)
        self.clock.advance(seconds=40)

    async def spend(self, priority: Priority) -> int:
        """The room's budget spent by a busy day, as far as `priority` may spend it: how many went."""
        spent = 0
        while await self.outbox.budget.reserve(ROOM, self.clock.now(), priority=priority):
            spent += 1
        return spent

    def read(self, chat: str, since: int = 0) -> list[str]:
        return [text for to, text in self.sent[since:] if to == chat]


@pytest.fixture(params=["zh", "en"])
async def busy(request: pytest.FixtureRequest) -> AsyncIterator[Room]:
    lang = request.param
    room = Room(lang, budget=20)
    room.relay.start()
    opening = "接龙 芒果 价格 78 成团 2" if lang == "zh" else "/groupbuy Mangoes price 78 target 2"
    for member, text in [(AMY, opening), (BOB, "+1"), (KIM, "+1")]:
        await room.say(member, text)
    yield room
    await room.relay.close()


CLOSE = {"zh": "截单", "en": "/close"}
SUCCEEDED = {"zh": "成团了", "en": "succeeded"}
KIMS_ORDER = {"zh": "的订单 #1-2", "en": "order #1-2"}
FINAL = {"zh": "已成团", "en": "Succeeded"}
NOTIFIED = {"zh": "群里已通知", "en": "The group was told"}


async def test_the_close_uses_the_reserve_answers_leave(busy: Room) -> None:
    lang = busy.outbox.language
    assert await busy.spend(Priority.ANSWER) >= 1  # answers stop at 90% of the room's 20: 18 spent in all
    before = len(busy.sent)

    await busy.say(AMY, CLOSE[lang])

    room = busy.read(ROOM, before)
    assert any(SUCCEEDED[lang] in text and KIMS_ORDER[lang] in text for text in room)  # with Kim's order
    assert any(FINAL[lang] in text for text in room)  # the final card
    assert any("#1-1" in text for text in busy.read(BOB, before))
    assert any(NOTIFIED[lang] in text for text in busy.read(AMY, before))


async def test_what_matters_waits_for_the_morning_when_even_the_reserve_is_spent(busy: Room) -> None:
    lang = busy.outbox.language
    await busy.spend(Priority.MATTERS)  # the whole budget
    before = len(busy.sent)

    await busy.say(AMY, CLOSE[lang])

    assert busy.sent[before:] == []  # nothing in the room, and Amy is not told the group was
    busy.clock.advance(hours=12)  # 01:00 in Shanghai the next day: quiet hours, it still waits
    assert await busy.relay.drain(5)
    assert busy.sent[before:] == []
    busy.clock.advance(hours=7)  # 08:00: the morning
    assert await busy.relay.drain(5)
    room = busy.read(ROOM, before)
    assert any(SUCCEEDED[lang] in text and KIMS_ORDER[lang] in text for text in room)
    assert any(FINAL[lang] in text for text in room)
    assert any("#1-1" in text for text in busy.read(BOB, before))
    assert any(NOTIFIED[lang] in text for text in busy.read(AMY, before))
