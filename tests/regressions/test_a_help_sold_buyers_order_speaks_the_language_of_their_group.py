"""Kim joined Amy's 芒果 with a bare `+1` in Neighbours, which Dan help-sells it in with `/helpsell #1`
(English: the card there speaks English), and said nothing else the bot could read a language from.
At the close her order came in Chinese, the language of Amy's group: a buyer whose own language is not
known now reads the language of the group she joined in (that chat's `/lang`, else the listing's),
at a close by the organiser and at the deadline alike; a buyer of Amy's group still reads its."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

KIMS_ORDER = (
    "Your order #1-1 in 芒果 (#1):\n芒果: 1 × ¥10 = ¥10\nTotal: ¥10\n"
    "Pay the organiser Amy (cash or transfer), then send /ipaid 1-1 to tell them; they confirm it."
)


async def test_a_help_sold_buyers_order_reads_the_listings_language() -> None:
    family = fake_chat()
    neighbours = Chat(family.app, chat_id="neighbours", title="Neighbours")
    await family.say("amy", "接龙 芒果 价格 10 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    await neighbours.say("dan", "/helpsell #1")
    await neighbours.say("kim", "+1")
    await family.say("bob", "+1")

    orders = family.private(await family.say("amy", "截单"))

    assert orders["kim"] == KIMS_ORDER
    assert orders["bob"].startswith("你在 芒果（#1）的订单 #1-2：")  # Amy's group: its language


async def test_a_help_sold_buyers_order_at_the_deadline_reads_her_groups_lang() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    config = AppConfig(outbox_platform="test")
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=config)
    family = Chat(app, chat_id="family", title="家庭群")
    neighbours = Chat(app, chat_id="neighbours", title="Neighbours", admins={"eve"})
    await family.say("amy", "接龙 芒果 价格 10 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    await neighbours.say("dan", "帮卖 #1")  # listed in Chinese, but the group's /lang says English
    await neighbours.say("eve", "/lang en")
    await neighbours.say("kim", "+1")
    clock.advance(hours=3)

    orders = family.private(await app.expire(1))

    assert orders["kim"] == KIMS_ORDER
