"""Review 47 (WeChat): the card kept a member's OLD room alias (群昵称) until she joined again. 王五
became 五哥: `已收 @五哥` found her (session 28), yet the card it ticked still read `1. 王五 ×1 ✅`, and
so did `名单`; 李四 who became 李四-3栋 and only chatted stayed 李四 on the list. Once the bot knows the
new name (the room's members read for an `@name`, or her message under it), her lines say it: the card
and `名单` show each member as the room calls her now."""

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


def card_of(said: list[str]) -> str:
    return [text for text in said if "🛒" in text][-1]


async def test_the_card_and_the_list_show_the_alias_an_at_name_found() -> None:
    room = Room()
    await room.say("wxid_amay", "阿May", "接龙 草莓 价格 118")
    await room.say("wxid_wangwu", "王五", "+1")
    await room.say("wxid_qian", "钱七", "+1")
    await room.say("wxid_amay", "阿May", "截单")
    room.aliases["wxid_wangwu"] = "五哥"  # changed in WeChat; she has not spoken since

    card = card_of(await room.say("wxid_amay", "阿May", "已收 @五哥"))
    assert "1. 五哥 ×1 ✅" in card
    assert "王五" not in card

    listed = "\n".join(await room.say("wxid_amay", "阿May", "名单"))
    assert "1. 五哥 ×1 ✅" in listed
    assert "王五" not in listed


async def test_a_member_who_chats_under_her_new_alias_is_listed_under_it() -> None:
    room = Room()
    await room.say("wxid_amay", "阿May", "接龙 西瓜 价格 39")
    await room.say("wxid_lisi", "李四", "+2")
    assert await room.say("wxid_lisi", "李四-3栋", "大家好") == []  # chatter: no answer, her name now known

    card = card_of(await room.say("wxid_amay", "阿May", "进度"))
    assert "1. 李四-3栋 ×2" in card
    assert "李四 ×2" not in card
