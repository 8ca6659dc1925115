"""Session 13 (FI): on WeChat, a member who is not the bot's friend (WeChat refuses the bot's private
messages to him) got his private messages in the room instead, pickup code and all: `已收 1-2` posted
`取货码：2222`, `我的取货码是多少？` posted `答案已私信发给你` and the code, `我的订单` every code. Anyone
could collect his goods with it. A reply holding a pickup code (`Reply.secret`) is never posted in a room:
the room reads only that the bot cannot message him, and how to get it; "已私信发给你" is not said to him."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from typing import cast

from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy
from bot.wechat.translate import Incoming
from commerce.ports import UnitOfWorkFactory
from handlers.app import ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

BOT, ROOM = "wxid_bot", "r@chatroom"
STRANGER = "wxid_赵六"  # in the room, not the bot's friend
NOTICE = "你的取货码已生成，但我无法私信你，取货码也不会发在群里：请先加我为好友，再私信我“我的订单”查看。"
CODE = re.compile(r"取货码[：:\s]*\d{4,6}")


class Room:
    """A WeChat room in front of a ChatApp on the fakes, where 赵六 is not the bot's friend."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        app = ChatApp(uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()), clock=self.clock)
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
            reachable=self.reachable,
        )
        self.adapter.logged_in(BOT)
        self.sent: list[tuple[str, str]] = []
        self.count = 0

    async def reachable(self, conversation_id: str) -> bool:
        return conversation_id != STRANGER

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        """A room's text as members read it: WeChat puts the mentions before it."""
        mentions = "".join(f"@{member.removeprefix('wxid_')}\u2005" for member in mention_ids)
        self.sent.append((conversation_id, mentions + text))

    async def say(self, member: str, text: str) -> list[tuple[str, str]]:
        """Where and what the bot sends after `member` says `text` in the room."""
        self.count += 1
        before = len(self.sent)
        incoming = Incoming(
            f"m{self.count}", f"wxid_{member}", member, text, room_id=ROOM, bot_names=("团购助手",)
        )
        await self.adapter.on_message(incoming)
        return self.sent[before:]


def _in_room(sent: list[tuple[str, str]]) -> list[str]:
    return [text for where, text in sent if where == ROOM and not text.startswith("🛒")]


async def _paid_orders() -> tuple[Room, list[tuple[str, str]], list[tuple[str, str]]]:
    room = Room()
    await room.say("张三", "接龙 芒果 价格 88 成团 2")
    await room.say("李四", "+1")
    await room.say("赵六", "+1")
    await room.say("张三", "截单")
    friend = await room.say("张三", "已收 1-1")
    stranger = await room.say("张三", "已收 1-2")
    return room, friend, stranger


async def test_a_payment_confirmed_posts_no_code_in_the_room_for_a_member_who_is_not_a_friend() -> None:
    _, friend, stranger = await _paid_orders()

    # a friend's code: privately
    assert [text for where, text in friend if where == "wxid_李四" and CODE.search(text)]
    assert _in_room(stranger) == [f"@赵六\u2005✅ 赵六 的订单 #1-2 已付款。\n\n{NOTICE}"]
    assert not [text for _, text in stranger if CODE.search(text)]


async def test_asking_for_the_code_in_the_room_gets_no_code_and_no_sent_privately() -> None:
    room, _, _ = await _paid_orders()

    asked = await room.say("赵六", "我的取货码是多少？")
    orders = await room.say("赵六", "我的订单")

    assert _in_room(asked) == [f"@赵六\u2005{NOTICE}"]
    assert _in_room(orders) == [f"@赵六\u2005{NOTICE}"]


async def test_a_pickup_set_after_the_close_posts_no_code_in_the_room() -> None:
    room, _, _ = await _paid_orders()

    told = await room.say("张三", "自提 小区南门 明天下午5点")

    assert [where for where, text in told if CODE.search(text)] == ["wxid_李四"]  # the friend's, private
    assert any("@赵六\u2005" in text and NOTICE in text for text in _in_room(told))


async def test_an_unpaid_order_still_falls_back_to_the_room_without_sent_privately() -> None:
    room = Room()
    await room.say("张三", "接龙 芒果 价格 88 成团 1")
    await room.say("赵六", "+1")
    await room.say("张三", "截单")

    asked = _in_room(await room.say("赵六", "我的订单"))

    assert len(asked) == 1
    assert "私信发给你" not in asked[0]
    assert "#1-1" in asked[0] and "¥88" in asked[0]
