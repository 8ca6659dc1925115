"""Session 13 (fd): on WeChat the copy of a photo group buy's card that a share code opens in a private chat
came as text only, while the room saw the photo before the group's card (and the playground's and
Telegram's private copies show it). WeChat has no captions: the photo now comes right before the copy, as
an image message in that private chat, each time a copy is sent there."""

from __future__ import annotations

import re
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
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

BOT, ROOM = "wxid_bot", "r@chatroom"
CODE = re.compile(r"团1-[2-9A-HJKMNP-Z]{4}")


class WeChat:
    """A room and private chats in front of a ChatApp on the fakes: every text and image the bot sends."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
            clock=self.clock,
            values=MemorySharedState().values,
        )
        choices = Choices()
        policy = OutboxPolicy(card_interval=timedelta(seconds=0), quiet_hours=None)
        outbox = Outbox(
            transport=self,
            render_card=partial(app.render_card, platform=PLATFORM),
            now=self.clock.now,
            policy=policy,
            choices=choices,
        )
        self.adapter = WeChatAdapter(
            app=app, outbox=outbox, choices=choices, names=NameBook(), now=self.clock.now
        )
        self.adapter.logged_in(BOT)
        self.sent: list[tuple[str, str]] = []  # (conversation, text or `[image <message id>]`)
        self.count = 0

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        self.sent.append((conversation_id, text))

    async def send_photo(self, conversation_id: str, photo: str) -> None:
        self.sent.append((conversation_id, f"[image {photo}]"))

    async def say(self, member: str, text: str = "", *, room: bool = True, image: bool = False) -> str:
        """`member` sends `text` (or a photo) in the room or privately to the bot: the message's id."""
        self.count += 1
        message_id = f"m{self.count}"
        incoming = Incoming(
            message_id,
            f"wxid_{member}",
            member,
            text,
            room_id=ROOM if room else None,
            is_text=not image,
            is_image=image,
        )
        await self.adapter.on_message(incoming)
        return message_id

    def to(self, conversation: str, since: int = 0) -> list[str]:
        return [said for where, said in self.sent[since:] if where == conversation]


async def test_a_share_code_opens_the_copy_with_its_photo_before_it() -> None:
    wechat = WeChat()
    photo = await wechat.say("张三", image=True)
    await wechat.say("张三", "接龙 海南贵妃芒 价格 88 成团 5")
    await wechat.say("李四", "分享")
    code = CODE.search("\n".join(wechat.to("wxid_李四")))  # sent to him privately
    assert code is not None, wechat.to("wxid_李四")
    assert wechat.to(ROOM).count(f"[image {photo}]") == 1  # the group's card: its photo first

    before = len(wechat.sent)
    await wechat.say("赵六", code.group(0), room=False)

    image, copy = wechat.to("wxid_赵六", before)
    assert image == f"[image {photo}]"
    assert copy.startswith("🛒 海南贵妃芒（#1）")
    assert wechat.to(ROOM, before) == []  # nothing in the room


async def test_a_copy_without_a_photo_is_text_alone() -> None:
    wechat = WeChat()
    await wechat.say("张三", "接龙 海南贵妃芒 价格 88 成团 5")
    await wechat.say("李四", "分享")
    code = CODE.search("\n".join(wechat.to("wxid_李四")))  # sent to him privately
    assert code is not None

    before = len(wechat.sent)
    await wechat.say("赵六", code.group(0), room=False)

    [copy] = wechat.to("wxid_赵六", before)
    assert copy.startswith("🛒 海南贵妃芒（#1）")
