"""Session 15 (fc): on WeChat, a private message the gateway refused (the member is no longer the bot's
friend though the bot's contact list still said so, or no such conversation) was tried again and again
by the outbox and the room was never told: a buyer's order, then his pickup code, simply never came. Now
a private message the gateway refuses for good is not tried again, and the room reads, mentioning him, in
the room's language (its `/lang`), that it could not be delivered and what to do, never what it said:
once per member (the order at the close, then the code after `已收`: one note), but each time he asks in
the room for something answered privately, in place of "已私信发给你"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import cast

import pytest

from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy, Undeliverable
from bot.wechat.translate import Incoming
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

BOT, ROOM = "wxid_bot", "r@chatroom"
GONE = "wxid_王五"  # the contact list says a friend; the gateway refuses every private message to him
NOTE = {
    "zh": "@王五\u2005我发给你的私信没能送达，内容也不会发在群里：请先加我为好友，再私信我“我的订单”查看；"
    "还是收不到请联系团长。",
    "en": "@王五\u2005A private message I sent you could not be delivered, and I don't post it in the group: "
    "add me as a friend, then send me /orders to see it; if it still fails, ask the organiser.",
}
SAID = {
    "zh": ["/lang zh", "接龙 芒果 价格 88", "+1", "截单", "已收 1-{n}", "我的订单"],
    "en": ["/lang en", "/groupbuy Mangoes price 88", "/join", "/close", "/paid 1-{n}", "/orders"],
}


class Room:
    """A WeChat room in front of a ChatApp on the fakes, whose gateway refuses private messages to 王五."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        self.factory = FakeUnitOfWorkFactory()
        app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, self.factory),
            clock=self.clock,
            config=AppConfig(default_language="zh"),
        )
        choices = Choices()
        policy = OutboxPolicy(card_interval=timedelta(seconds=0), quiet_hours=None)
        outbox = Outbox(
            transport=self, render_card=app.render_card, now=self.clock.now, policy=policy, choices=choices
        )
        self.adapter = WeChatAdapter(
            app=app,
            outbox=outbox,
            choices=choices,
            names=NameBook(),
            now=self.clock.now,
            chat_language=app.chat_language,  # as `tuan run wechat` wires it
        )
        self.adapter.logged_in(BOT)
        self.sent: list[tuple[str, str]] = []
        self.refused: list[str] = []
        self.count = 0

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        """A room's text as members read it: WeChat puts the mentions before it. The gateway's refusal
        of 王五's private chat, as the transport raises it."""
        if conversation_id == GONE:
            self.refused.append(text)
            raise Undeliverable(f"{GONE} is not a friend of the bot")
        mentions = "".join(f"@{member.removeprefix('wxid_')}\u2005" for member in mention_ids)
        self.sent.append((conversation_id, mentions + text))

    async def say(self, member: str, text: str) -> list[str]:
        """What the room reads after `member` says `text` there (cards left out)."""
        self.count += 1
        before = len(self.sent)
        incoming = Incoming(
            f"m{self.count}", f"wxid_{member}", member, text, room_id=ROOM, bot_names=("团购助手",)
        )
        await self.adapter.on_message(incoming)
        return [text for where, text in self.sent[before:] if where == ROOM and not text.startswith("🛒")]


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_private_message_the_gateway_refused_is_told_in_the_room(language: str) -> None:
    room = Room()
    lang, open_, join, close, paid, orders = SAID[language]
    await room.say("张三", lang)
    await room.say("张三", open_)
    await room.say("李四", join)
    await room.say("王五", join)

    closed = await room.say("张三", close)
    confirmed = [line for n in (1, 2) for line in await room.say("张三", paid.format(n=n))]

    assert [text for text in closed if NOTE[language] in text] == [NOTE[language]]  # the order did not go
    assert not [text for text in confirmed if NOTE[language] in text]  # the code did not either: told once
    assert len(room.refused) == 2  # each tried once: not again and again

    asked = await room.say("王五", orders)
    again = await room.say("王五", orders)
    assert asked == again == [NOTE[language]]  # in place of "sent privately", each time he asks

    codes = [o.pickup_code for o in room.factory.state.orders.values() if o.buyer_id == GONE]
    assert codes and all(code not in text for code in codes for _, text in room.sent)  # never in the room
    assert any(where == "wxid_李四" for where, _ in room.sent)  # 李四's went privately, as before
