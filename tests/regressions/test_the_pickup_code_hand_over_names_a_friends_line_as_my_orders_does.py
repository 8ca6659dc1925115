"""Session 16 (ga): handing over by pickup code (`核销 1234`, `/pickupcode 1234`) listed a friend's line by
its stored description, `• 荔枝 (妈妈) 2斤`. It now reads as 我的订单 says it: `• 荔枝（帮 妈妈） 2斤`,
"• 2 kg of Lychees (for mum)"."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _handed(opening: str, join: str, friend: str, close: str, paid: str, pickup: str, **kw: str) -> str:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, **kw)
    await chat.say("amy", opening)
    await chat.say("bob", join)
    await chat.say("bob", friend)
    await chat.say("amy", close)
    await chat.say("amy", paid)
    code = next(order.pickup_code for order in factory.state.orders.values() if order.buyer_id == "bob")
    return Chat.said(await chat.say("amy", f"{pickup} {code}"))


async def test_in_chinese_a_friends_line_is_said_as_for_her() -> None:
    handed = await _handed("接龙 荔枝 价格 15元/斤", "+3", "+2 帮 妈妈", "截单", "已收 1-1", "核销")

    assert handed.startswith("✅ 取货码 "), handed
    assert "：Bob 的订单 #1-1，共 5斤：\n• 荔枝 3斤\n• 荔枝（帮 妈妈） 2斤\n请按此交货" in handed, handed


async def test_in_english_too() -> None:
    handed = await _handed(
        "/groupbuy Lychees price 15/kg", "+3", "/join 2 for mum", "/close", "/paid 1-1", "/pickupcode",
        default_language="en",
    )  # fmt: skip

    lines = ": order #1-1 of Bob, 5 kg:\n• 3 kg of Lychees\n• 2 kg of Lychees (for mum)\nHand these over"
    assert lines in handed, handed
