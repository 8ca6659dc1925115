"""Session 28 (rep47 #2): at 截单 the orders of members who are not the bot's WeChat friends go in the
room, in one message; with two of them it read `@孙八 @赵六 ✅ …` then `你在 …（#1）的订单 #1-1：` and
`…#1-2：`, and neither could tell which order and amount was theirs. Now each such block starts with its
buyer's `@name`; one non-friend's order alone reads as before (the mention names her)."""

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


class Room:
    """A WeChat room in front of a ChatApp on the fakes; `strangers` are not the bot's friends."""

    def __init__(self, strangers: set[str]) -> None:
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
        self.strangers = strangers

        async def reachable(member: str) -> bool:
            return member not in self.strangers

        self.adapter = WeChatAdapter(
            app=app, outbox=outbox, choices=choices, names=NameBook(), now=self.clock.now, reachable=reachable
        )
        self.adapter.logged_in(BOT)
        self.sent: list[tuple[str, str]] = []
        self.count = 0

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        mentions = "".join(f"@{member.removeprefix('wxid_')}\u2005" for member in mention_ids)
        self.sent.append((conversation_id, mentions + text))

    async def say(self, member: str, text: str) -> list[str]:
        self.count += 1
        before = len(self.sent)
        incoming = Incoming(f"m{self.count}", f"wxid_{member}", member, text, room_id=ROOM)
        await self.adapter.on_message(incoming)
        return [text for where, text in self.sent[before:] if where == ROOM and not text.startswith("🛒")]


async def test_two_non_friends_orders_in_one_room_message_each_name_their_buyer() -> None:
    room = Room({"wxid_赵六", "wxid_孙八"})
    await room.say("阿May", "接龙 赣南脐橙 10斤 价格 68")
    await room.say("孙八", "+1")
    await room.say("赵六", "+2")
    await room.say("张三", "+1")

    [closed] = await room.say("阿May", "截单")

    assert closed.startswith("@阿May\u2005@孙八\u2005@赵六\u2005✅")
    sun = "\n\n@孙八 你在 赣南脐橙 10斤（#1）的订单 #1-1：\n赣南脐橙 10斤：1 × ¥68 = ¥68\n合计：¥68"
    zhao = "\n\n@赵六 你在 赣南脐橙 10斤（#1）的订单 #1-2：\n赣南脐橙 10斤：2 × ¥68 = ¥136\n合计：¥136"
    assert sun in closed
    assert zhao in closed
    friend = next(text for where, text in room.sent if where == "wxid_张三")  # a friend: privately
    assert friend.startswith("你在 赣南脐橙 10斤（#1）的订单 #1-3：")


async def test_one_non_friends_order_in_the_room_is_named_by_its_mention_alone() -> None:
    room = Room({"wxid_赵六"})
    await room.say("阿May", "接龙 赣南脐橙 10斤 价格 68")
    await room.say("赵六", "+1")

    [closed] = await room.say("阿May", "截单")

    assert closed.startswith("@阿May\u2005@赵六\u2005✅")
    assert "\n\n你在 赣南脐橙 10斤（#1）的订单 #1-1：" in closed
