"""Dan set `/lang en` in his private chat with the bot, yet after `截单` his order came in Chinese, and so
did the organiser's `已收`, `撤销已收` and `已提货` notes, and his order at the deadline. Every private
message to a member now speaks their private chat's `/lang` setting, else the language they last spoke,
else the card's."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_members_private_lang_setting_decides_their_private_messages() -> None:
    room = fake_chat()
    await room.say("amy", "开团 芒果 价格 88")
    await room.say("dan", "跟团")  # his words are Chinese ...
    await room.say("dan", "/lang en", private=True)  # ... but he asked for English in private
    closed = room.private(await room.say("amy", "截单"))
    assert closed["dan"].startswith("Your order #1-1 in 芒果 (#1)"), closed["dan"]
    paid = room.private(await room.say("amy", "已收 1-1"))
    assert paid["dan"].startswith("Amy confirmed your payment of ¥88 for order #1-1"), paid["dan"]
    unpaid = room.private(await room.say("amy", "撤销已收 1-1"))
    assert unpaid["dan"].startswith("Amy marked your order #1-1 (芒果, ¥88) as not paid yet"), unpaid["dan"]
    both = room.private(await room.say("amy", "已收 1-1，1-1"))
    assert both["dan"].startswith("Amy confirmed your payment"), both["dan"]
    collected = room.private(await room.say("amy", "/pickedup 1-1"))
    assert collected["dan"].startswith("Amy marked your order #1-1 (芒果) as picked up."), collected["dan"]


async def test_a_members_private_lang_setting_decides_their_order_at_the_deadline() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=AppConfig())
    room = Chat(app)
    await room.say("amy", "接龙 芒果 价格 88 截止 2小时")
    await room.say("dan", "跟团")
    await room.say("dan", "/lang en", private=True)
    await room.say("eve", "跟团")
    clock.advance(hours=3)
    told = room.private(await app.expire(1))
    assert told["dan"].startswith("Your order #1-1 in 芒果 (#1)"), told["dan"]
    assert told["eve"].startswith("你在 芒果（#1）的订单 #1-2"), told["eve"]  # no setting: the card's
