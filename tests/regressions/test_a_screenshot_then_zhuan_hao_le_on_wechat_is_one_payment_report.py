"""Review 47 (WeChat): a buyer sends her payment screenshot, then `转好了`, as WeChat buyers do. The image
got no answer (right) and `转好了` none either: no report, no 💸, the organiser never asked. Now a short
word that says she paid (`转好了`, `已转`, `付了`) within a minute of her image is her report, as `我已付款`
is: one report, its answer acknowledging the screenshot. Alone, or long after an image, `转好了` is talk."""

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
AMAY, WANG = "wxid_amay", "wxid_wangwu"


class Room:
    """A WeChat room in front of a ChatApp on the fakes: what each conversation reads."""

    def __init__(self, lang: str = "zh") -> None:
        self.clock = FakeClock()
        app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
            clock=self.clock,
            config=AppConfig(default_language=lang),
        )
        choices = Choices()
        policy = OutboxPolicy(card_interval=timedelta(seconds=0), quiet_hours=None)
        outbox = Outbox(
            transport=self, render_card=app.render_card, now=self.clock.now, policy=policy, choices=choices
        )
        self.adapter = WeChatAdapter(
            app=app, outbox=outbox, choices=choices, names=NameBook(), now=self.clock.now, language=lang
        )
        self.adapter.logged_in(BOT)
        self.sent: list[tuple[str, str]] = []
        self.count = 0

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        self.sent.append((conversation_id, text))

    async def send_image(self, conversation_id: str, message_id: str) -> None:
        self.sent.append((conversation_id, f"[image {message_id}]"))

    async def say(self, member: str, text: str) -> list[tuple[str, str]]:
        self.count += 1
        before = len(self.sent)
        await self.adapter.on_message(Incoming(f"m{self.count}", member, member[5:], text, room_id=ROOM))
        return self.sent[before:]

    async def picture(self, member: str) -> list[tuple[str, str]]:
        self.count += 1
        before = len(self.sent)
        image = Incoming(f"m{self.count}", member, member[5:], "", room_id=ROOM, is_text=False, is_image=True)
        await self.adapter.on_message(image)
        return self.sent[before:]

    async def closed_with_her_order(self, opening: str, close: str) -> None:
        await self.say(AMAY, opening)
        await self.say(WANG, "+1")
        await self.say(AMAY, close)


async def test_a_screenshot_then_zhuan_hao_le_is_her_report_once() -> None:
    room = Room()
    await room.closed_with_her_order("接龙 草莓 价格 118", "截单")

    assert await room.picture(WANG) == []  # the screenshot alone: no answer
    room.clock.advance(seconds=20)
    said = await room.say(WANG, "转好了")

    assert said[0] == (
        ROOM,
        "收到，wangwu：已请 amay 确认你订单 #1-1 的付款，金额已私信发给你。"
        "确认前接龙卡片上显示 💸。付款截图也收到了。",
    )
    asked = [text for where, text in said if where == AMAY]
    assert len(asked) == 1 and asked[0].startswith("💸 wangwu 说已付款：订单 #1-1（草莓，#1）¥118。")
    assert "1. wangwu ×1 💸" in said[-1][1]  # the card marks her report


async def test_yi_zhuan_and_fu_le_after_a_screenshot_are_reports_too() -> None:
    for word in ("已转", "付了"):
        room = Room()
        await room.closed_with_her_order("接龙 草莓 价格 118", "截单")
        await room.picture(WANG)
        said = await room.say(WANG, word)
        assert said[0][1].endswith("付款截图也收到了。")
        assert len([text for where, text in said if where == AMAY]) == 1


async def test_zhuan_hao_le_alone_or_long_after_a_picture_is_talk() -> None:
    room = Room()
    await room.closed_with_her_order("接龙 草莓 价格 118", "截单")
    assert await room.say(WANG, "转好了") == []
    await room.picture(WANG)
    room.clock.advance(seconds=90)  # over a minute: not the screenshot of this
    assert await room.say(WANG, "转好了") == []


async def test_i_paid_after_a_screenshot_in_english() -> None:
    room = Room("en")
    await room.closed_with_her_order("/groupbuy Strawberries price 118", "/close")
    await room.picture(WANG)
    said = await room.say(WANG, "I paid")
    assert said[0] == (
        ROOM,
        "Thanks, wangwu: amay is asked to confirm your payment for order #1-1; "
        "the amount was sent to you privately. "
        "The card shows 💸 until they do. Your screenshot came with it.",
    )
