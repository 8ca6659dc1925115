"""Session 13 (FK): on WeChat `@团购助手 什么时候截单？` and `@团购助手 砂糖橘多少钱？` got no answer, though
a message mentioning the bot is a question to it (README: `@tuan_bot 几点截单？`, answered on Telegram). The
adapter took the bot's mention off the text (so `@团购助手 +1` is `+1`) and with it any sign that the bot
was addressed. The request now says so (`Request.to_bot`), with or without the puppet's mention ids."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from functools import partial
from typing import cast

from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy
from bot.wechat.translate import PLATFORM, Incoming
from commerce.ports import UnitOfWorkFactory
from handlers.app import ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

BOT, ROOM = "wxid_bot", "r@chatroom"


class Room:
    """A WeChat room in front of a ChatApp on the fakes: what the bot sends there, in order."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        app = ChatApp(uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()), clock=self.clock)
        choices = Choices()
        policy = OutboxPolicy(card_interval=timedelta(seconds=0), quiet_hours=None)
        render_card = partial(app.render_card, platform=PLATFORM)  # as `tuan run wechat` wires it
        self.outbox = Outbox(
            transport=self, render_card=render_card, now=self.clock.now, policy=policy, choices=choices
        )
        self.adapter = WeChatAdapter(
            app=app, outbox=self.outbox, choices=choices, names=NameBook(), now=self.clock.now
        )
        self.adapter.logged_in(BOT)
        self.app = app
        self.sent: list[tuple[str, str]] = []
        self.count = 0

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        self.sent.append((conversation_id, text))

    async def say(self, member: str, text: str, *, mentions: tuple[str, ...] = ()) -> list[str]:
        """What the room reads after `member` says `text` (the bot is 团购助手 there)."""
        self.count += 1
        before = len(self.sent)
        incoming = Incoming(
            f"m{self.count}",
            f"wxid_{member}",
            member,
            text,
            room_id=ROOM,
            mention_ids=mentions,
            bot_names=("团购助手",),
        )
        await self.adapter.on_message(incoming)
        return [text for where, text in self.sent[before:] if where == ROOM]


async def test_a_question_mentioning_the_bot_is_answered() -> None:
    room = Room()
    await room.say("张三", "接龙 砂糖橘 价格 30 成团 5 截止 明天20:00")

    deadline = await room.say("李四", "@团购助手\u2005什么时候截单？", mentions=(BOT,))
    price = await room.say("李四", "@团购助手\u2005砂糖橘多少钱？", mentions=(BOT,))

    assert deadline == ["砂糖橘（#1）11月24日 周二 20:00 截单，现在还能跟团。"]
    assert price == ["砂糖橘（#1）：当前 ¥30/份。"]


async def test_a_mention_without_the_puppets_mention_ids_is_a_question_too() -> None:
    room = Room()
    await room.say("张三", "接龙 砂糖橘 价格 30 成团 5 截止 明天20:00")

    said = await room.say("李四", "@团购助手 砂糖橘多少钱？")

    assert said == ["砂糖橘（#1）：当前 ¥30/份。"]


async def test_without_the_mention_only_a_price_of_what_is_sold_here_is_answered() -> None:
    room = Room()
    await room.say("张三", "接龙 砂糖橘 价格 30 成团 5 截止 明天20:00")

    assert await room.say("李四", "砂糖橘多少钱？") == ["砂糖橘（#1）：当前 ¥30/份。"]  # rep58 #5
    assert await room.say("李四", "这个多少钱？") == []  # chatter
