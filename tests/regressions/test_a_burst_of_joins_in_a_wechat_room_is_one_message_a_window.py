"""Session 23 (replay N): on WeChat every `+1` got its own answer in the room. A 200-member 接龙 then
spent the room's daily budget (150 messages) within minutes: later joins got no answer at all and even
the final card waited for the next day, and an account sending that much gets restricted. A plain join
or leave answer (one that says only what the card shows: `Reply.reaction_instead`, Telegram's 👌) now
goes at once only if none went to the room within 30 s; those that come meanwhile wait for that window
and go as one message, `📝 接龙更新：` and a line each. Answers that say more (a friend's line, the target
reached, a weight converted) still go at once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from functools import partial
from typing import cast

import pytest

from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy
from bot.wechat.translate import PLATFORM, Incoming
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

BOT, ROOM = "wxid_bot", "r@chatroom"


class Room:
    """A WeChat room in front of a ChatApp on the fakes: what the room reads, in order (cards left out)."""

    def __init__(self, lang: str) -> None:
        self.clock = FakeClock()
        app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
            clock=self.clock,
            config=AppConfig(default_language=lang),
        )
        choices = Choices()
        policy = OutboxPolicy(card_interval=timedelta(minutes=10), quiet_hours=None)
        render_card = partial(app.render_card, platform=PLATFORM)
        self.outbox = Outbox(
            transport=self, render_card=render_card, now=self.clock.now, policy=policy, choices=choices
        )
        self.adapter = WeChatAdapter(
            app=app, outbox=self.outbox, choices=choices, names=NameBook(), now=self.clock.now, language=lang
        )
        self.adapter.logged_in(BOT)
        self.sent: list[tuple[str, tuple[str, ...]]] = []
        self.count = 0

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if conversation_id == ROOM and not text.startswith("🛒"):  # the answers, not the cards
            self.sent.append((text, tuple(mention_ids)))

    async def say(self, member: str, text: str) -> None:
        self.count += 1
        message = Incoming(f"m{self.count}", f"wxid_{member}", member, text, room_id=ROOM)
        await self.adapter.on_message(message)

    async def later(self, seconds: int) -> None:
        self.clock.advance(seconds=seconds)
        await self.outbox.flush()

    def said(self) -> list[str]:
        return [text for text, _ in self.sent]


OPEN = {"zh": "接龙 芒果 价格 88 成团 10", "en": "/groupbuy Mangoes price 88 target 10"}
SAID = {
    "zh": {
        "first": "Bob 跟团：1 × 芒果（#1）。当前 ¥88/份。",
        "rollup": (
            "📝 接龙更新：\nCat 跟团：1 × 芒果（#1）。当前 ¥88/份。\n"
            "Dan 跟团：2 × 芒果（#1）。当前 ¥88/份。\nBob 退出了 芒果（#1）。"
        ),
        "friend": "Eve 帮 小王 跟团：1 × 芒果（#1）。当前 ¥88/份。",
    },
    "en": {
        "first": "Bob is in: 1 × Mangoes (#1). Now ¥88 each.",
        "rollup": (
            "📝 List updates:\nCat is in: 1 × Mangoes (#1). Now ¥88 each.\n"
            "Dan is in: 2 × Mangoes (#1). Now ¥88 each.\nBob left Mangoes (#1)."
        ),
        "friend": "Eve joined for Wang: 1 × Mangoes (#1). Now ¥88 each.",
    },
}
FRIEND = {"zh": "+1 帮 小王", "en": "+1 for Wang"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_joins_within_the_window_go_as_one_message_when_it_opens(lang: str) -> None:
    room = Room(lang)
    await room.say("Amy", OPEN[lang])
    room.sent.clear()

    await room.say("Bob", "+1")
    assert room.said() == [SAID[lang]["first"]]  # the first goes at once, naming Bob
    assert room.sent[0][1] == ()  # `Bob 跟团：…` names him: no @Bob before it

    await room.later(5)
    await room.say("Cat", "+1")
    await room.say("Dan", "+2")
    await room.say("Bob", "-1")
    assert room.said() == [SAID[lang]["first"]]  # within 30 s of Bob's: they wait

    await room.say("Eve", FRIEND[lang])  # says more than the card (whose line it is): at once
    assert room.said()[-1] == SAID[lang]["friend"]

    await room.later(24)
    assert len(room.sent) == 2  # 29 s after Bob's answer: still waiting
    await room.later(1)
    assert room.said()[2:] == [SAID[lang]["rollup"]]  # one message, a line each, ringing nobody
    assert room.sent[2][1] == ()

    await room.later(60)
    await room.say("Fay", "+1")  # a quiet room again: answered at once
    assert room.said()[-1].startswith("Fay ")
    assert len(room.sent) == 4
