"""On WeChat a buyer who is not the bot's friend cannot be messaged privately: at the close his order is
posted in the group, mentioning him. The group's close text still said `…每位买家的订单已私信发送。`,
and right after it the group read `你在 海南贵妃芒（#1）的订单 #1-2：…`. The close now says what is
true on every platform: the orders went privately, and one who cannot get a private message is told
in the group."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy
from bot.wechat.translate import Incoming
from commerce.ports import UnitOfWorkFactory
from handlers.app import ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

ROOM = "mangoes@chatroom"
AMY, BOB, KIM = "wxid_amy", "wxid_bob", "wxid_kim"  # Kim is not the bot's friend


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        self.sent.append((conversation_id, text))


async def _friends(member: str) -> bool:
    return member != KIM


async def test_the_close_says_truly_where_each_buyers_order_went() -> None:
    clock = FakeClock()
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()), clock=clock)
    recorder, choices = Recorder(), Choices()
    outbox = Outbox(
        transport=recorder,
        render_card=app.render_card,
        now=clock.now,
        policy=OutboxPolicy(quiet_hours=None),
        choices=choices,
    )
    adapter = WeChatAdapter(
        app=app, outbox=outbox, choices=choices, names=NameBook(), now=clock.now, reachable=_friends
    )
    adapter.logged_in("wxid_bot")
    for n, (member, name, text) in enumerate(
        [(AMY, "Amy", "接龙 海南贵妃芒 价格 78 成团 2"), (BOB, "Bob", "+1"), (KIM, "Kim", "+1")]
    ):
        await adapter.on_message(Incoming(f"m{n}", member, name, text, room_id=ROOM, talker_alias=name))
        clock.advance(seconds=5)
    before = len(recorder.sent)

    await adapter.on_message(Incoming("close", AMY, "Amy", "截单", room_id=ROOM, talker_alias="Amy"))

    in_room = [text for chat, text in recorder.sent[before:] if chat == ROOM and "成团了" in text]
    closing, kims_order = in_room[0].split("\n\n")
    assert closing.endswith("团长确认收款。每位买家的订单已私信发送；收不到私信的会在群里收到提示。")
    assert kims_order.startswith("你在 海南贵妃芒（#1）的订单 #1-2：")
    assert [chat for chat, text in recorder.sent[before:] if "的订单 #1-1" in text] == [BOB]
