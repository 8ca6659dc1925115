"""Session 28 (rep47 #8): a room-alias (群昵称) change split one person into two. 李四 became 李四-3栋 and
joined again: the card read `李四 小的 ×2` and `李四-3栋 大的 ×1`. 王五 became 五哥: `已收 @五哥` (typed,
no mention ids) got `本群里没有叫 五哥 的成员`, and the bot kept writing `@王五`. A member is her contact
id: each of her lines on the card shows her latest name, `@五哥` finds her (the room's members as
WeChat names them now), and the bot mentions her as WeChat names her now."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from types import SimpleNamespace
from typing import cast

from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.client import WechatyTransport
from bot.wechat.outbox import Outbox, OutboxPolicy
from bot.wechat.translate import Incoming
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

BOT, ROOM = "wxid_bot", "r@chatroom"


class Room:
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
        self.count += 1
        self.aliases[member] = name
        before = len(self.sent)
        await self.adapter.on_message(Incoming(f"m{self.count}", member, name, text, room_id=ROOM))
        return [text for where, text in self.sent[before:] if where == ROOM]


async def test_her_lines_on_the_card_show_her_latest_name() -> None:
    room = Room()
    await room.say("wxid_amay", "阿May", "接龙 西瓜 规格 小的:30,大的:40")
    await room.say("wxid_lisi", "李四", "+2 小的")
    await room.say("wxid_zhang", "张三", "+1 小的")
    said = await room.say("wxid_lisi", "李四-3栋", "+1 大的")
    said += await room.say("wxid_amay", "阿May", "进度")

    card = [text for text in said if text.startswith("🛒")][-1]
    assert "1. 李四-3栋 小的 ×2" in card
    assert "3. 李四-3栋 大的 ×1" in card
    assert "李四 小的" not in card


async def test_a_typed_at_new_alias_finds_her() -> None:
    room = Room()
    await room.say("wxid_amay", "阿May", "接龙 草莓 价格 118")
    await room.say("wxid_wangwu", "王五", "+1")
    await room.say("wxid_qian", "钱七", "+1")
    await room.say("wxid_amay", "阿May", "截单")
    room.aliases["wxid_wangwu"] = "五哥"  # changed in WeChat; she has not spoken since

    said = await room.say("wxid_amay", "阿May", "已收 @五哥")

    assert said[0] == "@wxid_wangwu\u2005✅ 王五 的订单 #1-1 已付款。"


async def test_the_bot_mentions_her_by_the_name_wechat_gives_now() -> None:
    async def room_member_payload(room_id: str, contact_id: str) -> SimpleNamespace:
        return SimpleNamespace(room_alias="五哥", name="Wang Wu")

    names = NameBook()
    names.learn(ROOM, "wxid_wangwu", "王五")
    transport = WechatyTransport(names)
    transport.bot = SimpleNamespace(puppet=SimpleNamespace(room_member_payload=room_member_payload))

    assert await transport.name(ROOM, "wxid_wangwu") == "五哥"
    assert names.find(ROOM, "五哥") == "wxid_wangwu"
    assert names.find(ROOM, "王五") is None


async def test_the_rooms_members_are_read_from_wechat_at_most_once_a_minute() -> None:
    reads: list[str] = []

    async def room_members(room_id: str) -> list[str]:
        reads.append(room_id)
        return ["wxid_wangwu"]

    async def room_member_payload(room_id: str, contact_id: str) -> SimpleNamespace:
        return SimpleNamespace(room_alias="五哥", name="Wang Wu")

    transport = WechatyTransport(NameBook())
    puppet = SimpleNamespace(room_members=room_members, room_member_payload=room_member_payload)
    transport.bot = SimpleNamespace(puppet=puppet)

    first = await transport.room_names(ROOM)
    again = await transport.room_names(ROOM)  # `已收 @typo` twice: a big room is a call per member

    assert first == again == {"wxid_wangwu": "五哥"}
    assert reads == [ROOM]
